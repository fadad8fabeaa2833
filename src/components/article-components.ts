/**
 * The components every article's MDX receives (no imports in articles): one map for the current page and its
 * frozen versions, keyed as src/lib/articles/allowed-markup.ts lists them (h2/h3 replace the HTML headings).
 */
import CareCard from './CareCard.astro';
import Cite from './Cite.astro';
import Figure from './Figure.astro';
import Myth from './Myth.astro';
import RedFlags from './RedFlags.astro';
import SectionH2 from './SectionH2.astro';
import SectionH3 from './SectionH3.astro';
import Strength from './Strength.astro';
import Term from './Term.astro';

export const articleComponentMap = { h2: SectionH2, h3: SectionH3, Cite, Term, RedFlags, Strength, Myth, Figure, CareCard };
