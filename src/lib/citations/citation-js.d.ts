// citation-js ships no TypeScript types: the little the site uses, typed here.
declare module '@citation-js/core' {
  interface CslEngine {
    opt: { development_extensions: { wrap_url_and_doi: boolean } };
    updateItems(ids: string[]): void;
    makeBibliography(): [unknown, string[]] | false;
    makeCitationCluster(items: Array<{ id: string; locator?: string; label?: string }>): string;
  }
  export const plugins: {
    config: {
      get(name: '@bibtex'): { format: { asciiOnly: boolean; useIdAsLabel: boolean; checkLabel: boolean } };
      get(name: '@csl'): {
        engine(items: unknown[], style: string, lang: string, format: 'html' | 'text'): CslEngine;
        styles: { add(name: string, xml: string): void; has(name: string): boolean };
      };
    };
  };
  export class Cite {
    constructor(data: unknown);
    static async(data: unknown): Promise<Cite>;
    data: Array<Record<string, unknown>>;
    format(format: string, options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module 'text-readability' {
  const readability: {
    fleschKincaidGrade(text: string): number;
    fleschReadingEase(text: string): number;
    sentenceCount(text: string): number;
  };
  export default readability;
}
