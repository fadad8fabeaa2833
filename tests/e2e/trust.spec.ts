// "How we work": what a reader finds at the foot of every page and in an article's review box.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { site } from '../../src/config.ts';
import { expect, test } from './fixtures.ts';

const origin = new URL(site.url).origin;

// Every page's footer links, an article's licence and the version its report names, and the methods page's evidence
// scale are facts of dist/, checked without a browser (tests/built-site/footer.test.ts, trust.test.ts); here, that a
// reader sees them and where the links lead.
test('the footer shows the report-a-problem link and every "How we work" page; the corrections log leads to the change-log entry of the day on the article @desktop', async ({
  page,
}) => {
  await page.goto('/how-we-work/corrections/');
  // The footer shows the report-a-problem link and every "How we work" page.
  const footer = page.locator('body > footer');
  await expect(footer.getByRole('link', { name: 'Report a problem with this page' })).toBeVisible();
  const about = footer.getByRole('navigation', { name: 'About this site' });
  for (const name of ['How we work', 'Methods', 'Independence', 'Corrections', 'Accessibility', 'Licence']) {
    await expect(about.getByRole('link', { name, exact: true })).toBeVisible();
  }

  const first = page.locator('.corrections-log li').first();
  await expect(first.getByText('What was wrong:')).toBeVisible();
  await first.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/articles\/[a-z-]+\/#changes-\d{4}-\d{2}-\d{2}$/);
  const entry = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText('Conclusions changed:');
});

test('/changes.xml is a well-formed Atom feed whose entries lead to change-log entries on the articles @desktop', async ({ page, request }) => {
  const response = await request.get('/changes.xml');
  expect(response.headers()['content-type']).toContain('xml');
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'entry' }).parse(xml).feed;
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  const ids: string[] = feed.entry.map((entry: { id: string }) => entry.id);
  expect(new Set(ids).size).toBe(ids.length);
  const newest = new URL(ids[0]);
  expect(newest.origin).toBe(origin);
  await page.goto(`${newest.pathname}${newest.hash}`);
  await expect(page.locator(`[id="${newest.hash.slice(1)}"]`)).toBeInViewport();
  // Every page names the feed for feed readers.
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/changes.xml');
});

test('a red-flag card has its own section tools: a link to itself and a copy-link button @desktop', async ({ page }) => {
  await page.goto('/articles/symptoms/');
  const card = page.locator('section.red-flags').first();
  const id = await card.locator('h3').getAttribute('id');
  expect(id).toMatch(/^red-flags-(urgent|emergency)-/);
  await expect(card.locator('a.section-link')).toHaveAttribute('href', `#${id}`);
  await expect(card.getByRole('button', { name: /^Copy link to section “(Urgent advice|Immediate action required):/ })).toBeVisible();
  await card.locator('a.section-link').click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(card.locator('h3')).toBeInViewport();
});

test('a frozen version shows its banner, stays out of search engines, points to the current page and cites itself @desktop', async ({ page }) => {
  await page.goto('/articles/causes/');
  // The current article's change log links each day that has a frozen text to it.
  const versionLink = page.getByRole('link', { name: 'Read the text of this version' }).first();
  const href = (await versionLink.getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/articles\/causes\/v\/\d{4}-\d{2}-\d{2}\/$/);
  const date = href.split('/')[4];
  await versionLink.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const banner = page.getByRole('note');
  await expect(banner).toContainText('You are reading the version of');
  await expect(banner.locator('time')).toHaveAttribute('datetime', date);
  await expect(banner.getByRole('link', { name: 'Read the current version' })).toHaveAttribute('href', '/articles/causes/');
  await expect(page.locator('head meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', `${origin}/articles/causes/`);
  // "Cite this version" cites the version's own address; "cite the current page" goes to the article's cite page.
  await page.getByRole('link', { name: 'Cite this version', exact: true }).click();
  const cite = page.getByRole('region', { name: 'Cite this version' });
  await expect(cite).toBeInViewport();
  await expect(cite.locator('.cite-formats')).toContainText(`${origin}${href}`);
  await expect(page.getByRole('link', { name: 'cite the current page' })).toHaveAttribute('href', '/articles/causes/cite/');
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd['@graph'][0]).toMatchObject({ url: `${origin}${href}`, version: date });
  // The article's cite page offers this version too.
  await page.goto('/articles/causes/cite/');
  await expect(page.getByRole('link', { name: /^Cite the version of / }).first()).toHaveAttribute('href', `${href}#cite-this-version`);
});
