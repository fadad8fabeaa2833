/**
 * Rehype plugin: gives each top-level paragraph of an article an id (ids.ts) and a ¶ link to itself, and puts the
 * ids an author kept as aliases (content/anchors/<slug>.json) where their targets now are: a paragraph's at its
 * start, a heading's or red-flag card's just before it.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import path from 'node:path';
import type { VFile } from 'vfile';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { SKIP, visit } from 'unist-util-visit';
import { contentError } from '../content/errors.ts';
import { articleId } from '../articles/article-id.ts';
import { aliasesOf, anchorRegistries } from '../trust/anchors.ts';
import type { AnchorRegistry } from '../../schemas/anchors.ts';
import { redFlagsId } from '../sections/red-flags.ts';
import { isJsxElement, stringAttribute } from '../mdx/jsx.ts';
import { paragraphIds } from './ids.ts';

export interface RehypeParagraphLinksOptions {
  /** Content folder: its articles/ get aliases from its anchors/ (frozen versions keep the ids they were built with). */
  contentDir: string;
}

/** The accessible name of every ¶ link (the mark alone says nothing to a screen reader). */
export const paragraphLinkLabel = 'Link to this paragraph';

/** The words a reader sees in a node: text, and the text inside components such as <Term>. */
function textOf(node: RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? (node.children as ElementContent[]).map(textOf).join('') : '';
}

/**
 * Adds the ids, ¶ links and alias anchors to a tree whose headings already have ids; returns the ids given.
 * Throws when a paragraph's id is a heading's too (a heading whose id holds "--").
 */
export function addParagraphLinks(tree: Root, registry: AnchorRegistry | undefined, file: string): string[] {
  const headingIds = new Set<string>();
  const paragraphs: { node: Element; section: string | undefined; text: string }[] = [];
  let section: string | undefined;
  for (const node of tree.children) {
    if (node.type !== 'element') continue;
    if (/^h[2-6]$/.test(node.tagName) && typeof node.properties.id === 'string') {
      if (/^h[23]$/.test(node.tagName)) section = node.properties.id;
      headingIds.add(node.properties.id);
    } else if (node.tagName === 'p') {
      paragraphs.push({ node, section, text: textOf(node) });
    }
  }
  const ids = paragraphIds(paragraphs);
  paragraphs.forEach(({ node }, i) => {
    const id = ids[i];
    if (!id) return;
    if (headingIds.has(id)) {
      throw contentError(
        file,
        `a paragraph gets the id "${id}", which a heading has too.`,
        'reword that heading so its id holds no "--", or change the first words of the paragraph.',
      );
    }
    node.properties.id = id;
    const aliases = aliasAnchors(registry, id);
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: { className: ['para-link'], href: `#${id}`, ariaLabel: paragraphLinkLabel, dataPagefindIgnore: '' },
      children: [{ type: 'text', value: '¶' }],
    };
    node.children = [...aliases, ...node.children, { type: 'text', value: ' ' }, link];
  });
  return ids.filter((id): id is string => id !== undefined);
}

/** Empty anchors carrying a target's old ids, to stand right before it (or open it, for a paragraph). */
const aliasAnchors = (registry: AnchorRegistry | undefined, id: string): Element[] =>
  aliasesOf(registry, id).map((old) => ({ type: 'element', tagName: 'span', properties: { id: old, className: ['anchor-alias'] }, children: [] }));

/**
 * Puts the old ids of each section heading (h2, h3) and red-flag card right before it, so a link published before a
 * heading was reworded still lands on it. A card's id is made from its level and title as RedFlags.astro makes it.
 */
export function addHeadingAliases(tree: Root, registry: AnchorRegistry | undefined): void {
  if (!registry || Object.keys(registry.aliases ?? {}).length === 0) return;
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    let id: string | undefined;
    if (node.type === 'element' && /^h[23]$/.test(node.tagName) && typeof node.properties.id === 'string') id = node.properties.id;
    else if (isJsxElement(node as never) && (node as { name?: string }).name === 'RedFlags') {
      const level = stringAttribute(node as never, 'level') === 'emergency' ? 'emergency' : 'urgent';
      id = redFlagsId(level, stringAttribute(node as never, 'title') ?? '');
    }
    const aliases = id ? aliasAnchors(registry, id) : [];
    if (aliases.length === 0) return;
    parent.children.splice(index, 0, ...aliases);
    return [SKIP, index + aliases.length + 1];
  });
}

// Astro's own transformer, typed here as what it is: synchronous, on a hast tree and its file.
const headingIds = rehypeHeadingIds() as unknown as (tree: Root, file: VFile) => void;

export default function rehypeParagraphLinks(options: RehypeParagraphLinksOptions) {
  return (tree: Root, file: VFile) => {
    // Astro gives headings their ids after the site's plugins; the same plugin now, so paragraphs know their section.
    // It keeps an id it finds, so Astro's own run afterwards changes nothing.
    headingIds(tree, file);
    const source = file.history[0] ?? file.path;
    const articles = path.join(options.contentDir, 'articles') + path.sep;
    const frontmatter = (file.data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter ?? {};
    const registry = source.startsWith(articles)
      ? anchorRegistries(options.contentDir).get(articleId(path.basename(source), frontmatter))
      : undefined;
    addParagraphLinks(tree, registry, source);
    addHeadingAliases(tree, registry);
  };
}
