/** Per-page citation state: numbering by first citation, in-text markers and reference-list order. */
import { escapeAttribute, escapeText } from 'entities';
import type { CitationLibrary } from './library.ts';
import { citationStyles, readerStyles, type CitationStyleId } from './styles.ts';

/** One <Cite> as written: its ids in the author's order and its locator, if any. */
export interface CitedPlace {
  ids: string[];
  locator?: string;
  label?: string;
}

/**
 * What the remark plugin records for a page: ids in order of first citation, every marker's anchor, and
 * each <Cite> in reading order (places[i] is the marker whose anchor is cite-(i + 1)).
 */
export interface PageCitations {
  order: string[];
  anchors: Record<string, string[]>;
  places: CitedPlace[];
}

export interface MarkerPart {
  id: string;
  text: string;
  href: string;
  /** Accessible name for a bare number: says which reference it leads to, starting with the visible text. */
  label?: string;
}

export interface Marker {
  open: string;
  close: string;
  separator: string;
  parts: MarkerPart[];
  locator: string;
}

/** Anchor of a reference's entry in the page's reference list. */
export const entryAnchor = (id: string) => `ref-${id}`;

const locatorLabels: Record<string, string> = { page: 'p.', chapter: 'chap.', section: 'sec.', figure: 'fig.', table: 'table' };

/** A human-readable locator such as "p. 266", or "" when there is none. */
export function formatLocator(locator?: string, label = 'page'): string {
  if (!locator) return '';
  const prefix = locatorLabels[label] ?? label;
  return label === 'page' && /[-–,]/.test(locator) ? `pp. ${locator}` : `${prefix} ${locator}`;
}

/** One place in the text that cites a work at a pinpoint: the marker's anchor and the locator as shown ("p. 486"). */
export interface Pinpoint {
  anchor: string;
  locator: string;
}

/** Every place on the page that cites `id` with a locator, in reading order (places[i] is the marker cite-(i + 1)). */
export function pinpointsOf(page: PageCitations, id: string): Pinpoint[] {
  return page.places.flatMap((place, i) =>
    place.locator && place.ids.includes(id) ? [{ anchor: `cite-${i + 1}`, locator: formatLocator(place.locator, place.label) }] : [],
  );
}

/** The distinct locators of a list of pinpoints, in first-seen order: "p. 486", "table 2". */
export const distinctLocators = (pinpoints: readonly Pinpoint[]) => [...new Set(pinpoints.map((p) => p.locator))];

/** One pinpoint per locator, the first place that cites it: a page cited three times is listed once. */
export const firstPerLocator = (pinpoints: readonly Pinpoint[]) =>
  distinctLocators(pinpoints).map((locator) => pinpoints.find((p) => p.locator === locator)!);

/** The in-text marker for one or more ids: "[1, 3]" in numbered styles, "(Lacy et al., 2024; ...)" in author-date ones. */
export function citationMarker(
  ids: readonly string[],
  style: CitationStyleId,
  numbers: readonly number[],
  library: CitationLibrary,
  locator = '',
): Marker {
  const numeric = citationStyles[style].kind === 'numeric';
  const parts = ids.map((id, i) => {
    const author = library.entry(id, 'apa').inText;
    const text = numeric ? String(numbers[i]) : library.entry(id, style).inText;
    return {
      id,
      text,
      href: `#${entryAnchor(id)}`,
      // An author-date link's own text ("Lacy et al., 2024") already names the work.
      label: numeric ? `Reference ${text}: ${author}` : undefined,
    };
  });
  return numeric ? { open: '[', close: ']', separator: ', ', parts, locator } : { open: '(', close: ')', separator: '; ', parts, locator };
}

/** A marker as HTML: "[<a …>1</a>, <a …>3</a>]" or "(<a …>Lacy et al., 2024</a>, p. 266)". */
export function markerHtml(marker: Marker): string {
  const links = marker.parts.map(
    (part) =>
      `<a href="${escapeAttribute(part.href)}"${part.label ? ` aria-label="${escapeAttribute(part.label)}"` : ''}>${escapeText(part.text)}</a>`,
  );
  return `${marker.open}${links.join(marker.separator)}${marker.locator ? `, ${escapeText(marker.locator)}` : ''}${marker.close}`;
}

/** Ids in the order the page's reference list shows them: citation order when numbered, the style's order otherwise. */
export function referenceListOrder(page: PageCitations, style: CitationStyleId, library: CitationLibrary): string[] {
  if (citationStyles[style].kind === 'numeric') return [...page.order];
  return [...page.order].sort((a, b) => library.entry(a, style).rank - library.entry(b, style).rank);
}

/** What author-date.json serves: the page's entries in the reader's author-date style, in that style's order,
 * and every in-text marker in that style (markers[i] belongs to the marker whose anchor is cite-(i + 1)). */
export interface AuthorDateData {
  entries: Array<{ id: string; html: string }>;
  markers: string[];
}

/** The page's entries in the reader's author-date style, in that style's order. */
export function authorDateList(page: PageCitations, library: CitationLibrary): AuthorDateData['entries'] {
  const style = readerStyles[1];
  return referenceListOrder(page, style, library).map((id) => ({ id, html: library.entry(id, style).html }));
}

/** Everything a reader's switch to author-date needs, built with the site so that the page carries one style. */
export function authorDateData(page: PageCitations, library: CitationLibrary): AuthorDateData {
  const style = readerStyles[1];
  const numbers = (ids: string[]) => ids.map((id) => page.order.indexOf(id) + 1);
  return {
    entries: authorDateList(page, library),
    markers: page.places.map((place) =>
      markerHtml(citationMarker(place.ids, style, numbers(place.ids), library, formatLocator(place.locator, place.label))),
    ),
  };
}
