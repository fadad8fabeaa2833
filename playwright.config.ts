import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/chromium.mjs';

const port = 4321;
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'off',
    launchOptions: {
      executablePath: findChromium(),
      // Chromium otherwise looks up Google hosts in the background; map every host but loopback to nowhere.
      args: ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
    },
  },
  projects: [
    // Tests tagged @pointer need a mouse; tests tagged @touch make their own phone context.
    { name: 'phone', use: { ...devices['Pixel 7'] }, grepInvert: /@pointer/ },
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, grepInvert: /@touch/ },
  ],
  webServer: {
    command: `node scripts/astro.mjs preview --host 127.0.0.1 --port ${port}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
