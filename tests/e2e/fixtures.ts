// Shared test fixture: every page may talk to the local preview server only; any other request fails the test.
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ offsiteRequests: string[] }>({
  offsiteRequests: [
    async ({ context }, use) => {
      const offsite: string[] = [];
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.continue();
        offsite.push(url.href);
        return route.abort('blockedbyclient');
      });
      await use(offsite);
      expect(offsite, 'requests to hosts other than 127.0.0.1').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
