/**
 * Remark plugin (after remark-cite): records, for every citation marker of an article, the sentences it supports
 * as the reader sees them, and the heading it stands under, for the claim ledger of each reference page.
 */
import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { readerText } from '../articles/reader-text.ts';
import { parseCiteIds } from '../citations/cite-ids.ts';
import type { ContentSources } from '../content/sources.ts';
import type { Figure } from '../figures/figures.ts';
import { isJsxElement, setPageData, stringAttribute } from '../mdx/jsx.ts';
import { markerPassages } from './sentences.ts';

/** One citation marker: its anchor (cite-<n>), the works it cites and the sentences it supports. */
export interface LedgerPlace {
  anchor: string;
  ids: string[];
  /** The sentences, as the reader sees them, without citation markers. */
  sentences: string[];
  /** Article-wide number of the first of those sentences (to count distinct sentences). */
  first: number;
  /** Index into the article's headings (as render() lists them) of the section it stands in; null before any. */
  heading: number | null;
}

const blocks = new Set(['paragraph', 'heading', 'tableCell']);

/** The citation places of an MDX tree whose <Cite> and <Figure> elements remark-cite has given anchors. */
export function ledgerPlaces(tree: Root, figures: ReadonlyMap<string, Figure>): LedgerPlace[] {
  const places: LedgerPlace[] = [];
  let headings = -1;
  let section: number | null = null;
  let counted = 0;
  visit(tree, (node: Nodes) => {
    if (node.type === 'heading') {
      headings += 1;
      if (node.depth <= 3) section = headings;
    }
    if (blocks.has(node.type)) {
      const { text, markers } = readerText(node);
      const { sentences, ranges } = markerPassages(text, markers);
      markers.forEach((marker, i) => {
        const [from, to] = ranges[i];
        const quoted = sentences.slice(from, to + 1).map((s) => s.text);
        places.push({ anchor: marker.anchor, ids: marker.ids, sentences: quoted, first: counted + from, heading: section });
      });
      counted += sentences.length;
      return SKIP;
    }
    if (isJsxElement(node) && node.name === 'Figure') {
      // A figure's cited caption and description sentences, in the order remark-cite gave them anchors.
      const figure = figures.get(stringAttribute(node, 'id') ?? '');
      const anchors = (stringAttribute(node, 'anchors') ?? '').split(' ').filter(Boolean);
      const cited = figure ? [...figure.caption, ...figure.description].filter((s) => s.cite?.length) : [];
      cited.forEach((sentence, i) => {
        places.push({ anchor: anchors[i], ids: sentence.cite ?? [], sentences: [sentence.text], first: counted, heading: section });
        counted += 1;
      });
      return SKIP;
    }
    if (isJsxElement(node) && node.name === 'Cite') {
      // A marker standing alone, outside any sentence.
      places.push({
        anchor: stringAttribute(node, 'anchor') ?? '',
        ids: parseCiteIds(stringAttribute(node, 'id') ?? ''),
        sentences: [],
        first: counted,
        heading: section,
      });
    }
  });
  return places;
}

export default function remarkLedger(options: { sources: ContentSources }) {
  return (tree: Root, file: VFile) => {
    setPageData(file, 'ledger', ledgerPlaces(tree, options.sources.figures()));
  };
}
