// Exports read back by parsers other than the one that wrote them: Better BibTeX's BibTeX parser, astrocite's
// RIS parser and the official CSL-JSON schema (tests/fixtures/csl/csl-data.json, from
// citation-style-language/schema, MIT). Every field a reference manager needs must come back, PMID included,
// and hostile titles and names must come back as text, never as new fields, tags or LaTeX commands.
import { parse as parseBibtex, type Creator } from '@retorquere/bibtex-parser';
import Ajv from 'ajv';
import { parse as parseRis } from 'astrocite-ris';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportReferences } from '../../src/lib/citations/export.ts';
import { loadReferences } from '../../src/lib/citations/references.ts';
import type { Reference } from '../../src/schemas/reference.ts';
import { contentSources } from '../../src/lib/content/sources.ts';

const fixtures = loadReferences(path.resolve('tests/fixtures/sites/citing/references'));
const ref = (id: string) => fixtures.get(id) as Reference;
const all = [...fixtures.values()];
/** What a one-line format can keep of a value: its text, with each run of white space one space. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

const bib = exportReferences(all, 'bib');
const bibEntries = () => {
  const library = parseBibtex(bib, { sentenceCase: false, caseProtection: false, english: false });
  expect(library.errors).toEqual([]);
  return Object.fromEntries(library.entries.map((entry) => [entry.key, entry]));
};
const ris = exportReferences(all, 'ris');
const risItems = () => Object.fromEntries((parseRis(ris) as Array<Record<string, unknown>>).map((item) => [item.id as string, item]));

describe('BibTeX for biblatex', () => {
  it('reads back every field a reference manager needs, PMID and PMCID included', () => {
    const entry = bibEntries().journal2024;
    expect(entry.type).toBe('article');
    expect(entry.fields).toEqual({
      author: [
        { lastName: 'Tester', firstName: 'Ada B.' },
        { lastName: 'Example', prefix: 'van', firstName: 'Jan' },
      ],
      title: 'A fixture paper on IBS-D and intestinal permeability',
      journaltitle: 'Journal of Fixtures & Tests',
      shortjournal: 'J Fixt Tests',
      volume: '12',
      number: '4',
      pages: '264–272',
      date: '2024-03-16',
      doi: '10.1000/fixture.2024',
      url: 'https://doi.org/10.1000/fixture.2024',
      pmid: '10000001',
      pmcid: 'PMC1000001',
    });
  });

  it('writes dates as ISO dates and only fields the entry type has in biblatex', () => {
    expect(bib).not.toMatch(/^\s*(month|year|howpublished) =/m);
    const entries = bibEntries();
    expect(entries.guideline2015.type).toBe('report');
    // @report has no series: the guideline series is the report's type, then its number.
    expect(entries.guideline2015.fields).not.toHaveProperty('series');
    expect(entries.guideline2015.fields).toMatchObject({ type: 'Fixture guideline', number: 'FG20', date: '2015-09', location: ['London'] });
    expect(entries.webpage.type).toBe('online');
    expect(entries.webpage.fields).toMatchObject({ url: 'https://example.org/symptoms/fixture' });
  });

  it('keeps organisations whole, as authors and as institutions, even with "and" in their names', () => {
    const entries = bibEntries();
    expect(entries.guideline2015.fields.author).toEqual([{ name: 'Institute for Fixtures and Tests' }]);
    expect(entries.guideline2015.fields.institution).toEqual(['Institute for Fixtures and Tests']);
    expect(entries.webpage.fields.author).toEqual([{ name: 'Fixture Health Service' }]);
    expect(entries.webpage.fields.organization).toEqual(['Fixture Health website (example.org)']);
  });

  it('escapes LaTeX specials: "&" in a journal name cannot stop LaTeX', () => {
    expect(bib).toContain('journaltitle = {Journal of Fixtures \\& Tests},');
  });

  it('keeps hostile titles and names as text: no injected field, no LaTeX command, braces balanced', () => {
    const hostile = ref('hostile2024');
    const entries = bibEntries();
    expect(Object.keys(entries)).toEqual(all.map((r) => r.id));
    const { fields } = entries.hostile2024;
    expect(Object.keys(fields).sort()).toEqual(['author', 'date', 'journaltitle', 'pages', 'pmid', 'title']);
    expect(fields.title).toBe(oneLine(hostile.title));
    expect(fields.journaltitle).toBe(oneLine(hostile['container-title'] as string));
    expect(fields.author as Creator[]).toEqual([
      { lastName: 'O}Brien\\', firstName: 'Ann KW - injected' },
      { lastName: 'Smith and Jones', firstName: 'Pat' },
      { name: 'Leaky Gut, Evidence First editorial team' },
    ]);
    // LaTeX would run \input; escaped, it prints a backslash and the word.
    expect(bib).not.toMatch(/\\input/);
  });
});

describe('RIS', () => {
  it('puts one field on each line, PY before DA, every record closed', () => {
    for (const line of ris.split('\n').filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
    for (const record of ris.split('ER  - ').slice(0, -1)) {
      const tags = [...record.matchAll(/^([A-Z][A-Z0-9])  - /gm)].map((m) => m[1]);
      if (tags.includes('DA')) expect(tags.indexOf('PY')).toBeLessThan(tags.indexOf('DA'));
    }
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(all.length);
    expect(ris.match(/^ER {2}- $/gm)).toHaveLength(all.length);
  });

  it('reads back every field a reference manager needs, the full date, PMID and PMCID included', () => {
    const item = risItems().journal2024;
    expect(item).toMatchObject({
      type: 'article-journal',
      title: 'A fixture paper on IBS-D and intestinal permeability',
      author: [
        { family: 'Tester', given: 'Ada B.' },
        { family: 'van Example', given: 'Jan' },
      ],
      'container-title': 'Journal of Fixtures & Tests',
      issued: { 'date-parts': [['2024', '03', '16']] },
      volume: '12',
      issue: '4',
      page: '264-272',
      DOI: '10.1000/fixture.2024',
      URL: 'https://doi.org/10.1000/fixture.2024',
      // AN, the accession number: astrocite calls it "number".
      number: '10000001',
      PMCID: 'PMC1000001',
    });
    // Zotero keeps PMID and PMCID in Extra, which it fills from M2.
    expect(ris).toContain('M2  - PMID: 10000001\nM2  - PMCID: PMC1000001\n');
  });

  it('writes organisations as one name without a comma, the form Zotero and EndNote keep whole', () => {
    expect(ris).toContain('TY  - RPRT\nAU  - Institute for Fixtures and Tests\n');
    expect(ris).toContain('TY  - ELEC\nAU  - Fixture Health Service\n');
    expect(risItems().webpage).toMatchObject({ type: 'webpage', 'container-title': 'Fixture Health website (example.org)' });
    expect(risItems().guideline2015).toMatchObject({
      type: 'report',
      number: 'FG20',
      publisher: 'Institute for Fixtures and Tests',
      issued: { 'date-parts': [['2015', '09']] },
    });
  });

  it('keeps hostile titles and names on their own line: a line break or "ER  -" in a value starts no tag', () => {
    const hostile = ref('hostile2024');
    const item = risItems().hostile2024;
    expect(Object.keys(risItems())).toEqual(all.map((r) => r.id));
    expect(item.title).toBe(oneLine(hostile.title));
    expect(item['container-title']).toBe(oneLine(hostile['container-title'] as string));
    expect((item.author as unknown[])[0]).toEqual({ family: 'O}Brien\\', given: 'Ann KW - injected' });
    // astrocite reads the lower-case "and" as a particle; the line holds the name as written.
    expect(ris).toContain('AU  - Smith and Jones, Pat\n');
    expect(item).not.toHaveProperty('keyword');
    expect(item).not.toHaveProperty('note');
    // An organisation whose name has a comma would be read as a person: it is kept as the publisher instead.
    expect(item.publisher).toBe('Leaky Gut, Evidence First editorial team');
  });
});

describe('CSL-JSON', () => {
  const schema = JSON.parse(fs.readFileSync('tests/fixtures/csl/csl-data.json', 'utf8'));
  const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

  it('is valid against the official CSL-JSON schema and keeps every field', () => {
    const items = JSON.parse(exportReferences(all, 'json')) as Array<Record<string, unknown>>;
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    expect(items.find((i) => i.id === 'journal2024')).toMatchObject({
      PMID: '10000001',
      PMCID: 'PMC1000001',
      DOI: '10.1000/fixture.2024',
      page: '264-272',
      'citation-key': 'journal2024',
    });
    expect(items.find((i) => i.id === 'hostile2024')?.title).toBe(ref('hostile2024').title);
    for (const item of items) {
      expect(item).not.toHaveProperty('note');
      expect(item).not.toHaveProperty('custom');
      expect(Object.values(item)).not.toContain(null);
    }
  });
});

describe('every citation style', () => {
  const library = contentSources(path.resolve('tests/fixtures/library')).library();

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
