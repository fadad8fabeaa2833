/** Exports references as BibTeX (biblatex), RIS and CSL-JSON, with our ids as citation keys. */
import type { Reference } from '../../schemas/reference.ts';
import { bibtexFile } from './bibtex.ts';
import type { ExportFormat } from './export-formats.ts';
import { toCsl } from './format.ts';
import { risFile } from './ris.ts';
import { traced } from './timing.ts';

export { exportFormats, type ExportFormat } from './export-formats.ts';

/** CSL items as reference managers should get them: public fields only, our id as the citation key. */
export function publicItems(refs: readonly Reference[]): Record<string, unknown>[] {
  return refs.map((ref) => ({ ...toCsl(ref), 'citation-key': ref.id }));
}

/** The references in one export format, as the text of a file. */
export function exportReferences(refs: readonly Reference[], format: ExportFormat): string {
  return traced('export', () => {
    if (format === 'json') return `${JSON.stringify(publicItems(refs), null, 2)}\n`;
    return format === 'bib' ? bibtexFile(refs) : risFile(refs);
  });
}
