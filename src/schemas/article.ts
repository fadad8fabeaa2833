/** Zod schemas for article and glossary frontmatter; content.config.ts and the tests share them. */
import { z } from 'astro/zod';
import { calendarDate } from '../lib/dates/calendar-date.ts';
import { licenceIds } from '../lib/trust/licences.ts';
import { defaultLicence } from '../config.ts';

/**
 * A frontmatter date. YAML already turns an unquoted 2026-11-25 into a Date (loader.ts checks that the day it
 * was written as exists); a string must be a real date written YYYY-MM-DD, never parsed in the machine's time zone.
 */
const isoDate = (field: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? (calendarDate(value.trim()) ?? value) : value),
    z.date({
      error: (issue) =>
        `${field} must be a date written as YYYY-MM-DD that exists on the calendar, e.g. 2026-11-25${issue.input === undefined ? '' : ` (it is ${JSON.stringify(issue.input)})`}`,
    }),
  );

export const articleSchema = z
  .object({
    title: z.string({ error: 'title is required: a short plain-language title' }).min(5).max(90),
    description: z
      .string({ error: 'description is required: one or two sentences (50-200 characters) for link previews' })
      .min(50, 'description needs at least 50 characters: it is shown in link previews and search results')
      .max(200, 'description must fit in 200 characters for link previews'),
    navLabel: z.string({ error: 'navLabel is required: one or two words for the site menu, e.g. "Causes"' }).min(2).max(20),
    order: z.number({ error: 'order is required: the article position in the reading sequence (1, 2, 3...)' }).int().min(1),
    lastReviewed: isoDate('lastReviewed'),
    nextReview: isoDate('nextReview'),
    reviewedBy: z.object(
      {
        name: z.string().min(1),
        role: z.string().min(1),
        clinical: z.boolean(),
        /** A named reviewer's ORCID iD, only for a real person who reviewed the article. */
        orcid: z
          .string()
          .regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, 'reviewedBy.orcid must be an ORCID iD written 0000-0002-1825-0097, without https://orcid.org/')
          .optional(),
      },
      { error: 'reviewedBy is required: { name, role, clinical: true|false }' },
    ),
    /** The licence of the article's text (an SPDX id); the site's default when absent. */
    licence: z
      .enum(licenceIds, {
        error: (issue) =>
          `licence ${JSON.stringify(issue.input)} is not a licence the site knows. Fix: write one of ${licenceIds.join(', ')} (src/lib/trust/licences.ts), or leave the field out for ${defaultLicence}`,
      })
      .default(defaultLicence),
    /** Questions a reader could ask their doctor, for the article's appointment handout: 3 to 5, plain words. */
    questions: z
      .array(z.string().trim().min(10).max(140).endsWith('?', 'each of questions must be a question ending in "?"'), {
        error: 'questions must be a list of 3 to 5 plain questions, e.g. - Could my symptoms have another cause?',
      })
      .min(3, 'questions needs 3 to 5 questions for the appointment handout')
      .max(5, 'questions holds at most 5 questions: the handout is one printed page')
      .optional(),
  })
  .refine((a) => a.nextReview > a.lastReviewed, {
    message: 'nextReview must be later than lastReviewed',
    path: ['nextReview'],
  });

export type ArticleData = z.infer<typeof articleSchema>;

export const glossarySchema = z.object({
  term: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  definition: z.string().min(20),
  sources: z.array(z.string()).default([]),
});

export type GlossaryData = z.infer<typeof glossarySchema>;
