// Which built pages the 320 px check (reader-state.spec.ts) loads: for each template, the fewest pages that together hold
// everything of that template that can make a page wider than the screen, computed from dist/.
import fs from 'node:fs';
import path from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { builtPages, markupKinds } from './axe-pages.ts';

/** The template a page is built from: its address with each slug (article, reference, version date) replaced by *. */
export const templateOf = (page: string): string =>
  page
    .replace(/^\/references\/[^/]+\//, '/references/*/')
    .replace(/^\/articles\/[^/]+\//, '/articles/*/')
    .replace(/\/v\/[^/]+\/$/, '/v/*/');

// Elements that start a line box of their own: an unbroken run of text stops at their edges.
const blocks = new Set(
  'address article aside blockquote body caption dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header html li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
// A rough advance width per character in ems of a proportional font: enough to rank runs of similar length.
const advance = (c: string) => (/[iljtf.,:;'!|/()[\] ]/.test(c) ? 0.3 : /[mwMW@%—]/.test(c) ? 0.9 : /[A-Z0-9]/.test(c) ? 0.65 : 0.55);

/**
 * The longest unbroken run of text (a word, URL, DOI: what a line cannot break) in each kind of block of the page,
 * keyed by the block's path of elements and classes, and the longest text of each kind of styled inline element (which
 * CSS may keep on one line), in characters and in estimated width.
 */
function widestRuns(tree: Root): Map<string, number> {
  const widest = new Map<string, number>();
  const name = (e: Element) => [e.tagName, ...([] as unknown[]).concat(e.properties.className ?? []).map(String)].join('.');
  const record = (key: string, text: string, whole = false) => {
    for (const run of whole ? [text.replace(/\s+/g, ' ').trim()] : text.split(/\s+/)) {
      for (const [measure, value] of [
        ['characters', run.length],
        ['width', [...run].reduce((sum, c) => sum + advance(c), 0)],
      ] as const)
        if (value > (widest.get(`${measure} ${key}`) ?? 0)) widest.set(`${measure} ${key}`, value);
    }
  };
  const visit = (node: RootContent, key: string, line: { text: string }) => {
    if (node.type === 'text') line.text += node.value;
    if (node.type !== 'element' || ['script', 'style', 'template'].includes(node.tagName)) return;
    if (!blocks.has(node.tagName)) {
      const start = line.text.length;
      for (const child of node.children) visit(child, key, line);
      // A styled inline element may be kept on one line (white-space: nowrap, inline-flex): its whole text counts as a run.
      if (node.properties.className !== undefined) record(`${key} > ${name(node)} (whole)`, line.text.slice(start), true);
      return;
    }
    const own = { text: '' };
    for (const child of node.children) visit(child, `${key} > ${name(node)}`, own);
    record(`${key} > ${name(node)}`, own.text);
    line.text += ' ';
  };
  for (const child of tree.children) visit(child, '', { text: '' });
  return widest;
}

/**
 * Every template's pages that together hold each kind of markup (element and class) any page of that template has,
 * and, for each kind of block, the page with its longest unbroken run of text, and for each kind of styled inline
 * element the page with its longest text, in characters and in estimated width.
 * Pages of one template share their CSS and layout and differ in their data; what in the data can push a page past
 * the screen's edge is an element it has that others lack, or a run of text a line cannot break. Picked greedily, as
 * articleSample does. Frozen versions count only what they do not share with their article's page.
 */
export function widthSample(dist = 'dist'): string[] {
  const features = new Map(
    builtPages(dist).map((page) => {
      const html = fs.readFileSync(path.join(dist, page, 'index.html'), 'utf8');
      return [page, { kinds: markupKinds(html), runs: widestRuns(fromHtml(html)) }];
    }),
  );
  return [...Map.groupBy(features.keys(), templateOf).values()]
    .flatMap((pages) => {
      const longest = new Map<string, number>();
      for (const page of pages) for (const [key, value] of features.get(page)!.runs) longest.set(key, Math.max(longest.get(key) ?? 0, value));
      const holds = new Map(
        pages.map((page) => {
          const { kinds, runs } = features.get(page)!;
          const held = new Set([
            ...kinds,
            ...[...runs].filter(([key, value]) => value > 0 && value === longest.get(key)).map(([key]) => `longest ${key}`),
          ]);
          // A frozen version is its article's text in the version's frame: what it shares with its article's page (a
          // kind of markup, or a run at least as long in the same kind of block) is checked there, so the versions
          // are sampled for their frame.
          const article = features.get(/^(\/articles\/[^/]+\/)v\/[^/]+\/$/.exec(page)?.[1] ?? '');
          for (const kind of article?.kinds ?? []) held.delete(kind);
          for (const [key, value] of article?.runs ?? []) if (value >= (runs.get(key) ?? 0)) held.delete(`longest ${key}`);
          return [page, held];
        }),
      );
      const missing = new Set([...holds.values()].flatMap((held) => [...held]));
      const sample: string[] = [];
      while (missing.size > 0) {
        const [page, held] = [...holds].sort(
          ([a, x], [b, y]) => [...y].filter((k) => missing.has(k)).length - [...x].filter((k) => missing.has(k)).length || a.localeCompare(b),
        )[0];
        sample.push(page);
        for (const k of held) missing.delete(k);
      }
      return sample;
    })
    .sort();
}
