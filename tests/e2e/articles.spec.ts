import fs from 'node:fs';
import path from 'node:path';
import { allArticlesHref, allArticlesId, navArticleLimit } from '../../src/lib/site/nav.ts';
import { expect, test } from './fixtures.ts';

const slugs = fs
  .readdirSync('content/articles')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => path.basename(f, '.mdx'));

test('the menu and the home page link to every article @desktop', async ({ page }) => {
  expect(slugs.length).toBeGreaterThan(0);
  await page.goto('/');
  const menu = page.getByRole('navigation', { name: 'Site', exact: true });
  for (const slug of slugs) await expect(menu.locator(`a[href="/articles/${slug}/"]`)).toHaveCount(1);
  // Up to navArticleLimit articles fit in the menu; past it the menu points to the full list.
  await expect(menu.locator(`a[href="${allArticlesHref}"]`)).toHaveCount(slugs.length > navArticleLimit ? 1 : 0);
  const list = page.locator(`h2#${allArticlesId} + ul`);
  for (const slug of slugs) await expect(list.locator(`a[href="/articles/${slug}/"]`)).toHaveCount(1);
});

// Each reference's evidence label is a fact of the built HTML, checked without a browser (tests/built-site/articles.test.ts).
test('an article shows when it was last reviewed and when the next review is due, at its end @desktop', async ({ page }) => {
  await page.goto(`/articles/${slugs[0]}/`);
  const info = page.locator('.review-info');
  await expect(info.getByText('Last reviewed')).toBeVisible();
  await expect(info.getByText('Next review due')).toBeVisible();
});

for (const slug of ['symptoms', 'diagnosis']) {
  test(`${slug}: a red-flag card says when to see a doctor, on screen and in print`, async ({ page }) => {
    await page.goto(`/articles/${slug}/`);
    const card = page.locator('.red-flags').first();
    await expect(card.getByRole('heading', { level: 3 })).toContainText(/Urgent advice|Immediate action required/);
    await expect(card.locator('li').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(card).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Site', exact: true })).toBeHidden();
  });

  test(`${slug}: the red-flag card keeps readable contrast in dark mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`/articles/${slug}/`);
    const heading = page.locator('.red-flags h3').first();
    // The band keeps dark text on amber (or white on red) whatever the theme; axe checks the ratio on every page.
    const urgent = page.locator('.red-flags-urgent h3');
    expect(await urgent.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(27, 31, 36)');
    await expect(heading).toBeVisible();
  });
}

test('the treatment article has an evidence table with a strength for every remedy', async ({ page }) => {
  await page.goto('/articles/treatment/');
  const rows = page.locator('table').first().locator('tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(6);
  for (const row of await rows.all()) {
    const strengths = await row.locator('.strength').allTextContents();
    expect(strengths.length).toBeGreaterThan(0);
    // The word, after dots that screen readers skip (aria-hidden).
    for (const strength of strengths) expect(strength).toMatch(/^[●○]{3}(Strong|Moderate|Weak|None)$/);
    expect(await row.locator('.cite').count()).toBeGreaterThan(0);
  }
});

test('the overview sets at least six claims against the evidence', async ({ page }) => {
  await page.goto('/articles/overview/');
  const myths = page.locator('.myth');
  expect(await myths.count()).toBeGreaterThanOrEqual(6);
  for (const myth of await myths.all()) expect(await myth.locator('.cite').count()).toBeGreaterThan(0);
});
