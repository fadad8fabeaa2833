import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleIdGenerator } from '../../src/lib/articles/article-id.ts';
import { checkArticleSource, collectionProblems, uncitedProblems } from '../../src/lib/articles/loader.ts';
import { contentSources } from '../../src/lib/content/sources.ts';
import { calendarDate } from '../../src/lib/dates/calendar-date.ts';
import '../support/author-message.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'leaky-gut-dates-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const write = (frontmatter: string) => {
  const file = path.join(fs.mkdtempSync(path.join(work, 'case-')), 'sample.mdx');
  fs.writeFileSync(file, `---\ntitle: Sample\n${frontmatter}\n---\n\nText.\n`);
  return file;
};

describe('calendar dates', () => {
  it('are days that exist, written YYYY-MM-DD', () => {
    expect(calendarDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    for (const text of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-1-5', '2026-11-25T10:00', ' 2026-11-25']) {
      expect(calendarDate(text), text).toBeUndefined();
    }
  });
});

describe('dates as the author wrote them', () => {
  it('refuse a date YAML rolled over to another day, naming the file and line', () => {
    // js-yaml reads an unquoted 2026-02-30 as 2 March 2026.
    const file = write('lastReviewed: 2026-02-30\nnextReview: 2027-02-28');
    const data = { lastReviewed: new Date(Date.UTC(2026, 2, 2)), nextReview: new Date(Date.UTC(2027, 1, 28)) };
    expect(() => checkArticleSource(file, data)).toTellAuthor(
      /sample\.mdx:3: lastReviewed is 2026-02-30, which is not a day of the calendar \(YAML would have published it as 2026-03-02\)\.\s+Fix: write a real date/,
    );
  });

  it('refuse a file that is not UTF-8, naming the line, the byte and the fix', () => {
    // Saved as Latin-1: "Café" is the bytes 43 61 66 E9, which are not UTF-8.
    expect(() => checkArticleSource(path.resolve('tests/fixtures/articles/not-utf8.mdx'), {})).toTellAuthor(
      /tests\/fixtures\/articles\/not-utf8\.mdx:17: is not UTF-8 text: byte 0xE9 near "Caf" is not valid UTF-8 \(the file was probably saved as Latin-1 or Windows-1252\)\.\s+Fix: save the file as UTF-8/,
    );
  });

  it('accept real dates, quoted or not, with a comment after them', () => {
    const file = write('lastReviewed: "2026-11-25"\nnextReview: 2027-11-25 # a year on');
    expect(() =>
      checkArticleSource(file, { lastReviewed: new Date(Date.UTC(2026, 10, 25)), nextReview: new Date(Date.UTC(2027, 10, 25)) }),
    ).not.toThrow();
  });
});

describe('article ids', () => {
  it('refuse a second article under an id already taken, by its file name or its slug: field, naming both files', () => {
    const id = articleIdGenerator('content/articles');
    expect(id({ entry: 'sample.mdx', data: {} })).toBe('sample');
    // Asked again for the same file (the glob loader does, on a reload), the id is the same and no clash.
    expect(id({ entry: 'sample.mdx', data: {} })).toBe('sample');
    expect(() => id({ entry: 'second.mdx', data: { slug: 'Sample' } })).toTellAuthor(
      'content/articles/second.mdx: duplicate article slug "sample": sample.mdx has it too.\nFix: give one of the two files another name (or another slug: in its frontmatter); an article lives at /articles/<slug>/.',
    );
    expect(id({ entry: 'third.mdx', data: { slug: 'Another one' } })).toBe('another-one');
  });
});

describe('the articles as a whole', () => {
  const article = (order: number, nextReview: string) => ({ order, lastReviewed: new Date('2025-06-01'), nextReview: new Date(nextReview) });

  it('accepts articles with their own order and reviews not yet due', () => {
    expect(
      collectionProblems(
        [
          { file: '/c/a.mdx', data: article(1, '2027-01-01') },
          { file: '/c/b.mdx', data: article(2, '2026-12-03') },
        ],
        '2026-12-03',
      ),
    ).toEqual([]);
  });

  it('names the second article that takes an order already taken, and the first', () => {
    const problems = collectionProblems(
      [
        { file: '/c/a.mdx', data: article(1, '2027-01-01') },
        { file: '/c/b.mdx', data: article(1, '2027-01-01') },
      ],
      '2026-12-03',
    );
    expect(problems).toEqual([
      {
        file: '/c/b.mdx',
        problem: 'order 1 is already the order of /c/a.mdx.',
        fix: 'give each article its own place in the reading sequence (order: 1, 2, 3 ...).',
      },
    ]);
  });

  it('fails a review that fell due before the given day (LEAKY_GUT_TODAY in a build), not on the day itself', () => {
    expect(collectionProblems([{ file: '/c/a.mdx', data: article(1, '2026-12-02') }], '2026-12-03')).toEqual([
      {
        file: '/c/a.mdx',
        problem: 'the review was due on 2026-12-02 and is overdue (today is 2026-12-03).',
        fix: 'review the article against current evidence, then update lastReviewed and nextReview.',
      },
    ]);
    expect(collectionProblems([{ file: '/c/a.mdx', data: article(1, '2026-12-02') }], '2026-12-02')).toEqual([]);
  });
});

describe('references the articles do not cite', () => {
  // Four works: one cited by a figure's caption only, one by an article's text, one read and explained, one neither.
  const sources = contentSources(path.resolve('tests/fixtures/uncited'));
  const article = '---\ntitle: Sample\n---\n\nA sentence.<Cite id="textual2022" />\n\n<Figure id="diagram" />\n';

  it('fail unless cited in an article, by its text or by a figure it shows, or explained by a readerNote', () => {
    const problems = uncitedProblems(sources, [article]);
    expect(problems).toEqual([
      {
        file: path.resolve('tests/fixtures/uncited/references'),
        problem: 'reference "lonely2023" is cited in no article and has no custom.readerNote.',
        fix: expect.stringMatching(/^cite it where it supports a sentence, or add "readerNote"/),
      },
    ]);
  });

  it('wait for the compile step when an article cites a mistyped key or is not valid MDX, whose messages say more', () => {
    expect(uncitedProblems(sources, [article.replace('textual2022', 'textual2042')])).toEqual([]);
    expect(uncitedProblems(sources, [article, '---\ntitle: Broken\n---\n\n<Myth claim="x">\n\nNever closed.\n'])).toEqual([]);
  });

  it('count a figure only where an article shows it', () => {
    const ids = uncitedProblems(sources, [article.replace('<Figure id="diagram" />', '')]).map((p) => /"(\w+)"/.exec(p.problem)?.[1]);
    expect(ids).toEqual(['tester2024', 'lonely2023']);
  });
});
