import { inlineScripts } from '../../src/lib/security/inline-scripts.ts';
import { expect, test } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

test('the overview reads completely without JavaScript', async ({ page }) => {
  await page.goto('/articles/overview/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is leaky gut?');
  for (const heading of ['Key points', 'What the gut barrier does', 'How it is measured', 'Not to be confused with', 'References']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  const entries = page.locator('.reference-list > li');
  expect(await entries.count()).toBeGreaterThanOrEqual(5);
  // A citation is a plain link to its entry.
  await page.locator('.cite a').first().click();
  await expect(page).toHaveURL(/#ref-lacy2024$/);
  await expect(page.locator('#ref-lacy2024')).toBeInViewport();
});

// Every article, JavaScript off: the text is all there, and a citation, a section's own link and the table
// of contents each take the reader where they say. On a phone (@phone): without JavaScript the desktop takes
// the same path (the contents stay folded until their summary is clicked), checked by sections.spec.ts.
for (const slug of ['overview', 'causes', 'symptoms', 'diagnosis', 'treatment', 'prevention']) {
  test(`${slug}: reads, and its citations, section links and contents work without JavaScript @phone`, async ({ page }) => {
    await page.goto(`/articles/${slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const sections = page.locator('.prose .section-heading > h2');
    expect(await sections.count()).toBeGreaterThanOrEqual(5);
    for (const heading of await sections.all()) await expect(heading).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'References' })).toBeVisible();
    await expect(page.locator('.disclaimer')).toBeVisible();

    // A citation: a plain link to its entry in the reference list.
    const marker = page.locator('.cite-n a').nth(2);
    const entry = (await marker.getAttribute('href'))!;
    await marker.click();
    await expect(page).toHaveURL(new RegExp(`${entry}$`));
    await expect(page.locator(entry)).toBeInViewport();

    // A section's own link, and the entry for a later section in the table of contents.
    const ids = await sections.evaluateAll((hs) => hs.map((h) => h.id));
    await page.getByRole('link', { name: /^Section titled / }).nth(1).click();
    await expect(page).toHaveURL(new RegExp(`#${ids[1]}$`));
    await expect(page.locator(`#${ids[1]}`)).toBeInViewport();
    await page.goto(`/articles/${slug}/`);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toHaveCount(1);
    const summary = toc.locator('summary');
    // Phones: the contents are folded in a <details>, which opens without JavaScript.
    if (await summary.isVisible()) await summary.click();
    const last = ids.at(-1)!;
    await toc.locator(`a[href="#${last}"]`).click();
    await expect(page).toHaveURL(new RegExp(`#${last}$`));
    await expect(page.locator(`#${last}`)).toBeInViewport();
  });
}

test('the home page and glossary carry no executable script but the small theme pair (JSON-LD data blocks are not code) @desktop', async ({ page, request }) => {
  for (const path of ['/', '/glossary/']) {
    await page.goto(path);
    const scripts = await page
      .locator('script:not([type="application/ld+json"])')
      .evaluateAll((nodes) => nodes.map((node) => ({ parent: node.parentElement!.localName, type: node.getAttribute('type'), src: node.getAttribute('src'), text: node.textContent ?? '' })));
    expect(scripts, path).toHaveLength(2);
    const [init, toggle] = scripts;
    // The tiny head script that applies a stored theme before first paint, exactly as the CSP allows it.
    expect(init, path).toEqual({ parent: 'head', type: null, src: null, text: inlineScripts.theme });
    // The theme button's own small module (theme-toggle.ts), a cached file: nothing else is loaded.
    expect(toggle.type, path).toBe('module');
    expect(toggle.src, path).toMatch(/^\/_astro\/ThemeToggle\.[^/]+\.js$/);
    const code = await (await request.get(toggle.src!)).text();
    expect(code, path).toMatch(/getElementById\(.theme-toggle.\)/);
    expect(code, path).toMatch(/localStorage\.setItem\(.theme.,/);
    expect(code.length, path).toBeLessThan(600);
  }
});
