/**
 * Remark plugin: records what an article's printable handout needs from its text: the key points and the
 * red-flag cards, as plain sentences without citation markers (the handout lists its key sources instead).
 */
import type { List, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { readerText } from '../articles/reader-text.ts';
import { isJsxElement, setPageData, stringAttribute } from '../mdx/jsx.ts';

export interface HandoutRedFlags {
  level: 'urgent' | 'emergency';
  title: string;
  items: string[];
}

export interface HandoutText {
  keyPoints: string[];
  redFlags: HandoutRedFlags[];
}

const items = (list: List) => list.children.map((item) => readerText(item).text);

/** The key points (the list under the opening "## Key points") and every red-flag card of an article's tree. */
export function handoutText(tree: Root): HandoutText {
  const at = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 2 && toString(node).trim() === 'Key points');
  const after: RootContent[] = at === -1 ? [] : tree.children.slice(at + 1);
  const end = after.findIndex((node) => node.type === 'heading');
  const list = (end === -1 ? after : after.slice(0, end)).find((node): node is List => node.type === 'list');
  const redFlags: HandoutRedFlags[] = [];
  visit(tree, (node) => {
    if (!isJsxElement(node) || node.name !== 'RedFlags') return;
    const level = stringAttribute(node, 'level') === 'emergency' ? 'emergency' : 'urgent';
    const lists = (node as unknown as { children: RootContent[] }).children.filter((child): child is List => child.type === 'list');
    redFlags.push({ level, title: stringAttribute(node, 'title') ?? '', items: lists.flatMap(items) });
  });
  return { keyPoints: list ? items(list) : [], redFlags };
}

export default function remarkHandout() {
  return (tree: Root, file: VFile) => {
    setPageData(file, 'handout', handoutText(tree));
  };
}
