/**
 * Remark plugin: checks every <Cite id="..."/> in an MDX article against the reference library at
 * compile time, numbers citations in order of first use (a <Figure>'s caption citations included, where the
 * figure stands) and records them for the page.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { isJsxElement, location, setPageData, stringAttribute } from '../mdx/jsx.ts';
import type { ContentSources } from '../content/sources.ts';
import { contentError } from '../content/errors.ts';
import { unknownKeyError } from './library.ts';
import type { CitedPlace, PageCitations } from './markers.ts';
import { parseCiteIds } from './cite-ids.ts';

export { parseCiteIds };

export interface RemarkCiteOptions {
  /** The build's references and figures (astro.config.ts passes them; collections are not available here). */
  sources: ContentSources;
}

export default function remarkCite(options: RemarkCiteOptions) {
  return (tree: Root, file: VFile) => {
    const library = options.sources.library();
    const page: PageCitations = { order: [], anchors: {}, places: [] };
    let count = 0;
    /** Records one citation place in reading order: its anchor (cite-<n>) and the page numbers of its ids. */
    const cite = (place: CitedPlace) => {
      page.places.push(place);
      count += 1;
      const anchor = `cite-${count}`;
      const numbers = place.ids.map((id) => {
        if (!page.order.includes(id)) page.order.push(id);
        (page.anchors[id] ??= []).push(anchor);
        return page.order.indexOf(id) + 1;
      });
      return { anchor, numbers: numbers.join(',') };
    };
    visit(tree, (node) => {
      // A figure's caption and description cite their sources where the figure stands (remark-figure checked the id).
      if (isJsxElement(node) && node.name === 'Figure') {
        const figure = options.sources.figures().get(stringAttribute(node, 'id') ?? '');
        const places = figure ? [...figure.caption, ...figure.description].filter((s) => s.cite?.length).map((s) => cite({ ids: s.cite ?? [] })) : [];
        node.attributes.push(
          { type: 'mdxJsxAttribute', name: 'anchors', value: places.map((p) => p.anchor).join(' ') },
          { type: 'mdxJsxAttribute', name: 'numbers', value: places.map((p) => p.numbers).join(';') },
        );
        return;
      }
      if (!isJsxElement(node) || node.name !== 'Cite') return;
      const element = node;
      const where = location(file, element);
      const ids = parseCiteIds(stringAttribute(element, 'id') ?? '');
      if (ids.length === 0) {
        throw contentError(
          where,
          '<Cite> needs an id written as a plain string.',
          'write <Cite id="lacy2024" /> or <Cite id="lacy2024, compare2024" />.',
        );
      }
      for (const id of ids) {
        if (!library.has(id)) throw unknownKeyError(id, library.ids(), where);
      }
      // The author-date version of the marker is built from these as written, so they must be plain strings.
      const place: CitedPlace = { ids };
      for (const name of ['locator', 'label'] as const) {
        const value = stringAttribute(element, name);
        if (value === undefined && element.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === name)) {
          throw contentError(
            where,
            `<Cite ${name}=...> must be a plain string (the author-date version of the marker is built from it).`,
            `write ${name}="266" rather than ${name}={266}.`,
          );
        }
        if (value) place[name] = value;
      }
      const { anchor, numbers } = cite(place);
      element.attributes.push(
        { type: 'mdxJsxAttribute', name: 'anchor', value: anchor },
        { type: 'mdxJsxAttribute', name: 'numbers', value: numbers },
      );
    });
    setPageData(file, 'citations', page);
  };
}
