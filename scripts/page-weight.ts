// First-visit weight of a built page: its HTML plus the CSS and JS files it links, each gzipped.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface PageWeight {
  /** The HTML, inline scripts included. */
  html: number;
  css: number;
  /** Inline and external scripts. */
  js: number;
  total: number;
}

const gz = (text: string | Buffer) => zlib.gzipSync(text, { level: 9 }).length;

/** Gzipped bytes of `page` (a path under dist, e.g. "articles/overview/index.html") and its linked CSS and JS. */
export function pageWeight(dist: string, page: string): PageWeight {
  const html = fs.readFileSync(path.join(dist, page), 'utf8');
  const linked = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => fs.readFileSync(path.join(dist, m[1])));
  const css = linked(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+)"/g).reduce((sum, file) => sum + gz(file), 0);
  const inlineJs = [...html.matchAll(/<script(?![^>]*(?:src=|application\/ld\+json))[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const externalJs = linked(/<script[^>]+src="(\/[^"]+)"/g).reduce((sum, file) => sum + gz(file), 0);
  const htmlBytes = gz(html);
  // Inline scripts travel inside the HTML: counted in `js` for the JS budget, once in the total.
  return { html: htmlBytes, css, js: externalJs + (inlineJs ? gz(inlineJs) : 0), total: htmlBytes + css + externalJs };
}
