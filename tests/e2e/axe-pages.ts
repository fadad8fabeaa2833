// Which pages axe checks. accessibility.spec.ts checks one page of each kind on its own (both themes on the
// desktop, the light one again at a phone's width); accessibility-all-pages.spec.ts sweeps every other page
// that the build wrote, so no page of dist/ goes unchecked.
import fs from 'node:fs';
import path from 'node:path';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const articles = ['overview', 'causes', 'symptoms', 'diagnosis', 'treatment', 'prevention'].map((slug) => `/articles/${slug}/`);
/** One page of each kind, and every article. The search page is checked with results in, 404.html by a missing address. */
export const templatePages = ['/', ...articles, '/glossary/', '/sources/', '/references/lacy2024/', '/references/yenew2023/', '/articles/overview/cite/', '/search/?q=zonulin', '/no-such-page/'];

/** The address of every page in dist/ (each index.html), sorted. */
export function builtPages(dist = 'dist'): string[] {
  return (fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => path.basename(file) === 'index.html')
    .map((file) => `/${path.dirname(file) === '.' ? '' : `${path.dirname(file).split(path.sep).join('/')}/`}`)
    .sort();
}

/** The built pages accessibility.spec.ts does not check one by one. */
export function otherPages(dist = 'dist'): string[] {
  const checked = new Set(templatePages.map((page) => new URL(page, 'http://x').pathname));
  return builtPages(dist).filter((page) => !checked.has(page));
}
