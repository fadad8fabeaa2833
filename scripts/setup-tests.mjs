// Makes sure the tools the tests drive exist: Chromium's headless shell for the end-to-end tests and Lighthouse,
// and Java 17+ for the W3C Nu HTML checker in `npm run validate`. On Debian or Ubuntu it installs what is missing
// with apt-get (as root, or with sudo); elsewhere Playwright downloads its Chromium and Java is named as missing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { findChromium, missingChromiumPackage } from './chromium.mjs';

const run = (command, args) => {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
const hasJava = () => spawnSync('java', ['-version'], { encoding: 'utf8' }).status === 0;
const apt = process.platform === 'linux' && fs.existsSync('/usr/bin/apt-get');

// On apt systems the headless shell is installed even beside a full Chromium: the browser tests take half the time on it.
const missing = [missingChromiumPackage(), hasJava() ? undefined : 'default-jre-headless'].filter(Boolean);
if (missing.length > 0 && apt) {
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const aptGet = (...args) => run(sudo[0] ?? 'apt-get', [...(sudo.length ? ['apt-get'] : []), ...args]);
  aptGet('update');
  aptGet('install', '-y', ...missing);
} else {
  // macOS, Windows and non-Debian Linux: Playwright downloads its own Chromium build.
  if (!findChromium()) run(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['playwright', 'install', 'chromium']);
  if (!hasJava()) {
    console.error('The Nu HTML checker (npm run validate) needs Java 17 or newer: install a JRE (for example Temurin 21) and run this again.');
    process.exit(1);
  }
}
console.log(
  `Chromium for the tests: ${findChromium() ?? "Playwright's own"}; Java: ${spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr.split('\n')[0]}`,
);
