// What reference managers and readers who cite get from the built site, read from dist/ without a browser: the
// numbering of each article's citations, its reference list as BibTeX, RIS and CSL-JSON files, the Highwire tags,
// JSON-LD and COinS they read. The browser tests (tests/e2e/citing.spec.ts) copy citations and follow links.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { elements, textOf } from '../../scripts/built-page.ts';
import { articles } from '../support/articles.ts';
import { attr, dist, hasClass, page } from './tree.ts';

const file = (url: string) => fs.readFileSync(path.join(dist, url), 'utf8');
/** The works of an article's reference list, in its order. */
const listed = (url: string) =>
  elements(page(url), (e) => e.tagName === 'ol' && hasClass(e, 'reference-list')).flatMap((ol) =>
    ol.children.flatMap((li) => (li.type === 'element' && li.tagName === 'li' ? [String(attr(li, 'id')).replace('ref-', '')] : [])),
  );
/** The page's head: its meta tags by name or property. */
const metas = (url: string, key: string) =>
  elements(page(url), (e) => e.tagName === 'meta' && (attr(e, 'name') === key || attr(e, 'property') === key)).map((e) => attr(e, 'content'));

describe.each(articles)('/articles/$id/', ({ id }) => {
  const url = `/articles/${id}/`;

  it('numbers its citations in the order of the reference list, which is the order of first citation', () => {
    const markers = elements(page(url), (e) => e.tagName === 'span' && hasClass(e, 'cite')).flatMap((span) =>
      elements(span, (e) => e.tagName === 'a').map((a) => ({ n: textOf(a), ref: String(attr(a, 'href')).replace('#ref-', '') })),
    );
    expect(markers.length).toBeGreaterThan(0);
    const list = listed(url);
    expect(list).toEqual([...new Set(markers.map((m) => m.ref))]);
    for (const { n, ref } of markers) expect(list[Number(n) - 1], `[${n}]`).toBe(ref);
  });

  it('offers its reference list as BibTeX, RIS and CSL-JSON files holding the same works in the same order', () => {
    const cited = listed(url);
    const [bibLink] = elements(page(url), (e) => e.tagName === 'a' && textOf(e) === 'BibTeX');
    expect(attr(bibLink, 'href')).toBe(`${url}references.bib`);
    expect([...file(`${url}references.bib`).matchAll(/^@\w+\{([a-z0-9]+),/gm)].map((m) => m[1])).toEqual(cited);
    expect(file(`${url}references.ris`).match(/^TY {2}- /gm)).toHaveLength(cited.length);
    expect((JSON.parse(file(`${url}references.json`)) as Array<{ id: string }>).map((item) => item.id)).toEqual(cited);
  });

  it('gives reference managers the article itself: Highwire tags of the page alone, JSON-LD with every citation, and COinS on its cite page only', () => {
    const entries = listed(url).length;
    expect(metas(url, 'citation_title')).toEqual([articles.find((a) => a.id === id)!.title]);
    expect(metas(url, 'citation_publication_date')[0]).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect(metas(url, 'citation_reference')).toEqual([]);
    // No invented people, no journal: the site's editorial team is an organisation, which Highwire cannot name.
    expect([...metas(url, 'citation_author'), ...metas(url, 'citation_journal_title')]).toEqual([]);
    // COinS would make Zotero save the cited works instead of the article: they are on each work's page.
    expect(elements(page(url), (e) => e.tagName === 'span' && hasClass(e, 'Z3988'))).toEqual([]);
    const [jsonLd] = elements(page(url), (e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json');
    const webPage = JSON.parse(textOf(jsonLd))['@graph'].find((node: { '@type': string }) => node['@type'] === 'MedicalWebPage');
    expect(webPage.citation).toHaveLength(entries);
    expect(webPage.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // First published on the day of the change log's first entry, never after the last review.
    expect(webPage.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(webPage.datePublished <= webPage.lastReviewed).toBe(true);
    // The last change in the article's change log, never before its review.
    expect(webPage.dateModified >= webPage.lastReviewed).toBe(true);
    expect(webPage.author).toMatchObject({ '@type': 'Organization', name: 'Leaky Gut, Evidence First editorial team' });
    expect(webPage.image).toMatch(new RegExp(`/og/articles/${id}\\.png$`));
    expect(webPage.reviewedBy.name).toContain('Editorial team');
    // The work first cited has its COinS on its own page; the article has its own on the cite page.
    const coins = (at: string) =>
      new URLSearchParams(attr(elements(page(at), (e) => e.tagName === 'span' && hasClass(e, 'Z3988'))[0], 'title') ?? '');
    expect(coins(`/references/${listed(url)[0]}/`).get('rft_val_fmt')).toBeTruthy();
    expect(coins(`${url}cite/`).get('rft.title')).toBe(articles.find((a) => a.id === id)!.title);
    expect(coins(`${url}cite/`).get('rft.source')).toBe('Leaky Gut, Evidence First');
  });
});

it('the whole site offers its bibliography as BibTeX, RIS and CSL-JSON, more works than any one article cites', () => {
  const all = JSON.parse(file('/bibliography.json')) as unknown[];
  for (const { id } of articles) expect(all.length).toBeGreaterThan(listed(`/articles/${id}/`).length);
  expect(file('/bibliography.bib')).toMatch(/^@\w+\{/m);
  expect(file('/bibliography.ris')).toMatch(/^TY {2}- /m);
});
