// Link previews and site furniture: Open Graph cards, canonical URLs, breadcrumbs, reading order, 404, sitemap, robots.txt.
import { site } from '../../src/config.ts';
import { pngSize } from '../support/png.ts';
import { articles } from '../support/articles.ts';
import { expect, test } from './fixtures.ts';

const origin = new URL(site.url).origin;

/** The path on the local preview server of an absolute URL on the configured site. */
function localPath(url: string | null): string {
  expect(url, 'an absolute URL on the configured site').toMatch(new RegExp(`^${origin.replaceAll('.', '\\.')}/`));
  return new URL(url ?? '').pathname;
}

// Each article's preview tags, card, breadcrumbs and reading-order links are facts of dist/, checked without a browser
// (tests/built-site/metadata.test.ts); here, what only a browser shows.
test('an article shows its breadcrumb trail, Home › its title @desktop', async ({ page }) => {
  const article = articles[0];
  await page.goto(`/articles/${article.id}/`);
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs).toBeVisible();
  await expect(crumbs.getByRole('link')).toHaveText(['Home', article.title]);
});

test('the home page has website tags and the site card @desktop', async ({ page, request }) => {
  await page.goto('/');
  expect(await page.locator('head link[rel="canonical"]').getAttribute('href')).toBe(`${origin}/`);
  expect(await page.locator('head meta[property="og:type"]').getAttribute('content')).toBe('website');
  expect(await page.locator('head meta[property="og:url"]').getAttribute('content')).toBe(`${origin}/`);
  expect(await page.locator('head meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
  const image = localPath(await page.locator('head meta[property="og:image"]').getAttribute('content'));
  expect(image).toBe('/og/site.png');
  const png = await request.get(image);
  expect(png.headers()['content-type']).toBe('image/png');
  expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });
  // Pages do not load their own preview cards.
  expect(await page.locator('img[src*="/og/"], link[href*="/og/"]').count()).toBe(0);
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

test('robots.txt names the sitemap, and the sitemap lists every article but not the 404 page', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  const sitemapUrl = robots.match(/^Sitemap: (\S+)$/m)?.[1] ?? null;
  expect(sitemapUrl).toBe(`${origin}/sitemap-index.xml`);
  const index = await request.get(localPath(sitemapUrl));
  expect(index.status()).toBe(200);
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  const pages: string[] = [];
  for (const sitemap of locs(await index.text())) pages.push(...locs(await (await request.get(localPath(sitemap))).text()));
  for (const article of articles) expect(pages).toContain(`${origin}/articles/${article.id}/`);
  expect(pages).toContain(`${origin}/`);
  expect(pages.filter((p) => p.includes('404'))).toEqual([]);
});
