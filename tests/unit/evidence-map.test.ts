// The evidence map's data on fixture content: reading, every bad input an author can write, and the grid the page shows.
import '../support/author-message.ts';
import path from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import EvidenceMap from '../../src/components/EvidenceMap.astro';
import { evidenceMapColumns, evidenceMapRows } from '../../src/lib/evidence-map/axes.ts';
import {
  checkEvidenceMap,
  evidenceGrid,
  evidenceMapFile,
  notHumanEvidence,
  parseEvidenceMap,
  readEvidenceMap,
} from '../../src/lib/evidence-map/evidence-map.ts';
import { loadReferences } from '../../src/lib/citations/references.ts';
import type { EvidenceMap as Map_ } from '../../src/schemas/evidence-map.ts';

const refs = loadReferences(path.resolve('tests/fixtures/references/with-receipts'));
const fixtures = path.resolve('tests/fixtures/evidence-map');
const file = 'content/evidence-map.json';
const cited = new Set(['trial2024', 'review2023', 'mice2022', 'dish2021', 'guide2020']);
const cell = (over: Partial<Map_['cells'][number]> = {}) => ({
  row: 'zinc',
  column: 'permeability',
  strength: 'weak',
  references: ['trial2024'],
  ...over,
});
const check =
  (cells: Map_['cells'], citedIds = cited) =>
  () =>
    checkEvidenceMap({ cells }, file, refs, citedIds);

