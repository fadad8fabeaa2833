// What every built article says about its sources and its review, the evidence in its text (the treatment table's
// strengths, the overview's myths) and that it has a handout, read from dist/ without a browser.
import fs from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { elements, textOf } from '../../scripts/built-page.ts';
import { builtPages, hasClass, page } from './tree.ts';

const slugs = fs
  .readdirSync('content/articles')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => path.basename(f, '.mdx'));
const designs = new Map(
  fs
    .readdirSync('content/references')
    .flatMap(
      (f) => JSON.parse(fs.readFileSync(path.join('content/references', f), 'utf8')) as Array<{ id: string; custom: { design: string | null } }>,
    )
    .map((r) => [r.id, r.custom.design]),
);
const html = (slug: string) => fs.readFileSync(path.join('dist/articles', slug, 'index.html'), 'utf8');
/** Each entry of the page's reference list: the work's id and the evidence label it shows. */
const entries = (slug: string) =>
  [...html(slug).matchAll(/<li id="ref-[^"]+" data-reference="([^"]+)"[\s\S]*?<span class="evidence-label">([^<]*)<\/span>/g)].map(
    ([, id, label]) => ({ id, label }),
  );

describe.each(slugs)('/articles/%s/', (slug) => {
  it('lists at least 8 works, each with the evidence label of its study design, or says the design is not yet confirmed', () => {
    const list = entries(slug);
    expect(list.length).toBeGreaterThanOrEqual(8);
    expect(list.length).toBe(html(slug).match(/<li id="ref-/g)?.length);
    for (const { id, label } of list) {
      expect(designs.has(id), id).toBe(true);
      if (designs.get(id) === null) expect(label, id).toBe('Study design not yet confirmed');
      else expect(label, id).not.toMatch(/^\s*$|not yet confirmed/);
    }
  });

  it('says when it was last reviewed and when the next review is due, in its review box', () => {
    const box = /<dl class="review-info">[\s\S]*?<\/dl>/.exec(html(slug))?.[0] ?? '';
    expect(box).toMatch(/<dt>Last reviewed<\/dt><dd><time datetime="\d{4}-\d{2}-\d{2}">/);
    expect(box).toMatch(/<dt>Next review due<\/dt><dd><time datetime="\d{4}-\d{2}-\d{2}">/);
  });
});

it('one study design always shows one label, and two designs never share one: the label comes from the data', () => {
  const byDesign = new Map<string | null | undefined, Set<string>>();
  for (const slug of slugs)
    for (const { id, label } of entries(slug)) byDesign.set(designs.get(id), (byDesign.get(designs.get(id)) ?? new Set()).add(label));
  for (const [design, labels] of byDesign) expect([...labels], String(design)).toHaveLength(1);
  const labels = [...byDesign.values()].map((l) => [...l][0]);
  expect(new Set(labels).size).toBe(labels.length);
  // More than one design is shown, so the check above compares something.
  expect(byDesign.size).toBeGreaterThan(2);
});

describe('evidence in the text', () => {
  const tree = (slug: string) => page(`/articles/${slug}/`);
  const text = (e: Element) => textOf(e).replace(/\s+/g, ' ').trim();
  const cites = (e: Element) => elements(e, (c) => hasClass(c, 'cite')).length;

  it('the treatment article has an evidence table with a strength for every remedy, and a citation in every row', () => {
    const [table] = elements(tree('treatment'), (e) => e.tagName === 'table');
    const rows = elements(table, (e) => e.tagName === 'tbody').flatMap((body) => elements(body, (e) => e.tagName === 'tr'));
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const row of rows) {
      const strengths = elements(row, (e) => hasClass(e, 'strength')).map(text);
      expect(strengths.length).toBeGreaterThan(0);
      // The word, after dots that screen readers skip (aria-hidden).
      for (const strength of strengths) expect(strength).toMatch(/^[●○]{3}(Strong|Moderate|Weak|None)$/);
      expect(cites(row)).toBeGreaterThan(0);
    }
  });

  it('the overview sets at least six claims against the evidence, each with a citation', () => {
    const myths = elements(tree('overview'), (e) => hasClass(e, 'myth'));
    expect(myths.length).toBeGreaterThanOrEqual(6);
    for (const myth of myths) expect(cites(myth), text(myth).slice(0, 60)).toBeGreaterThan(0);
  });
});

it('every article has a handout', () => {
  const handouts = builtPages().filter((url) => /^\/articles\/[^/]+\/handout\/$/.test(url));
  expect(handouts).toEqual(slugs.map((slug) => `/articles/${slug}/handout/`).sort());
});
