import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * The first citation in the overview's "What the gut barrier does" section whose work has a DOI, and that work
 * as its CSL-JSON download gives it: the tests follow the data, so rewording the article does not break them.
 */
async function citedWork(page: Page, request: APIRequestContext) {
  const links = page.locator('.section-heading:has(> h2#what-the-gut-barrier-does) ~ p .cite > a');
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
    const id = href.replace('#ref-', '');
    const [work] = (await (await request.get(`/references/${id}.json`)).json()) as { title: string; DOI?: string | null }[];
    if (work.DOI) return { link: links.and(page.locator(`[href="${href}"]`)).first(), id, title: work.title, doi: work.DOI };
  }
  throw new Error("no citation of a work with a DOI in the overview's first section");
}

test.describe('citation preview', () => {
  // Hover is a pointer gesture and the tap test builds its own 360 px phone: each runs in one project (playwright.config.ts).
  test('hovering a citation shows the reference, its evidence label and DOI link without leaving the sentence @pointer', async ({
    page,
    request,
  }) => {
    // The page's clock, so the test can move past the preview's hide delay without waiting for it.
    await page.clock.install();
    await page.goto('/articles/overview/');
    const work = await citedWork(page, request);
    await work.link.hover();
    const tip = page.getByRole('tooltip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(work.title);
    // The same study-design label as the work's entry in the reference list.
    await expect(tip.locator('.evidence-label')).toHaveText((await page.locator(`#ref-${work.id} .evidence-label`).textContent())!);
    await expect(tip.getByRole('link', { name: `DOI ${work.doi}` })).toHaveAttribute('href', `https://doi.org/${work.doi}`);
    await expect(page).toHaveURL(/\/articles\/overview\/$/);
    // The pointer can move onto the preview without it vanishing (WCAG 1.4.13).
    await tip.hover();
    // Past the 300 ms the preview waits before hiding once the pointer leaves the marker (citations.ts).
    await page.clock.runFor(1000);
    await expect(tip).toBeVisible();
    await page.mouse.move(5, 5);
    await expect(tip).toBeHidden();
  });

  test('focusing a citation with the keyboard shows the preview, Escape closes it, Enter follows it; the reader switches between numbers and author-year, and the choice is remembered @desktop', async ({
    page,
    request,
  }) => {
    await page.goto('/articles/overview/');
    const { link, id, title } = await citedWork(page, request);
    await link.focus();
    const tip = page.getByRole('tooltip');
    await expect(tip).toBeVisible();
    await expect(link).toHaveAttribute('aria-describedby', 'cite-preview');
    await expect(link).toHaveAccessibleDescription(new RegExp(title.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#ref-${id}$`));

    // The reader switches between numbers and author-year; the choice is remembered.
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
    // The list is re-sorted, not renumbered: the same works, now in author order.
    const numbered = await page.locator('.reference-list > li').evaluateAll((items) => items.map((li) => Number(li.getAttribute('data-n'))));
    expect(numbered).not.toEqual([...numbered].sort((a, b) => a - b));
    expect([...numbered].sort((a, b) => a - b)).toEqual(numbered.map((_, i) => i + 1));
    await expect(page.locator('#ref-lacy2024 .ref-ad')).toBeVisible();
    await expect(page.locator('#ref-lacy2024 .ref-n')).toBeHidden();
    await page.reload();
    await expect(marker).toHaveText('(Lacy et al., 2024)', { useInnerText: true });
    await group.getByRole('button', { name: 'Numbers' }).click();
    await expect(marker).toHaveText('[1]', { useInnerText: true });
    expect(await page.locator('.reference-list > li').first().getAttribute('id')).toBe('ref-lacy2024');
  });

  test('tapping a citation on a phone opens the preview on screen; tapping elsewhere closes it @touch', async ({ browser, request }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto('/articles/overview/');
    const { link, id } = await citedWork(page, request);
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
    await expect(page).toHaveURL(new RegExp(`#ref-${id}$`));
    await context.close();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a citation is a plain link to its entry, in the default style, with no dead controls @desktop', async ({ page, request }) => {
    await page.goto('/articles/overview/');
    await expect(page.locator('#cite-1')).toHaveText('[1]', { useInnerText: true });
    await expect(page.getByRole('group', { name: 'Citation style' })).toBeHidden();
    const { link, id } = await citedWork(page, request);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`#ref-${id}$`));
    await expect(page.getByRole('tooltip')).toHaveCount(0);
  });
});

// What a preview says does not depend on the screen: these run on the desktop (the phone's tap is tested above).
test.describe('pinpoints and receipts in the preview', () => {
  test("a citation without a pinpoint shows none, every preview carries its entry's receipt when it has one, and a citation of a page shows that page in its preview, in the entry and on the work's own page @desktop", async ({
    page,
  }) => {
    await page.goto('/articles/treatment/');
    const tip = page.getByRole('tooltip');
    const markers = page.locator('.cite:not([data-locator]) > a');
    for (const i of [0, 5, 10]) {
      const link = markers.nth(i);
      await link.focus();
      await expect(tip).toBeVisible();
      await expect(tip.locator('.preview-pinpoint')).toHaveCount(0);
      const entry = page.locator((await link.getAttribute('href'))!);
      const receipt = entry.locator('.receipt');
      await expect(tip.locator('.receipt')).toHaveCount(await receipt.count());
      if ((await receipt.count()) > 0) await expect(tip.locator('.receipt')).toHaveText((await receipt.textContent())!);
    }

    // A citation of a page.
    const marker = page.locator('.cite[data-locator]').first();
    const locator = (await marker.getAttribute('data-locator'))!;
    expect(locator).toMatch(/^(p|pp|table|fig|chap|sec)\.? /);
    const link = marker.locator(':scope > a').first();
    const id = (await link.getAttribute('href'))!.replace('#ref-', '');
    await link.focus();
    await expect(tip.locator('.preview-pinpoint')).toHaveText(`Cited here at ${locator}`);
    // The entry says it too, without JavaScript and on paper; so does the work's page, linking to the place.
    await expect(page.locator(`#ref-${id} .pinpoints`)).toContainText(locator);
    await page.goto(`/references/${id}/`);
    await expect(page.locator('main a.pinpoint', { hasText: locator }).first()).toHaveAttribute('href', /^\/articles\/[a-z-]+\/#cite-\d+$/);
  });
});