describe('reading the map', () => {
  it('reads a valid file into its cells', () => {
    const dir = path.join(fixtures, 'valid');
    const map = parseEvidenceMap(readEvidenceMap(dir), evidenceMapFile(dir));
    expect(map.cells).toHaveLength(2);
    expect(map.cells[0]).toMatchObject({ row: 'probiotics', column: 'permeability', references: ['trial2024', 'review2023'] });
    expect(() => checkEvidenceMap(map, evidenceMapFile(dir), refs, cited)).not.toThrow();
  });

  it('treats a content folder without a map as a map of empty cells', () => {
    const dir = path.join(fixtures, 'none-here');
    expect(parseEvidenceMap(readEvidenceMap(dir), evidenceMapFile(dir))).toEqual({ cells: [] });
  });

  it('names the file, every invalid field and the fix (an empty reference list, an unknown field)', () => {
    const dir = path.join(fixtures, 'invalid-shape');
    const read = () => parseEvidenceMap(readEvidenceMap(dir), evidenceMapFile(dir));
    expect(read).toTellAuthor(
      /evidence-map\/invalid-shape\/evidence-map\.json: the field "cells\.0\.references" is invalid: a cell needs at least one reference; leave an empty cell out of the file\.\nFix: write \{ "cells"/,
    );
    expect(read).toTellAuthor(/1 more problem in this file:[\s\S]*the field "cells\.1" is invalid: Unrecognized key: "note"/);
  });

  it('names the file when it is not JSON', () => {
    expect(() => parseEvidenceMap('{ "cells": [ ', file)).toTellAuthor(/content\/evidence-map\.json: is not valid JSON/);
  });
});

describe('checking the map against the references and the articles', () => {
  it('rejects an unknown row or column with the closest key and the list of keys', () => {
    expect(check([cell({ row: 'alcohl' })])).toTellAuthor(
      /cell 1 \("alcohl" × "permeability"\) has the unknown row "alcohl"\.\nFix: did you mean "alcohol"\? Rows are "nsaids", "alcohol"/,
    );
    expect(check([cell({ column: 'symptom' })])).toTellAuthor(
      /has the unknown column "symptom"\.\nFix: did you mean "symptoms"\? Columns are "permeability", "symptoms", "disease"/,
    );
  });

  it('rejects an unknown reference id with the closest id', () => {
    expect(check([cell({ references: ['trial2042'] })])).toTellAuthor(
      /cell 1 \("zinc" × "permeability"\) lists the unknown reference id "trial2042"\.\nFix: did you mean "trial2024"\?/,
    );
  });

  it("rejects an unknown strength level with the scale's levels", () => {
    expect(check([cell({ strength: 'medium' })])).toTellAuthor(
      /has the unknown strength "medium"\.\nFix: Use a level of the evidence scale: "strong", "moderate", "weak", "none"/,
    );
    expect(check([cell({ strength: 'moderat' })])).toTellAuthor(/Fix: did you mean "moderate"\?/);
  });

  it('rejects animal and laboratory work listed as evidence in people, by design or by receipt', () => {
    expect(check([cell({ references: ['dish2021'] })])).toTellAuthor(
      /lists "dish2021", a laboratory or animal study \(design "laboratory-or-animal"\); the map counts evidence in people only\.\nFix: remove "dish2021" from this cell/,
    );
    // Designed as a cohort, but its receipt says the cohort was of mice.
    expect(check([cell({ references: ['mice2022'] })])).toTellAuthor(
      /lists "mice2022", a study of animals \(its receipt's population is "animals"\)/,
    );
    expect(notHumanEvidence(refs.get('trial2024')!)).toBeUndefined();
    expect(notHumanEvidence(refs.get('guide2020')!)).toBeUndefined();
  });

  it('rejects a reference that no article cites', () => {
    expect(check([cell()], new Set(['review2023']))).toTellAuthor(
      /lists "trial2024", which no article cites\.\nFix: list only works an article cites/,
    );
  });

  it('rejects a cell given twice, and reports every problem at once', () => {
    const error = (() => {
      try {
        check([cell(), cell({ strength: 'strong' }), cell({ row: 'diet', references: ['dish2021'] })])();
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(error).toMatch(/cell 2 \("zinc" × "permeability"\) is given twice \(first as cell 1\)/);
    expect(error).toMatch(/2 more problems in this file/);
    expect(error).toMatch(/unknown row "diet"/);
    expect(error).toMatch(/lists "dish2021", a laboratory or animal study/);
  });
});

describe('the grid and its table', () => {
  const map = parseEvidenceMap(readEvidenceMap(path.join(fixtures, 'valid')), file);
  const grid = evidenceGrid(map);

  it('has every row and every column in order, empty where no cell is given', () => {
    expect(grid.map((r) => r.row.key)).toEqual(evidenceMapRows.map((r) => r.key));
    expect(grid.every((r) => r.cells.map((c) => c.column.key).join() === evidenceMapColumns.map((c) => c.key).join())).toBe(true);
    const probiotics = grid.find((r) => r.row.key === 'probiotics')!;
    expect(probiotics.cells[0].cell).toMatchObject({ strength: 'weak', references: ['trial2024', 'review2023'] });
    expect(probiotics.cells[1].cell).toBeUndefined();
  });

  it('renders a table with row and column headers, the strength badge, the count, links and empty cells', async () => {
    const container = await AstroContainer.create();
    const works = {
      trial2024: { name: 'Tester, 2024', design: 'Randomised trial' },
      review2023: { name: 'Reviewer, 2023', design: 'Systematic review' },
      guide2020: { name: 'Guide, 2020', design: 'Clinical guideline' },
    };
    const html = (await container.renderToString(EvidenceMap, { props: { grid, works } })).replace(/\s+data-astro-source-[a-z]+="[^"]*"/g, '');
    expect(html).toContain('<caption>');
    expect(html).toContain('<th scope="col">Measured permeability</th>');
    const row = html.slice(html.indexOf('<tr id="evidence-probiotics">'), html.indexOf('<tr id="evidence-fibre">'));
    expect(row).toContain('<th scope="row">Probiotics</th>');
    expect(row).toMatch(
      /<td data-label="Measured permeability"><span class="strength strength-weak">[\s\S]*Weak<\/span><p class="evidence-count">2 human studies or reviews<\/p>/,
    );
    expect(row).toContain('<a href="/references/trial2024/">Tester, 2024</a> <span class="evidence-design">(Randomised trial)</span>');
    expect(row).toContain('<td data-label="Symptoms" class="evidence-empty">No human studies found</td>');
    expect(html).toContain('<p class="evidence-count">1 human study or review</p>');
    // Every row has a header and three cells: twelve rows, 36 cells, 2 of them filled.
    expect(html.match(/<th scope="row">/g)).toHaveLength(evidenceMapRows.length);
    expect(html.match(/No human studies found/g)).toHaveLength(evidenceMapRows.length * evidenceMapColumns.length - 2);
  });
});
