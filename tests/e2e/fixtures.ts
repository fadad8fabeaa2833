// Shared test fixture: pages are served with the security headers a static host would send (dist/_headers);
// any request to another host, and any Content-Security-Policy violation, fails the test.
import fs from 'node:fs';
import { test as base, expect } from '@playwright/test';
import { parseHeadersFile } from '../../src/lib/security/headers.ts';

const hostHeaders = parseHeadersFile(fs.readFileSync('dist/_headers', 'utf8'));

export const test = base.extend<{ offsiteRequests: string[]; cspViolations: string[] }>({
  offsiteRequests: [
    async ({ context }, use) => {
      // Chromium resolves every host but 127.0.0.1 to nowhere (playwright.config.ts); this records any attempt.
      const offsite: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') offsite.push(url.href);
      });
      // Pages (every address ends in / or .html) get the host's headers; scripts, styles and images are left
      // alone, so the browser caches them between pages as it would for a reader.
      await context.route(
        (url) => url.hostname === '127.0.0.1' && (url.pathname.endsWith('/') || url.pathname.endsWith('.html')),
        async (route) => {
          if (route.request().resourceType() !== 'document') return route.continue();
          const response = await route.fetch();
          return route.fulfill({ response, headers: { ...response.headers(), ...hostHeaders } });
        },
      );
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
