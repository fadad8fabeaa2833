/**
 * The text of an MDX block as a reader sees it on the page: words of links, emphasis and glossary terms kept,
 * citation markers taken out (their places recorded), whitespace collapsed as HTML collapses it.
 */
import type { Nodes } from 'mdast';
import { parseCiteIds } from '../citations/cite-ids.ts';
import { isJsxElement, stringAttribute } from '../mdx/jsx.ts';

/** A <Cite> inside a block: where it stood in the block's text, and what remark-cite gave it. */
export interface MarkerAt {
  offset: number;
  anchor: string;
  ids: string[];
}

export interface ReaderText {
  text: string;
  markers: MarkerAt[];
}

// Components that show no words of the sentence (a badge, a figure) are left out of the quoted text.
const silent = new Set(['Strength', 'Figure']);

/** The reader's text of a block (paragraph, heading, table cell, list item), with the place of each citation marker. */
export function readerText(block: Nodes): ReaderText {
  let raw = '';
  const rawMarkers: MarkerAt[] = [];
  const walk = (node: Nodes): void => {
    if (isJsxElement(node)) {
      if (node.name === 'Cite') {
        rawMarkers.push({ offset: raw.length, anchor: stringAttribute(node, 'anchor') ?? '', ids: parseCiteIds(stringAttribute(node, 'id') ?? '') });
        return;
      }
      if (node.name && silent.has(node.name)) return;
    }
    if (node.type === 'text' || node.type === 'inlineCode') raw += node.value;
    else if (node.type === 'break') raw += ' ';
    else if ('children' in node) {
      for (const child of node.children as Nodes[]) {
        walk(child);
        // Blocks inside a list item (its paragraphs) read as separate runs of text.
        if (child.type === 'paragraph' || child.type === 'list') raw += ' ';
      }
    }
  };
  walk(block);
  // Collapse whitespace as HTML does, mapping each raw offset to its place in the collapsed text.
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    at.push(text.length);
    const space = /\s/.test(raw[i]);
    if (!space) text += raw[i];
    else if (text.length > 0 && !text.endsWith(' ')) text += ' ';
  }
  at.push(text.length);
  const trimmed = text.trimEnd();
  return { text: trimmed, markers: rawMarkers.map((m) => ({ ...m, offset: Math.min(at[m.offset], trimmed.length) })) };
}
