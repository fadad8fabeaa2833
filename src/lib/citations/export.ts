/** Exports references as BibTeX, RIS and CSL-JSON through citation-js, with our ids as citation keys. */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Reference } from '../../schemas/reference.ts';
import { toCsl } from './format.ts';
import { timed } from './timing.ts';

// UTF-8 BibTeX (Zotero, Mendeley, JabRef and biber read it) instead of LaTeX escapes such as
// {\textcommabelow T}, which several importers, citation-js's own parser included, misread.
const bibtexOptions = plugins.config.get('@bibtex').format;
bibtexOptions.asciiOnly = false;
bibtexOptions.useIdAsLabel = true;

export const exportFormats = {
  bib: { label: 'BibTeX', mime: 'application/x-bibtex' },
  ris: { label: 'RIS', mime: 'application/x-research-info-systems' },
  json: { label: 'CSL-JSON', mime: 'application/vnd.citationstyles.csl+json' },
} as const;
export type ExportFormat = keyof typeof exportFormats;

/** CSL items as reference managers should get them: public fields only, our id as the citation key. */
export function publicItems(refs: readonly Reference[]): Record<string, unknown>[] {
  return refs.map((ref) => ({ ...toCsl(ref), 'citation-key': ref.id }));
}

/** The references in one export format, as the text of a file. */
export function exportReferences(refs: readonly Reference[], format: ExportFormat): string {
  return timed('exportMs', () => {
    const items = publicItems(refs);
    if (format === 'json') return `${JSON.stringify(items, null, 2)}\n`;
    const cite = new Cite(items);
    return format === 'bib' ? cite.format('bibtex') : unwrapRis(cite.format('ris'));
  });
}

/**
 * citation-js breaks RIS values every 70 characters, even inside a word. Readers disagree on how to
 * join such continuation lines, so each line is put back whole (RIS allows 255 characters a line).
 */
export function unwrapRis(ris: string): string {
  return ris.replace(/\n(?![A-Z][A-Z0-9]  - |$)/g, '');
}
