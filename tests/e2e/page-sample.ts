// The pure parts of choosing which built pages axe and the 320 px check load (axe-pages.ts, width-sample.ts read dist/
// and call these): the kinds of markup a page holds, the fewest pages that hold them all, and which kinds the CSS
// that a phone's screen and a desktop's do not share may style. Unit-tested on fixture strings in tests/unit/page-sample.test.ts.
import postcss, { type AtRule, type Container, type Rule } from 'postcss';
import selectorParser from 'postcss-selector-parser';
import { compileQuery, matches } from 'media-query-fns';

/** The kinds of markup a built page holds: each element name, and each element name with each of its classes. */
export function markupKinds(html: string): Set<string> {
  const kinds = new Set<string>();
  for (const [, name, attributes] of html.matchAll(/<([a-z][a-z0-9-]*)([^>]*)>/g)) {
    kinds.add(name);
    for (const c of /\sclass="([^"]*)"/.exec(attributes)?.[1].split(/\s+/) ?? []) kinds.add(`${name}.${c}`);
  }
  return kinds;
}

/**
 * The fewest pages that together hold everything any of them holds, picked greedily: each time the page holding the
 * most of what is still missing (ties by address), until nothing is missing. Sorted by address.
 */
export function smallestCover(holds: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const missing = new Set([...holds.values()].flatMap((held) => [...held]));
  const sample: string[] = [];
  while (missing.size > 0) {
    const [page, held] = [...holds].sort(
      ([a, x], [b, y]) => [...y].filter((k) => missing.has(k)).length - [...x].filter((k) => missing.has(k)).length || a.localeCompare(b),
    )[0];
    sample.push(page);
    for (const k of held) missing.delete(k);
  }
  return sample.sort();
}

/** What a media query can ask of a screen, in CSS pixels; a touch screen has no hover and a coarse pointer. */
export interface Screen {
  width: number;
  height: number;
  touch: boolean;
}

/**
 * Whether a media query list (the params of `@media`, or a link's media attribute) holds on a screen, in the light
 * theme, without forced colours, by media-query-fns (Media Queries 4: range syntax, `not`/`and`/`or`, media types).
 */
export function mediaQueryHolds(query: string, screen: Screen): boolean {
  // An empty list (a link's media="") holds everywhere.
  if (query.trim() === '') return true;
  const compiled = compileQuery(query);
  // A feature it does not know, or a query it cannot read at all: throw, so the sample is never chosen on a guess.
  if (compiled.invalidFeatures.length > 0)
    throw new Error(`Cannot evaluate the media feature "${compiled.invalidFeatures.join('", "')}" in @media ${query}`);
  if (compiled.simplePerms.length === 0 && compiled.falseFeatures.length === 0) throw new Error(`Cannot read @media ${query}`);
  return matches(compiled, {
    mediaType: 'screen',
    widthPx: screen.width,
    heightPx: screen.height,
    deviceWidthPx: screen.width,
    deviceHeightPx: screen.height,
    dppx: 1,
    hover: screen.touch ? 'none' : 'hover',
    anyHover: screen.touch ? 'none' : 'hover',
    pointer: screen.touch ? 'coarse' : 'fine',
    anyPointer: screen.touch ? 'coarse' : 'fine',
    prefersColorScheme: 'light',
    forcedColors: 'none',
  });
}

/**
 * A selector list read in the vocabulary of markupKinds: each selector as its compounds (the parts between
 * combinators), each compound as the kinds of markup it asks for: each of its classes with its element name if it has
 * one (`nav.menu`), or with none (`.menu`: on any element), or its element name alone (`table`). Pseudo-classes,
 * pseudo-elements and attribute selectors are not read (`.toc:hover` asks for `.toc`); a compound with neither class
 * nor element name (`:root`, `*`) matches on every page and is left out.
 */
export function selectorCompounds(selector: string): string[][][] {
  const selectors: string[][][] = [];
  selectorParser((list) => {
    for (const complex of list.nodes) {
      const compounds: string[][] = [];
      let element = '';
      let classes: string[] = [];
      const flush = () => {
        const targets = classes.length > 0 ? classes.map((c) => `${element}.${c}`) : element ? [element] : [];
        if (targets.length > 0) compounds.push(targets);
        element = '';
        classes = [];
      };
      for (const node of complex.nodes) {
        if (node.type === 'combinator') flush();
        else if (node.type === 'tag') element = node.value.toLowerCase();
        else if (node.type === 'class') classes.push(node.value);
      }
      flush();
      selectors.push(compounds);
    }
  }).processSync(selector);
  return selectors;
}

