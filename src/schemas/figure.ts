/** Zod schema for a figure's words (content/figures/<id>.json): everything a reader gets besides the drawing. */
import { z } from 'astro/zod';

/** One sentence of a caption or description and the references that support it. */
const citedSentence = (where: string, citeRequired: boolean) =>
  z
    .object(
      {
        text: z
          .string({ error: `each ${where} entry needs "text": one plain sentence` })
          .trim()
          .min(10, `each ${where} sentence needs at least 10 characters`),
        cite: citeRequired
          ? z
              .array(z.string().min(1), { error: `each caption sentence needs "cite": the reference ids that support it, e.g. ["camilleri2019"]` })
              .min(1, 'each caption sentence needs at least one reference id in "cite"')
          : z.array(z.string().min(1)).optional(),
      },
      { error: `each ${where} entry is an object: { "text": "...", "cite": ["id"] }` },
    )
    .strict();

export const figureSchema = z
  .object({
    title: z.string({ error: 'title is required: a few words shown after "Figure 1."' }).trim().min(5).max(90),
    alt: z
      .string({ error: 'alt is required: the short text alternative a screen reader announces for the drawing (one or two sentences)' })
      .trim()
      .min(20, 'alt needs at least 20 characters: say what the drawing shows, not "diagram"')
      .max(300, 'alt must fit in 300 characters: put the detail in "description"'),
    caption: z
      .array(citedSentence('caption', true), { error: 'caption is required: a list of sentences, each with the references that support it' })
      .min(1, 'caption needs at least one sentence'),
    description: z
      .array(citedSentence('description', false), {
        error: 'description is required: the figure described in words, part by part, for readers who cannot see it',
      })
      .min(2, 'description needs at least two sentences: describe each part of the drawing in words'),
  })
  .strict();

export type FigureData = z.infer<typeof figureSchema>;
