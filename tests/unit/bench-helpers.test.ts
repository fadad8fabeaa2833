import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { articlesWithin, growth } from '../../scripts/bench-growth.ts';
import { pageWeight } from '../../scripts/page-weight.ts';
import { citationTiming } from '../../scripts/citation-timing.ts';
import { traced } from '../../src/lib/citations/timing.ts';

describe('citation timing', () => {
  it('adds each piece of work announced on the channels once, nested work to its outer counter', () => {
    const before = { ...citationTiming() };
    const wait = (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    };
    traced('page', () => {
      wait(5);
      traced('export', () => wait(5));
    });
    const after = citationTiming();
    expect(after.pageMs - before.pageMs).toBeGreaterThanOrEqual(10);
    expect(after.exportMs).toBe(before.exportMs);
    expect(after.pages - before.pages).toBe(1);
  });
});

describe('page weight', () => {
  it('sums the gzipped HTML, its stylesheets and scripts, counting inline scripts once', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'weight-'));
    const css = 'body{color:red}'.repeat(50);
    const js = 'console.log(1);'.repeat(30);
    const html = `<link rel="stylesheet" href="/a.css"><script type="module" src="/b.js"></script><script>var x=1</script><script type="application/ld+json">{}</script>`;
    fs.writeFileSync(path.join(dist, 'a.css'), css);
    fs.writeFileSync(path.join(dist, 'b.js'), js);
    fs.writeFileSync(path.join(dist, 'index.html'), html);
    const gz = (text: string) => zlib.gzipSync(text, { level: 9 }).length;
    expect(pageWeight(dist, 'index.html')).toEqual({ html: gz(html), css: gz(css), js: gz(js) + gz('var x=1'), total: gz(html) + gz(css) + gz(js) });
  });
});

describe('build growth', () => {
  it('splits two runs into a cost per article and a fixed cost', () => {
    const line = growth({ n: 100, ms: 26_500 }, { n: 1000, ms: 156_500 });
    expect(line.perArticleMs).toBeCloseTo(144.44, 2);
    expect(line.fixedMs).toBeCloseTo(12_055.6, 1);
    const reversed = growth({ n: 1000, ms: 156_500 }, { n: 100, ms: 26_500 });
    expect(reversed.perArticleMs).toBeCloseTo(line.perArticleMs, 6);
    expect(reversed.fixedMs).toBeCloseTo(line.fixedMs, 6);
  });

  it('says how many articles a time allows', () => {
    expect(articlesWithin(60_000, { perArticleMs: 50, fixedMs: 10_000 })).toBe(1000);
    expect(articlesWithin(60_000, { perArticleMs: 144, fixedMs: 12_000 })).toBe(333);
    expect(articlesWithin(5_000, { perArticleMs: 50, fixedMs: 10_000 })).toBe(0);
  });

  it('refuses two runs of the same size', () => {
    expect(() => growth({ n: 100, ms: 1 }, { n: 100, ms: 2 })).toThrow(/different numbers of articles/);
  });
});
