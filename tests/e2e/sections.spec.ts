import { site } from '../../src/config.ts';
import { expect, test } from './fixtures.ts';

const overview = '/articles/overview/';
// The ids are part of the site's public addresses: a change here breaks readers' saved links.
const overviewSections = [
  'key-points',
  'what-the-gut-barrier-does',
  'what-increased-intestinal-permeability-means',
  'how-it-is-measured',
  'why-leaky-gut-syndrome-is-not-a-diagnosis',
  'what-is-known-and-what-is-not',
  'myths-and-evidence',
  'when-to-see-a-doctor',
  'where-marketing-outruns-the-evidence',
  'not-to-be-confused-with',
];
const sectionUrl = (id: string) => `${new URL(overview, site.url).href}#${id}`;

// Every article's ids, section headings and their links to themselves and to the cite page are facts of dist/, checked
// without a browser (tests/built-site/sections.test.ts); here, what a reader sees and where the links land.
test('a section’s copy button puts its absolute address on the clipboard and says so; every section heading keeps its readable id and has a link to itself named after it, and a citation link to its block of the cite page @pointer', async ({
  context,
  page,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // A desktop browser with a share sheet would use it; the copy button is about the clipboard here.
  await page.addInitScript(() => delete (Navigator.prototype as Partial<Navigator>).share);
  await page.goto(overview);
  // The copy button puts the section’s absolute address on the clipboard and says so.
  const button = page.getByRole('button', { name: 'Copy link to section “How it is measured”' });
  await expect(button).toBeVisible();
  expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(24);
  await button.click();
  const status = page.locator('#link-status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toHaveText('Link copied');
  await expect(status).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sectionUrl('how-it-is-measured'));
  // One shared live region for every button on the page.
  await expect(page.locator('[aria-live]')).toHaveCount(1);

  const ids = await page.locator('.prose .section-heading > h2').evaluateAll((hs) => hs.map((h) => h.id));
  expect(ids).toEqual(overviewSections);
  const link = page.getByRole('link', { name: 'Section titled “What “increased intestinal permeability” means”' });
  await expect(link).toHaveAttribute('href', '#what-increased-intestinal-permeability-means');
  const box = await link.boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(24);
  expect(box!.height).toBeGreaterThanOrEqual(24);
  // The reference list's heading keeps its id, its landmark name and gets a link too.
  await expect(page.getByRole('region', { name: 'References' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Section titled “References”' })).toHaveAttribute('href', '#references-heading');
  await link.click();
  await expect(page).toHaveURL(/#what-increased-intestinal-permeability-means$/);

  // A section's citation link is a 24 px target and lands on that section of the cite page.
  const cite = page.getByRole('link', { name: 'Cite section “How it is measured”' });
  const citeBox = (await cite.boundingBox())!;
  expect(citeBox.width).toBeGreaterThanOrEqual(24);
  expect(citeBox.height).toBeGreaterThanOrEqual(24);
  await cite.click();
  await expect(page).toHaveURL(/\/articles\/overview\/cite\/#how-it-is-measured$/);
  await expect(page.locator('section#how-it-is-measured')).toBeInViewport();
  await expect(page.locator('section#how-it-is-measured')).toContainText(`${site.url}/articles/overview/#how-it-is-measured`);
});

test('on a phone the button hands the section’s absolute address to the share sheet @touch', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      value: async (data: ShareData) => {
        (window as unknown as { shared: string[] }).shared.push(data.url ?? '');
      },
    });
    (window as unknown as { shared: string[] }).shared = [];
  });
  await page.goto(overview);
  // The button names what it does here: it shares.
  await expect(page.getByRole('button', { name: /^Copy link/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Share link to section “Key points”' }).tap();
  await expect.poll(() => page.evaluate(() => (window as unknown as { shared: string[] }).shared)).toEqual([sectionUrl('key-points')]);
  // The share sheet is its own confirmation; the live region stays quiet.
  await expect(page.locator('#link-status')).toHaveText('');
});

test('a section link lands the heading below the top, marked, and the contents follow the reader', async ({ page }) => {
  await page.goto(`${overview}#how-it-is-measured`);
  const heading = page.locator('#how-it-is-measured');
  await expect(heading).toBeInViewport();
  const top = (await heading.boundingBox())!.y;
  expect(top).toBeGreaterThanOrEqual(16);
  expect(top).toBeLessThan(64);
  const wrapper = page.locator('.section-heading').filter({ has: heading });
  expect(await wrapper.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).outlineStyle])).toEqual([
    'rgb(255, 243, 176)',
    'solid',
  ]);

  const current = page.locator('.toc a[aria-current="true"]');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const wide = page.viewportSize()!.width >= 1024;
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAttribute('href', '#how-it-is-measured');
  if (wide) {
    // Wide screens: the contents are open, in a column beside the text.
    await expect(toc.locator('details')).toHaveAttribute('open');
    expect((await toc.boundingBox())!.x, 'contents beside the text').toBeGreaterThan((await heading.boundingBox())!.x + 400);
  } else {
    // Phones: the contents are folded away at the top of the article.
    await expect(toc.locator('details')).not.toHaveAttribute('open');
    expect((await toc.boundingBox())!.y).toBeLessThan((await page.locator('.prose').boundingBox())!.y);
  }

  await page.locator('#not-to-be-confused-with').evaluate((el) => el.scrollIntoView());
  await expect(current).toHaveAttribute('href', '#not-to-be-confused-with');
  await expect(page.locator('.toc a[href="#how-it-is-measured"]').first()).toHaveAttribute('aria-current', 'false');
  // Wide screens: the contents stay in view deep into the article.
  if (wide) await expect(toc.getByRole('link', { name: 'Not to be confused with' })).toBeInViewport();
  // Scrolling back up into the middle of an earlier section marks that section.
  await page
    .locator('.section-heading:has(> #what-the-gut-barrier-does) ~ p')
    .nth(1)
    .evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(current).toHaveAttribute('href', '#what-the-gut-barrier-does');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the contents are a plain list of links and no copy button shows @desktop', async ({ page }) => {
    await page.goto(overview);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toHaveCount(1);
    // On a phone the list is folded in a <details>, which opens without JavaScript.
    const summary = toc.locator('summary');
    if (await summary.isVisible()) await summary.click();
    const links = toc.getByRole('link');
    await expect(links).toHaveText([...(await page.locator('.prose .section-heading > h2').allTextContents()), 'References']);
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      [...overviewSections, 'references-heading'].map((id) => `#${id}`),
    );
    await expect(page.locator('.toc a[aria-current]')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Copy link/ })).toHaveCount(0);
    await expect(page.locator('.section-copy').first()).toBeHidden();
    await expect(page.getByRole('link', { name: 'Section titled “Key points”' })).toBeVisible();
    await toc.getByRole('link', { name: 'How it is measured' }).click();
    await expect(page).toHaveURL(/#how-it-is-measured$/);
    await expect(page.locator('#how-it-is-measured')).toBeInViewport();
  });
});
