import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { validFrontmatter } from '../fixtures/article-frontmatter.ts';

const valid = validFrontmatter;

function messages(data: unknown): string {
  const result = articleSchema.safeParse(data);
  return result.success ? '' : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
}

describe('article frontmatter', () => {
  it('accepts a complete frontmatter and turns dates into Date objects', () => {
    const parsed = articleSchema.parse(valid);
    expect(parsed.lastReviewed.toISOString()).toBe('2026-11-25T00:00:00.000Z');
  });

  it('names a missing field and how to write it', () => {
    const { lastReviewed: _omit, ...rest } = valid;
    expect(messages(rest)).toMatch(/lastReviewed: lastReviewed must be a date written as YYYY-MM-DD/);
  });

  it('rejects an invalid date', () => {
    expect(messages({ ...valid, nextReview: 'next spring' })).toMatch(/nextReview: nextReview must be a date/);
  });

  it('accepts only real calendar dates written YYYY-MM-DD, read in UTC whatever the machine', () => {
    expect(messages({ ...valid, lastReviewed: '2026-02-30' })).toMatch(
      /lastReviewed: lastReviewed must be a date written as YYYY-MM-DD that exists on the calendar, e\.g\. 2026-11-25 \(it is "2026-02-30"\)/,
    );
    expect(messages({ ...valid, lastReviewed: '2026-1-5' })).toMatch(/lastReviewed must be a date written as YYYY-MM-DD.*"2026-1-5"/);
    expect(messages({ ...valid, lastReviewed: '25/11/2026' })).toMatch(/lastReviewed must be a date written/);
    expect(articleSchema.parse({ ...valid, lastReviewed: '2024-02-29' }).lastReviewed.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    // YAML hands an unquoted date over as a Date already (the loader checks the written text).
    expect(articleSchema.parse({ ...valid, lastReviewed: new Date(Date.UTC(2026, 10, 25)) }).lastReviewed.toISOString()).toBe(
      '2026-11-25T00:00:00.000Z',
    );
  });

  it('rejects a next review that is not after the last one', () => {
    expect(messages({ ...valid, nextReview: '2026-01-01' })).toMatch(/nextReview: nextReview must be later than lastReviewed/);
  });

  it('asks for a description long enough for link previews', () => {
    expect(messages({ ...valid, description: 'Too short.' })).toMatch(/description: description needs at least 50 characters/);
  });

  it('requires who reviewed the article', () => {
    const { reviewedBy: _omit, ...rest } = valid;
    expect(messages(rest)).toMatch(/reviewedBy: reviewedBy is required/);
  });
});
