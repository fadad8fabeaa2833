// Which pages axe checks, and how. accessibility.spec.ts checks one page of each kind on its own (both themes
// on the desktop), the articles through the fewest that hold every kind of markup any article has, and again at a
// phone's width the fewest pages that hold every kind of markup whose CSS differs between the phone and the desktop
// (phonePages, computed from dist/ and its stylesheets); accessibility-data-variants.spec.ts checks a sample of the other pages chosen by their data.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from '@playwright/test';
import config from '../../playwright.config.ts';
import { builtPages as allBuiltPages } from '../../scripts/built-page.ts';
import { kindsMeeting, linkedStylesheets, markupKinds, screenDependentSelectors, phoneSample, type Screen, smallestCover } from './page-sample.ts';

const require = createRequire(import.meta.url);

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Makes axe-core available in every page the test opens from now on (call before navigating). Loaded as an
 * init script and asked for violations only, axe takes about a third of the time @axe-core/playwright's
 * AxeBuilder took here (which injects it after each load and serialises every passing node).
 */
export async function loadAxe(page: Page): Promise<void> {
  await page.context().addInitScript({ path: require.resolve('axe-core/axe.min.js') });
}

/**
 * The WCAG 2.2 AA rules of axe that read colours. The dark theme changes colours only (tests/built-site/dark-theme.test.ts
 * fails otherwise), so on a page whose light theme passed every rule, these are the rules the dark theme can fail.
 */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/** axe's WCAG 2.2 AA violations on the open page (of the given rules, or all), one line each: rule and the elements it found. */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  return page.evaluate(
    async ({ tags, rules }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const runOnly = rules ? { type: 'rule' as const, values: rules } : { type: 'tag' as const, values: tags };
      const results = await axe.run(document, { runOnly, resultTypes: ['violations'] });
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    { tags: wcagTags, rules },
  );
}

/**
 * The fewest articles that together hold every kind of markup (element and class) any article has, picked greedily:
 * the articles share one template and differ in their data (figures, tables, red-flag cards, myths), so these cover
 * what axe could find on any of them.
 */
export function articleSample(dist = 'dist'): string[] {
  const kinds = new Map(
    (fs.readdirSync(path.join(dist, 'articles'), { withFileTypes: true }) as fs.Dirent[])
      .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dist, 'articles', entry.name, 'index.html')))
      .map((entry) => [`/articles/${entry.name}/`, markupKinds(fs.readFileSync(path.join(dist, 'articles', entry.name, 'index.html'), 'utf8'))]),
  );
  return smallestCover(kinds);
}

/**
 * The frozen version with the least HTML: a version is its article's text (the article sample holds every kind of
 * markup any article has) in the version's frame, which is what this page is checked for.
 */
