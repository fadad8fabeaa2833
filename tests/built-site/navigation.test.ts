// How a reader finds the articles and the evidence map, read from dist/ without a browser: the header menu, the home
// page's list and the link at the end of every article.
import type { Element } from 'hast';
import { expect, it } from 'vitest';
import { elements, textOf } from '../../scripts/built-page.ts';
import { allArticlesHref, allArticlesId, navArticleLimit } from '../../src/lib/site/nav.ts';
import { articles } from '../support/articles.ts';
import { attr, page, sibling } from './tree.ts';

/** The links under `within` whose text holds `name` (any case), as getByRole('link', { name }) finds them. */
const links = (within: Element, name = '') =>
  elements(within, (e) => e.tagName === 'a' && textOf(e).toLowerCase().includes(name.toLowerCase())).map((a) => ({
    href: attr(a, 'href'),
    current: attr(a, 'ariaCurrent'),
  }));
/** The header's site menu of a page. */
const siteMenu = (url: string) => elements(page(url), (e) => e.tagName === 'nav' && attr(e, 'ariaLabel') === 'Site')[0];

it('the menu and the home page link to every article', () => {
  expect(articles.length).toBeGreaterThan(0);
  const menu = links(siteMenu('/')).map((a) => a.href);
  for (const { id } of articles)
    expect(
      menu.filter((href) => href === `/articles/${id}/`),
      id,
    ).toHaveLength(1);
  // Up to navArticleLimit articles fit in the menu; past it the menu points to the full list.
  expect(menu.filter((href) => href === allArticlesHref)).toHaveLength(articles.length > navArticleLimit ? 1 : 0);
  // The list right after the home page's "Articles" heading.
  const [heading] = elements(page('/'), (e) => e.tagName === 'h2' && attr(e, 'id') === allArticlesId);
  const list = sibling(page('/').tree, heading, 1)!;
  expect(list.tagName).toBe('ul');
  const listed = links(list).map((a) => a.href);
  for (const { id } of articles)
    expect(
      listed.filter((href) => href === `/articles/${id}/`),
      id,
    ).toHaveLength(1);
});

it('the evidence map is linked from the home page, the site menu and every article, and the menu marks it on its own page', () => {
  expect(links(elements(page('/'), (e) => e.tagName === 'main')[0], 'See the evidence map')).toEqual([{ href: '/evidence/', current: undefined }]);
  expect(links(siteMenu('/'), 'Evidence map').map((a) => a.href)).toEqual(['/evidence/']);
  for (const { id } of articles) {
    const [article] = elements(page(`/articles/${id}/`), (e) => e.tagName === 'article');
    expect(
      links(article, 'evidence map').map((a) => a.href),
      id,
    ).toEqual(['/evidence/']);
  }
  expect(links(siteMenu('/evidence/'), 'Evidence map')).toEqual([{ href: '/evidence/', current: 'page' }]);
});
