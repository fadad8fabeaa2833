import { expect, test } from './fixtures.ts';

test('pages arrive with the security headers of dist/_headers and run only their hashed scripts', async ({ page, cspViolations }) => {
  const response = await page.goto('/articles/overview/');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-[^']+'/);
  expect(headers['content-security-policy']).not.toContain('unsafe-inline');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['strict-transport-security']).toMatch(/^max-age=\d+; includeSubDomains$/);
  expect(headers['cross-origin-resource-policy']).toBe('same-origin');
  // The page carries the same script policy itself, for hosts that cannot send headers (GitHub Pages).
  const metaPolicy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(metaPolicy).toContain(/script-src [^;]*/.exec(headers['content-security-policy'])![0]);
  // The site's own scripts ran under that policy: the citation style switch appeared.
  await expect(page.getByRole('group', { name: 'Citation style' })).toBeVisible();
  // A script the build did not write is refused, and the fixture sees the browser report it.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.injected = "yes"';
    document.body.append(script);
  });
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.body.dataset.injected)).toBeUndefined();
  cspViolations.length = 0;
});
