/** Zod schema for content/evidence-map.json: the shape of each cell (its keys are checked against the map's axes later). */
import { z } from 'astro/zod';

export const evidenceMapCellSchema = z
  .object({
    /** A row key of src/lib/evidence-map/axes.ts: what people ask about, such as "alcohol". */
    row: z.string(),
    /** A column key: the outcome, "permeability", "symptoms" or "disease". */
    column: z.string(),
    /** A level of the site's evidence scale (src/lib/trust/evidence-scale.ts), as the articles rate it. */
    strength: z.string(),
    /** Ids of the human studies and reviews the articles cite for this row and outcome. */
    references: z.array(z.string()).min(1, 'a cell needs at least one reference; leave an empty cell out of the file'),
    /** One plain line on what they found, in the site's own words. */
    summary: z.string().min(20).max(240).optional(),
  })
  .strict();

export const evidenceMapSchema = z.object({ cells: z.array(evidenceMapCellSchema) }).strict();

export type EvidenceMapCell = z.infer<typeof evidenceMapCellSchema>;
export type EvidenceMap = z.infer<typeof evidenceMapSchema>;
