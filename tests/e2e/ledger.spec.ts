// The claim ledger of a reference page: each quoted sentence is the one the reader finds where its link lands. That every
// quote of every ledger is found at its marker, and that an uncited work says so, are facts of dist/ checked without a
// browser (tests/built-site/ledger.test.ts).
import { expect, test } from './fixtures.ts';

test('a ledger link lands on the citation marker of the sentence it quotes', async ({ page }) => {
  await page.goto('/references/camilleri2019/');
  await expect(page.locator('.ledger-summary')).toHaveText(/^Cited in \d+ sentences in \d+ articles\./);
  const entry = page.locator('.ledger-entries > li').first();
  const quote = (await entry.locator('blockquote').innerText()).trim();
  await entry.getByRole('link').click();
  await expect(page).toHaveURL(/\/articles\/[^/]+\/#cite-\d+$/);
  const target = page.locator(':target');
  await expect(target).toHaveClass(/\bcite\b/);
  await expect(target).toBeInViewport();
  // The block around the marker, read without the citation markers, holds the quoted sentences word for word.
  const block = await target.evaluate((marker) => {
    for (const cite of document.querySelectorAll<HTMLElement>('.cite')) cite.style.display = 'none';
    return (marker.closest('p, li, td, th, figcaption') as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
  });
  expect(block).toContain(quote);
});

test('the ledger fits a phone without sideways scrolling @phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/references/lacy2024/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
