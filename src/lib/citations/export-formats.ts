/** The three download formats: label for readers, registered media type for servers. */
export const exportFormats = {
  bib: { label: 'BibTeX', mime: 'application/x-bibtex' },
  ris: { label: 'RIS', mime: 'application/x-research-info-systems' },
  json: { label: 'CSL-JSON', mime: 'application/vnd.citationstyles.csl+json' },
} as const;
export type ExportFormat = keyof typeof exportFormats;
