// Each article's sections as the built HTML gives them, read from dist/ without a browser: ids used once, every h2 and
// h3 of the article a section heading with a link to itself, and every section's link to its own citation on the
// cite page. The browser tests (tests/e2e/sections.spec.ts) follow the links and measure the targets.
import { describe, expect, it } from 'vitest';
import { elements } from '../../scripts/built-page.ts';
import { articles } from '../support/articles.ts';
import { attr, childElements, hasClass, page, walk } from './tree.ts';

describe.each(articles)('/articles/$id/', ({ id: slug }) => {
  const url = `/articles/${slug}/`;

  it('uses each id once, and makes every h2 and h3 of the article (red-flag cards’ too) a section heading linked to itself', () => {
    const ids = elements(page(url), (e) => attr(e, 'id') !== undefined).map((e) => attr(e, 'id'));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const [article] = elements(page(url), (e) => e.tagName === 'article');
    const headings: string[] = [];
    walk(article, (element, ancestors) => {
      if (!['h2', 'h3'].includes(element.tagName) || attr(element, 'id') === undefined) return;
      const wrapper = ancestors.at(-1)!;
      const [first, link] = childElements(wrapper);
      expect(
        hasClass(wrapper, 'section-heading') && hasClass(wrapper, `level-${element.tagName[1]}`),
        `${attr(element, 'id')} in a section heading`,
      ).toBe(true);
      expect(first).toBe(element);
      expect(hasClass(link, 'section-link') && attr(link, 'href'), `${attr(element, 'id')}: its link to itself`).toBe(`#${attr(element, 'id')}`);
      headings.push(attr(element, 'id')!);
    });
    expect(headings.length).toBeGreaterThan(5);
  });

  it('links each section of the text to its own citation on the cite page, and not the reference list', () => {
    const sections: string[] = [];
    const cites: string[] = [];
    walk(page(url).tree, (element, ancestors) => {
      const wrapper = ancestors.at(-1);
      if (!wrapper || !hasClass(wrapper, 'section-heading') || !ancestors.some((a) => hasClass(a, 'prose'))) return;
      // Red-flag cards are not sections of the cite page: they have a link to themselves and a copy button only.
      if (['h2', 'h3'].includes(element.tagName) && !ancestors.some((a) => hasClass(a, 'red-flags'))) sections.push(attr(element, 'id')!);
      if (hasClass(element, 'section-cite')) cites.push(attr(element, 'href')!);
    });
    expect(sections.length).toBeGreaterThan(5);
    expect(cites).toEqual(sections.map((id) => `/articles/${slug}/cite/#${id}`));
    const references = elements(page(url), (e) => hasClass(e, 'references'));
    expect(references.length).toBeGreaterThan(0);
    for (const list of references) expect(elements(list, (e) => hasClass(e, 'section-cite'))).toEqual([]);
    // Every target exists on the cite page, as a section holding that section's address.
    const citeSections = elements(page(`/articles/${slug}/cite/`), (e) => e.tagName === 'section' && hasClass(e, 'cite-section')).map((e) =>
      attr(e, 'id'),
    );
    expect(sections.filter((id) => !citeSections.includes(id))).toEqual([]);
  });
});
