/**
 * "Cite this page" and "cite this section": the site's own pages as CSL items, formatted in every style
 * and export format. The access date is the reader's: each output marks where its style prints that
 * date, with a template the page script fills in with the day of copying.
 */
import { escapeAttribute, escapeText } from 'entities';
import { dateTemplate, fillAccessDate } from './access-date.ts';
import { exportReferences, type ExportFormat } from './export.ts';
import { formatEntry } from './format.ts';
import { citationStyles, type CitationStyleId } from './styles.ts';
import { traced } from './timing.ts';
import type { Reference } from '../../schemas/reference.ts';

export interface CitedPage {
  /** Article id; the CSL item's id. */
  id: string;
  title: string;
  /** Absolute URL of the page. */
  url: string;
  /** Organisation that publishes the site: the author of its pages. */
  publisher: string;
  siteName: string;
  lastReviewed: Date;
}

export interface CitedSection {
  /** The heading's id: the URL fragment. */
  anchor: string;
  title: string;
}

/** One citation of a page or section: HTML per style and per export format, access date marked. */
export interface PageCitation {
  url: string;
  styles: Record<CitationStyleId, string>;
  exports: Record<ExportFormat, string>;
}

/** Two probe dates whose every part differs: their renderings locate the access date in any output. */
const probeA: [number, number, number] = [1987, 6, 4];
const probeB: [number, number, number] = [2053, 10, 23];

/**
 * Where two renderings that differ only in their access date differ: the first one's fragment with
 * the text before and after it, or null when the output has no access date.
 */
export function splitAt(a: string, b: string): { before: string; date: string; after: string } | null {
  if (a === b) return null;
  let start = 0;
  while (a[start] === b[start]) start += 1;
  let end = 0;
  while (end < a.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
  // Widen to whole digit/letter runs: the probe years share no digit, but two month names may share letters.
  while (start > 0 && /[\p{L}\p{N}]/u.test(a[start - 1])) start -= 1;
  while (end > 0 && /[\p{L}\p{N}]/u.test(a[a.length - end])) end -= 1;
  return { before: a.slice(0, start), date: a.slice(start, a.length - end), after: a.slice(a.length - end) };
}

/** The CSL item for a page, or for one of its sections (the same work, its URL pointing at the heading). */
export function pageItem(page: CitedPage, accessed: readonly number[], section?: CitedSection): Reference {
  const reviewed = page.lastReviewed;
  return {
    id: section ? `${page.id}-${section.anchor}` : page.id,
    type: 'webpage',
    title: page.title,
    author: [{ literal: page.publisher }],
    'container-title': page.siteName,
    issued: { 'date-parts': [[reviewed.getUTCFullYear(), reviewed.getUTCMonth() + 1, reviewed.getUTCDate()]] },
    URL: section ? `${page.url}#${section.anchor}` : page.url,
    accessed: { 'date-parts': [[...accessed]] },
  } as unknown as Reference;
}

const probePage: CitedPage = {
  id: 'probe',
  title: 'Probe',
  url: 'https://example.org/probe/',
  publisher: 'Probe',
  siteName: 'Probe',
  lastReviewed: new Date('2020-01-01'),
};
const fragments = new Map<string, string | null>();

/** How one style or export format prints probe date A, or null if it prints no access date; once per build. */
function accessFragment(key: string, render: (item: Reference, probe: 'a' | 'b') => string): string | null {
  if (!fragments.has(key)) {
    const a = render(pageItem(probePage, probeA), 'a');
    const b = render(pageItem(probePage, probeB), 'b');
    fragments.set(key, splitAt(a, b)?.date ?? null);
  }
  return fragments.get(key) ?? null;
}

/** The output with its access date (printed as probe date A) marked as a span showing `today`. */
function markAccessDate(text: string, fragment: string | null, today: Date, escape: boolean): string {
  const html = (part: string) => (escape ? escapeText(part) : part);
  if (!fragment) return html(text);
  const at = text.indexOf(fragment);
  if (at < 0) throw new Error(`the access date "${fragment}" is missing from a page citation: ${text}`);
  const template = dateTemplate(fragment, probeA);
  return `${html(text.slice(0, at))}<span class="accessed" data-accessed="${escapeAttribute(template)}">${fillAccessDate(template, today)}</span>${html(text.slice(at + fragment.length))}`;
}

/** The page's citation and each section's, in every style and export format, for a reader on `today`. */
export function citePage(
  page: CitedPage,
  sections: readonly CitedSection[],
  today: Date,
): { page: PageCitation; sections: Array<CitedSection & PageCitation> } {
  return traced('page', () => citeAll(page, sections, today));
}

function citeAll(
  page: CitedPage,
  sections: readonly CitedSection[],
  today: Date,
): { page: PageCitation; sections: Array<CitedSection & PageCitation> } {
  const styleIds = Object.keys(citationStyles) as CitationStyleId[];
  // Formatted once per style; a section's entry is its page's with the URL pointing at the heading.
  const formatted = styleIds.map((style) => [style, formatEntry(pageItem(page, probeA), style)] as const);
  const cite = (section?: CitedSection): PageCitation => {
    const url = section ? `${page.url}#${section.anchor}` : page.url;
    const item = pageItem(page, probeA, section);
    return {
      url,
      styles: Object.fromEntries(
        formatted.map(([style, html]) => [
          style,
          // The engine keeps items by id: each probe gets its own.
          markAccessDate(
            html.replaceAll(page.url, url),
            accessFragment(style, (probe, tag) => formatEntry({ ...probe, id: `probe-${tag}` }, style)),
            today,
            false,
          ),
        ]),
      ) as Record<CitationStyleId, string>,
      exports: Object.fromEntries(
        (['bib', 'ris', 'json'] as const).map((format) => [
          format,
          markAccessDate(
            exportReferences([item], format),
            accessFragment(format, (probe) => exportReferences([probe], format)),
            today,
            true,
          ),
        ]),
      ) as Record<ExportFormat, string>,
    };
  };
  return { page: cite(), sections: sections.map((section) => ({ ...section, ...cite(section) })) };
}
