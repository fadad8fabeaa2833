/**
 * Remark plugin: checks every <Cite id="..."/> in an MDX article against the reference library at
 * compile time, numbers citations in order of first use and records them for the page.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { ContentError } from './errors.ts';
import { getLibrary, unknownKeyError } from './library.ts';
import type { PageCitations } from './page.ts';

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  position?: { start: { line: number; column: number } };
}

export interface RemarkCiteOptions {
  /** Content folder whose references/ holds the library; defaults to the configured one. */
  contentDir?: string;
}

/** Splits `id="a, b"` into ids, trimming spaces and dropping empty parts. */
export function parseCiteIds(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

export default function remarkCite(options: RemarkCiteOptions = {}) {
  return (tree: Root, file: VFile) => {
    const library = getLibrary(options.contentDir);
    const page: PageCitations = { order: [], anchors: {} };
    let count = 0;
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as unknown as JsxElement;
      if (element.name !== 'Cite') return;
      const where = `${file.path}:${element.position?.start.line ?? '?'}:${element.position?.start.column ?? '?'}`;
      const idAttribute = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
      if (!idAttribute || typeof idAttribute.value !== 'string' || parseCiteIds(idAttribute.value).length === 0) {
        throw new ContentError(where, '<Cite> needs an id written as a plain string.', 'write <Cite id="lacy2024" /> or <Cite id="lacy2024, compare2024" />.');
      }
      const ids = parseCiteIds(idAttribute.value);
      for (const id of ids) {
        if (!library.has(id)) throw unknownKeyError(id, library.ids(), where);
      }
      count += 1;
      const anchor = `cite-${count}`;
      const numbers = ids.map((id) => {
        if (!page.order.includes(id)) page.order.push(id);
        (page.anchors[id] ??= []).push(anchor);
        return page.order.indexOf(id) + 1;
      });
      element.attributes.push(
        { type: 'mdxJsxAttribute', name: 'anchor', value: anchor },
        { type: 'mdxJsxAttribute', name: 'numbers', value: numbers.join(',') },
      );
    });
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.citations = page;
  };
}
