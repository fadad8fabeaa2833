import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures.ts';

/** Gzipped size of scripts taken together, as a server would send them (level 9). */
const gzipped = (scripts: string[]) => gzipSync(scripts.join('\n'), { level: 9 }).length;

test('an article ships under 2 KB of gzipped JavaScript in all, the theme scripts about 300 bytes of it', async ({ page }) => {
  const loaded: Promise<{ url: string; code: string }>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') loaded.push(response.text().then((code) => ({ url: response.url(), code })));
  });
  await page.goto('/articles/diagnosis/');
  const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').allTextContents();
  const files = await Promise.all(loaded);
  const all = [...inline, ...files.map((file) => file.code)];
  // The inline snippet that applies a stored theme before first paint, and the toggle's own script file.
  const theme = [...inline.filter((code) => code.includes("getItem('theme')")), ...files.filter((file) => /\/ThemeToggle\./.test(file.url)).map((file) => file.code)];

  expect(theme).toHaveLength(2);
  expect(gzipped(theme)).toBeLessThanOrEqual(320);
  expect(gzipped(all)).toBeLessThan(2048);
});
