/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets the container API render .astro components in unit tests.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two workers: the fixture builds (tests/build/bad-content.test.ts, one after another inside the file, as
    // they share the project's .astro/ folder) take one core while the other files run on the other.
    maxWorkers: 2,
  },
});
