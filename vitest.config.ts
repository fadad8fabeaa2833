/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import os from 'node:os';

// Astro's Vite config lets the container API render .astro components in unit tests.
export default getViteConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One worker per core (Vitest's default leaves one core idle: a single worker on a 2-core machine).
    maxWorkers: '100%',
    projects: [
      // Unit tests share nothing on disk: their files run in parallel, one worker per core. The checks of
      // `npm run validate` on tiny sites build nothing, so they run here too. A worker runs its files in one module graph
      // (isolate: false): Astro, citation-js and the CSL styles load once per worker, not once per file, which halves the
      // project's CPU time. The price: a test must not change state another file reads (a vi.mock, process.env, a
      // module's cache); restore what you change in afterEach, as og-image.test.ts restores its spies.
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/build/validate-dist.test.ts'], isolate: false },
      },
      // Real builds of fixture sites, each in a root of its own (tests/support/fixture-build.ts): a file's builds run at
      // once, one per core, beside the unit tests. Vitest runs this project's files first (projects in name order).
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          exclude: ['tests/build/validate-dist.test.ts'],
          maxConcurrency: Math.max(2, os.availableParallelism()),
          // A build waits for a core while the others run: time enough on a busy machine.
          testTimeout: 120_000,
        },
      },
      // Static facts about the built site (bytes, scripts, what a page fetches): run after `npm run build` (npm run test:dist).
      { extends: true, test: { name: 'dist', include: ['tests/built-site/**/*.test.ts'] } },
    ],
  },
});
