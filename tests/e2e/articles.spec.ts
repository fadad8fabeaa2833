import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures.ts';

const slugs = fs
  .readdirSync('content/articles')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => path.basename(f, '.mdx'));

// The links to every article, each reference's evidence label, the treatment table's strengths and the overview's myths
// are facts of the built HTML, checked without a browser (tests/built-site/navigation.test.ts, articles.test.ts).
test('an article shows when it was last reviewed and when the next review is due, at its end @desktop', async ({ page }) => {
  await page.goto(`/articles/${slugs[0]}/`);
  const info = page.locator('.review-info');
  await expect(info.getByText('Last reviewed')).toBeVisible();
  await expect(info.getByText('Next review due')).toBeVisible();
});

for (const slug of ['symptoms', 'diagnosis']) {
  test(`${slug}: a red-flag card says when to see a doctor, on screen, in print and with readable contrast in dark mode`, async ({ page }) => {
    await page.goto(`/articles/${slug}/`);
    const card = page.locator('.red-flags').first();
    await expect(card.getByRole('heading', { level: 3 })).toContainText(/Urgent advice|Immediate action required/);
    await expect(card.locator('li').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(card, 'in print').toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Site', exact: true })).toBeHidden();

    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    // The band keeps dark text on amber (or white on red) whatever the theme; axe checks the ratio on every page.
    const urgent = page.locator('.red-flags-urgent h3');
    expect(await urgent.evaluate((el) => getComputedStyle(el).color), "dark mode: the urgent band's text").toBe('rgb(27, 31, 36)');
    await expect(page.locator('.red-flags h3').first()).toBeVisible();
  });
}
