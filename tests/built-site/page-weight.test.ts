// What a reader's browser downloads, read from the built site (dist/) without a browser: the bytes of a first
// visit to each article, its JavaScript, and that nothing else is fetched (no web font, image or other host).
// Runs after the build (npm run test:dist); npm run bench prints the same figures beside a second visit's.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/page-weight.ts';
import { inlineScripts } from '../../src/lib/security/inline-scripts.ts';
import { citedIds, proseText, wordCount } from '../../src/lib/articles/prose.ts';
import { builtPage, fetchedBy } from '../../scripts/built-page.ts';

const dist = 'dist';
const articles = fs
  .readdirSync('content/articles')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => path.basename(f, '.mdx'));

/**
 * Gzipped HTML + CSS + JS of a first visit, allowed in proportion to what the article holds: a fixed 15 KB (the
 * CSS, 10.5 KB with the phone's table cards and menu, the figures and the print handout; the scripts, 2.3 KB; the
 * page frame with its review box, change log and licence), 0.4 KB for each distinct work it cites (its entry in
 * the reference list with backlinks and its evidence receipt, and its JSON-LD citation) and 6 KB for each 1,000 words of prose
 * (the text with its numbered markers, figures and cards; the author-date markers load only on request). Today's
 * pages use 91-97% of their allowance, so growth in what every page repeats shows up.
 */
function firstVisitBudget(words: number, works: number): number {
  return Math.round((15 + 0.4 * works + (6 * words) / 1000) * 1024);
}

describe.each(articles)('a first visit to /articles/%s/', (slug) => {
  const page = builtPage(dist, `/articles/${slug}/`);

  it('stays within the page-weight budget', () => {
    const weight = pageWeight(dist, `articles/${slug}/index.html`);
    const source = fs.readFileSync(`content/articles/${slug}.mdx`, 'utf8');
    const budget = firstVisitBudget(wordCount(proseText(source)), citedIds(source).length);
    expect(weight.total, `${slug}: ${weight.total} B of ${budget} B (HTML ${weight.html}, CSS ${weight.css}, JS ${weight.js})`).toBeLessThanOrEqual(
      budget,
    );
  });

  it("fetches only this site's stylesheets and scripts and its icon: no web font, image, frame or other host", () => {
    const fetched = fetchedBy(dist, page);
    const unexpected = fetched.filter((f) => !['stylesheet', 'script', 'icon'].includes(f.kind) || !f.url.startsWith('/'));
    expect(unexpected.map((f) => `${f.kind} ${f.url}`)).toEqual([]);
    expect(fetched.filter((f) => f.kind === 'stylesheet').length).toBeGreaterThan(0);
  });
});

describe('JavaScript', () => {
  const gzipped = (scripts: string[]) => zlib.gzipSync(scripts.join('\n'), { level: 9 }).length;
  const scriptsOf = (page: ReturnType<typeof builtPage>) => {
    const inline = page.scripts.filter((s) => !s.src && s.type !== 'application/ld+json').map((s) => s.text);
    const files = page.scripts
      .filter((s) => s.src)
      .map((s) => ({ src: s.src!, type: s.type, code: fs.readFileSync(path.join(dist, s.src!), 'utf8') }));
    return { inline, files };
  };

  it('an article ships under 2.25 KB of gzipped JavaScript in all (Copy quote loads only on a selection), the theme scripts about 300 bytes of it', () => {
    const { inline, files } = scriptsOf(builtPage(dist, '/articles/diagnosis/'));
    // The inline snippet that applies a stored theme before first paint, and the toggle's own script file.
    const theme = [
      ...inline.filter((code) => code === inlineScripts.theme),
      ...files.filter((f) => /\/ThemeToggle\./.test(f.src)).map((f) => f.code),
    ];
    expect(theme).toHaveLength(2);
    expect(gzipped(theme)).toBeLessThanOrEqual(320);
    expect(gzipped([...inline, ...files.map((f) => f.code)])).toBeLessThan(2304);
  });

  it.each(['/', '/glossary/'])('%s carries no executable script but the small theme pair (JSON-LD data blocks are not code)', (url) => {
    const page = builtPage(dist, url);
    const { inline, files } = scriptsOf(page);
    // The tiny head script that applies a stored theme before first paint, exactly as the CSP allows it.
    expect(inline).toEqual([inlineScripts.theme]);
    expect(page.scripts.find((s) => !s.src && s.type !== 'application/ld+json')?.parent).toBe('head');
    // The theme button's own small module (theme-toggle.ts), a cached file: nothing else is loaded.
    expect(files.map((f) => f.type)).toEqual(['module']);
    expect(files[0].src).toMatch(/^\/_astro\/ThemeToggle\.[^/]+\.js$/);
    expect(files[0].code).toMatch(/getElementById\(.theme-toggle.\)/);
    expect(files[0].code).toMatch(/localStorage\.setItem\(.theme.,/);
    expect(files[0].code.length).toBeLessThan(600);
  });
});
