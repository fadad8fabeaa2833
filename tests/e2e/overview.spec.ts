import fs from 'node:fs';
import { expect, test } from './fixtures.ts';

const references = fs
  .readdirSync('content/references')
  .flatMap((file) => JSON.parse(fs.readFileSync(`content/references/${file}`, 'utf8')) as Array<{ id: string; title: string; DOI: string | null }>);
const doiOf = (id: string) => references.find((r) => r.id === id)?.DOI;
const titleOf = (id: string) => references.find((r) => r.id === id)?.title;

test('the home page leads to the overview article; every page shows the medical disclaimer @desktop', async ({ page }) => {
  const disclaimer = page.getByRole('complementary', { name: 'Medical disclaimer' });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leaky gut: what the evidence says');
  await expect(disclaimer, 'the home page').toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'What is leaky gut?' }).click();
  await expect(page).toHaveURL(/\/articles\/overview\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is leaky gut?');
  await expect(disclaimer, 'an article').toBeVisible();
  await page.goto('/no-such-page/');
  await expect(disclaimer, 'the 404 page').toBeVisible();
});

test('a reader follows an in-text citation to its entry, whose DOI link is right @desktop', async ({ page }) => {
  await page.goto('/articles/overview/');
  // The first citation in the section of a work with a DOI that the page cites more than once (the data decides which).
  const links = page.locator('.section-heading:has(> h2#what-the-gut-barrier-does) ~ p .cite > a');
  const everyCitation = await page.locator('.cite > a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const id = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))
    .map((href) => href.replace('#ref-', ''))
    .find((ref) => doiOf(ref) && everyCitation.filter((href) => href === `#ref-${ref}`).length > 1);
  expect(id, 'a work with a DOI, cited in the first section and again later').toBeTruthy();
  if (!id) return;
  await links
    .and(page.locator(`[href="#ref-${id}"]`))
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`#ref-${id}$`));
  const entry = page.locator(`#ref-${id}`);
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText(titleOf(id)!);
  await expect(entry.locator('.evidence-label')).not.toBeEmpty();
  const doi = doiOf(id);
  await expect(entry.getByRole('link', { name: `DOI ${doi}` })).toHaveAttribute('href', `https://doi.org/${doi}`);
  // The backlink returns to the place in the text it was cited; several are folded under "Cited n times".
  const backlinks = await entry.locator('.backlink').count();
  expect(backlinks).toBeGreaterThan(1);
  await entry.getByText(`Cited ${backlinks} times`).click();
  await entry.getByRole('link', { name: `b: back to citation 2 of ${backlinks}` }).click();
  await expect(page).toHaveURL(/#cite-\d+$/);
});
