/** Highwire Press citation_* meta tags: what Google Scholar and Zotero's connector read from a page. */
import type { Reference } from '../../schemas/reference.ts';
import { authorsOf, invertedName, isoDate, pageRange } from './work.ts';

export interface MetaTag {
  name: string;
  content: string;
}

export interface PageForMetadata {
  title: string;
  /** The organisation that publishes the page; never written as an author (see highwireTags). */
  publisher: string;
  /** The date of the version cited: the last review. */
  date: Date;
  url: string;
  language: string;
  /** The licence of the page's text, as its name and address ("CC BY 4.0 https://…"); Highwire has no tag for it. */
  rights?: string;
}

const ymd = (date: Date) => date.toISOString().slice(0, 10).replaceAll('-', '/');

/**
 * How many authors a citation_reference names. It identifies a cited work for a reader's tool (title, first authors,
 * journal, year, pages, DOI, PMID); the full author list, unique words that gzip cannot shrink, was a tenth of a
 * long article's HTML. Every author is on the work's own page (its COinS, which Zotero saves) and in every download.
 */
export const referenceAuthors = 3;

/** One citation_reference value: key=value pairs separated by "; " (semicolons inside values become commas). */
export function citationReference(ref: Reference): string {
  const clean = (value: unknown) => String(value).replaceAll(';', ',');
  const { first, last } = pageRange(ref);
  const pairs: Array<[string, unknown]> = [
    ['citation_title', ref.title],
    ...authorsOf(ref)
      .slice(0, referenceAuthors)
      .map((a): [string, unknown] => ['citation_author', invertedName(a)]),
    [ref.type === 'article-journal' ? 'citation_journal_title' : 'citation_publisher', ref['container-title']],
    ['citation_publication_date', isoDate(ref)?.slice(0, 4)],
    ['citation_volume', ref.volume],
    ['citation_issue', ref.issue],
    ['citation_firstpage', first],
    ['citation_lastpage', last],
    ['citation_doi', ref.DOI],
    ['citation_pmid', ref.PMID],
  ];
  return pairs
    .filter(([, value]) => value != null && value !== '')
    .map(([key, value]) => `${key}=${clean(value)}`)
    .join('; ');
}

/**
 * Meta tags describing the page itself, then one citation_reference per cited work. No citation_author:
 * the page is the editorial team's, and Highwire has no tag for an organisation (Zotero and Google Scholar
 * read every citation_author as a person, so "Leaky Gut, Evidence First editorial team" became two people; the
 * Embedded Metadata translator of 2024 still splits each one with ZU.cleanAuthor into a first and a last name).
 * No citation_journal_title either: Google Scholar's inclusion guidelines give it to journal papers, and the
 * site is not a journal. Zotero would still guess a journal article from citation_title and og:type "article";
 * its own z:itemType says the page is a web page, so it saves the site's name as the website.
 */
export function highwireTags(page: PageForMetadata, refs: readonly Reference[]): MetaTag[] {
  return [
    { name: 'z:itemType', content: 'webpage' },
    { name: 'citation_title', content: page.title },
    { name: 'citation_publication_date', content: ymd(page.date) },
    { name: 'citation_publisher', content: page.publisher },
    { name: 'citation_public_url', content: page.url },
    { name: 'citation_fulltext_html_url', content: page.url },
    { name: 'citation_language', content: page.language },
    // Zotero's Embedded Metadata translator hands DC.* tags to its RDF importer, which saves dc:rights as Rights.
    ...(page.rights ? [{ name: 'DC.rights', content: page.rights }] : []),
    ...refs.map((ref) => ({ name: 'citation_reference', content: citationReference(ref) })),
  ];
}
