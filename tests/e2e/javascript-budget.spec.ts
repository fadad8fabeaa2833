import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures.ts';

/** Gzipped size of scripts taken together, as a server would send them (level 9). */
const gzipped = (scripts: string[]) => gzipSync(scripts.join('\n'), { level: 9 }).length;

test('an article ships under 2 KB of gzipped JavaScript in all, the theme scripts about 300 bytes of it', async ({ page }) => {
  const loaded: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') loaded.push(response.text());
  });
  await page.goto('/articles/diagnosis/');
  await page.waitForLoadState('networkidle');
  const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').allTextContents();
  const all = [...inline, ...(await Promise.all(loaded))];
  const theme = inline.filter((code) => code.includes("getItem('theme')") || code.includes('theme-toggle'));

  expect(theme).toHaveLength(2);
  expect(gzipped(theme)).toBeLessThanOrEqual(320);
  expect(gzipped(all)).toBeLessThan(2048);
});
