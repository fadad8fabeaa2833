// npm test: every stage, stopping after the first step that fails, then how long each stage took.
// Stages in one step run side by side: each is mostly one process on one core, and they share no files
// (`astro check` and eslint/prettier only read; the dist checks and the HTML validators only read dist/).
// Lighthouse runs alone so its timings are not skewed by other work; the browser tests run last, alone.
// A step of several stages shows each stage's output when it ends, whole, so the logs never interleave.
import { spawn } from 'node:child_process';

const steps = [['check', 'lint'], ['test:unit'], ['build'], ['test:dist', 'validate'], ['lighthouse:ci'], ['test:e2e']];
const times = [];
const started = performance.now();

function run(stage, alone) {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', stage], {
      stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (code, signal) => {
      const status = code ?? (signal ? 1 : 0);
      if (!alone) process.stdout.write(Buffer.concat(output));
      times.push([stage, (performance.now() - start) / 1000, status]);
      resolve(status);
    });
  });
}

function report() {
  console.log('\nnpm test, time per stage (stages of one step ran side by side):');
  for (const [stage, seconds, status] of times)
    console.log(`  ${stage.padEnd(14)} ${seconds.toFixed(1).padStart(6)} s${status === 0 ? '' : '  FAILED'}`);
  console.log(`  ${'total (wall)'.padEnd(14)} ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`);
}

for (const step of steps) {
  const statuses = await Promise.all(step.map((stage) => run(stage, step.length === 1)));
  const failed = statuses.find((status) => status !== 0);
  if (failed !== undefined) {
    report();
    process.exit(failed);
  }
}
report();
