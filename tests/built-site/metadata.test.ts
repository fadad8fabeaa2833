// What link previews, search engines and reference managers read from each article's head and its frame, read from
// dist/ without a browser: canonical URL, Open Graph and Twitter tags, the preview card, breadcrumbs (visible and in
// JSON-LD) and reading-order links; the home page's tags and card, robots.txt and the sitemap. The browser tests keep what
// needs a browser (a 404 status, what is visible).
import fs from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config.ts';
import { pngSize } from '../support/png.ts';
import { articles } from '../support/articles.ts';
import { builtPage, builtPages, elements, textOf } from '../../scripts/built-page.ts';

const dist = 'dist';
const origin = new URL(site.url).origin;

const attr = (element: Element | undefined, name: string) => (element?.properties[name] === undefined ? undefined : String(element.properties[name]));
/** The path in dist/ of an absolute URL on the configured site. */
function localPath(url: string | undefined): string {
  expect(url, 'an absolute URL on the configured site').toMatch(new RegExp(`^${origin.replaceAll('.', '\\.')}/`));
  return new URL(url ?? '').pathname;
}

describe.each(articles.map((article, i) => ({ ...article, previous: articles[i - 1], next: articles[i + 1] })))('/articles/$id/', (article) => {
  const page = builtPage(dist, `/articles/${article.id}/`);
  const url = `${origin}/articles/${article.id}/`;
  const head = elements(page, (e) => e.tagName === 'head')[0];
  const meta = (key: string) =>
    attr(elements(head, (e) => e.tagName === 'meta' && (attr(e, 'property') === key || attr(e, 'name') === key))[0], 'content');

  it('has preview tags for an article, its canonical URL and its own 1200x630 card', () => {
    const canonical = elements(head, (e) => e.tagName === 'link' && String(e.properties.rel) === 'canonical');
    expect(canonical.map((e) => attr(e, 'href'))).toEqual([url]);
    expect(meta('og:url')).toBe(url);
    expect(meta('og:type')).toBe('article');
    expect(meta('og:title')).toBe(article.title);
    expect(meta('og:description')).toBe(meta('description'));
    expect(meta('og:description')?.length).toBeGreaterThan(0);
    expect(meta('og:site_name')).toBe(site.name);
    expect(meta('article:modified_time')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('og:image:alt')).toContain(article.title);
    expect([meta('og:image:width'), meta('og:image:height')]).toEqual(['1200', '630']);
    const image = localPath(meta('og:image'));
    expect(image).toBe(`/og/articles/${article.id}.png`);
    expect(pngSize(fs.readFileSync(path.join(dist, image)))).toEqual({ width: 1200, height: 630 });
    // Pages do not load their own preview cards.
    expect(elements(page, (e) => ['img', 'link'].includes(e.tagName) && /\/og\//.test(attr(e, 'src') ?? attr(e, 'href') ?? ''))).toEqual([]);
  });

  it('has breadcrumbs Home › title, the same trail as its JSON-LD BreadcrumbList', () => {
    const [crumbs, ...more] = elements(page, (e) => e.tagName === 'nav' && attr(e, 'ariaLabel') === 'Breadcrumb');
    expect(more).toEqual([]);
    const items = elements(crumbs, (e) => e.tagName === 'li');
    expect(items).toHaveLength(2);
    const links = elements(crumbs, (e) => e.tagName === 'a');
    expect(links.map((a) => [textOf(a).trim(), attr(a, 'href')])).toEqual([
      ['Home', '/'],
      [article.title, `/articles/${article.id}/`],
    ]);
    expect(attr(links[1], 'ariaCurrent')).toBe('page');
    const jsonLd = JSON.parse(textOf(elements(page, (e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json')[0]));
    const list = jsonLd['@graph'].find((node: { '@type': string }) => node['@type'] === 'BreadcrumbList');
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${origin}/` },
      { '@type': 'ListItem', position: 2, name: article.title, item: url },
    ]);
  });

  it('links to the previous and the next article in reading order', () => {
    const [nav] = elements(page, (e) => e.tagName === 'nav' && attr(e, 'ariaLabel') === 'Previous and next article');
    const rel = (name: string) => elements(nav, (e) => e.tagName === 'a' && String(e.properties.rel) === name).map((a) => attr(a, 'href'));
    expect(rel('prev')).toEqual(article.previous ? [`/articles/${article.previous.id}/`] : []);
    expect(rel('next')).toEqual(article.next ? [`/articles/${article.next.id}/`] : []);
  });
});

describe('the home page', () => {
  const page = builtPage(dist, '/');
  const head = elements(page, (e) => e.tagName === 'head')[0];
  const meta = (key: string) =>
    attr(elements(head, (e) => e.tagName === 'meta' && (attr(e, 'property') === key || attr(e, 'name') === key))[0], 'content');

  it('has website tags and the site card', () => {
    expect(elements(head, (e) => e.tagName === 'link' && String(e.properties.rel) === 'canonical').map((e) => attr(e, 'href'))).toEqual([
      `${origin}/`,
    ]);
    expect(meta('og:type')).toBe('website');
    expect(meta('og:url')).toBe(`${origin}/`);
    expect(meta('twitter:card')).toBe('summary_large_image');
    const image = localPath(meta('og:image'));
    expect(image).toBe('/og/site.png');
    expect(pngSize(fs.readFileSync(path.join(dist, image)))).toEqual({ width: 1200, height: 630 });
    // Pages do not load their own preview cards.
    expect(elements(page, (e) => ['img', 'link'].includes(e.tagName) && /\/og\//.test(attr(e, 'src') ?? attr(e, 'href') ?? ''))).toEqual([]);
  });
});

it('robots.txt names the sitemap; the sitemap lists every article and every indexable page, and no noindex page', () => {
  const robots = fs.readFileSync(path.join(dist, 'robots.txt'), 'utf8');
  const sitemap = robots.match(/^Sitemap: (\S+)$/m)?.[1];
  expect(sitemap).toBe(`${origin}/sitemap-index.xml`);
  const locs = (url: string) => [...fs.readFileSync(path.join(dist, localPath(url)), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  const pages = locs(sitemap!).flatMap(locs);
  for (const article of articles) expect(pages).toContain(`${origin}/articles/${article.id}/`);
  expect(pages).toContain(`${origin}/`);
  expect(pages.filter((p) => p.includes('404'))).toEqual([]);
  // A page is either listed and indexable, or noindex and unlisted: a search engine is never sent to a page that then
  // asks to stay out of its results.
  for (const url of builtPages(dist)) {
    const noindex = /<meta name="robots" content="noindex">/.test(fs.readFileSync(path.join(dist, url, 'index.html'), 'utf8'));
    expect(pages.includes(`${origin}${url}`), `${url}: in the sitemap, or noindex`).toBe(!noindex);
  }
});
