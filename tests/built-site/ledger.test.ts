// The claim ledger of every reference page, read from dist/ without a browser: each quoted sentence is found, word for
// word, in the block around the citation marker its link lands on, in the section the ledger files it under; a work no
// article cites says so. The browser test (tests/e2e/ledger.spec.ts) follows one link and sees where it lands.
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { elements, textOf } from '../../scripts/built-page.ts';
import { articles } from '../support/articles.ts';
import { attr, builtPages, childElements, hasClass, page, shownText, sibling, walk } from './tree.ts';

const referencePages = builtPages().filter((url) => /^\/references\/[^/]+\/$/.test(url));

/** The ledger's entries on a reference page: where each link lands, the quoted words and the section it is filed under. */
function ledgerEntries(url: string) {
  const entries: Array<{ href: string; quote: string; section: string | undefined }> = [];
  for (const ul of elements(page(url), (e) => e.tagName === 'ul' && hasClass(e, 'ledger-entries'))) {
    // The heading just before the list names its section: <h4 class="ledger-section"><a href="/articles/x/#id">.
    const heading = sibling(page(url).tree, ul, -1);
    const section = attr(heading && elements(heading, (e) => e.tagName === 'a')[0], 'href')?.split('#')[1];
    for (const li of childElements(ul).filter((e) => e.tagName === 'li'))
      entries.push({
        href: attr(elements(li, (e) => e.tagName === 'a')[0], 'href') ?? '',
        quote: textOf(elements(li, (e) => e.tagName === 'blockquote')[0])
          .replace(/\s+/g, ' ')
          .trim(),
        section,
      });
  }
  return entries;
}

/** For each element id of an article page: the block it stands in (p, li, td, th or figcaption) and its section's id. */
const markers = new Map<string, Map<string, { block: Element | undefined; section: string | undefined }>>();
function markersOf(article: string) {
  if (!markers.has(article)) {
    const found = new Map<string, { block: Element | undefined; section: string | undefined }>();
    let section: string | undefined;
    walk(page(article).tree, (element, ancestors) => {
      const id = attr(element, 'id');
      if (!id) return;
      // The section a marker stands in: the last article heading (h2, h3 in the prose; not a red-flag card's) before it.
      if (['h2', 'h3'].includes(element.tagName) && ancestors.some((a) => hasClass(a, 'prose')) && !id.startsWith('red-flags-')) section = id;
      found.set(id, { block: ancestors.findLast((a) => ['p', 'li', 'td', 'th', 'figcaption'].includes(a.tagName)), section });
    });
    markers.set(article, found);
  }
  return markers.get(article)!;
}

/** The works the current articles cite (each entry of their reference lists). */
const cited = new Set(
  articles.flatMap(({ id }) =>
    elements(page(`/articles/${id}/`), (e) => e.tagName === 'li' && attr(e, 'dataReference') !== undefined).map((e) => attr(e, 'dataReference')),
  ),
);

it('finds the reference pages, cited and uncited works among them', () => {
  expect(referencePages.length).toBeGreaterThan(20);
  expect(referencePages.filter((url) => cited.has(url.split('/')[2])).length).toBeGreaterThan(10);
  expect(referencePages.filter((url) => !cited.has(url.split('/')[2])).length).toBeGreaterThan(0);
});

describe.each(referencePages)('%s', (url) => {
  const id = url.split('/')[2];
  const summary = () => elements(page(url), (e) => e.tagName === 'p' && hasClass(e, 'ledger-summary')).map((p) => textOf(p).trim())[0];

  if (cited.has(id))
    it('quotes each sentence that cites the work as it reads at its marker, filed under that marker’s section', () => {
      const entries = ledgerEntries(url);
      expect(entries.length).toBeGreaterThan(0);
      // The summary counts the articles the ledger lists.
      const articlesListed = new Set(entries.map((e) => e.href.split('#')[0])).size;
      expect(summary()).toMatch(new RegExp(`^Cited in \\d+ sentences? in ${articlesListed} articles?\\.`));
      const wrong = entries.filter(({ href, quote, section }) => {
        expect(href).toMatch(/^\/articles\/[^/]+\/#cite-\d+$/);
        const [article, marker] = href.split('#');
        const found = markersOf(article).get(marker);
        return !found?.block || !shownText(found.block).includes(quote) || found.section !== section;
      });
      expect(wrong).toEqual([]);
    });
  else
    it('says no article cites the work, and shows no ledger', () => {
      expect(summary()).toBe('No article on this site cites this work.');
      expect(elements(page(url), (e) => hasClass(e, 'claim-ledger'))).toEqual([]);
    });
});
