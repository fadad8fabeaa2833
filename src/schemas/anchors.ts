/** Zod schema of an article's anchor registry (content/anchors/<slug>.json): every id ever published, and aliases. */
import { z } from 'astro/zod';

export const anchorRegistrySchema = z.strictObject({
  /** Every section, red-flag card and paragraph id the article has ever had on the web, sorted. Never remove one. */
  published: z.array(z.string().min(1), { error: 'published is required: the list of ids the article has published' }),
  /** Old id -> the id that now stands where it stood; the page renders an empty element with the old id there. */
  aliases: z.record(z.string().min(1), z.string().min(1)).default({}),
});

export type AnchorRegistry = z.infer<typeof anchorRegistrySchema>;
