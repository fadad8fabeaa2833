/**
 * Finds code in a built page that the project did not write: an inline script other than the known snippets
 * (inline-scripts.ts), an event-handler attribute, or a javascript: address. Read with a real HTML parser, so
 * the text "<script>" inside an attribute or a comment is never mistaken for a script.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { knownInlineScripts } from './inline-scripts.ts';

/** Script types a browser runs; anything else (application/ld+json, importmap aside) is a data block. */
const runnableTypes = new Set(['', 'module', 'text/javascript', 'application/javascript', 'importmap', 'speculationrules']);

/** A script element's own text (a script holds a single text node). */
const scriptText = (script: Element) => script.children.map((child) => (child.type === 'text' ? child.value : '')).join('');

const isRunnable = (script: Element) =>
  runnableTypes.has(
    String(script.properties.type ?? '')
      .trim()
      .toLowerCase(),
  );

/** Descriptions of every piece of code in the page that the project did not write; empty when there is none. */
export function unexpectedCode(html: string): string[] {
  const found: string[] = [];
  const tree: Root = fromHtml(html);
  visit(tree, 'element', (element: Element) => {
    if (element.tagName === 'script' && element.properties.src === undefined && isRunnable(element)) {
      const text = scriptText(element);
      if (!knownInlineScripts.includes(text))
        found.push(`an inline script the project did not write: <script>${text.slice(0, 80)}${text.length > 80 ? '…' : ''}</script>`);
    }
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) found.push(`an event handler on <${element.tagName}>: ${name.toLowerCase()}="${String(value).slice(0, 60)}"`);
      if (['href', 'src', 'action', 'formAction', 'data'].includes(name) && /^\s*javascript:/i.test(String(value).replace(/[\t\n\r]/g, ''))) {
        found.push(`a javascript: address on <${element.tagName}>: ${String(value).slice(0, 60)}`);
      }
    }
  });
  return found;
}
