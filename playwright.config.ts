import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/chromium.mjs';

// E2E_PORT lets two checkouts run their suites side by side; 4321 is the README's address.
const port = Number(process.env.E2E_PORT ?? 4321);
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
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
    // Tests tagged @desktop do not depend on the screen (static facts, the keyboard): they run once, here on the
    // desktop. Tests tagged @pointer need a mouse; @touch ones make their own phone context; axe runs the dark theme
    // on the desktop only (the phone repeats the light run at its own width).
    // Downloads, headers, byte counts, page metadata and the articles' data (evidence labels, review dates,
    // tables) do not depend on the screen: they run on the desktop only. The phone keeps what a phone
    // changes: layout, touch, the folded contents, axe at its width and reading without JavaScript.
    {
      name: 'phone',
      use: { ...devices['Pixel 7'] },
      grepInvert: /@pointer|@dark|@desktop/,
      testIgnore: [
        '**/accessibility-data-variants.spec.ts',
        '**/citing.spec.ts',
        '**/security.spec.ts',
        '**/sharing.spec.ts',
        '**/degraded.spec.ts',
        '**/sources.spec.ts',
        '**/print.spec.ts',
      ],
    },
    // @phone: tests that set a phone's width themselves or read what only differs by width (no need twice).
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, grepInvert: /@touch|@phone/ },
  ],
  webServer: {
    // Astro's preview with the headers of dist/_headers on every response (tests/e2e/serve.ts).
    command: `node tests/e2e/serve.ts ${port}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
