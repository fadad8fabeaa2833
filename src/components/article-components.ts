/**
 * The components every article's MDX receives (no imports in articles): one map for the current page and its
 * frozen versions, keyed as src/lib/articles/allowed-markup.ts lists them (h2/h3 replace the HTML headings).
 * MDX passes a component only the props written in the article (and those the remark plugins add), so the map
 * binds the data the page gathered from the collections: each component still receives everything as props.
 */
import { jsx } from 'astro/jsx-runtime';
import type { CitationLibrary } from '../lib/citations/library.ts';
import type { Figure as LoadedFigure } from '../lib/figures/figures.ts';
import type { Glossary } from '../lib/glossary/glossary.ts';
import CareCard from './CareCard.astro';
import Cite from './Cite.astro';
import Figure from './Figure.astro';
import Myth from './Myth.astro';
import RedFlags from './RedFlags.astro';
import MdxSectionHeading from './MdxSectionHeading.astro';
import Strength from './Strength.astro';
import Term from './Term.astro';

/** What an article's components need beyond their MDX props, gathered by the page from the collections. */
export interface ArticleData {
  library: CitationLibrary;
  glossary: Glossary;
  figures: ReadonlyMap<string, LoadedFigure>;
}

type Props = Record<string, unknown> & { id: string };

/** The component map for one page: Cite, Term and Figure receive the page's data with their own props. */
export function articleComponents({ library, glossary, figures }: ArticleData) {
  return {
    h2: (props: Props) => jsx(MdxSectionHeading, { ...props, level: 2 }),
    h3: (props: Props) => jsx(MdxSectionHeading, { ...props, level: 3 }),
    Cite: (props: Props) => jsx(Cite, { ...props, library }),
    Term: (props: Props) => jsx(Term, { ...props, entry: glossary.get(props.id) }),
    Figure: (props: Props) => jsx(Figure, { ...props, figure: figures.get(props.id), library }),
    RedFlags,
    Strength,
    Myth,
    CareCard,
  };
}
