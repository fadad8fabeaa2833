import fs from 'node:fs';
import { expect, test } from './fixtures.ts';

// Each article's bibliography files, its Highwire tags, JSON-LD and COinS are facts of dist/, checked without a browser
// (tests/built-site/citing.test.ts); here, copying citations and following links.

test('a reference entry leads to its citation in six styles, each copied with one click', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/articles/overview/');
  await page.locator('#ref-lacy2024').getByRole('link', { name: /^Cite/ }).click();
  await expect(page).toHaveURL(/\/references\/lacy2024\/$/);
  for (const style of ['Vancouver', 'APA 7th edition', 'AMA 11th edition', 'Harvard', 'Chicago (author-date)', 'MLA 9th edition']) {
    await expect(page.locator('.cite-formats dt', { hasText: style })).toHaveCount(1);
  }
  await page.getByRole('button', { name: 'Copy APA 7th edition' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'copied to the clipboard' })).toHaveCount(1);
  // The clipboard gets the citation the page shows in that style, as plain text.
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^Lacy, B\. E\., .*\(2024\)\. /);
  expect(copied).toBe((await page.locator('#cite-lacy2024-apa').innerText()).trim());
  await page.getByRole('button', { name: 'Copy BibTeX' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@article\{lacy2024,/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('citations stay readable and copyable by hand; no dead copy buttons', async ({ page }) => {
    await page.goto('/references/lacy2024/');
    await expect(page.locator('#cite-lacy2024-apa')).toContainText('Lacy, B. E., Wise, J. L., & Cangemi, D. J. (2024)');
    await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
  });
});

test('cite this page and one section: the access date is the day of copying', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.setFixedTime(new Date('2027-03-09T10:00:00'));
  // The script that fills the access dates arrives late, as on a slow network: a copy button must not show (and take a
  // click) before it has run, or the copy would carry the build's date.
  let delayed = 0;
  await page.route(/\/_astro\/PageCitationFormats[^/]*\.js$/, async (route) => {
    delayed += 1;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('/articles/overview/');
  await page.getByRole('link', { name: 'Cite this page' }).click();
  await expect(page).toHaveURL(/\/articles\/overview\/cite\/$/);
  await page.locator('#page').getByRole('button', { name: 'Copy AMA 11th edition' }).click();
  // The date after the site's name is the overview's lastReviewed (content/articles/overview.mdx), as AMA writes it.
  const reviewed = /^lastReviewed: (\d{4}-\d{2}-\d{2})$/m.exec(fs.readFileSync('content/articles/overview.mdx', 'utf8'))![1];
  const amaDate = new Date(`${reviewed}T00:00:00Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `Leaky Gut, Evidence First editorial team. What is leaky gut? Leaky Gut, Evidence First. ${amaDate}. Accessed March 9, 2027. https://leaky-gut-evidence.example.org/articles/overview/`,
  );
  expect(delayed, 'the access-date script was held back').toBe(1);
  // A section is cited from its own heading in the article: the link lands on that section's block.
  await page.goBack();
  await page.getByRole('link', { name: 'Cite section “How it is measured”' }).click();
  await expect(page).toHaveURL(/\/articles\/overview\/cite\/#how-it-is-measured$/);
  const section = page.locator('section#how-it-is-measured');
  await expect(section).toBeInViewport();
  await expect(section.getByRole('heading', { level: 3 })).toHaveText('How it is measured');
  await section.getByRole('button', { name: 'Copy Vancouver' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /\[cited 2027 Mar 9\]\. What is leaky gut\? Available from: https:\/\/leaky-gut-evidence\.example\.org\/articles\/overview\/#how-it-is-measured$/,
  );
  await section.getByText('For reference managers').click();
  await section.getByRole('button', { name: 'Copy BibTeX' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('urldate = {2027-03-09},');
  // The section's heading links back to the same section of the article.
  await section.getByRole('link', { name: 'How it is measured' }).click();
  await expect(page).toHaveURL(/\/articles\/overview\/#how-it-is-measured$/);
});
