/**
 * Remark plugin: checks every <Figure id="..." /> in an MDX article against content/figures at compile time and
 * numbers the figures in reading order (Figure 1, Figure 2, ...). The number reaches the component as a prop, and
 * the page's figures are recorded for its cite page.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { contentError, suggestId } from '../content/errors.ts';
import { isJsxElement, location, setPageData, stringAttribute } from '../mdx/jsx.ts';
import type { ContentSources } from '../content/sources.ts';
import { figureAnchor } from './figures.ts';

/** What the cite page needs of each figure on a page. */
export interface PageFigure {
  id: string;
  anchor: string;
  number: number;
  title: string;
}

export default function remarkFigure(options: { sources: ContentSources }) {
  return (tree: Root, file: VFile) => {
    const figures = options.sources.figures();
    const onPage: PageFigure[] = [];
    visit(tree, (node) => {
      if (!isJsxElement(node) || node.name !== 'Figure') return;
      const where = location(file, node);
      const id = stringAttribute(node, 'id') ?? '';
      const figure = figures.get(id);
      if (!figure) {
        const suggestion = suggestId(id, [...figures.keys()]);
        throw contentError(
          where,
          id ? `there is no figure "${id}" (no content/figures/${id}.json and ${id}.svg).` : '<Figure> needs an id written as a plain string.',
          suggestion
            ? `did you mean "${suggestion}"?`
            : `draw it as content/figures/${id || '<id>'}.svg with its words in content/figures/${id || '<id>'}.json (README.md, "Figures").`,
        );
      }
      if (onPage.some((f) => f.id === id)) {
        throw contentError(
          where,
          `the figure "${id}" is already shown on this page.`,
          'show each figure once per article; link to it with [Figure N](#figure-<id>) elsewhere.',
        );
      }
      const number = onPage.length + 1;
      onPage.push({ id, anchor: figureAnchor(id), number, title: figure.title });
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'number', value: String(number) });
    });
    setPageData(file, 'figures', onPage);
  };
}
