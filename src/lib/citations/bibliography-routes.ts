/** Shared builders for the bibliography download routes (site, article and single reference). */
import type { Reference } from '../../schemas/reference.ts';
import { exportFormats, exportReferences, type ExportFormat } from './export.ts';

/** getStaticPaths entries for the three export formats. */
export const formatPaths = (Object.keys(exportFormats) as ExportFormat[]).map((ext) => ({ params: { ext } }));

/** A download response for a set of references in one format. */
export function downloadResponse(refs: readonly Reference[], ext: ExportFormat): Response {
  return new Response(exportReferences(refs, ext), {
    headers: { 'Content-Type': `${exportFormats[ext].mime}; charset=utf-8` },
  });
}
