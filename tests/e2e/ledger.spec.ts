// The claim ledger of a reference page: each quoted sentence is the one the reader finds where its link lands.
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

test('every quote of a reference page is found at its marker @desktop', async ({ page }) => {
  test.setTimeout(120_000);
  for (const id of ['lacy2024', 'nhsbowelcancer', 'camilleri2019']) {
    await page.goto(`/references/${id}/`);
    const entries = await page.locator('.ledger-entries > li').evaluateAll((items) =>
      items.map((li) => ({
        href: li.querySelector('a')!.getAttribute('href')!,
        quote: li.querySelector('blockquote')!.textContent!.replace(/\s+/g, ' ').trim(),
        section: li.closest('ul')!.previousElementSibling!.querySelector('a')?.getAttribute('href')?.split('#')[1],
      })),
    );
    expect(entries.length, id).toBeGreaterThan(0);
    const byArticle = Map.groupBy(entries, (entry) => entry.href.split('#')[0]);
    for (const [article, quotes] of byArticle) {
      await page.goto(article);
      const missing = await page.evaluate((quotes) => {
        for (const cite of document.querySelectorAll<HTMLElement>('.cite')) cite.style.display = 'none';
        // The section a marker stands in: the last article heading (h2, h3; not a red-flag card's) before it.
        const headings = [...document.querySelectorAll('.prose h2[id], .prose h3[id]')].filter((h) => !h.id.startsWith('red-flags-'));
        const sectionOf = (marker: Element) =>
          headings.filter((h) => h.compareDocumentPosition(marker) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1)?.id;
        return quotes.filter(({ href, quote, section }) => {
          const marker = document.getElementById(href.split('#')[1]);
          const block = marker?.closest('p, li, td, th, figcaption') as HTMLElement | null;
          return !block?.innerText.replace(/\s+/g, ' ').includes(quote) || sectionOf(marker!) !== section;
        });
      }, quotes);
      expect(missing, `${id} in ${article}`).toEqual([]);
    }
  }
});

test('a work no article cites says so', async ({ page }) => {
  await page.goto('/references/yenew2023/');
  await expect(page.getByText('No article on this site cites this work.')).toBeVisible();
  await expect(page.locator('.claim-ledger')).toHaveCount(0);
});

test('the ledger fits a phone without sideways scrolling @phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/references/lacy2024/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
