import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { dateTemplate, fillAccessDate } from '../../src/lib/citations/access-date.ts';
import { citePage, pageItem, splitAt, type CitedPage } from '../../src/lib/citations/cite-this-page.ts';
import { citationStyles, type CitationStyleId } from '../../src/lib/citations/styles.ts';
import { plainText } from '../../src/lib/citations/format.ts';

const page: CitedPage = {
  id: 'overview',
  title: 'What is leaky gut?',
  url: 'https://leaky-gut-evidence.example.org/articles/overview/',
  publisher: 'Leaky Gut, Evidence First editorial team',
  siteName: 'Leaky Gut, Evidence First',
  lastReviewed: new Date('2026-11-25'),
};
const section = { anchor: 'how-it-is-measured', title: 'How it is measured' };
const readOn = new Date('2027-03-09');
const cited = citePage(page, [section], readOn);
/** The text a reader copies. */
const text = plainText;

describe('cite this page', () => {
  it.each(Object.keys(citationStyles) as CitationStyleId[])(
    "in %s reads exactly as citation-js formats the page accessed on the reader's day",
    (style) => {
      const expected = new Cite(pageItem(page, [2027, 3, 9])).format('bibliography', {
        format: 'text',
        template: citationStyles[style].csl,
        lang: 'en-US',
      });
      expect(text(cited.page.styles[style])).toBe(expected.trim().replace(/^\[?1\]?\.?\s*/, ''));
    },
  );

  it('names the site, the title, the last-reviewed date and the URL', () => {
    expect(text(cited.page.styles.ama)).toBe(
      'Leaky Gut, Evidence First editorial team. What is leaky gut? Leaky Gut, Evidence First. November 25, 2026. Accessed March 9, 2027. https://leaky-gut-evidence.example.org/articles/overview/',
    );
    expect(cited.page.styles.vancouver).toContain('[cited <span class="accessed" data-accessed="{Y} {MMM} {D}">2027 Mar 9</span>]');
  });

  it('marks the access date in each export so the page can fill in the day of copying', () => {
    expect(cited.page.exports.bib).toContain('urldate = {<span class="accessed" data-accessed="{Y}-{MM}-{DD}">2027-03-09</span>},');
    expect(cited.page.exports.ris).toContain('Y2  - <span class="accessed" data-accessed="{Y}/{MM}/{DD}">2027/03/09</span>');
  });

  it('gives exports that BibTeX and RIS readers parse back to the same page', () => {
    for (const format of ['bib', 'ris'] as const) {
      const [parsed] = new Cite(text(cited.sections[0].exports[format])).data as Array<Record<string, unknown>>;
      expect(parsed.title).toBe(page.title);
      expect(parsed.URL).toBe(`${page.url}#how-it-is-measured`);
    }
    const [json] = JSON.parse(text(cited.page.exports.json)) as Array<{
      accessed: { 'date-parts': number[][] };
      issued: { 'date-parts': number[][] };
    }>;
    expect(json.accessed['date-parts']).toEqual([[2027, 3, 9]]);
    expect(json.issued['date-parts']).toEqual([[2026, 11, 25]]);
  });

  it('cites a section as the page with a URL that opens at its heading', () => {
    const [one] = cited.sections;
    expect(one.url).toBe('https://leaky-gut-evidence.example.org/articles/overview/#how-it-is-measured');
    for (const style of Object.keys(citationStyles) as CitationStyleId[]) {
      expect(text(one.styles[style])).toBe(text(cited.page.styles[style]).replace(page.url, one.url));
    }
  });
});

describe('access-date templates', () => {
  it('read every part of the probe date and fill in any other date', () => {
    expect(dateTemplate('June 4, 1987', [1987, 6, 4])).toBe('{MMMM} {D}, {Y}');
    expect(dateTemplate('1987 Jun 4', [1987, 6, 4])).toBe('{Y} {MMM} {D}');
    expect(dateTemplate('4 Jun. 1987', [1987, 6, 4])).toBe('{D} {MMM.} {Y}');
    expect(dateTemplate('1987-06-04', [1987, 6, 4])).toBe('{Y}-{MM}-{DD}');
    expect(fillAccessDate('{D} {MMM.} {Y}', new Date('2027-05-01'))).toBe('1 May 2027');
    expect(fillAccessDate('{D} {MMM.} {Y}', new Date('2027-09-30'))).toBe('30 Sep. 2027');
  });

  it('refuse a date form they cannot read instead of printing a wrong date', () => {
    expect(() => dateTemplate('4/VI/1987', [1987, 6, 4])).toThrow(/cannot read the access date "4\/VI\/1987"/);
  });

  it('find where two renderings differ, or null when they do not', () => {
    expect(splitAt('cited 1987 Jun 4.', 'cited 2053 Oct 23.')).toEqual({ before: 'cited ', date: '1987 Jun 4', after: '.' });
    expect(splitAt('same', 'same')).toBeNull();
  });
});
