// The evidence map as a reader gets it: a named table of questions and outcomes, each cell a strength word, a count
// and links to the studies (or "No human studies found"); found from every page; readable on a 360 px phone, in
// forced colours, on paper and without JavaScript.
import { expect, test } from './fixtures.ts';

const articles = ['overview', 'causes', 'symptoms', 'diagnosis', 'treatment', 'prevention'];
const levels = ['Strong', 'Moderate', 'Weak', 'None'];

test('the map is a table of questions by outcomes; each cell has a strength word, a count of its linked studies, or says none @desktop', async ({
  page,
  request,
}) => {
  await page.goto('/evidence/');
  const table = page.getByRole('table', { name: /What the studies in people that we cite found/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText(['Question', 'Measured permeability', 'Symptoms', 'Disease']);
  const rows = table.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(12);
  await expect(table.getByRole('rowheader', { name: 'Painkillers (NSAIDs)' })).toBeVisible();
  let filled = 0;
  const linked = new Set<string>();
  for (const cell of await table.locator('tbody td').all()) {
    const links = cell.locator('.evidence-works a');
    const n = await links.count();
    if (n === 0) {
      await expect(cell).toHaveText('No human studies found');
      continue;
    }
    filled += 1;
    // The badge says its level in a word (not colour alone), and the count matches the links under it.
    expect(levels).toContain((await cell.locator('.strength').innerText()).replace(/[●○]/g, '').trim());
    await expect(cell.locator('.evidence-count')).toHaveText(`${n} human ${n === 1 ? 'study or review' : 'studies or reviews'}`);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect(href).toMatch(/^\/references\/[a-z0-9]+\/$/);
      linked.add(href);
    }
  }
  expect(filled).toBeGreaterThan(0);
  // Every study linked has its page, and that page is not one of laboratory or animal work.
  for (const href of linked) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(await response.text(), href).not.toContain('<span class="evidence-label">Laboratory or animal study</span>');
  }
});

test('the map is linked from the home page, the site menu and every article @desktop', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main').getByRole('link', { name: 'See the evidence map' })).toHaveAttribute('href', '/evidence/');
  await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Evidence map' })).toHaveAttribute('href', '/evidence/');
  for (const slug of articles) {
    await page.goto(`/articles/${slug}/`);
    await expect(page.locator('article').getByRole('link', { name: 'evidence map' })).toHaveAttribute('href', '/evidence/');
  }
  await page.goto('/evidence/');
  await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Evidence map' })).toHaveAttribute('aria-current', 'page');
});

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

test('in forced colours every strength badge keeps a visible border and its word @desktop', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/evidence/');
  for (const level of ['strong', 'moderate', 'weak', 'none']) {
    const badge = page.locator(`.evidence-map .strength-${level}`).first();
    if ((await badge.count()) === 0) continue;
    const style = await badge.evaluate((el) => ({ width: getComputedStyle(el).borderTopWidth, line: getComputedStyle(el).borderTopStyle }));
    expect(parseFloat(style.width)).toBeGreaterThan(0);
    expect(style.line).not.toBe('none');
    await expect(badge).toContainText(level === 'none' ? 'None' : level[0].toUpperCase() + level.slice(1));
  }
});

test('on paper the table prints whole, without the site menu, within the page width @desktop', async ({ page }) => {
  await page.goto('/evidence/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.evidence-map')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
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

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the whole map reads and links without JavaScript', async ({ page }) => {
    await page.goto('/evidence/');
    await expect(page.getByRole('table')).toBeVisible();
    expect(await page.locator('.evidence-works a').count()).toBeGreaterThan(0);
    await expect(page.getByText('No human studies found').first()).toBeVisible();
  });
});

test('on paper the strong badge keeps its fill, so its white word stays readable @desktop', async ({ page }) => {
  await page.goto('/evidence/');
  await page.emulateMedia({ media: 'print' });
  const badge = page.locator('.strength-strong').first();
  const style = await badge.evaluate((el) => ({
    adjust: getComputedStyle(el).printColorAdjust,
    fill: getComputedStyle(el).backgroundColor,
    ink: getComputedStyle(el).color,
  }));
  expect(style).toEqual({ adjust: 'exact', fill: 'rgb(0, 0, 0)', ink: 'rgb(255, 255, 255)' });
});
