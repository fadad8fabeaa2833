/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets the container API render .astro components in unit tests.
export default getViteConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One worker per core (Vitest's default leaves one core idle: a single worker on a 2-core machine).
    maxWorkers: '100%',
    projects: [
      // Unit tests share nothing on disk: their files run in parallel, one worker per core. The checks of
      // `npm run validate` on tiny sites build nothing, so they run here too.
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/build/validate-dist.test.ts'], sequence: { groupOrder: 0 } },
      },
      // The fixture builds share the project's .astro/ folder, so two build files at once would read each other's
      // content modules: they run one file at a time, after the unit tests.
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          exclude: ['tests/build/validate-dist.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      // Static facts about the built site (bytes, scripts, what a page fetches): run after `npm run build` (npm run test:dist).
      { extends: true, test: { name: 'dist', include: ['tests/built-site/**/*.test.ts'] } },
    ],
  },
});
