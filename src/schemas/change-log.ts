/** Zod schema of an article's change log (content/changes/<slug>.json): dated entries, newest first. */
import { z } from 'astro/zod';
import { calendarDate } from '../lib/dates/calendar-date.ts';

const day = z
  .string({ error: 'date is required: the day the change was published, written YYYY-MM-DD' })
  .refine((text) => calendarDate(text) !== undefined, {
    error: (issue) => `date must be a real day written YYYY-MM-DD (it is ${JSON.stringify(issue.input)})`,
  });

export const correctionSchema = z.strictObject({
  /** What the article said that was wrong, in plain words. */
  wrong: z.string().min(10, 'wrong: say in a sentence what the article said that was wrong'),
  /** What it says now. */
  changed: z.string().min(10, 'changed: say in a sentence what the article says now'),
});

export const changeEntrySchema = z.strictObject({
  date: day,
  /** What changed, for readers. */
  summary: z.string({ error: 'summary is required: what changed, in one to three sentences' }).min(10),
  /** Whether the article's conclusions changed (Cochrane's "What's new" question). */
  conclusionsChanged: z.boolean({ error: 'conclusionsChanged is required: true if the article now concludes something different, else false' }),
  /** Mistakes this change corrected; each is listed in the public corrections log. */
  corrections: z.array(correctionSchema).default([]),
});

export const changeLogSchema = z.array(changeEntrySchema).min(1, 'a change log needs at least one entry: the day the article was first published');

export type ChangeEntry = z.infer<typeof changeEntrySchema>;
