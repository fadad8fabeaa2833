/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets the container API render .astro components in unit tests.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One file at a time: the fixture builds in tests/build share the project's .astro/ folder, so two build
    // files at once would read each other's content modules.
    fileParallelism: false,
  },
});
