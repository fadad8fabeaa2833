import { compile } from '@mdx-js/mdx';
import fs from 'node:fs';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkCite from '../../src/lib/citations/remark-cite.ts';
import { contentSources } from '../../src/lib/content/sources.ts';
import { ledgerSummary, workLedger, type LedgerArticle } from '../../src/lib/ledger/ledger.ts';
import remarkLedger, { type LedgerPlace } from '../../src/lib/ledger/remark-ledger.ts';
import { sentencesOf } from '../../src/lib/ledger/sentences.ts';

const fixtureDir = path.resolve('tests/fixtures/ledger');
const sources = contentSources(fixtureDir);

/** Compiles MDX with remark-cite and remark-ledger over the fixture library, returning the recorded places. */
async function places(source: string): Promise<LedgerPlace[]> {
  const file = new VFile({ path: path.join(fixtureDir, 'articles/example.mdx'), value: source });
  const compiled = await compile(file, { remarkPlugins: [remarkGfm, [remarkCite, { sources }], [remarkLedger, { sources }]] });
  return (compiled.data as { astro: { frontmatter: { ledger: LedgerPlace[] } } }).astro.frontmatter.ledger;
}

const sample = fs.readFileSync(path.join(fixtureDir, 'articles/sample.mdx'), 'utf8');
const headings = [
  { depth: 2, slug: 'key-points', text: 'Key points' },
  { depth: 2, slug: 'evidence', text: 'Evidence' },
  { depth: 3, slug: 'a-table', text: 'A table' },
];

describe('sentences', () => {
  it('splits with Intl.Segmenter, keeping decimals and abbreviations of numbers inside a sentence', () => {
    expect(sentencesOf('It rose by 3.5 in every 100. It fell again.').map((s) => s.text)).toEqual(['It rose by 3.5 in every 100.', 'It fell again.']);
  });
});

describe('remarkLedger', () => {
  it('records each marker with the sentences it closes, as the reader sees them, and its section', async () => {
    const found = await places(sample);
    expect(found.map(({ anchor, ids, sentences, heading }) => ({ anchor, ids, sentences, heading }))).toEqual([
      { anchor: 'cite-1', ids: ['alpha2024'], sentences: ['An opening sentence before any heading.'], heading: null },
      { anchor: 'cite-2', ids: ['alpha2024', 'beta2024'], sentences: ['The gut has a lining.', 'It keeps most things out.'], heading: 0 },
      { anchor: 'cite-3', ids: ['beta2024'], sentences: ['One small study found a change in 3.5 in every 100 people.'], heading: 0 },
      // A marker inside a sentence belongs to it; the uncited sentence before it in the paragraph is part of what it supports.
      {
        anchor: 'cite-4',
        ids: ['alpha2024'],
        sentences: ['An opening sentence with no marker of its own.', 'A claim with two sources, the first and the second.'],
        heading: 1,
      },
      { anchor: 'cite-5', ids: ['beta2024'], sentences: ['A claim with two sources, the first and the second.'], heading: 1 },
      // Soft line breaks read as spaces; a link keeps its words; the uncited sentence after the last marker is quoted by none.
      { anchor: 'cite-6', ids: ['alpha2024'], sentences: ['A sentence on its own line, with a link in it.'], heading: 1 },
      { anchor: 'cite-7', ids: ['beta2024'], sentences: ['More got through'], heading: 2 },
      { anchor: 'cite-8', ids: ['alpha2024'], sentences: ['you faint'], heading: 2 },
    ]);
  });

  it('gives every marker on the page a place, in the order of its anchors', async () => {
    const found = await places('A. <Cite id="alpha2024" /> B <Cite id="beta2024" /> C.\n\n## Next\n\nD <Cite id="alpha2024" />\n');
    expect(found.map((p) => p.anchor)).toEqual(['cite-1', 'cite-2', 'cite-3']);
    expect(found.map((p) => p.sentences)).toEqual([['A.'], ['B C.'], ['D']]);
  });
});

describe('workLedger', () => {
  it('groups a work’s sentences by article and section, links each to its marker and counts distinct sentences', async () => {
    const article: LedgerArticle = { slug: 'sample', title: 'A sample', headings, places: await places(sample) };
    const ledger = workLedger('alpha2024', [article]);
    expect(ledger.articles).toEqual([
      {
        slug: 'sample',
        title: 'A sample',
        href: '/articles/sample/',
        sections: [
          {
            title: 'Introduction',
            href: undefined,
            entries: [{ href: '/articles/sample/#cite-1', text: 'An opening sentence before any heading.' }],
          },
          {
            title: 'Key points',
            href: '/articles/sample/#key-points',
            entries: [{ href: '/articles/sample/#cite-2', text: 'The gut has a lining. It keeps most things out.' }],
          },
          {
            title: 'Evidence',
            href: '/articles/sample/#evidence',
            entries: [
              {
                href: '/articles/sample/#cite-4',
                text: 'An opening sentence with no marker of its own. A claim with two sources, the first and the second.',
              },
              { href: '/articles/sample/#cite-6', text: 'A sentence on its own line, with a link in it.' },
            ],
          },
          { title: 'A table', href: '/articles/sample/#a-table', entries: [{ href: '/articles/sample/#cite-8', text: 'you faint' }] },
        ],
      },
    ]);
    expect(ledger.sentences).toBe(7);
    expect(ledgerSummary(ledger)).toBe('Cited in 7 sentences in 1 article.');
    // beta2024, in each of two articles: the two-sentence key point, the decimal sentence, the mid-paragraph sentence and the table cell.
    expect(ledgerSummary(workLedger('beta2024', [article, { ...article, slug: 'other' }]))).toBe('Cited in 10 sentences in 2 articles.');
  });

  it('says so when no article cites the work', async () => {
    const ledger = workLedger('gamma2024', [{ slug: 'sample', title: 'A sample', headings, places: await places(sample) }]);
    expect(ledger).toEqual({ articles: [], sentences: 0 });
    expect(ledgerSummary(ledger)).toBe('No article on this site cites this work.');
  });
});
