// Builds the "citing" fixture site with the real `astro build` and reads every citation download back with
// parsers other than the one that wrote it: the site's, the article's and each work's .bib, .ris and .json,
// and the cite page's own BibTeX, RIS and CSL-JSON. Also what Zotero reads first on each kind of page.
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import Ajv from 'ajv';
import { parse as parseRis } from 'astrocite-ris';
import fs from 'node:fs';
import path from 'node:path';
import { decodeHTML } from 'entities';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, fixtureSites, removeFixtureBuilds } from '../support/fixture-build.ts';

const fixture = path.join(fixtureSites, 'citing');
const works = JSON.parse(fs.readFileSync(path.join(fixture, 'references/refs.json'), 'utf8')) as Array<{ id: string; title: string }>;
const ids = works.map((work) => work.id);
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const validateCsl = new Ajv({ strict: false }).compile(JSON.parse(fs.readFileSync('tests/fixtures/csl/csl-data.json', 'utf8')));

let dist = '';
const read = (file: string) => fs.readFileSync(path.join(dist, file), 'utf8');

beforeAll(async () => {
  const { status, output, outDir } = await buildFixture('citing');
  expect(status, output).toBe(0);
  dist = outDir;
}, 120_000);
afterAll(removeFixtureBuilds);

const bibtex = (text: string) => {
  const library = parseBibtex(text, { sentenceCase: false, caseProtection: false, english: false });
  expect(library.errors).toEqual([]);
  return library.entries;
};
const ris = (text: string) => parseRis(text) as Array<Record<string, unknown>>;

/** Every file a reader downloads: the whole site's, the article's and each work's, with the works each holds. */
const files = [
  { file: 'bibliography', holds: [...ids].sort() },
  { file: 'articles/sample/references', holds: ids },
  ...ids.map((id) => ({ file: `references/${id}`, holds: [id] })),
];

describe.each(files)('the download $file', ({ file, holds }) => {
  it('as BibTeX: every work, with PMID, PMCID, DOI and an ISO date, hostile text kept as text', () => {
    const entries = bibtex(read(`${file}.bib`));
    expect(entries.map((entry) => entry.key)).toEqual(holds);
    const journal = entries.find((entry) => entry.key === 'journal2024');
    if (journal)
      expect(journal.fields).toMatchObject({
        pmid: '10000001',
        pmcid: 'PMC1000001',
        doi: '10.1000/fixture.2024',
        date: '2024-03-16',
        journaltitle: 'Journal of Fixtures & Tests',
      });
    const hostile = entries.find((entry) => entry.key === 'hostile2024');
    if (hostile) {
      expect(hostile.fields.title).toBe(oneLine(works.find((w) => w.id === 'hostile2024')!.title));
      expect(hostile.fields).not.toHaveProperty('note');
    }
  });

  it('as RIS: every work, with the full date, PMID and PMCID, no tag injected', () => {
    const items = ris(read(`${file}.ris`));
    expect(items.map((item) => item.id)).toEqual(holds);
    const journal = items.find((item) => item.id === 'journal2024');
    if (journal)
      expect(journal).toMatchObject({
        number: '10000001',
        PMCID: 'PMC1000001',
        DOI: '10.1000/fixture.2024',
        issued: { 'date-parts': [['2024', '03', '16']] },
      });
    for (const item of items) expect(item).not.toHaveProperty('keyword');
  });

  it('as CSL-JSON: valid against the official schema', () => {
    const items = JSON.parse(read(`${file}.json`)) as Array<{ id: string }>;
    expect(validateCsl(items), JSON.stringify(validateCsl.errors)).toBe(true);
    expect(items.map((item) => item.id)).toEqual(holds);
  });

  it('is served with its registered media type', () => {
    const headers = read('_headers');
    expect(headers).toContain(`/${file}.bib\n  Content-Type: application/x-bibtex; charset=utf-8\n`);
    expect(headers).toContain(`/${file}.ris\n  Content-Type: application/x-research-info-systems; charset=utf-8\n`);
    expect(headers).toContain(`/${file}.json\n  Content-Type: application/vnd.citationstyles.csl+json; charset=utf-8\n`);
  });
});

describe('the cite page', () => {
  const html = () => read('articles/sample/cite/index.html');
  /** The text a reader copies from one export block: tags dropped, character references read. */
  const block = (id: string) => decodeHTML(new RegExp(`<pre id="${id}"[^>]*>([\\s\\S]*?)</pre>`).exec(html())![1].replace(/<[^>]+>/g, ''));

  it("exports the article's own citation: a web page by the site's editorial team, on the site, read on a day", () => {
    const [entry] = bibtex(block('page-bib'));
    expect(entry.type).toBe('online');
    expect(entry.fields).toMatchObject({
      author: [{ name: 'Leaky Gut, Evidence First editorial team' }],
      title: 'A citing article',
      organization: ['Leaky Gut, Evidence First'],
      date: '2026-11-25',
      url: 'https://leaky-gut-evidence.example.org/articles/sample/',
    });
    expect(entry.fields.urldate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [item] = ris(block('page-ris'));
    expect(item).toMatchObject({
      type: 'webpage',
      title: 'A citing article',
      'container-title': 'Leaky Gut, Evidence First',
      URL: 'https://leaky-gut-evidence.example.org/articles/sample/',
    });
    // The team's name has a comma, so RIS readers would split it into a person: it is the publisher.
    expect(item.publisher).toBe('Leaky Gut, Evidence First editorial team');
    expect(item).not.toHaveProperty('author');
    const json = JSON.parse(block('page-json'));
    expect(validateCsl(json), JSON.stringify(validateCsl.errors)).toBe(true);
  });
});

describe('what a reference manager saves from each page', () => {
  const coinsOf = (page: string) =>
    [...read(page).matchAll(/<span class="Z3988" title="([^"]*)"/g)].map((m) => new URLSearchParams(decodeHTML(m[1])));

  it('the article page describes the article only: no person as author, no cited work in COinS', () => {
    const page = read('articles/sample/index.html');
    expect(coinsOf('articles/sample/index.html')).toEqual([]);
    expect(page).not.toContain('name="citation_author"');
    expect(page).toContain('<meta name="citation_title" content="A citing article">');
    expect(page).toContain('<meta name="citation_publication_date" content="2026/11/25">');
  });

  it("a work's page offers the work; the cite page offers the article", () => {
    const [guideline] = coinsOf('references/guideline2015/index.html');
    expect(guideline.get('rft.btitle')).toBe('Fixture disease: recognition and management');
    expect(guideline.getAll('rft.aucorp')).toEqual(['Institute for Fixtures and Tests']);
    const [hostile] = coinsOf('references/hostile2024/index.html');
    expect(hostile.get('rft.atitle')).toBe(works.find((w) => w.id === 'hostile2024')!.title);
    const [article] = coinsOf('articles/sample/cite/index.html');
    expect(article.get('rft.title')).toBe('A citing article');
    expect(article.get('rft.source')).toBe('Leaky Gut, Evidence First');
    expect(article.getAll('rft.aucorp')).toEqual(['Leaky Gut, Evidence First editorial team']);
  });
});
