// Which built pages the 320 px check (reader-state.spec.ts) loads: for each template, the fewest pages that together hold
// everything of that template that can make a page wider than the screen, computed from dist/.
import fs from 'node:fs';
import path from 'node:path';
import { decodeHTML } from 'entities';
import { builtPages } from './axe-pages.ts';
import { markupKinds, smallestCover } from './page-sample.ts';

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

// Elements that hold no text (void) and elements whose content is not text a reader sees.
const voids = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
const hidden = new Set(['script', 'style', 'template']);

/**
 * The longest unbroken run of text (a word, URL, DOI: what a line cannot break) in each kind of block of the page,
 * keyed by the block's path of elements and classes, and the longest text of each kind of styled inline element (which
 * CSS may keep on one line), in characters and in estimated width. The built HTML is well formed, so a scan of its tags
 * reads it (a full parse of every page would take seconds).
 */
function widestRuns(html: string): Map<string, number> {
  const widest = new Map<string, number>();
  const record = (key: string, text: string, whole = false) => {
    for (const run of whole ? [text.replace(/\s+/g, ' ').trim()] : text.split(/\s+/)) {
      for (const [measure, value] of [
        ['characters', run.length],
        ['width', [...run].reduce((sum, c) => sum + advance(c), 0)],
      ] as const)
        if (value > (widest.get(`${measure} ${key}`) ?? 0)) widest.set(`${measure} ${key}`, value);
    }
  };
  // Each open element: its name with classes, the path of blocks it stands in, the line its text joins, where it began.
  type Open = { tag: string; name: string; key: string; line: { text: string }; start: number; block: boolean; styled: boolean };
  const stack: Open[] = [];
  const root = { key: '', line: { text: '' } };
  const close = (element: Open) => {
    const parent = stack.at(-1) ?? root;
    if (element.block) {
      record(element.key, element.line.text);
      parent.line.text += ' ';
    } else if (element.styled) record(`${element.key} > ${element.name} (whole)`, element.line.text.slice(element.start), true);
  };
  const tags = /<!--[\s\S]*?-->|<!doctype[^>]*>|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
  let at = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    (stack.at(-1) ?? root).line.text += decodeHTML(html.slice(at, m.index));
    at = tags.lastIndex;
    const [, closing, tag, attributes] = m;
    if (!tag) continue;
    if (closing) {
      const open = stack.findLastIndex((e) => e.tag === tag);
      if (open >= 0) for (const element of stack.splice(open).reverse()) close(element);
      continue;
    }
    if (hidden.has(tag)) {
      // Skip to the element's end: its content is not shown.
      const end = html.indexOf(`</${tag}`, at);
      tags.lastIndex = at = end < 0 ? html.length : end;
      continue;
    }
    if (voids.has(tag) || attributes.trimEnd().endsWith('/')) continue;
    const classes = /\sclass="([^"]*)"/.exec(attributes)?.[1].split(/\s+/).filter(Boolean) ?? [];
    const name = [tag, ...classes].join('.');
    const parent = stack.at(-1) ?? root;
    stack.push(
      blocks.has(tag)
        ? { tag, name, key: `${parent.key} > ${name}`, line: { text: '' }, start: 0, block: true, styled: classes.length > 0 }
        : { tag, name, key: parent.key, line: parent.line, start: parent.line.text.length, block: false, styled: classes.length > 0 },
    );
  }
  for (const element of stack.splice(0).reverse()) close(element);
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
      return [page, { kinds: markupKinds(html), runs: widestRuns(html) }];
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
      return smallestCover(holds);
    })
    .sort();
}
