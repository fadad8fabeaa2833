// axe on a sample of the pages accessibility.spec.ts does not check one by one: the same templates with data
// of other kinds (dataVariantPages: a reference page for each kind of work, with its longest title, and the
// longest article's cite page, the longest handout), in the light and the dark theme. Desktop only (the phone project
// ignores it). That the sample covers every kind of page is checked without a browser (tests/built-site/axe-sample.test.ts).
import { axeViolations, colourRules, dataVariantPages, loadAxe } from './axe-pages.ts';
import { expect, test } from './fixtures.ts';

test('axe finds no WCAG 2.2 AA violations in the light or the dark theme on a sample of the other pages', async ({ page }) => {
  test.slow();
  await loadAxe(page);
  const found: string[] = [];
  const backgrounds = new Set<string>();
  for (const path of dataVariantPages()) {
    await page.goto(path);
    // The theme follows the system until a reader picks one: each page is checked in both, loaded once (every rule in
    // the light theme, the rules that read colours in the dark one: the dark theme changes colours only).
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      backgrounds.add(`${colorScheme} ${await page.evaluate(() => getComputedStyle(document.body).backgroundColor)}`);
      found.push(...(await axeViolations(page, colorScheme === 'dark' ? colourRules : undefined)).map((v) => `${path} (${colorScheme}) ${v}`));
    }
  }
  expect(found).toEqual([]);
  // The two runs really saw two themes: one page background in each, and they differ.
  expect(new Set([...backgrounds].map((b) => b.split(' ').slice(1).join(' '))).size).toBe(2);
});
