/** What the Pagefind index leaves out, and the checks that turn an indexing problem into a failed build. */

/**
 * Parts of indexed pages (those marked data-pagefind-body) that would only add noise to results: reference lists,
 * review dates, previous/next links, in-text citation markers, glossary pop-ups (the glossary page has the
 * definitions), citation-style controls and the identifier links under each source.
 */
export const excludeSelectors = ['.references', '.review-info', 'nav', '.cite', '.term-popover', '.style-switch', '.reference-meta'];

/** Pagefind's generated files this site does not use: its ready-made UIs (the site renders its own results). */
export const unusedPagefindFile = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Throws when a Pagefind step reported errors, naming the step; returns the response otherwise. */
export function checkPagefind<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind could not ${step}:\n  ${response.errors.join('\n  ')}`);
  }
  return response;
}

/** The shape of the pagefind-entry.json that Pagefind writes beside its index, as far as the build reads it. */
export interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

/** The number of pages in a written index; throws when there is none, since a site without search is a broken build. */
export function indexedPageCount(entry: PagefindEntry): number {
  const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  if (indexed === 0) {
    throw new Error('Pagefind indexed no page.\nFix: check that the build wrote HTML pages to its output folder.');
  }
  return indexed;
}
