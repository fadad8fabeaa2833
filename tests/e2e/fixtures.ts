// Shared test fixture: any request to another host, and any Content-Security-Policy violation, fails the test. Pages
// arrive with the security headers a static host would send (dist/_headers), added by the test server (serve.ts).
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ offsiteRequests: string[]; cspViolations: string[] }>({
  offsiteRequests: [
    async ({ context }, use) => {
      // Chromium resolves every host but 127.0.0.1 to nowhere (playwright.config.ts); this records any attempt.
      const offsite: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') offsite.push(url.href);
      });
      await use(offsite);
      expect(offsite, 'requests to hosts other than 127.0.0.1').toEqual([]);
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      context.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(`${message.location().url}: ${message.text()}`);
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations reported by the browser').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