function smallestVersion(dist = 'dist'): string {
  const versions = (fs.readdirSync(path.join(dist, 'articles'), { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => /^[^/]+\/v\/[^/]+\/index\.html$/.test(file.split(path.sep).join('/')))
    .map((file) => ({
      page: `/articles/${path.dirname(file).split(path.sep).join('/')}/`,
      size: fs.statSync(path.join(dist, 'articles', file)).size,
    }));
  return versions.sort((a, b) => a.size - b.size || a.page.localeCompare(b.page))[0].page;
}

/**
 * The built page of an article's sub-page (`cite`, `handout`) with the most HTML: the one with the most data (sections,
 * figures, sources) of pages that share one template, so it stands for them all and for their data.
 */
export function largestArticlePage(kind: 'cite' | 'handout', dist = 'dist'): string {
  const pages = fs
    .readdirSync(path.join(dist, 'articles'))
    .filter((slug) => fs.existsSync(path.join(dist, 'articles', slug, kind, 'index.html')))
    .map((slug) => ({ page: `/articles/${slug}/${kind}/`, size: fs.statSync(path.join(dist, 'articles', slug, kind, 'index.html')).size }));
  return pages.sort((a, b) => b.size - a.size || a.page.localeCompare(b.page))[0].page;
}

/** One page of each kind, the article sample among them. The search page is checked with results in, 404.html by a missing address. */
export const templatePages = [
  '/',
  ...articleSample(),
  '/glossary/',
  '/sources/',
  '/evidence/',
  '/references/lacy2024/',
  '/references/yenew2023/',
  largestArticlePage('cite'),
  '/search/?q=zonulin',
  '/no-such-page/',
  '/how-we-work/',
  '/how-we-work/methods/',
  '/how-we-work/independence/',
  '/how-we-work/corrections/',
  '/how-we-work/accessibility/',
  '/how-we-work/licence/',
  smallestVersion(),
  largestArticlePage('handout'),
];

/** The address of every page in dist/ (each index.html), sorted. */
export const builtPages = (dist = 'dist'): string[] => allBuiltPages(dist);

/** The built pages accessibility.spec.ts does not check one by one. */
export function otherPages(dist = 'dist'): string[] {
  const checked = new Set(templatePages.map((page) => new URL(page, 'http://x').pathname));
  return builtPages(dist).filter((page) => !checked.has(page));
}

/**
 * A sample of the pages whose data differs in kind: for each kind of work (journal article, web page, report,
 * chapter...) the reference page with the longest title, the longest cite page and the longest handout, less those
 * already checked one by one (the cite page and the handout checked one by one are the longest). They use the templates
 * checked one by one; what varies is the data they show. Articles and their frozen versions are left out: the article
 * sample holds every kind of markup any article has, and a version is its article's text in the frame of the version
 * checked one by one.
 */
export function dataVariantPages(dist = 'dist'): string[] {
  const checked = new Set(templatePages.map((page) => new URL(page, 'http://x').pathname));
  const longest = new Map<string, { page: string; size: number }>();
  for (const page of builtPages(dist)) {
    if (/^\/articles\/[^/]+\/(v\/[^/]+\/)?$/.test(page)) continue;
    const reference = /^\/references\/([^/]+)\/$/.exec(page);
    // A reference's own CSL-JSON download says what kind of work it is.
    const work = reference
      ? (JSON.parse(fs.readFileSync(path.join(dist, 'references', `${reference[1]}.json`), 'utf8')) as { type: string; title?: string }[])[0]
      : undefined;
    const kind = work ? `reference ${work.type}` : page.replace(/^\/([^/]+)\/.*?(\/cite|\/handout)?\/$/, '$1$2');
    const size = work ? (work.title ?? '').length : fs.statSync(path.join(dist, page, 'index.html')).size;
    if (size > (longest.get(kind)?.size ?? -1)) longest.set(kind, { page, size });
  }
  return [...longest.values()]
    .map((v) => v.page)
    .filter((page) => !checked.has(page))
    .sort();
}

/** The screen of a project of playwright.config.ts (its device's viewport, and whether it has touch). */
function projectScreen(name: string): Screen {
  const use = config.projects?.find((project) => project.name === name)?.use;
  if (!use?.viewport) throw new Error(`playwright.config.ts has no project "${name}" with a viewport`);
  return { width: use.viewport.width, height: use.viewport.height, touch: Boolean(use.hasTouch) };
}

/**
 * The pages axe checks at a phone's width (the phone project's screen): the home page and the fewest others that
 * together hold every kind of markup (element and class) that a rule applying on only one of the phone project's and
 * the desktop project's screens may style, as each page's own stylesheets say (screenDependentSelectors: rules under a
 * maximum or minimum width, a touch screen's or a mouse's query; kindsMeeting). The rest of a page looks on the phone
 * as the desktop runs checked it, in a narrower column.
 */
export function phonePages(dist = 'dist'): string[] {
  const phone = projectScreen('phone');
  const desktop = projectScreen('desktop');
  const sheets = new Map<string, string[][][]>();
  const selectorsOf = ({ href, media }: { href: string; media?: string }) => {
    const key = `${href} ${media ?? ''}`;
    if (!sheets.has(key)) sheets.set(key, screenDependentSelectors(fs.readFileSync(path.join(dist, href), 'utf8'), phone, desktop, media));
    return sheets.get(key)!;
  };
  const meets = new Map(
    builtPages(dist).map((page) => {
      const html = fs.readFileSync(path.join(dist, page, 'index.html'), 'utf8');
      return [page, kindsMeeting(markupKinds(html), linkedStylesheets(html).flatMap(selectorsOf))];
    }),
  );
  return phoneSample(meets);
}
