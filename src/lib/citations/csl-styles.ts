/**
 * Registers the CSL styles citation-js does not ship (AMA, Chicago author-date, MLA) with citation-js's public
 * style register. The styles are the official CSL repository's .csl files, committed unchanged in src/styles/csl/
 * (CC BY-SA 3.0, as each file's <rights> says).
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import ama from '../../styles/csl/american-medical-association.csl?raw';
import chicago from '../../styles/csl/chicago-author-date.csl?raw';
import mla from '../../styles/csl/modern-language-association.csl?raw';

/** Each committed style's XML under the name citationStyles uses for it. */
const files: Record<string, string> = {
  'american-medical-association': ama,
  'chicago-author-date': chicago,
  'modern-language-association': mla,
};

/** Adds the committed styles to citation-js's register (once: a name already there is left as it is). */
export function registerCslStyles(): void {
  const styles = plugins.config.get('@csl').styles;
  for (const [name, xml] of Object.entries(files)) if (!styles.has(name)) styles.add(name, xml);
}
