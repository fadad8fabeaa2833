// "Copy quote": the text directive, the link, the version and what the clipboard gets.
import { describe, expect, it } from 'vitest';
import { pageVersion } from '../../src/lib/articles/page-version.ts';
import { quoteCitation, quoteClipboard, quoteLink, textDirective } from '../../src/lib/quotes/quote.ts';

describe('the text directive', () => {
  it('matches a short passage whole, percent-encoding the characters its syntax uses ("-", ",", "&")', () => {
    expect(textDirective('Anti-inflammatory drugs, such as\n aspirin & ibuprofen')).toBe(
      'text=Anti%2Dinflammatory%20drugs%2C%20such%20as%20aspirin%20%26%20ibuprofen',
    );
  });

  it('matches a long passage by its first and last four words', () => {
    const passage = 'The lining of the gut lets nutrients and fluids into the body while keeping most bacteria out.';
    expect(textDirective(passage)).toBe('text=The%20lining%20of%20the,keeping%20most%20bacteria%20out.');
  });

  it('leaves out a word the selection cut, and gives nothing when no whole word is left', () => {
    expect(textDirective('ning of the gut', { start: true })).toBe('text=of%20the%20gut');
    expect(textDirective('of the gu', { end: true })).toBe('text=of%20the');
    expect(textDirective('gu', { start: true })).toBeUndefined();
  });
});

describe('the link', () => {
  const page = 'https://example.org/articles/causes/';
  it('opens on the paragraph, then the text in it (a browser that cannot find the text stays at the paragraph)', () => {
    expect(quoteLink(page, 'diet--a-2021-review-looked', 'text=a%20review')).toBe(
      'https://example.org/articles/causes/#diet--a-2021-review-looked:~:text=a%20review',
    );
    expect(quoteLink(`${page}#old`, undefined, 'text=a%20review')).toBe('https://example.org/articles/causes/#:~:text=a%20review');
    expect(quoteLink(page, 'diet', undefined)).toBe('https://example.org/articles/causes/#diet');
  });
});

describe('the version quoted', () => {
  const facts = { latestChange: '2026-12-03', versions: ['2026-11-25', '2026-12-03'], lastReviewed: new Date('2026-11-25') };
  it('is the latest change, at its frozen copy when there is one, else at the article', () => {
    expect(pageVersion('causes', facts)).toEqual({ date: '2026-12-03', path: '/articles/causes/v/2026-12-03/' });
    expect(pageVersion('causes', { ...facts, versions: ['2026-11-25'] })).toEqual({ date: '2026-12-03', path: '/articles/causes/' });
    expect(pageVersion('causes', { versions: [], lastReviewed: new Date('2026-11-25') })).toEqual({ date: '2026-11-25', path: '/articles/causes/' });
  });

  it("is a frozen page's own day and address", () => {
    expect(pageVersion('causes', { ...facts, frozen: '2026-11-25' })).toEqual({ date: '2026-11-25', path: '/articles/causes/v/2026-11-25/' });
  });

  it('is cited as "Title. Site. Version of <long date>. URL", without a second full stop after a question mark', () => {
    const version = { siteName: 'Leaky Gut, Evidence First', date: '2026-12-03', url: 'https://example.org/articles/causes/v/2026-12-03/' };
    expect(quoteCitation({ ...version, title: 'What can make the gut more permeable?' })).toBe(
      'What can make the gut more permeable? Leaky Gut, Evidence First. Version of 3 December 2026. https://example.org/articles/causes/v/2026-12-03/',
    );
    expect(quoteCitation({ ...version, title: 'Treatment' })).toMatch(/^Treatment\. Leaky Gut/);
  });
});

describe('the clipboard', () => {
  it('holds the passage in quotation marks, the link and the citation, one per line', () => {
    expect(quoteClipboard(' The gut\n lining ', 'https://x/#p', 'T. S. Version of 3 December 2026. https://x/v/')).toBe(
      '“The gut lining”\nhttps://x/#p\nT. S. Version of 3 December 2026. https://x/v/',
    );
  });
});
