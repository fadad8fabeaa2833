/**
 * "Copy quote": what the clipboard gets for a passage a reader selected in an article: the passage in quotation
 * marks, a link that opens on it (a text fragment, with the paragraph's id for browsers that cannot find the text)
 * and a short citation of the version. Pure: the page's script (src/components/copy-quote.ts) gives it the words.
 */
import { longDate } from '../dates/long-date.ts';

/** A selection longer than this many words is found by its first and last words (textStart,textEnd). */
const wholeWords = 8;
/** How many words at each end find a longer selection. */
const endWords = 4;

/** Percent-encodes one part of a text directive: also "-", "," and "&", which the directive's syntax uses. */
function encodePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** Collapses runs of white space to one space and trims the ends. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The text directive (`text=...`) that finds a passage on the page, or undefined when no whole word is left.
 * A word cut by the selection is left out (a directive only matches whole words): `partialStart`/`partialEnd`
 * say the first or last word is cut. Short passages are matched whole; longer ones by four words at each end.
 */
export function textDirective(text: string, partial: { start?: boolean; end?: boolean } = {}): string | undefined {
  const words = normaliseSpace(text).split(' ').filter(Boolean);
  if (partial.start) words.shift();
  if (partial.end) words.pop();
  if (words.length === 0) return undefined;
  if (words.length <= wholeWords) return `text=${encodePart(words.join(' '))}`;
  return `text=${encodePart(words.slice(0, endWords).join(' '))},${encodePart(words.slice(-endWords).join(' '))}`;
}

/**
 * A link that opens the page on the passage: `#<paragraph id>:~:text=...`. A browser that finds the text scrolls to
 * it and highlights it; one that does not (or the text changed) lands on the paragraph.
 */
export function quoteLink(pageUrl: string, anchor: string | undefined, directive: string | undefined): string {
  const url = new URL(pageUrl);
  url.hash = '';
  const fragment = `${anchor ?? ''}${directive ? `:~:${directive}` : ''}`;
  return fragment ? `${url.href}#${fragment}` : url.href;
}

export interface QuotedVersion {
  title: string;
  siteName: string;
  /** The day of the version, YYYY-MM-DD. */
  date: string;
  /** The version's permanent address (or the page's, if the version has none yet). */
  url: string;
}

/** A short citation of the version: "Title. Site. Version of 3 December 2026. URL". */
export function quoteCitation(version: QuotedVersion): string {
  const title = /[.?!]$/.test(version.title) ? version.title : `${version.title}.`;
  return `${title} ${version.siteName}. Version of ${longDate(version.date)}. ${version.url}`;
}

/** The clipboard's text: the passage in curly quotation marks, the link to it, then the citation, one per line. */
export function quoteClipboard(quote: string, link: string, citation: string): string {
  return `“${normaliseSpace(quote)}”\n${link}\n${citation}`;
}
