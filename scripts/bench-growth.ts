// How a build's time grows with its articles: a straight line through two benchmark runs.

export interface Growth {
  /** What one more article adds to the build. */
  perArticleMs: number;
  /** What the build costs whatever the number of articles (start-up, shared pages, the search index). */
  fixedMs: number;
}

/** The line through (a.n, a.ms) and (b.n, b.ms); a and b must have different numbers of articles. */
export function growth(a: { n: number; ms: number }, b: { n: number; ms: number }): Growth {
  if (a.n === b.n) throw new Error(`growth needs two runs with different numbers of articles, not ${a.n} twice`);
  const perArticleMs = (b.ms - a.ms) / (b.n - a.n);
  return { perArticleMs, fixedMs: a.ms - perArticleMs * a.n };
}

/** How many articles fit in a build of `ms` at this growth (0 if not even the fixed cost fits). */
export function articlesWithin(ms: number, { perArticleMs, fixedMs }: Growth): number {
  return Math.max(0, Math.floor((ms - fixedMs) / perArticleMs));
}