/** Whether a kind of markup (`name` or `name.class`) is one a target (`name`, `name.class` or `.class`) asks for. */
const kindMeets = (kind: string, target: string) =>
  kind === target || (target.startsWith('.') && kind.includes('.') && kind.slice(kind.indexOf('.')) === target);

// At-rules whose rules apply alike at every width (the same browser answers @supports on both screens); @media is
// read, keyframes hold no selectors. Any other at-rule around a rule throws: it might depend on the screen.
const sameOnEveryScreen = new Set(['layer', 'supports']);

/**
 * The selectors (selectorCompounds) of the rules of a stylesheet that apply on one of two screens and not on the other:
 * on a phone and a desktop, the rules under a maximum width (`width < 48rem`, which minifiers write as
 * `not all and (width>=48rem)`) or a touch screen's query (`hover: none`), which the phone alone shows, and those under
 * a minimum width or a mouse's query (`hover: hover`), which the phone alone does without (its header menu folds, its
 * columns stack). `media` is the query of the link that loads the stylesheet, if it has one. A nested rule's selector
 * counts its parents' compounds too.
 */
export function screenDependentSelectors(css: string, phone: Screen, desktop: Screen, media = 'all'): string[][][] {
  const found = new Map<string, string[][]>();
  postcss.parse(css).walkRules((rule: Rule) => {
    const queries = [media];
    let selectors = selectorCompounds(rule.selector);
    for (let parent: Container | undefined = rule.parent; parent && parent.type !== 'root'; parent = parent.parent as Container | undefined) {
      if (parent.type === 'rule') {
        const outer = selectorCompounds((parent as Rule).selector);
        selectors = outer.flatMap((o) => selectors.map((s) => [...o, ...s]));
      } else if (parent.type === 'atrule') {
        const { name, params } = parent as AtRule;
        if (name === 'media') queries.push(params);
        else if (/keyframes$/.test(name)) return;
        else if (!sameOnEveryScreen.has(name))
          throw new Error(`Cannot tell whether @${name} ${params} applies at a phone's width (rule ${rule.selector})`);
      }
    }
    const holdsOn = (screen: Screen) => queries.every((query) => mediaQueryHolds(query, screen));
    if (holdsOn(phone) !== holdsOn(desktop)) for (const compounds of selectors) found.set(JSON.stringify(compounds), compounds);
  });
  return [...found.values()];
}

/**
 * The kinds of markup of a page (markupKinds) that the given selectors (screenDependentSelectors) may style: of each
 * selector that can match on the page (the page holds what each of its compounds asks for), the page's kinds its
 * compounds ask for. `.prose table` thus counts `div.prose` and `table` on a page with a table in its prose, and
 * nothing on a page whose prose has no table.
 */
export function kindsMeeting(kinds: ReadonlySet<string>, selectors: readonly string[][][]): Set<string> {
  const meeting = new Set<string>();
  for (const compounds of selectors) {
    const met = compounds.map((targets) => targets.map((target) => [...kinds].filter((kind) => kindMeets(kind, target))));
    if (met.every((compound) => compound.every((matches) => matches.length > 0))) for (const kind of met.flat(2)) meeting.add(kind);
  }
  return meeting;
}

/** The stylesheets a built page links (`<link rel="stylesheet">`): their address and media query, if any. */
export function linkedStylesheets(html: string): { href: string; media?: string }[] {
  const sheets: { href: string; media?: string }[] = [];
  for (const [, attributes] of html.matchAll(/<link\s([^>]*)>/g)) {
    const attribute = (name: string) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes)?.[1];
    if (!attribute('rel')?.split(/\s+/).includes('stylesheet')) continue;
    const href = attribute('href');
    if (href) sheets.push({ href, media: attribute('media') });
  }
  return sheets;
}

/**
 * The pages axe checks at a phone's width, given of each page the kinds of markup it holds that CSS applying on only
 * one of the two screens may style (kindsMeeting): the home page (the template every reader lands on) and the fewest
 * other pages that hold what it lacks (smallestCover). A page that holds none of those kinds is never picked. Sorted by
 * address.
 */
export function phoneSample(meets: ReadonlyMap<string, ReadonlySet<string>>, home = '/'): string[] {
  const atHome = meets.get(home) ?? new Set<string>();
  const rest = new Map(
    [...meets].filter(([page]) => page !== home).map(([page, kinds]) => [page, new Set([...kinds].filter((kind) => !atHome.has(kind)))]),
  );
  return [home, ...smallestCover(rest)].sort();
}
