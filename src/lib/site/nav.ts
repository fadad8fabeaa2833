/**
 * The header's article links. Every page carries the header, so listing every article would make each page grow
 * with the site (at 1,000 articles the benchmark measured 1,000 menu links and 6 KB more per first visit). The
 * header lists the first `limit` articles in reading order and, when there are more, links to the full list on
 * the home page instead.
 */
export const navArticleLimit = 8;

/** Where the full list of articles is: the id of the home page's "Articles" heading, and a link to it. */
export const allArticlesId = 'articles';
export const allArticlesHref = `/#${allArticlesId}`;

export interface SiteNav<T> {
  /** The articles the header names, in the order given. */
  shown: T[];
  /** True when some articles are left out, so the header must link to the full list. */
  more: boolean;
}

export function siteNav<T>(articlesInOrder: readonly T[], limit: number = navArticleLimit): SiteNav<T> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`siteNav: limit must be a whole number of at least 1, not ${limit}`);
  return { shown: articlesInOrder.slice(0, limit), more: articlesInOrder.length > limit };
}

/** The evidence map's address: in the header menu, on the home page and at the end of each article. */
export const evidenceMapPath = '/evidence/';
