// First-visit weight of a built page: its HTML plus the CSS and JS files it links, each gzipped.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { type BuiltPage, builtPage, elementCount, fetchedBy } from './built-page.ts';

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

export interface Visit {
  /** Gzipped bytes a first visit downloads: the HTML and every file it fetches. */
  first: number;
  /** Gzipped bytes when the reader comes from `from`: the HTML and the files `from` did not already fetch. */
  second: number;
  /** Elements in the page's DOM as parsed (html, head and body included). */
  elements: number;
}

/** First and second visit of the page at `url` of `dist`, the second coming from the page at `from`. */
export function visit(dist: string, url: string, from: string): Visit {
  const page = builtPage(dist, url);
  const files = (p: BuiltPage) =>
    new Set(
      fetchedBy(dist, p)
        .map((f) => f.url)
        .filter((u) => u.startsWith('/') && fs.existsSync(path.join(dist, u))),
    );
  const cached = files(builtPage(dist, from));
  const html = gz(fs.readFileSync(path.join(dist, url, 'index.html')));
  const own = [...files(page)];
  const sum = (urls: string[]) => urls.reduce((total, u) => total + gz(fs.readFileSync(path.join(dist, u))), 0);
  return { first: html + sum(own), second: html + sum(own.filter((u) => !cached.has(u))), elements: elementCount(page) };
}
