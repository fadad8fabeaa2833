// A built page of dist/ read as a browser would parse it (hast), for tests that need no browser: its scripts and
// every file a browser would fetch while loading it.
import fs from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export interface BuiltPage {
  url: string;
  tree: Root;
  scripts: Array<{ src?: string; type?: string; text: string; parent: string }>;
}

/** The address of every page in `dist` (each index.html), sorted: "/", "/articles/overview/", ... */
export function builtPages(dist: string): string[] {
  return (fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => path.basename(file) === 'index.html')
    .map((file) => `/${path.dirname(file) === '.' ? '' : `${path.dirname(file).split(path.sep).join('/')}/`}`)
    .sort();
}

/** The page at `url` (e.g. "/articles/overview/") of the built site in `dist`. */
export function builtPage(dist: string, url: string): BuiltPage {
  const tree = fromHtml(fs.readFileSync(path.join(dist, url, 'index.html'), 'utf8'));
  const scripts: BuiltPage['scripts'] = [];
  visit(tree, 'element', (node: Element, _index, parent) => {
    if (node.tagName !== 'script') return;
    const prop = (name: string) => (node.properties[name] === undefined ? undefined : String(node.properties[name]));
    scripts.push({
      src: prop('src'),
      type: prop('type'),
      text: node.children.map((child) => (child.type === 'text' ? child.value : '')).join(''),
      parent: parent?.type === 'element' ? parent.tagName : 'root',
    });
  });
  return { url, tree, scripts };
}

/** Every file loading the page fetches without a reader doing anything: linked files, scripts and what they import, media, CSS url()s. */
export function fetchedBy(dist: string, page: BuiltPage): Array<{ kind: string; url: string }> {
  const fetched: Array<{ kind: string; url: string }> = [];
  visit(page.tree, 'element', (node: Element) => {
    const p = node.properties;
    const rel = ([] as unknown[]).concat(p.rel ?? []).map(String);
    if (node.tagName === 'link' && p.href !== undefined) {
      // Links that only name a resource (canonical, alternate, license) fetch nothing.
      const kind = rel.find((r) => ['stylesheet', 'icon', 'preload', 'prefetch', 'modulepreload', 'manifest', 'apple-touch-icon'].includes(r));
      if (kind) fetched.push({ kind, url: String(p.href) });
    } else if (node.tagName === 'script' && p.src !== undefined) {
      fetched.push({ kind: 'script', url: String(p.src) });
    } else if (
      ['img', 'iframe', 'video', 'audio', 'source', 'embed', 'track', 'input'].includes(node.tagName) &&
      (p.src !== undefined || p.srcSet !== undefined)
    ) {
      fetched.push({ kind: node.tagName, url: String(p.src ?? p.srcSet) });
    } else if (node.tagName === 'object' && p.data !== undefined) {
      fetched.push({ kind: 'object', url: String(p.data) });
    } else if (['use', 'image'].includes(node.tagName) && p.href !== undefined && !String(p.href).startsWith('#')) {
      fetched.push({ kind: `svg ${node.tagName}`, url: String(p.href) });
    }
  });
  // What the fetched files fetch in turn: static imports of module scripts, url()s and @imports of stylesheets.
  for (const { kind, url } of [...fetched]) {
    if (!url.startsWith('/') || !['script', 'stylesheet'].includes(kind)) continue;
    const text = fs.readFileSync(path.join(dist, url), 'utf8');
    const pattern =
      kind === 'script'
        ? /(?:^|[;\s}])import\s*(?:[^'"`()]*?from\s*)?["'`]([^"'`]+)["'`]/g
        : /url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']/g;
    for (const m of text.matchAll(pattern)) {
      const target = m[1] ?? m[2];
      if (!target.startsWith('data:'))
        fetched.push({
          kind: kind === 'script' ? 'script' : /\.(woff2?|ttf|otf|eot)$/.test(target) ? 'font' : 'css url',
          url: new URL(target, `http://site${url}`).pathname,
        });
    }
  }
  return fetched;
}

/** How many elements the page's DOM holds (the parser's view: html, head and body included). */
export function elementCount(page: BuiltPage): number {
  let count = 0;
  visit(page.tree, 'element', () => {
    count += 1;
  });
  return count;
}

/** The elements of the page, or of `within`, that `test` accepts, in document order. */
export function elements(within: BuiltPage | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit('tree' in within ? within.tree : within, 'element', (node: Element) => {
    if (test(node)) found.push(node);
  });
  return found;
}

/** The text of an element, tags dropped. */
export function textOf(element: Element): string {
  let text = '';
  visit(element, 'text', (node: { value: string }) => {
    text += node.value;
  });
  return text;
}
