// "How we work": the problem-report link, the licence field, the corrections log and the review box's links.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ReviewInfo from '../../src/components/ReviewInfo.astro';
import { articleSchema } from '../../src/schemas/article.ts';
import { correctionsLog } from '../../src/lib/trust/corrections.ts';
import { reportProblemHref } from '../../src/lib/trust/report-link.ts';
import { validFrontmatter } from '../fixtures/article-frontmatter.ts';

const frontmatter = validFrontmatter;

describe('report a problem', () => {
  it('opens an email to the address given, about the page, its version and section', () => {
    const href = reportProblemHref('team@example.org', {
      url: 'https://example.org/articles/causes/',
      title: 'Causes',
      version: 'last reviewed 2026-12-02',
      section: 'alcohol',
    });
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('team@example.org');
    expect(url.searchParams.get('subject')).toBe('Problem on "Causes"');
    const body = url.searchParams.get('body')!;
    expect(body).toContain('Page: https://example.org/articles/causes/#alcohol\n');
    expect(body).toContain('Version: last reviewed 2026-12-02\n');
    expect(body).toContain('Section: #alcohol\n');
    // Spaces are %20, never "+", which some mail programs show as a plus sign.
    expect(href).not.toContain('+');
  });

  it('leaves version and section out where there are none', () => {
    const body = new URL(reportProblemHref('team@example.org', { url: 'https://example.org/glossary/', title: 'Glossary' })).searchParams.get(
      'body',
    )!;
    expect(body.startsWith('Page: https://example.org/glossary/\n')).toBe(true);
    expect(body).not.toMatch(/Version|Section/);
  });
});

describe('licence of an article', () => {
  it('is CC BY 4.0 unless the frontmatter names another licence the site knows', () => {
    expect(articleSchema.parse(frontmatter).licence).toBe('CC-BY-4.0');
    expect(articleSchema.parse({ ...frontmatter, licence: 'CC0-1.0' }).licence).toBe('CC0-1.0');
  });

  it('refuses a licence the schema does not know, naming the value and the ones it knows', () => {
    const result = articleSchema.safeParse({ ...frontmatter, licence: 'CC-BY-5.0' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].message).toBe(
      'licence "CC-BY-5.0" is not a licence the site knows. Fix: write one of CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0 (src/lib/trust/licences.ts), or leave the field out for CC-BY-4.0',
    );
  });

  it('takes a named reviewer ORCID iD only in its standard form', () => {
    const reviewedBy = { name: 'A. Reviewer', role: 'gastroenterologist', clinical: true };
    expect(articleSchema.safeParse({ ...frontmatter, reviewedBy: { ...reviewedBy, orcid: '0000-0002-1825-0097' } }).success).toBe(true);
    expect(articleSchema.safeParse({ ...frontmatter, reviewedBy: { ...reviewedBy, orcid: 'https://orcid.org/0000-0002-1825-0097' } }).success).toBe(
      false,
    );
  });
});

describe('corrections log', () => {
  it('lists every correction of every change log, newest day first, articles in reading order within a day', () => {
    const logs = new Map([
      [
        'b',
        [
          {
            date: '2026-12-03',
            summary: 'Fixed two things.',
            conclusionsChanged: true,
            corrections: [{ wrong: 'We said one.', changed: 'It says two.' }],
          },
          { date: '2026-11-25', summary: 'First published.', conclusionsChanged: false, corrections: [] },
        ],
      ],
      [
        'a',
        [
          {
            date: '2026-12-03',
            summary: 'Fixed a thing.',
            conclusionsChanged: false,
            corrections: [{ wrong: 'We said red.', changed: 'It says blue.' }],
          },
          {
            date: '2026-12-01',
            summary: 'Fixed another.',
            conclusionsChanged: false,
            corrections: [{ wrong: 'We said up.', changed: 'It says down.' }],
          },
        ],
      ],
    ]);
    expect(correctionsLog(logs, ['a', 'b']).map((row) => `${row.date} ${row.article} ${row.wrong} ${row.conclusionsChanged}`)).toEqual([
      '2026-12-03 a We said red. false',
      '2026-12-03 b We said one. true',
      '2026-12-01 a We said up. false',
    ]);
  });
});

describe('<ReviewInfo>', () => {
  it('shows the licence of the text, linked as the licence, and links to how the site works', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(ReviewInfo, { props: { article: articleSchema.parse(frontmatter) } });
    expect(html).toMatch(/<a href="https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/" rel="license"[^>]*>CC BY 4\.0<\/a>/);
    expect(html).toMatch(/<a href="\/how-we-work\/methods\/#reviews"[^>]*>what a review is<\/a>/);
    expect(html).toMatch(/<a href="\/how-we-work\/corrections\/"[^>]*>corrections<\/a>/);
  });
});
