/** The citation styles the site offers; adding one here is enough for every page to render it. */
export const citationStyles = {
  vancouver: { csl: 'vancouver', label: 'Vancouver (numbered)', kind: 'numeric' },
  apa: { csl: 'apa', label: 'APA 7th edition (author–date)', kind: 'author-date' },
} as const;

export type CitationStyleId = keyof typeof citationStyles;
export type CitationStyle = (typeof citationStyles)[CitationStyleId];

/** True when a string names a style the site offers. */
export function isCitationStyle(value: string): value is CitationStyleId {
  return Object.hasOwn(citationStyles, value);
}
