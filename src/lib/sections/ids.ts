/** Section ids: the headings' github-slugger slugs must not take an id the page frame already uses. */
import { contentError } from '../content/errors.ts';

/** Id of the reference list's heading (ReferenceList.astro); the table of contents ends with it. */
export const referencesHeadingId = 'references-heading';

// Ids that layouts and components give their own elements, and the prefixes of generated ones.
const taken = new Set([
  'main',
  referencesHeadingId,
  'disclaimer-heading',
  'review-heading',
  'changes-heading',
  'cite-this-version',
  'link-status',
  'cite-preview',
  'site-search',
  'theme-toggle',
]);
const prefixes = /^(cite-\d+$|ref-|term-|red-flags-|figure-)/;

/** Throws a content error (the article, the heading, and the fix as its hint) when a heading's slug clashes with one of those ids. */
export function assertSectionIds(headings: readonly { slug: string; text: string }[], file: string): void {
  for (const { slug, text } of headings) {
    if (!/[\p{L}\p{N}]/u.test(text)) {
      throw contentError(
        file,
        `the heading "${text}" has no letters or numbers, so it gets no usable id ("${slug}") and nobody can link to it.`,
        'write the heading in words (an emoji may stay beside them).',
      );
    }
    if (taken.has(slug) || prefixes.test(slug)) {
      throw contentError(
        file,
        `the heading "${text}" gets the id "${slug}", which the page already uses for something else ` +
          `(ids "${[...taken].join('", "')}" and those starting "cite-<number>", "ref-", "term-", "red-flags-" or "figure-" are taken).`,
        'reword the heading so its id differs.',
      );
    }
  }
}
