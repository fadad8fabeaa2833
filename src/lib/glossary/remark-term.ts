/** Remark plugin: every <Term id="..."> must name a glossary entry; unknown ids fail the build with a suggestion. */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { contentError, suggestId } from '../content/errors.ts';
import { isJsxElement, location, stringAttribute, type JsxElement } from '../mdx/jsx.ts';
import type { ContentSources } from '../content/sources.ts';

export default function remarkTerm(options: { sources: ContentSources }) {
  return (tree: Root, file: VFile) => {
    const glossary = options.sources.glossary();
    const seen = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (!isJsxElement(node) || node.name !== 'Term') return;
      const where = location(file, node);
      const id = stringAttribute(node, 'id');
      if (!id) throw contentError(where, '<Term> needs an id written as a plain string.', 'write <Term id="tight-junction">tight junctions</Term>.');
      if (!glossary.has(id)) {
        const suggestion = suggestId(id, [...glossary.keys()]);
        throw contentError(
          where,
          `the glossary has no term "${id}".`,
          suggestion
            ? `did you mean "${suggestion}"? Term ids are the file names in content/glossary/.`
            : `add content/glossary/${id}.md with a term and a plain-language definition, or use an existing id.`,
        );
      }
      if (seen.has(id)) {
        throw contentError(
          where,
          `the term "${id}" is marked with <Term> a second time.`,
          'mark only the first use of a term in an article; later uses are plain text.',
        );
      }
      seen.add(id);
      keepPunctuationWithTerm(node, index, parent);
    });
  };
}

/** Punctuation that must not start a line. */
const trailingPunctuation = /^[,.;:!?)\]\u201d\u2019]+/;

/**
 * The term is a button (an inline block), and a line may break after one, so "coeliac disease," could leave its
 * comma at the start of the next line. The punctuation right after the term moves into its `after` prop, which
 * Term.astro keeps on the same line.
 */
function keepPunctuationWithTerm(node: JsxElement, index: number | undefined, parent: { children: unknown[] } | undefined): void {
  const next = parent && index !== undefined ? (parent.children[index + 1] as { type: string; value?: string } | undefined) : undefined;
  const match = next?.type === 'text' ? trailingPunctuation.exec(next.value ?? '') : null;
  if (!next || !match) return;
  next.value = next.value!.slice(match[0].length);
  node.attributes.push({ type: 'mdxJsxAttribute', name: 'after', value: match[0] });
}
