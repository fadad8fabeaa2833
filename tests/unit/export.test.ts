import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportReferences, unwrapRis } from '../../src/lib/citations/export.ts';
import { getLibrary } from '../../src/lib/citations/library.ts';
import type { Reference } from '../../src/schemas/reference.ts';

const library = getLibrary(path.resolve('content'));
const all = library.ids().map((id) => library.get(id));
const journalArticles = all.filter((r) => r.type === 'article-journal');

const year = (item: { issued?: { 'date-parts'?: number[][] } | null }) => item.issued?.['date-parts']?.[0]?.[0];
type Name = { family?: string; literal?: string; 'non-dropping-particle'?: string };
/** Family names with any particle ("van Wanrooy" is family "Wanrooy" with particle "van" once parsed). */
const families = (item: { author?: Name[] }) =>
  (item.author ?? []).map((a) => a.literal ?? [a['non-dropping-particle'], a.family].filter(Boolean).join(' '));
const norm = (value: unknown) => (value == null ? undefined : String(value).replace(/--/g, '-').replace(/–/g, '-'));

/** The fields a reader needs, compared between the source and what an export parses back to. */
function expectSameWork(parsed: Record<string, unknown>, ref: Reference) {
  expect(parsed.title).toBe(ref.title);
  expect(families(parsed as never)).toEqual(families(ref as never));
  expect(year(parsed as never)).toBe(year(ref));
  expect(norm(parsed.DOI)).toBe(norm(ref.DOI));
  expect(norm(parsed.volume)).toBe(norm(ref.volume));
  expect(norm(parsed.issue)).toBe(norm(ref.issue));
  expect(norm(parsed.page)).toBe(norm(ref.page));
}

describe('exports', () => {
  it('BibTeX parses back to the same works, keyed by our ids', () => {
    const parsed = new Cite(exportReferences(journalArticles, 'bib')).data as Array<Record<string, unknown>>;
    expect(parsed).toHaveLength(journalArticles.length);
    parsed.forEach((item, i) => {
      expect(item['citation-key']).toBe(journalArticles[i].id);
      expectSameWork(item, journalArticles[i]);
      expect(item['container-title']).toBe(journalArticles[i]['container-title']);
    });
  });

  it('RIS parses back to the same works, one line per field', () => {
    const ris = exportReferences(journalArticles, 'ris');
    for (const line of ris.trim().split('\n')) expect(line).toMatch(/^[A-Z][A-Z0-9]  -( |$)/);
    const parsed = new Cite(ris).data as Array<Record<string, unknown>>;
    expect(parsed).toHaveLength(journalArticles.length);
    parsed.forEach((item, i) => expectSameWork(item, journalArticles[i]));
  });

  it('CSL-JSON holds the public fields only, with unknown fields left out rather than null', () => {
    const items = JSON.parse(exportReferences(all, 'json')) as Array<Record<string, unknown>>;
    expect(items.map((i) => i.id)).toEqual(all.map((r) => r.id));
    for (const item of items) {
      expect(item).not.toHaveProperty('note');
      expect(item).not.toHaveProperty('custom');
      expect(Object.values(item)).not.toContain(null);
    }
    expect(items.find((i) => i.id === 'lacy2024')).toMatchObject({ PMID: '39193076', PMCID: 'PMC11345991', page: '264-272' });
  });

  it('exports reports and web pages too', () => {
    const bib = exportReferences([library.get('nice2015ng20'), library.get('nhsbowelcancer')], 'bib');
    expect(bib).toContain('@techreport{nice2015ng20,');
    expect(bib).toContain('@misc{nhsbowelcancer,');
  });

  it('puts RIS lines that citation-js wrapped back together', () => {
    expect(unwrapRis('TY  - JOUR\nTI  - A long title that was cut\n in two\nER  - \n')).toBe('TY  - JOUR\nTI  - A long title that was cut in two\nER  - \n');
  });
});

describe('every citation style', () => {
  it('formats each reference in all six styles without gaps', () => {
    for (const style of ['vancouver', 'apa', 'ama', 'harvard', 'chicago', 'mla'] as const) {
      for (const id of library.ids()) {
        const { html } = library.entry(id, style);
        expect(html.length, `${id} in ${style}`).toBeGreaterThan(20);
        expect(html, `${id} in ${style}`).not.toMatch(/undefined|null|\[CSL STYLE ERROR/);
      }
    }
  });

  it('formats AMA from the packaged CSL style', () => {
    expect(library.entry('lacy2024', 'ama').html).toBe(
      'Lacy BE, Wise JL, Cangemi DJ. Leaky Gut Syndrome: Myths and Management. <i>Gastroenterol Hepatol (N Y)</i>. 2024;20(5):264-272. <a href="https://pubmed.ncbi.nlm.nih.gov/39193076">https://pubmed.ncbi.nlm.nih.gov/39193076</a>',
    );
  });
});
