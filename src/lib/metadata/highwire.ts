/**
 * Highwire Press citation_* meta tags: what Google Scholar and Zotero's connector read from a page. They describe
 * the page only. No citation_reference per cited work: Google Scholar's inclusion guidelines do not list it (Scholar
 * reads the page's "References" section), Zotero's Embedded Metadata translator ignores it, and it was an eighth of an
 * article's gzipped HTML. The cited works are in the reference list, the JSON-LD and the page's downloads.
 */

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
 * Meta tags describing the page itself. No citation_author:
 * the page is the editorial team's, and Highwire has no tag for an organisation (Zotero and Google Scholar
 * read every citation_author as a person, so "Leaky Gut, Evidence First editorial team" became two people; the
 * Embedded Metadata translator of 2024 still splits each one with ZU.cleanAuthor into a first and a last name).
 * No citation_journal_title either: Google Scholar's inclusion guidelines give it to journal papers, and the
 * site is not a journal. Zotero would still guess a journal article from citation_title and og:type "article";
 * its own z:itemType says the page is a web page, so it saves the site's name as the website.
 */
export function highwireTags(page: PageForMetadata): MetaTag[] {
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
  ];
}
