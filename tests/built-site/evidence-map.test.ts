// The evidence map's table as the built HTML gives it, read from dist/ without a browser: questions by outcomes, each
// cell a strength word and a count of its linked studies, or "No human studies found". The browser tests
// (tests/e2e/evidence-map.spec.ts) check how it shows on a phone, in forced colours, on paper and without JavaScript.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { elements, textOf } from '../../scripts/built-page.ts';
import { attr, dist, hasClass, page } from './tree.ts';

const levels = ['Strong', 'Moderate', 'Weak', 'None'];
const text = (e: Parameters<typeof textOf>[0]) => textOf(e).replace(/\s+/g, ' ').trim();

it('the map is a table of questions by outcomes; each cell has a strength word, a count of its linked studies, or says none', () => {
  const tables = elements(page('/evidence/'), (e) => e.tagName === 'table');
  expect(tables).toHaveLength(1);
  const [table] = tables;
  expect(text(elements(table, (e) => e.tagName === 'caption')[0])).toMatch(/What the studies in people that we cite found/);
  const [thead] = elements(table, (e) => e.tagName === 'thead');
  expect(elements(thead, (e) => e.tagName === 'th' && attr(e, 'scope') === 'col').map(text)).toEqual([
    'Question',
    'Measured permeability',
    'Symptoms',
    'Disease',
  ]);
  const [tbody] = elements(table, (e) => e.tagName === 'tbody');
  expect(elements(tbody, (e) => e.tagName === 'tr').length).toBeGreaterThanOrEqual(12);
  expect(elements(tbody, (e) => e.tagName === 'th' && attr(e, 'scope') === 'row').map(text)).toContain('Painkillers (NSAIDs)');

  let filled = 0;
  const linked = new Set<string>();
  for (const cell of elements(tbody, (e) => e.tagName === 'td')) {
    const links = elements(cell, (e) => e.tagName === 'ul' && hasClass(e, 'evidence-works')).flatMap((ul) => elements(ul, (e) => e.tagName === 'a'));
    const n = links.length;
    if (n === 0) {
      expect(text(cell)).toBe('No human studies found');
      continue;
    }
    filled += 1;
    // The badge says its level in a word (not colour alone), and the count matches the links under it.
    const [badge] = elements(cell, (e) => hasClass(e, 'strength'));
    expect(levels).toContain(text(badge).replace(/[●○]/g, '').trim());
    expect(elements(cell, (e) => hasClass(e, 'evidence-count')).map(text)).toEqual([
      `${n} human ${n === 1 ? 'study or review' : 'studies or reviews'}`,
    ]);
    for (const a of links) {
      expect(attr(a, 'href')).toMatch(/^\/references\/[a-z0-9]+\/$/);
      linked.add(attr(a, 'href')!);
    }
  }
  expect(filled).toBeGreaterThan(0);
  // Every study linked has its page, and that page is not one of laboratory or animal work.
  for (const href of linked) {
    const file = path.join(dist, href, 'index.html');
    expect(fs.existsSync(file), href).toBe(true);
    expect(fs.readFileSync(file, 'utf8'), href).not.toContain('<span class="evidence-label">Laboratory or animal study</span>');
  }
});
