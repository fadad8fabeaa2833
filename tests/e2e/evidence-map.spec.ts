// The evidence map as a reader gets it: readable on a 360 px phone, in forced colours, on paper and without JavaScript.
// Its table (questions by outcomes, each cell a strength word, a count and links to the studies, or "No human studies
// found") and the links to it from every page are facts of dist/, checked without a browser
// (tests/built-site/evidence-map.test.ts, tests/built-site/navigation.test.ts).
import { expect, test } from './fixtures.ts';

test('on a 360 px phone each question is a card with its outcomes labelled, and the page does not scroll sideways @phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/evidence/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const row = page.locator('#evidence-nsaids');
  const box = (await row.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  // The outcome's name stands above each cell (the column headers are off screen but still read by screen readers).
  const label = await row
    .locator('td')
    .first()
    .evaluate((td) => getComputedStyle(td, '::before').content);
  expect(label).toContain('Measured permeability');
  await expect(page.getByRole('columnheader', { name: 'Symptoms' })).toBeAttached();
  const cells = await row.locator('td').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().top));
  expect(cells).toEqual([...cells].sort((a, b) => a - b));
  expect(new Set(cells).size).toBe(cells.length);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the whole map reads and links without JavaScript @desktop', async ({ page }) => {
    await page.goto('/evidence/');
    await expect(page.getByRole('table')).toBeVisible();
    expect(await page.locator('.evidence-works a').count()).toBeGreaterThan(0);
    await expect(page.getByText('No human studies found').first()).toBeVisible();
  });
});

test('in forced colours every strength badge keeps a visible border and its word; on paper the table prints whole, within the page width @desktop', async ({
  page,
}) => {
  await page.goto('/evidence/');
  await page.emulateMedia({ forcedColors: 'active' });
  for (const level of ['strong', 'moderate', 'weak', 'none']) {
    const badge = page.locator(`.evidence-map .strength-${level}`).first();
    if ((await badge.count()) === 0) continue;
    const style = await badge.evaluate((el) => ({ width: getComputedStyle(el).borderTopWidth, line: getComputedStyle(el).borderTopStyle }));
    expect(parseFloat(style.width), `forced colours: the ${level} badge's border`).toBeGreaterThan(0);
    expect(style.line).not.toBe('none');
    await expect(badge).toContainText(level === 'none' ? 'None' : level[0].toUpperCase() + level.slice(1));
  }

  // On paper: the table, without the site menu.
  await page.emulateMedia({ forcedColors: 'none', media: 'print' });
  await expect(page.locator('.evidence-map')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
  // The strong badge keeps its fill, so its white word stays readable.
  const strong = await page
    .locator('.strength-strong')
    .first()
    .evaluate((el) => ({
      adjust: getComputedStyle(el).printColorAdjust,
      fill: getComputedStyle(el).backgroundColor,
      ink: getComputedStyle(el).color,
    }));
  expect(strong, 'on paper: the strong badge').toEqual({ adjust: 'exact', fill: 'rgb(0, 0, 0)', ink: 'rgb(255, 255, 255)' });
  // A4 at 96 dpi is 794 px wide; the table stays a table and fits the printable width.
  await page.setViewportSize({ width: 794, height: 1123 });
  expect(await page.locator('.evidence-map').evaluate((t) => getComputedStyle(t).display)).toBe('table');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(794);
  // Studies print as their names: their addresses would make each cell three times as long.
  expect(
    await page
      .locator('.evidence-works a')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content),
  ).toBe('none');
  expect(
    await page
      .locator('.evidence-map tbody tr')
      .first()
      .evaluate((tr) => getComputedStyle(tr).breakInside),
  ).toBe('avoid');
});
