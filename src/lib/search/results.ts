/** Turns Pagefind's result data into what the search page shows: pages, their matching sections, plain excerpts. */

/** One section of a page that matched (Pagefind's sub-result); `anchor` is absent for text before the first heading. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: { id: string };
}

/** The data of one matching page, from Pagefind's `result.data()`. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}

/** The part of Pagefind's browser API (/pagefind/pagefind.js) the search page uses. */
export interface PagefindApi {
  search(term: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/** A run of excerpt text, marked when it is a matched word. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface SectionView {
  title: string;
  url: string;
  excerpt: ExcerptPart[];
}

export interface ResultView {
  title: string;
  url: string;
  /** The match before the page's first heading, if any; otherwise the sections speak for the page. */
  excerpt: ExcerptPart[];
  sections: SectionView[];
}

/** Pages shown for one query; more are counted in the status but not rendered. */
export const MAX_RESULTS = 20;
/** Sections shown per page: the ones with the most matches, in page order. */
export const MAX_SECTIONS = 4;

/**
 * Splits a Pagefind excerpt into text and matched words, so the page renders it with text nodes, never as HTML.
 * Pagefind wraps matches in <mark> and escapes only < and > in the page text.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/<mark>(.*?)<\/mark>/)
    .map((text, i) => ({ text: text.replaceAll('&lt;', '<').replaceAll('&gt;', '>'), mark: i % 2 === 1 }))
    .filter((part) => part.text !== '');
}

/** The view of one matching page: its title and link, the intro excerpt, and its best matching sections. */
export function toResultView(data: PagefindResultData, maxSections = MAX_SECTIONS): ResultView {
  const intro = data.sub_results.find((sub) => !sub.anchor);
  const sections = data.sub_results
    .map((sub, order) => ({ sub, order }))
    .filter(({ sub }) => sub.anchor)
    .sort((a, b) => b.sub.locations.length - a.sub.locations.length || a.order - b.order)
    .slice(0, maxSections)
    .sort((a, b) => a.order - b.order)
    .map(({ sub }) => ({ title: sub.title, url: sub.url, excerpt: excerptParts(sub.excerpt) }));
  return {
    title: data.meta.title ?? data.url,
    url: data.url,
    excerpt: intro ? excerptParts(intro.excerpt) : sections.length === 0 ? excerptParts(data.excerpt) : [],
    sections,
  };
}

/** The sentence the live region announces once a search has finished. */
export function statusText(total: number, query: string, shown = total): string {
  const found = total === 0 ? 'No results' : total === 1 ? '1 result' : `${total} results`;
  const more = shown < total ? ` (showing the first ${shown})` : '';
  return `${found} for “${query}”${more}.`;
}
