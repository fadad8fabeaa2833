/**
 * The content a build reads outside the collections: remark plugins run at MDX compile time, where
 * `getCollection` is not available, so astro.config.ts hands them these loaders as an option. Each loads through
 * the same function as its collection (loadReferences, loadGlossary), once per build, never from a global.
 */
import path from 'node:path';
import { CitationLibrary } from '../citations/library.ts';
import { loadReferences } from '../citations/references.ts';
import { loadFigures, type Figure } from '../figures/figures.ts';
import { loadGlossary, type Glossary } from '../glossary/glossary.ts';

export interface ContentSources {
  /** The content folder (articles/, references/, glossary/, figures/ ...). */
  readonly dir: string;
  /** The validated references, as a library (ids, lookup). */
  library(): CitationLibrary;
  /** The validated glossary, its sources checked against the references. */
  glossary(): Glossary;
  /** The validated figures (words and drawing), their captions' sources checked against the references. */
  figures(): ReadonlyMap<string, Figure>;
}

/** Loaders for one content folder; each reads and validates its files on first call, then keeps the result. */
export function contentSources(dir: string): ContentSources {
  let library: CitationLibrary | undefined;
  let glossary: Glossary | undefined;
  let figures: ReadonlyMap<string, Figure> | undefined;
  const sources: ContentSources = {
    dir,
    library: () => (library ??= new CitationLibrary(loadReferences(path.join(dir, 'references')))),
    glossary: () => (glossary ??= loadGlossary(path.join(dir, 'glossary'), sources.library().ids())),
    figures: () => (figures ??= loadFigures(path.join(dir, 'figures'), sources.library().ids())),
  };
  return sources;
}
