import { describe, expect, it } from 'vitest';
import { allArticlesHref, allArticlesId, navArticleLimit, siteNav } from '../../src/lib/site/nav.ts';

describe('siteNav', () => {
  const articles = (n: number) => Array.from({ length: n }, (_, i) => `article-${i + 1}`);

  it('names every article, in the order given, while they fit', () => {
    expect(siteNav(articles(6))).toEqual({ shown: articles(6), more: false });
    expect(siteNav(articles(navArticleLimit))).toEqual({ shown: articles(navArticleLimit), more: false });
  });

  it('names the first ones and asks for the full list when there are more', () => {
    const nav = siteNav(articles(1000));
    expect(nav.shown).toEqual(articles(navArticleLimit));
    expect(nav.more).toBe(true);
    expect(siteNav(articles(4), 3)).toEqual({ shown: ['article-1', 'article-2', 'article-3'], more: true });
  });

  it('links the full list to the home page heading that holds it', () => {
    expect(allArticlesHref).toBe(`/#${allArticlesId}`);
  });

  it('rejects a limit that is not a whole number of at least 1', () => {
    expect(() => siteNav(articles(3), 0)).toThrow(/at least 1, not 0/);
    expect(() => siteNav(articles(3), 2.5)).toThrow(RangeError);
  });
});
