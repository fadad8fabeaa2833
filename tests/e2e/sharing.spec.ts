// Link previews and site furniture: Open Graph cards, canonical URLs, breadcrumbs, reading order, 404, sitemap, robots.txt.
import fs from 'node:fs';
import path from 'node:path';
import { site } from '../../src/config.ts';
import { pngSize } from '../support/png.ts';
import { expect, test } from './fixtures.ts';

const origin = new URL(site.url).origin;
const articles = fs
  .readdirSync('content/articles')
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const frontmatter = fs.readFileSync(path.join('content/articles', file), 'utf8').split('---\n')[1];
    const field = (name: string) => (frontmatter.match(new RegExp(`^${name}:\\s*(.+)$`, 'm'))?.[1] ?? '').replace(/^"(.*)"$/, '$1');
    return { id: path.basename(file, '.mdx'), title: field('title'), order: Number(field('order')) };
  })
  .sort((a, b) => a.order - b.order);

/** The path on the local preview server of an absolute URL on the configured site. */
function localPath(url: string | null): string {
  expect(url, 'an absolute URL on the configured site').toMatch(new RegExp(`^${origin.replaceAll('.', '\\.')}/`));
  return new URL(url ?? '').pathname;
}

for (const [i, article] of articles.entries()) {
  test(`${article.id}: preview tags, its own 1200x630 card, breadcrumbs and reading-order links`, async ({ page, request }) => {
    const url = `${origin}/articles/${article.id}/`;
    await page.goto(`/articles/${article.id}/`);
    const meta = (attr: 'property' | 'name', key: string) => page.locator(`head meta[${attr}="${key}"]`).getAttribute('content');

    expect(await page.locator('head link[rel="canonical"]').getAttribute('href')).toBe(url);
    expect(await meta('property', 'og:url')).toBe(url);
    expect(await meta('property', 'og:type')).toBe('article');
    expect(await meta('property', 'og:title')).toBe(article.title);
    expect(await meta('property', 'og:description')).toBe(await meta('name', 'description'));
    expect(await meta('property', 'og:site_name')).toBe(site.name);
    expect(await meta('property', 'article:modified_time')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await meta('name', 'twitter:card')).toBe('summary_large_image');
    expect(await meta('property', 'og:image:alt')).toContain(article.title);
    expect([await meta('property', 'og:image:width'), await meta('property', 'og:image:height')]).toEqual(['1200', '630']);

    const image = await meta('property', 'og:image');
    expect(localPath(image)).toBe(`/og/articles/${article.id}.png`);
    const png = await request.get(localPath(image));
    expect(png.status()).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');
    expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });

    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs).toBeVisible();
    await expect(crumbs.locator('ol > li')).toHaveCount(2);
    await expect(crumbs.locator('ol > li > a')).toHaveText(['Home', article.title]);
    await expect(crumbs.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
    await expect(crumbs.locator('[aria-current="page"]')).toHaveAttribute('href', `/articles/${article.id}/`);
    // The visible trail and the JSON-LD BreadcrumbList say the same thing.
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    const list = jsonLd['@graph'].find((node: { '@type': string }) => node['@type'] === 'BreadcrumbList');
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${origin}/` },
      { '@type': 'ListItem', position: 2, name: article.title, item: url },
    ]);

    const readingOrder = page.getByRole('navigation', { name: 'Previous and next article' });
    const [previous, next] = [articles[i - 1], articles[i + 1]];
    await expect(readingOrder.locator('a[rel="prev"]')).toHaveCount(previous ? 1 : 0);
    await expect(readingOrder.locator('a[rel="next"]')).toHaveCount(next ? 1 : 0);
    if (previous) await expect(readingOrder.locator('a[rel="prev"]')).toHaveAttribute('href', `/articles/${previous.id}/`);
    if (next) await expect(readingOrder.locator('a[rel="next"]')).toHaveAttribute('href', `/articles/${next.id}/`);
  });
}

test('the home page has website tags and the site card', async ({ page, request }) => {
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
  for (const article of articles) await expect(main.getByRole('link', { name: article.title, exact: true })).toHaveAttribute('href', `/articles/${article.id}/`);
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
