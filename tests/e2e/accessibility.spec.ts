import type { Page } from '@playwright/test';
import { axeViolations, colourRules, loadAxe, phonePages, templatePages as pages } from './axe-pages.ts';
import { expect, test } from './fixtures.ts';

/** Opens a page; the search page, given a query, is checked once its results are in. */
async function open(page: Page, path: string) {
  await page.goto(path);
  if (path.startsWith('/search/?')) await expect(page.getByRole('status')).toHaveText(/results? for/, { timeout: 15_000 });
}

/** The pages of the desktop runs: each article of the sample and each frozen version alone (axe takes seconds on a long
 * article), the other pages four to a test (on a short page, opening a browser context costs about as much as axe). */
const groups = [
  ...pages.filter((path) => path.startsWith('/articles/') && !/\/(cite|handout)\/$/.test(path)).map((path) => [path]),
  ...Map.groupBy(
    pages.filter((path) => !path.startsWith('/articles/') || /\/(cite|handout)\/$/.test(path)),
    (_, i) => Math.floor(i / 4),
  ).values(),
];

for (const group of groups) {
  // On the desktop: each page loaded once and checked in both themes (the theme follows the system until a
  // reader picks one): every rule in the light theme, the rules that read colours in the dark one (the dark theme
  // changes colours only). The phone project skips @dark tests and runs the @phone ones below instead.
  test(`axe finds no WCAG 2.2 AA violations on ${group.join(', ')} in the light and the dark theme @dark`, async ({ page }) => {
    // axe takes up to 10 s on a long article when the 2-core machine is busy: triple the default timeout.
    test.slow();
    await loadAxe(page);
    const found: string[] = [];
    for (const path of group) {
      await open(page, path);
      const backgrounds = new Set<string>();
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        backgrounds.add(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
        found.push(...(await axeViolations(page, colorScheme === 'dark' ? colourRules : undefined)).map((v) => `${path} (${colorScheme}) ${v}`));
      }
      // The two runs saw two themes.
      expect(backgrounds.size, `${path}: page backgrounds in the light and the dark theme`).toBe(2);
      await page.emulateMedia({ colorScheme: 'light' });
    }
    expect(found).toEqual([]);
  });
}

// At a phone's width the layout changes, not the templates: the home page and the fewest pages that hold every kind of
// markup a rule of their stylesheets styles on the phone and not on the desktop or the other way round (the header's
// menu, an article's tables, contents and breadcrumbs, the evidence map...), computed from dist/ when this file loads.
for (const path of phonePages()) {
  test(`axe finds no WCAG 2.2 AA violations on ${path} at a phone's width, light theme @phone`, async ({ page }) => {
    test.slow();
    await loadAxe(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page, path);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the skip link is the first stop for the keyboard and moves focus to the content @desktop', async ({ page }) => {
  await page.goto('/articles/overview/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});
