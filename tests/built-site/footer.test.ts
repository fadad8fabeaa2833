// The foot of every built page, read from dist/ without a browser: a report-a-problem email naming the page, and
// links to every "How we work" page. The browser tests check that it shows (trust.spec.ts).
import { expect, it } from 'vitest';
import { site } from '../../src/config.ts';
import { builtPage, builtPages, elements, textOf } from '../../scripts/built-page.ts';

const dist = 'dist';
const origin = new URL(site.url).origin;
/** Every page of dist/ (each index.html) as its address. */
const pages = builtPages(dist);

it("finds the site's pages", () => expect(pages.length).toBeGreaterThan(20));

it.each(pages)('%s: the footer reports a problem with this page by email, and links to every "How we work" page', (url) => {
  const page = builtPage(dist, url);
  // The page's own footer is the last one: a handout has a <footer> of its own inside <main>.
  const footer = elements(page, (e) => e.tagName === 'footer').at(-1)!;
  const reports = elements(footer, (e) => e.tagName === 'a' && textOf(e) === 'Report a problem with this page');
  expect(reports).toHaveLength(1);
  const href = new URL(String(reports[0].properties.href));
  expect(href.protocol).toBe('mailto:');
  expect(href.pathname).toBe(site.reportEmail);
  expect(href.searchParams.get('body')).toContain(`Page: ${origin}${url}\n`);
  const [about] = elements(footer, (e) => e.tagName === 'nav' && e.properties.ariaLabel === 'About this site');
  expect(elements(about, (e) => e.tagName === 'a').map(textOf)).toEqual([
    'How we work',
    'Methods',
    'Independence',
    'Corrections',
    'Accessibility',
    'Licence',
  ]);
});
