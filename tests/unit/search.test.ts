import { describe, expect, it } from 'vitest';
import { checkPagefind, excludeSelectors, indexedPageCount, unusedPagefindFile } from '../../src/lib/search/indexing.ts';
import { excerptParts, statusText, toResultView, type PagefindResultData } from '../../src/lib/search/results.ts';

const sub = (title: string, url: string, excerpt: string, matches: number, anchor?: string) => ({
  title,
  url,
  excerpt,
  locations: Array.from({ length: matches }, (_, i) => i),
  ...(anchor ? { anchor: { id: anchor } } : {}),
});

describe('excerptParts', () => {
  it('splits marked words from plain text and restores the characters Pagefind escaped', () => {
    expect(excerptParts('Serum <mark>zonulin</mark> &lt;b&gt; &amp; <mark>tests.</mark>')).toEqual([
      { text: 'Serum ', mark: false },
      { text: 'zonulin', mark: true },
      { text: ' <b> &amp; ', mark: false },
      { text: 'tests.', mark: true },
    ]);
  });

  it('returns plain text as one part', () => {
    expect(excerptParts('No match here')).toEqual([{ text: 'No match here', mark: false }]);
  });
});

describe('toResultView', () => {
  const page: PagefindResultData = {
    url: '/articles/diagnosis/',
    excerpt: 'Page excerpt',
    meta: { title: 'Tests for leaky gut' },
    sub_results: [
      sub('Tests for leaky gut', '/articles/diagnosis/', 'Intro <mark>zonulin</mark>', 1),
      sub('Key points', '/articles/diagnosis/#key-points', 'a', 1, 'key-points'),
      sub('Zonulin tests', '/articles/diagnosis/#zonulin-tests', 'b', 5, 'zonulin-tests'),
      sub('Home kits', '/articles/diagnosis/#home-kits', 'c', 3, 'home-kits'),
      sub('Summary', '/articles/diagnosis/#summary', 'd', 2, 'summary'),
    ],
  };

  it('keeps the intro match as the page excerpt and links each section by its anchor', () => {
    const view = toResultView(page);
    expect(view.title).toBe('Tests for leaky gut');
    expect(view.url).toBe('/articles/diagnosis/');
    expect(view.excerpt).toEqual([
      { text: 'Intro ', mark: false },
      { text: 'zonulin', mark: true },
    ]);
    expect(view.sections.map((s) => s.url)).toEqual([
      '/articles/diagnosis/#key-points',
      '/articles/diagnosis/#zonulin-tests',
      '/articles/diagnosis/#home-kits',
      '/articles/diagnosis/#summary',
    ]);
  });

  it('shows the sections with the most matches, in page order', () => {
    expect(toResultView(page, 2).sections.map((s) => s.title)).toEqual(['Zonulin tests', 'Home kits']);
  });

  it('falls back to the page excerpt only when no section matched', () => {
    const sectionsOnly = { ...page, sub_results: page.sub_results.slice(1) };
    expect(toResultView(sectionsOnly).excerpt).toEqual([]);
    const flat = { ...page, meta: {}, sub_results: [] };
    expect(toResultView(flat)).toMatchObject({ title: '/articles/diagnosis/', excerpt: [{ text: 'Page excerpt', mark: false }], sections: [] });
  });
});

describe('statusText', () => {
  it('counts results for the query, in words a screen reader can announce', () => {
    expect(statusText(0, 'xylophone')).toBe('No results for “xylophone”.');
    expect(statusText(1, 'claudin')).toBe('1 result for “claudin”.');
    expect(statusText(7, 'zonulin')).toBe('7 results for “zonulin”.');
    expect(statusText(30, 'gut', 20)).toBe('30 results for “gut” (showing the first 20).');
  });
});

describe('indexing checks', () => {
  it('passes a clean Pagefind response through and fails on errors, naming the step', () => {
    expect(checkPagefind('write the index', { errors: [], outputPath: 'dist/pagefind' })).toEqual({ errors: [], outputPath: 'dist/pagefind' });
    expect(() => checkPagefind('index the site', { errors: ['bad HTML in a.html'] })).toThrow(
      'Pagefind could not index the site:\n  bad HTML in a.html',
    );
  });

  it('counts indexed pages across languages and fails on an empty index', () => {
    expect(indexedPageCount({ languages: { 'en-gb': { page_count: 8 }, fr: { page_count: 1 } } })).toBe(9);
    expect(() => indexedPageCount({ languages: {} })).toThrow(/Pagefind indexed no page/);
  });

  it('keeps reference lists and citation markers out of the index, and only the ready-made UIs are dropped', () => {
    expect(excludeSelectors).toEqual(expect.arrayContaining(['.references', '.cite', '.term-popover']));
    expect(['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-highlight.js'].every((f) => unusedPagefindFile.test(f))).toBe(
      true,
    );
    expect(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.en-gb.pagefind'].some((f) => unusedPagefindFile.test(f))).toBe(false);
  });
});
