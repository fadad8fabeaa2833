import fs from 'node:fs';
import { expect, test } from './fixtures.ts';

const references = JSON.parse(fs.readFileSync('content/references/seed.json', 'utf8')) as Array<{ id: string; DOI: string | null }>;
const doiOf = (id: string) => references.find((r) => r.id === id)?.DOI;

test('the home page leads to the overview article', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leaky gut: what the evidence says');
  await page.getByRole('main').getByRole('link', { name: 'What is leaky gut?' }).click();
  await expect(page).toHaveURL(/\/articles\/overview\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is leaky gut?');
});

test('a reader follows an in-text citation to its entry, whose DOI link is right', async ({ page }) => {
  await page.goto('/articles/overview/');
  const section = page.locator('.section-heading:has(> h2#what-the-gut-barrier-does) + p');
  await section.getByRole('link', { name: /Compare et al\., 2024/ }).first().click();
  await expect(page).toHaveURL(/#ref-compare2024$/);
  const entry = page.locator('#ref-compare2024');
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText('The Leaky Gut and Human Diseases');
  await expect(entry.locator('.evidence-label')).toHaveText('Narrative review');
  const doi = doiOf('compare2024');
  expect(doi).toBeTruthy();
  await expect(entry.getByRole('link', { name: `DOI ${doi}` })).toHaveAttribute('href', `https://doi.org/${doi}`);
  // The backlink returns to the place in the text it was cited; several are folded under "Cited n times".
  const backlinks = await entry.locator('.backlink').count();
  expect(backlinks).toBeGreaterThan(1);
  await entry.getByText(`Cited ${backlinks} times`).click();
  await entry.getByRole('link', { name: `b: back to citation 2 of ${backlinks}` }).click();
  await expect(page).toHaveURL(/#cite-\d+$/);
});

test('numbers in the text match the reference list order', async ({ page }) => {
  await page.goto('/articles/overview/');
  const listed = await page.locator('.reference-list > li').evaluateAll((items) => items.map((li) => li.id.replace('ref-', '')));
  const firstCited: string[] = [];
  for (const href of await page.locator('.cite-n a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
    const id = href.replace('#ref-', '');
    if (!firstCited.includes(id)) firstCited.push(id);
  }
  expect(listed).toEqual(firstCited);
  const numbers = await page.locator('.cite-n a').evaluateAll((links) =>
    links.map((a) => [a.textContent, a.getAttribute('href')]),
  );
  for (const [number, href] of numbers) expect(listed[Number(number) - 1]).toBe(href?.replace('#ref-', ''));
});

test('every page shows the medical disclaimer', async ({ page }) => {
  for (const path of ['/', '/articles/overview/', '/no-such-page/']) {
    await page.goto(path);
    await expect(page.getByRole('complementary', { name: 'Medical disclaimer' })).toBeVisible();
  }
});

test('the article shows its review dates', async ({ page }) => {
  await page.goto('/articles/overview/');
  await expect(page.locator('.review-info')).toContainText('Last reviewed');
  await expect(page.locator('.review-info')).toContainText('Next review due');
});
