/** Extracts an article's running prose from MDX (paragraphs, list items, claims), without citations or tables. */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseCiteIds } from '../citations/cite-ids.ts';
import { isJsxElement, stringAttribute } from '../mdx/jsx.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Text of inline content; <Cite> markers are dropped, <Term> keeps its words. */
function inlineText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (isJsxElement(node) && node.name === 'Cite') return '';
  if ('children' in node) return (node.children as Nodes[]).map(inlineText).join('');
  return '';
}

/** Each unit of prose as a sentence-terminated string, in reading order. */
export function proseBlocks(mdx: string): string[] {
  const { content } = parseFrontmatter(mdx);
  const tree = parser.parse(content) as Root;
  const blocks: string[] = [];
  const add = (text: string) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean) blocks.push(/[.!?:]["”’)]?$/.test(clean) ? clean : `${clean}.`);
  };
  const walk = (node: Nodes) => {
    if (node.type === 'paragraph') return add(inlineText(node));
    if (node.type === 'table' || node.type === 'heading' || node.type === 'code') return;
    if (isJsxElement(node) && node.name === 'Myth') add(stringAttribute(node, 'claim') ?? '');
    if ('children' in node) (node.children as Nodes[]).forEach(walk);
  };
  walk(tree);
  return blocks;
}

/** A figure's sentences, each with the reference ids it cites (content/figures/<id>.json). */
type FigureSentences = { caption: ReadonlyArray<{ cite?: string[] }>; description: ReadonlyArray<{ cite?: string[] }> };

/**
 * Distinct reference ids cited anywhere in an MDX article, in order of first citation. Given the site's figures,
 * a <Figure> cites what its caption and description cite, at its place in the article.
 */
export function citedIds(mdx: string, figures?: ReadonlyMap<string, FigureSentences>): string[] {
  const ids: string[] = [];
  const add = (id: string) => {
    if (!ids.includes(id)) ids.push(id);
  };
  const walk = (node: Nodes) => {
    if (isJsxElement(node) && node.name === 'Cite') parseCiteIds(stringAttribute(node, 'id') ?? '').forEach(add);
    const figure = isJsxElement(node) && node.name === 'Figure' ? figures?.get(stringAttribute(node, 'id') ?? '') : undefined;
    if (figure) [...figure.caption, ...figure.description].forEach((sentence) => sentence.cite?.forEach(add));
    if ('children' in node) (node.children as Nodes[]).forEach(walk);
  };
  walk(parser.parse(parseFrontmatter(mdx).content) as Root);
  return ids;
}

/** The article's prose as one text, for word counts and readability formulas. */
export function proseText(mdx: string): string {
  return proseBlocks(mdx).join('\n');
}

/** Number of words in a text (runs of letters or digits, with inner apostrophes and hyphens). */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
