import { expect, test } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

// Every article on a 360 px phone, JavaScript off: the text is all there and fits the screen, the first key point is on
// the first screen, and a citation, a section's own link, the table of contents and the menu each take the reader
// where they say. Without JavaScript the desktop takes the same paths (sections.spec.ts checks its contents).
// Which scripts a page carries is a fact of dist/, checked without a browser (tests/built-site/page-weight.test.ts).
for (const slug of ['overview', 'causes', 'symptoms', 'diagnosis', 'treatment', 'prevention']) {
  test(`${slug}: reads, and its citations, section links and contents work without JavaScript @phone`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`/articles/${slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth }))).toEqual({
      scrollWidth: 360,
      innerWidth: 360,
    });
    const keyPoint = (await page.locator('.section-heading:has(#key-points) ~ ul > li').first().boundingBox())!;
    expect(keyPoint.y + keyPoint.height, 'the first key point ends on the first screen').toBeLessThanOrEqual(780);
    const sections = page.locator('.prose .section-heading > h2');
    expect(await sections.count()).toBeGreaterThanOrEqual(5);
    for (const heading of await sections.all()) await expect(heading).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'References' })).toBeVisible();
    await expect(page.locator('.disclaimer')).toBeVisible();

    // A citation: a plain link to its entry in the reference list.
    const marker = page.locator('.cite > a').nth(2);
    const entry = (await marker.getAttribute('href'))!;
    await marker.click();
    await expect(page).toHaveURL(new RegExp(`${entry}$`));
    await expect(page.locator(entry)).toBeInViewport();

    // A section's own link, and the entry for a later section in the table of contents.
    const ids = await sections.evaluateAll((hs) => hs.map((h) => h.id));
    await page
      .getByRole('link', { name: /^Section titled / })
      .nth(1)
      .click();
    await expect(page).toHaveURL(new RegExp(`#${ids[1]}$`));
    await expect(page.locator(`#${ids[1]}`)).toBeInViewport();
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toHaveCount(1);
    const summary = toc.locator('summary');
    // Phones: the contents are folded in a <details>, which opens without JavaScript.
    if (await summary.isVisible()) await summary.click();
    const last = ids.at(-1)!;
    await toc.locator(`a[href="#${last}"]`).click();
    await expect(page).toHaveURL(new RegExp(`#${last}$`));
    await expect(page.locator(`#${last}`)).toBeInViewport();

    // The site menu is a <details> too.
    await page.locator('.site-menu > summary').click();
    await expect(page.getByRole('navigation', { name: 'Site', exact: true }).getByRole('link', { name: 'Glossary' })).toBeVisible();
  });
}
