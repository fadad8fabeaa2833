// axe on a sample of the pages accessibility.spec.ts does not check one by one: the same templates with data
// of other kinds (dataVariantPages: a reference page for each kind of work, with its longest title, and the
// longest article's cite page), in the light and the dark theme. Desktop only (the phone project ignores it).
import { articleSample, axeViolations, builtPages, dataVariantPages, loadAxe, otherPages, templatePages } from './axe-pages.ts';
import { expect, test } from './fixtures.ts';

test('every page checked one by one exists, and the other built pages are all of the kinds sampled', () => {
  const built = builtPages();
  const oneByOne = templatePages.map((page) => new URL(page, 'http://127.0.0.1').pathname);
  // Each page checked one by one exists (else axe would be checking the 404 page), but the missing address.
  expect(oneByOne.filter((page) => !built.includes(page))).toEqual(['/no-such-page/']);
  // Every other page is an article, a reference page, a cite page or a frozen version of an article: templates
  // that the one-by-one checks cover (the article sample holds every kind of markup any article has; a version's
  // text is its article's).
  expect(
    otherPages().filter(
      (page) => !/^\/(articles\/[^/]+|references\/[^/]+|articles\/[^/]+\/cite|articles\/[^/]+\/v\/[^/]+|articles\/[^/]+\/handout)\/$/.test(page),
    ),
  ).toEqual([]);
  expect(articleSample().length).toBeGreaterThan(0);
  const sample = dataVariantPages();
  expect(sample.filter((page) => page.startsWith('/references/')).length).toBeGreaterThanOrEqual(3);
  expect(sample.filter((page) => page.endsWith('/cite/'))).toHaveLength(1);
});

test('axe finds no WCAG 2.2 AA violations in the light or the dark theme on a sample of the other pages', async ({ page }) => {
  test.slow();
  await loadAxe(page);
  const found: string[] = [];
  const backgrounds = new Set<string>();
  for (const path of dataVariantPages()) {
    await page.goto(path);
    // The theme follows the system until a reader picks one: each page is checked in both, loaded once.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      backgrounds.add(`${colorScheme} ${await page.evaluate(() => getComputedStyle(document.body).backgroundColor)}`);
      found.push(...(await axeViolations(page)).map((v) => `${path} (${colorScheme}) ${v}`));
    }
  }
  expect(found).toEqual([]);
  // The two runs really saw two themes: one page background in each, and they differ.
  expect(new Set([...backgrounds].map((b) => b.split(' ').slice(1).join(' '))).size).toBe(2);
});
