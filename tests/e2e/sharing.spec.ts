// Link previews and site furniture as a browser shows them: breadcrumbs and the 404 page.
import { articles } from '../support/articles.ts';
import { expect, test } from './fixtures.ts';

// Each article's and the home page's preview tags, cards, breadcrumbs, reading-order links, robots.txt and the sitemap are
// facts of dist/, checked without a browser (tests/built-site/metadata.test.ts); here, what only a browser shows.
test('an article shows its breadcrumb trail, Home › its title @desktop', async ({ page }) => {
  const article = articles[0];
  await page.goto(`/articles/${article.id}/`);
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs).toBeVisible();
  await expect(crumbs.getByRole('link')).toHaveText(['Home', article.title]);
});

test('an unknown address gets a 404 that says so, stays out of search results and lists every article', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  expect(await page.locator('head meta[name="robots"]').getAttribute('content')).toBe('noindex');
  await expect(page.locator('head link[rel="canonical"]')).toHaveCount(0);
  const main = page.getByRole('main');
  for (const article of articles)
    await expect(main.getByRole('link', { name: article.title, exact: true })).toHaveAttribute('href', `/articles/${article.id}/`);
  await expect(main.getByRole('link', { name: 'Glossary' })).toHaveAttribute('href', '/glossary/');
  await expect(main.getByRole('link', { name: 'Our sources' })).toHaveAttribute('href', '/sources/');
});
