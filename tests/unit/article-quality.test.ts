import { parseFrontmatter } from '@astrojs/markdown-remark';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { citedIds, proseBlocks, proseText, wordCount } from '../../src/lib/articles/prose.ts';
import {
  keyPointsAndBody,
  maxBodyGrade,
  maxGrade,
  maxKeyPointsGrade,
  minReferences,
  minWords,
  readabilityOf,
  sectionGrades,
} from '../../src/lib/articles/readability.ts';
import { reviewProblems } from '../../src/lib/articles/review.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { readChangeLogs } from '../../src/lib/trust/change-log.ts';

const changeLogs = readChangeLogs(path.resolve('content/changes'));

const dir = path.resolve('content/articles');
const articles = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ name: f, source: fs.readFileSync(path.join(dir, f), 'utf8') }));

describe('prose extraction', () => {
  const sample = [
    '---\ntitle: x\n---',
    '## A heading',
    'First sentence. <Cite id="lacy2024" /> Seals called <Term id="claudin">claudins</Term> matter.',
    '- A list item without a full stop',
    '| a | b |\n| - | - |\n| table text | <Cite id="lacy2024" /> |',
    '<Myth claim="All disease begins in the gut.">\n\nThe evidence says otherwise. <Cite id="odenwald2017" />\n\n</Myth>',
  ].join('\n\n');

  it('keeps paragraphs, list items and claims, and drops headings, tables and citation markers', () => {
    expect(proseBlocks(sample)).toEqual([
      'First sentence. Seals called claudins matter.',
      'A list item without a full stop.',
      'All disease begins in the gut.',
      'The evidence says otherwise.',
    ]);
  });

  it('lists the distinct references cited, including those in lists, tables and claims', () => {
    expect(citedIds(sample)).toEqual(['lacy2024', 'odenwald2017']);
  });

  it('counts words the way a reader would', () => {
    expect(wordCount("Don't count IBS-D twice; 8 weeks.")).toBe(6);
  });
});

describe('readability', () => {
  it('scores simple prose lower than dense prose', () => {
    const plain = readabilityOf('The gut has a lining. It keeps germs out. It lets food in.');
    const dense = readabilityOf(
      'Paracellular permeability, quantified through urinary excretion ratios of orally administered saccharide probes, demonstrates considerable interindividual variability attributable to methodological heterogeneity.',
    );
    expect(plain.grade).toBeLessThan(4);
    expect(dense.grade).toBeGreaterThan(maxGrade);
  });

  it('counts the card after the key points as the rest', () => {
    const { keyPoints, body } = keyPointsAndBody(
      '## Key points\n\n- One.\n\n<CareCard>\n\n- **Urgent advice:** Two.\n\n</CareCard>\n\n## Next\n\nText.\n',
    );
    expect(keyPoints).toBe('## Key points\n\n- One.\n\n');
    expect(body).toMatch(/^<CareCard>[\s\S]*## Next\n\nText\.\n$/);
  });

  it('splits an article into its key points and the rest', () => {
    const { keyPoints, body } = keyPointsAndBody(
      '---\ntitle: x\n---\n\n## Key points\n\n- One.\n\n## Next\n\nText.\n\n## Key points of view\n\nMore.\n',
    );
    expect(keyPoints).toBe('## Key points\n\n- One.\n\n');
    expect(body).toBe('## Next\n\nText.\n\n## Key points of view\n\nMore.\n');
  });
});

describe('review dates', () => {
  const base = { lastReviewed: new Date('2026-01-10'), nextReview: new Date('2027-01-10') };

  it('accepts an article reviewed on time', () => {
    expect(reviewProblems(base, new Date('2026-11-25'))).toEqual([]);
  });

  it('flags an overdue review', () => {
    expect(reviewProblems(base, new Date('2027-01-11'))).toEqual([
      {
        problem: 'the review was due on 2027-01-10 and is overdue (today is 2027-01-11).',
        fix: 'review the article against current evidence, then update lastReviewed and nextReview.',
      },
    ]);
  });

  it('flags a next review more than three years after the last', () => {
    expect(reviewProblems({ ...base, nextReview: new Date('2029-01-11') }, new Date('2026-11-25'))).toEqual([
      { problem: 'nextReview 2029-01-11 is more than 3 years after lastReviewed 2026-01-10.', fix: 'set it to 2029-01-10 or earlier.' },
    ]);
  });
});

describe.each(articles)('article $name', ({ name, source }) => {
  const data = articleSchema.parse(parseFrontmatter(source).frontmatter);

  it('is not overdue for review, and its next review is at most three years after the last', () => {
    expect(reviewProblems(data, new Date())).toEqual([]);
  });

  it('has a change log that starts with its first publication and records its last review or a later change', () => {
    const log = changeLogs.get(name.replace(/\.mdx$/, ''));
    expect(log, `content/changes/${name.replace(/\.mdx$/, '.json')} is missing: write what changed, newest first`).toBeDefined();
    expect(log!.at(-1)!.summary).toBe('First published.');
    expect(log![0].date >= data.lastReviewed.toISOString().slice(0, 10)).toBe(true);
  });

  it(`reads at grade ${maxGrade} or below`, () => {
    expect(readabilityOf(source).grade).toBeLessThanOrEqual(maxGrade);
  });

  it(`has key points at grade ${maxKeyPointsGrade} or below and the rest at grade ${maxBodyGrade} or below`, () => {
    const grades = sectionGrades(source);
    expect(grades.keyPoints, 'key points').toBeLessThanOrEqual(maxKeyPointsGrade);
    expect(grades.body, 'body').toBeLessThanOrEqual(maxBodyGrade);
  });

  it(`has 3 to 5 questions for its appointment handout, at grade ${maxKeyPointsGrade} or below`, () => {
    const questions = data.questions ?? [];
    expect(questions.length, 'questions in the frontmatter').toBeGreaterThanOrEqual(3);
    expect(readabilityOf(questions.join('\n\n')).grade).toBeLessThanOrEqual(maxKeyPointsGrade);
  });

  it('opens with key points', () => {
    expect(parseFrontmatter(source).content.trimStart().startsWith('## Key points')).toBe(true);
  });

  it(`has at least ${minWords} words of prose and cites at least ${minReferences} distinct references`, () => {
    expect(wordCount(proseText(source))).toBeGreaterThanOrEqual(minWords);
    expect(citedIds(source).length).toBeGreaterThanOrEqual(minReferences);
  });
});

// Editorial rule on the real references: every work the site lists carries its evidence receipt, written at the
// body's reading grade, so every preview, reference list and reference page can say who was studied and what was found.
describe('evidence receipts of the real references', async () => {
  const { loadReferences } = await import('../../src/lib/citations/references.ts');
  const refs = [...loadReferences(path.resolve('content/references')).values()];
  it.each(refs.map((ref) => [ref.id, ref] as const))('%s has a receipt at grade 8 or below', (_id, ref) => {
    expect(ref.custom.receipt).toBeDefined();
    expect(readabilityOf(ref.custom.receipt!.finding).grade).toBeLessThanOrEqual(maxBodyGrade);
  });
});
