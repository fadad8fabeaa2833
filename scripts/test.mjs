// npm test: every stage in order, stopping at the first that fails, then how long each took.
import { spawnSync } from 'node:child_process';

const stages = ['check', 'lint', 'test:unit', 'build', 'test:dist', 'validate', 'lighthouse:ci', 'test:e2e'];
const times = [];
const report = () => {
  console.log('\nnpm test, time per stage:');
  for (const [stage, seconds, status] of times)
    console.log(`  ${stage.padEnd(14)} ${seconds.toFixed(1).padStart(6)} s${status === 0 ? '' : '  FAILED'}`);
  console.log(
    `  ${'total'.padEnd(14)} ${times
      .reduce((sum, [, s]) => sum + s, 0)
      .toFixed(1)
      .padStart(6)} s`,
  );
};
for (const stage of stages) {
  const start = performance.now();
  const { status } = spawnSync('npm', ['run', stage], { stdio: 'inherit', shell: process.platform === 'win32' });
  times.push([stage, (performance.now() - start) / 1000, status]);
  if (status !== 0) {
    report();
    process.exit(status ?? 1);
  }
}
report();
