/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets the container API render .astro components in unit tests.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Build tests spawn `astro build`; running files one by one keeps the 2-core machine responsive.
    fileParallelism: false,
  },
});
