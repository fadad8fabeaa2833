// axe on every page of the built site that accessibility.spec.ts does not check one by one (the reference and
// cite pages: the same templates with other data, such as titles, names and formatted citations), in the
// light and the dark theme, about half a second a page here. Desktop only (the phone project ignores this file).
import { axeViolations, builtPages, loadAxe, otherPages, templatePages } from './axe-pages.ts';
import { expect, test } from './fixtures.ts';

const parts = 3;
/** The pages each sweep test checks: otherPages() dealt out in turn. */
const shares = Array.from({ length: parts }, (_, part) => otherPages().filter((_, i) => i % parts === part));

test('between them, the one-by-one checks and this sweep cover every built page, and only built pages', () => {
  const built = builtPages();
  expect(built.filter((page) => /^\/references\/[^/]+\/$/.test(page)).length).toBeGreaterThan(40);
  expect(built.filter((page) => /^\/articles\/[^/]+\/cite\/$/.test(page))).toHaveLength(6);
  const oneByOne = templatePages.map((page) => new URL(page, 'http://127.0.0.1').pathname);
  // Each page checked one by one exists (else axe would be checking the 404 page), but the missing address.
  expect(oneByOne.filter((page) => !built.includes(page))).toEqual(['/no-such-page/']);
  // What the sweep's tests visit: no page twice, none that is checked one by one, and with those every
  // built page.
  const swept = shares.flat();
  expect(new Set(swept).size).toBe(swept.length);
  expect(swept.filter((page) => oneByOne.includes(page))).toEqual([]);
  expect([...oneByOne.filter((page) => built.includes(page)), ...swept].sort()).toEqual(built);
});

for (const [part, share] of shares.entries()) {
  test(`axe finds no WCAG 2.2 AA violations in the light or the dark theme on ${share.length} other pages, part ${part + 1} of ${parts}`, async ({ page }) => {
    test.slow();
    await loadAxe(page);
    const found: string[] = [];
    const backgrounds = new Set<string>();
    for (const path of share) {
      await page.goto(path);
      // The theme follows the system until a reader picks one: each page is checked in both, loaded once.
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        backgrounds.add(`${colorScheme} ${await page.evaluate(() => getComputedStyle(document.body).backgroundColor)}`);
        const violations = await axeViolations(page);
        found.push(...violations.map((v) => `${path} (${colorScheme}) ${v}`));
      }
    }
    expect(found).toEqual([]);
    // The two runs really saw two themes: one page background in each, and they differ.
    expect(backgrounds.size).toBe(2);
    expect(new Set([...backgrounds].map((b) => b.split(' ').slice(1).join(' '))).size).toBe(2);
  });
}
