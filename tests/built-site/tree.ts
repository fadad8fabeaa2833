// Reading a built page's tree (hast) the way the browser tests read the DOM: classes, attributes, ancestors, the
// text a reader is shown. For checks of static facts of dist/ that need no layout.
import type { Element, Root, RootContent } from 'hast';
import { builtPage, builtPages as allBuiltPages, type BuiltPage } from '../../scripts/built-page.ts';

export const dist = 'dist';

/** The addresses of every page in dist/ (each index.html), sorted: "/", "/articles/overview/", ... */
export const builtPages = (): string[] => allBuiltPages(dist);

const pages = new Map<string, BuiltPage>();
/** The built page at `url`, parsed once per test file. */
export function page(url: string): BuiltPage {
  if (!pages.has(url)) pages.set(url, builtPage(dist, url));
  return pages.get(url)!;
}

/** An attribute as a string (hast's property name: ariaLabel, dataReference, href...), or undefined. */
export const attr = (element: Element | undefined, name: string): string | undefined => {
  const value = element?.properties[name];
  return value === undefined || value === null ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
};

/** Whether the element carries the class. */
export const hasClass = (element: Element, name: string): boolean => ([] as unknown[]).concat(element.properties.className ?? []).includes(name);

/** Calls `visit` on every element under `root` in document order, with its ancestors (nearest last). */
export function walk(root: Root | Element, visit: (element: Element, ancestors: Element[]) => void): void {
  const go = (node: Root | RootContent, ancestors: Element[]) => {
    if (node.type === 'element') visit(node, ancestors);
    if ('children' in node) {
      const next = node.type === 'element' ? [...ancestors, node] : ancestors;
      for (const child of node.children) go(child, next);
    }
  };
  go(root, []);
}

/** The element's child elements, text and comments left out. */
export const childElements = (element: Element): Element[] => element.children.filter((c): c is Element => c.type === 'element');

/**
 * The text a reader is shown in the element with the citation markers left out, whitespace collapsed: what the
 * browser tests read as innerText after hiding `.cite`. Closed popovers (glossary definitions), `hidden` elements,
 * scripts and templates are not shown.
 */
export function shownText(element: Element): string {
  let text = '';
  const go = (node: RootContent) => {
    if (node.type === 'text') text += node.value;
    if (node.type !== 'element') return;
    const p = node.properties;
    if (hasClass(node, 'cite') || p.popover !== undefined || p.hidden || ['script', 'style', 'template'].includes(node.tagName)) return;
    if (node.tagName === 'br') text += ' ';
    for (const child of node.children) go(child);
  };
  for (const child of element.children) go(child);
  return text.replace(/\s+/g, ' ').trim();
}

/** The element right before (-1) or after (+1) `element` among its parent's child elements, under `root`. */
export function sibling(root: Root | Element, element: Element, step: -1 | 1): Element | undefined {
  let found: Element | undefined;
  walk(root, (e, ancestors) => {
    if (e !== element || ancestors.length === 0) return;
    const siblings = childElements(ancestors.at(-1)!);
    found = siblings[siblings.indexOf(e) + step];
  });
  return found;
}
