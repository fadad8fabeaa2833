// Runs the Astro CLI with telemetry off and a Node version check; a failed build leaves no output folder behind.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `This project needs Node 22.12 or newer; this is Node ${process.versions.node}.\n` +
      'On Linux x64/arm64, `npm install` provides Node 24 (package node-linux-*) and `npm run ...` uses it.\n' +
      'Elsewhere, install Node 22 or 24 (with nvm: `nvm install && nvm use`, which reads .nvmrc).',
  );
  process.exit(1);
}

const require = createRequire(import.meta.url);
const astroBin = path.join(path.dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
const args = process.argv.slice(2);
const outDir = process.env.LEAKY_GUT_OUT_DIR ?? 'dist';
const building = args[0] === 'build';

if (building) fs.rmSync(outDir, { recursive: true, force: true });
const result = spawnSync(process.execPath, [astroBin, ...args], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
const status = result.status ?? 1;
if (building && status !== 0) {
  fs.rmSync(outDir, { recursive: true, force: true });
  console.error(`\nBuild failed: ${outDir}/ was removed so that no half-built site is served or deployed.`);
}
process.exit(status);
