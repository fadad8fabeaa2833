/**
 * Gives every body cell of a Markdown table its column's name as `data-label`, so a phone can show each row as
 * a card with the names beside the values (global.css) while the markup stays a table.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const isElement = (node: ElementContent | undefined, tag?: string): node is Element =>
  node?.type === 'element' && (tag === undefined || node.tagName === tag);

/** The plain text of a node (what a column header says). */
function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as ElementContent[]).map(textOf).join('');
  return '';
}

export default function rehypeTableLabels() {
  return (tree: Root) => {
    visit(tree, 'element', (table: Element) => {
      if (table.tagName !== 'table') return;
      const thead = table.children.find((c) => isElement(c, 'thead')) as Element | undefined;
      const headerRow = thead?.children.find((c) => isElement(c, 'tr')) as Element | undefined;
      const labels = (headerRow?.children ?? []).filter((c) => isElement(c, 'th')).map((th) => textOf(th).trim());
      if (!labels.length) return;
      for (const body of table.children.filter((c): c is Element => isElement(c, 'tbody'))) {
        for (const row of body.children.filter((c): c is Element => isElement(c, 'tr'))) {
          row.children
            .filter((c): c is Element => isElement(c, 'td'))
            .forEach((cell, i) => {
              if (labels[i]) cell.properties = { ...cell.properties, dataLabel: labels[i] };
            });
        }
      }
    });
  };
}
