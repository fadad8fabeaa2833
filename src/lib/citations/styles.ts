/** The citation styles the site offers; adding one here is enough for every page to render it. */
export interface CitationStyleInfo {
  /** Name of the CSL style as citation-js knows it. */
  csl: string;
  label: string;
  kind: 'numeric' | 'author-date';
  /** Where the CSL file comes from: shipped by citation-js, or committed in src/styles/csl/ (csl-styles.ts). */
  from: 'citation-js' | 'src/styles/csl';
}

export const citationStyles = {
  vancouver: { csl: 'vancouver', label: 'Vancouver', kind: 'numeric', from: 'citation-js' },
  apa: { csl: 'apa', label: 'APA 7th edition', kind: 'author-date', from: 'citation-js' },
  ama: { csl: 'american-medical-association', label: 'AMA 11th edition', kind: 'numeric', from: 'src/styles/csl' },
  harvard: { csl: 'harvard1', label: 'Harvard', kind: 'author-date', from: 'citation-js' },
  chicago: { csl: 'chicago-author-date', label: 'Chicago (author-date)', kind: 'author-date', from: 'src/styles/csl' },
  mla: { csl: 'modern-language-association', label: 'MLA 9th edition', kind: 'author-date', from: 'src/styles/csl' },
} as const satisfies Record<string, CitationStyleInfo>;

export type CitationStyleId = keyof typeof citationStyles;
export type CitationStyle = (typeof citationStyles)[CitationStyleId];

/** The two styles a reader can switch an article between: one numbered, one author-date. */
export const readerStyles = ['vancouver', 'apa'] as const satisfies readonly CitationStyleId[];

/** True when a string names a style the site offers. */
export function isCitationStyle(value: string): value is CitationStyleId {
  return Object.hasOwn(citationStyles, value);
}
