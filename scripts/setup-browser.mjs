// Makes sure a Chromium exists for the end-to-end tests: Debian's package where we can install it, else Playwright's.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { findChromium } from './chromium.mjs';

const run = (command, args) => {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const found = findChromium();
if (found) {
  console.log(`Chromium for the tests: ${found}`);
} else if (process.platform === 'linux' && fs.existsSync('/usr/bin/apt-get')) {
  const asRoot = process.getuid?.() === 0;
  const prefix = asRoot ? [] : ['sudo'];
  run(prefix[0] ?? 'apt-get', [...prefix.slice(1), ...(asRoot ? [] : ['apt-get']), 'update']);
  run(prefix[0] ?? 'apt-get', [...prefix.slice(1), ...(asRoot ? [] : ['apt-get']), 'install', '-y', 'chromium']);
  console.log(`Chromium for the tests: ${findChromium()}`);
} else {
  // macOS, Windows and non-Debian Linux: Playwright downloads its own Chromium build.
  run(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['playwright', 'install', 'chromium']);
}
