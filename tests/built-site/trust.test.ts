// "How we work" facts of the built pages, read from dist/ without a browser: an article's report names its version and
// the article carries its licence; the methods page draws the evidence scale. The browser tests (tests/e2e/trust.spec.ts)
// follow the links and check what shows.
import type { Element } from 'hast';
import { expect, it } from 'vitest';
import { elements, textOf } from '../../scripts/built-page.ts';
import { articles } from '../support/articles.ts';
import { attr, hasClass, page } from './tree.ts';

const cc = 'https://creativecommons.org/licenses/by/4.0/';
const text = (e: Element) => textOf(e).replace(/\s+/g, ' ').trim();

it.each(articles)('/articles/$id/ names its version in the report, and carries its licence in the page, its head and its JSON-LD', ({ id }) => {
  const tree = page(`/articles/${id}/`);
  const [report] = elements(tree, (e) => e.tagName === 'a' && text(e) === 'Report a problem with this page');
  const [reviewed] = elements(tree, (e) => e.tagName === 'dl' && hasClass(e, 'review-info')).flatMap((dl) =>
    elements(dl, (e) => e.tagName === 'time'),
  );
  expect(new URL(attr(report, 'href')!).searchParams.get('body')).toContain(`Version: last reviewed ${attr(reviewed, 'dateTime')}\n`);
  // The review box, the region named "About this page".
  const [box] = elements(tree, (e) => attr(e, 'ariaLabelledBy') === 'review-heading');
  expect(elements(box, (e) => e.tagName === 'a' && attr(e, 'rel') === 'license').map(text)).toEqual(['CC BY 4.0']);
  expect(elements(box, (e) => e.tagName === 'a' && text(e) === 'what a review is').map((a) => attr(a, 'href'))).toEqual([
    '/how-we-work/methods/#reviews',
  ]);
  const [head] = elements(tree, (e) => e.tagName === 'head');
  expect(elements(head, (e) => e.tagName === 'link' && attr(e, 'rel') === 'license').map((e) => attr(e, 'href'))).toEqual([cc]);
  const [jsonLd] = elements(tree, (e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json');
  expect(JSON.parse(textOf(jsonLd))['@graph'][0].license).toBe(cc);
});

it('the methods page draws the evidence scale with the badges, strongest first, and the wording each allows', () => {
  const [scale] = elements(page('/how-we-work/methods/'), (e) => attr(e, 'ariaLabel') === 'Evidence scale, from strongest to weakest');
  expect(scale.tagName).toBe('ol');
  // Each badge as the articles show it: its dots (not read out) and its word.
  expect(elements(scale, (e) => hasClass(e, 'strength')).map(text)).toEqual(['●●●Strong', '●●○Moderate', '●○○Weak', '○○○None']);
  expect(elements(scale, (e) => e.tagName === 'strong').map(text)).toEqual(['“results in”', '“probably”', '“may”', '“we do not know”']);
});
