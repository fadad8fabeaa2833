import { expect, test } from './fixtures.ts';

test('an article loads no search code; the header search finds "zonulin" and its links land on the matching section @desktop', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  // goto waits for the load event, by which the page's module scripts have run: a search script loaded eagerly would show.
  await page.goto('/articles/overview/');
  expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);

  const box = page.getByRole('searchbox', { name: 'Search this site' });
  await box.fill('zonulin');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=zonulin$/);
  // The first search loads Pagefind and its index: allow for a slow, busy machine.
  await expect(page.getByRole('status')).toHaveText(/^\d+ results for “zonulin”\.$/, { timeout: 15_000 });
  expect(requested.some((path) => path === '/pagefind/pagefind.js')).toBe(true);

  const results = page.locator('#search-results > li');
  const pages = await results.locator('h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(pages.length).toBeGreaterThanOrEqual(3);
  // Only the indexed content: articles, the glossary and the sources page.
  for (const href of pages) expect(href).toMatch(/^\/(articles\/[a-z-]+|glossary|sources)\/$/);
  expect(pages).toContain('/glossary/');

  const sections = await results.locator('.search-sections a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(sections).toContain('/glossary/#zonulin');
  expect(sections.some((href) => href.startsWith('/articles/'))).toBe(true);
  for (const href of sections) {
    const [path, id] = href.split('#');
    expect(id, href).toBeTruthy();
    const html = await (await page.request.get(path)).text();
    expect(html, href).toContain(` id="${id}"`);
  }

  // A section link takes the reader to the section itself.
  await results.locator('.search-sections a[href="/glossary/#zonulin"]').click();
  await expect(page).toHaveURL(/\/glossary\/#zonulin$/);
  await expect(page.locator('#zonulin')).toBeInViewport();
});

test('the search page searches again in place and says when nothing matches @desktop', async ({ page }) => {
  await page.goto('/search/?q=tight%20junctions');
  const status = page.getByRole('status');
  await expect(status).toHaveText(/^\d+ results? for “tight junctions”\.$/, { timeout: 15_000 });
  await expect(page.locator('#search-results > li').first()).toBeVisible();

  const box = page.getByRole('searchbox', { name: 'Search the articles, glossary and sources' });
  await expect(box).toHaveValue('tight junctions');
  // A word in a script the site never uses: Pagefind also matches a query that merely starts with an indexed
  // word, and the sources page now lists an author initial for every Latin letter ("X." matched "xylophone").
  const nonsense = 'ксилофон';
  await box.fill(nonsense);
  await box.press('Enter');
  await expect(status).toHaveText(`No results for “${nonsense}”.`);
  await expect(page.locator('#search-results > li')).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/search/\\?q=${encodeURIComponent(nonsense)}$`));
});

test('the search page never moves what the reader sees, and lists every section again when search cannot run @phone', async ({ page }) => {
  // Every layout shift not caused by the reader's own input, as Lighthouse and Core Web Vitals count them.
  await page.addInitScript(() => {
    const w = window as unknown as { shifted: number };
    w.shifted = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>)
        if (!entry.hadRecentInput) w.shifted += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const settled = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const shifted = () => page.evaluate(() => (window as unknown as { shifted: number }).shifted);
  const list = page.locator('#search-needs-js');

  await page.goto('/search/');
  await settled();
  await expect(list).toBeHidden();
  expect(await shifted()).toBe(0);

  await page.goto('/search/?q=zonulin');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results for “zonulin”\.$/, { timeout: 15_000 });
  await settled();
  await expect(list).toBeHidden();
  expect(await shifted()).toBe(0);

  // The search script fails to load: the list for finding in page is shown, not a dead form.
  await page.route(/\/_astro\/SiteSearch[^/]*\.js$/, (route) => route.abort());
  await page.goto('/search/?q=zonulin');
  await expect(list.getByRole('link', { name: 'Zonulin', exact: true })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header search reaches a page that says what it needs and lists every section and term to find in page @desktop', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search this site' }).fill('zonulin');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/search\/\?q=zonulin$/);
    await expect(page.getByText(/Search runs in your browser and needs JavaScript/)).toBeVisible();
    // Not a dead end: the sections of every article and every glossary term, as links.
    await expect(page.locator('#search-needs-js a[href="/articles/diagnosis/#the-problem-with-zonulin-tests"]')).toBeVisible();
    await expect(page.locator('#search-needs-js').getByRole('link', { name: 'Zonulin', exact: true })).toHaveAttribute('href', '/glossary/#zonulin');
    await page.locator('#search-needs-js').getByRole('link', { name: 'Zonulin', exact: true }).click();
    await expect(page.locator('#zonulin')).toBeInViewport();
  });
});
