import { expect, test } from './fixtures.ts';

const firstCompare = (page: import('@playwright/test').Page) =>
  page.locator('.section-heading:has(> h2#what-the-gut-barrier-does) + p .cite-n a[href="#ref-compare2024"]').first();

test.describe('citation preview', () => {
  // Hover is a pointer gesture and the tap test builds its own 360 px phone: each runs in one project (playwright.config.ts).
  test('hovering a citation shows the reference, its evidence label and DOI link without leaving the sentence @pointer', async ({ page }) => {
    await page.goto('/articles/overview/');
    await firstCompare(page).hover();
    const tip = page.getByRole('tooltip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('The Leaky Gut and Human Diseases');
    await expect(tip.locator('.evidence-label')).toHaveText('Narrative review');
    await expect(tip.getByRole('link', { name: 'DOI 10.1159/000540379' })).toHaveAttribute('href', 'https://doi.org/10.1159/000540379');
    await expect(page).toHaveURL(/\/articles\/overview\/$/);
    // The pointer can move onto the preview without it vanishing (WCAG 1.4.13).
    await tip.hover();
    await page.waitForTimeout(400);
    await expect(tip).toBeVisible();
    await page.mouse.move(5, 5);
    await expect(tip).toBeHidden();
  });

  test('focusing a citation with the keyboard shows the preview, Escape closes it, Enter follows it', async ({ page }) => {
    await page.goto('/articles/overview/');
    const link = firstCompare(page);
    await link.focus();
    const tip = page.getByRole('tooltip');
    await expect(tip).toBeVisible();
    await expect(link).toHaveAttribute('aria-describedby', 'cite-preview');
    await expect(link).toHaveAccessibleDescription(/The Leaky Gut and Human Diseases/);
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#ref-compare2024$/);
  });

  test('tapping a citation on a phone opens the preview on screen; tapping elsewhere closes it @touch', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto('/articles/overview/');
    const link = firstCompare(page);
    await link.tap();
    const tip = page.getByRole('tooltip');
    await expect(tip).toBeVisible();
    await expect(page).toHaveURL(/\/articles\/overview\/$/);
    const box = await tip.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
    await page.locator('h1').tap();
    await expect(tip).toBeHidden();
    await link.tap();
    await tip.getByRole('link', { name: 'Go to the reference list' }).tap();
    await expect(page).toHaveURL(/#ref-compare2024$/);
    await context.close();
  });
});

test('the reader switches between numbers and author-year; the choice is remembered', async ({ page }) => {
  await page.goto('/articles/overview/');
  const marker = page.locator('#cite-1');
  await expect(marker).toHaveText('[1]', { useInnerText: true });
  const group = page.getByRole('group', { name: 'Citation style' });
  await group.getByRole('button', { name: 'Author and year' }).click();
  await expect(marker).toHaveText('(Lacy et al., 2024)', { useInnerText: true });
  // The page carries the numbered markers only; every author-date one arrives from author-date.json.
  const markers = await page.locator('.cite').count();
  expect(markers).toBeGreaterThan(50);
  await expect(page.locator('.cite > .cite-ad')).toHaveCount(markers);
  await expect(page.locator('article .cite-n:visible')).toHaveCount(0);
  await expect(group.getByRole('button', { name: 'Author and year' })).toHaveAttribute('aria-pressed', 'true');
  const firstEntries = await page.locator('.reference-list > li').evaluateAll((items) => items.slice(0, 3).map((li) => li.id));
  expect(firstEntries).toEqual(['ref-abbasi2024', 'ref-aguanno2021', 'ref-ajamian2019']);
  await expect(page.locator('#ref-lacy2024 .ref-ad')).toBeVisible();
  await expect(page.locator('#ref-lacy2024 .ref-n')).toBeHidden();
  await page.reload();
  await expect(marker).toHaveText('(Lacy et al., 2024)', { useInnerText: true });
  await group.getByRole('button', { name: 'Numbers' }).click();
  await expect(marker).toHaveText('[1]', { useInnerText: true });
  expect(await page.locator('.reference-list > li').first().getAttribute('id')).toBe('ref-lacy2024');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a citation is a plain link to its entry, in the default style, with no dead controls', async ({ page }) => {
    await page.goto('/articles/overview/');
    await expect(page.locator('#cite-1')).toHaveText('[1]', { useInnerText: true });
    await expect(page.getByRole('group', { name: 'Citation style' })).toBeHidden();
    await firstCompare(page).click();
    await expect(page).toHaveURL(/#ref-compare2024$/);
    await expect(page.getByRole('tooltip')).toHaveCount(0);
  });
});
