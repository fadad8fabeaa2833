// Paragraph links (a ¶ after each paragraph) and "Copy quote" on a selection, as a reader meets them (print leaves the
// ¶ links out: print.spec.ts).
import type { Page } from '@playwright/test';
import { site } from '../../src/config.ts';
import { expect, test } from './fixtures.ts';

const causes = '/articles/causes/';
const paragraphId = 'nsaid-painkillers--nsaids-are-a-group';
const citation = `What can make the gut more permeable? Leaky Gut, Evidence First. Version of 3 December 2026. ${new URL('/articles/causes/v/2026-12-03/', site.url).href}`;

/** Selects `phrase` inside the paragraph with id `id`, as a reader dragging over it would (a selectionchange follows). */
async function select(page: Page, id: string, phrase: string, through?: string) {
  await page.evaluate(
    ([id, phrase, through]) => {
      const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT);
      const texts: Text[] = [];
      while (walker.nextNode()) texts.push(walker.currentNode as Text);
      const start = texts.find((t) => t.data.includes(phrase))!;
      const end = through ? texts.find((t) => t.data.includes(through))! : start;
      const range = document.createRange();
      range.setStart(start, start.data.indexOf(phrase));
      range.setEnd(end, through ? end.data.indexOf(through) + through.length : start.data.indexOf(phrase) + phrase.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    [id, phrase, through ?? ''] as const,
  );
}

/** Selects `phrase` by dragging the mouse over it, which also starts the keyboard's Tab order from there. */
async function drag(page: Page, id: string, phrase: string) {
  const [from, to] = await page.evaluate(
    ([id, phrase]) => {
      const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT);
      while (walker.nextNode() && !(walker.currentNode as Text).data.includes(phrase));
      const text = walker.currentNode as Text;
      const at = text.data.indexOf(phrase);
      const edge = (offset: number) => {
        const range = document.createRange();
        range.setStart(text, offset);
        range.setEnd(text, offset + 1);
        return range.getBoundingClientRect().toJSON() as DOMRect;
      };
      const first = edge(at);
      const last = edge(at + phrase.length - 1);
      return [
        { x: first.left + 1, y: first.top + first.height / 2 },
        { x: last.right - 1, y: last.top + last.height / 2 },
      ];
    },
    [id, phrase] as const,
  );
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
}

test.describe('paragraph links', () => {
  test('each paragraph has a stable id and a ¶ link that shows on hover and on keyboard focus @pointer', async ({ page }) => {
    await page.goto(causes);
    const paragraph = page.locator(`#${paragraphId}`);
    await expect(paragraph).toHaveJSProperty('tagName', 'P');
    const link = paragraph.getByRole('link', { name: 'Link to this paragraph' });
    await expect(link).toHaveAttribute('href', `#${paragraphId}`);
    const opacity = () => link.evaluate((el) => getComputedStyle(el).opacity);
    expect(await opacity()).toBe('0');
    await paragraph.hover();
    await expect.poll(opacity).toBe('1');
    await page.mouse.move(0, 0);
    await expect.poll(opacity).toBe('0');
    // Keyboard: focus it as Tab would, and it shows.
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await expect.poll(opacity).toBe('1');
    const box = (await link.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
  });

  test('on a touch screen every ¶ is shown, quiet but a 24 px target, and a tap lands on its paragraph, marked @touch', async ({ page }) => {
    await page.goto(causes);
    const link = page.locator(`#${paragraphId} .para-link`);
    await link.scrollIntoViewIfNeeded();
    expect(await link.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    const box = (await link.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    await link.tap();
    await expect(page).toHaveURL(new RegExp(`#${paragraphId}$`));
    const paragraph = page.locator(`#${paragraphId}`);
    await expect(paragraph).toBeInViewport();
    expect(await paragraph.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  });

  test('a frozen version keeps its paragraph ids and links @desktop', async ({ page }) => {
    await page.goto('/articles/causes/v/2026-12-03/');
    await expect(page.locator(`#${paragraphId} .para-link`)).toHaveAttribute('href', `#${paragraphId}`);
  });
});

test.describe('copy quote', () => {
  test('copies the selected words in quotes, a link that opens on them and a citation of the version, markers left out; a selection outside the body offers nothing @pointer', async ({
    context,
    page,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    await page.goto(causes);
    const button = page.getByRole('button', { name: 'Copy quote' });
    await expect(button).toBeHidden();
    // Nobody has selected anything yet: the quote script is not loaded.
    expect(scripts.filter((url) => /copy-quote-/.test(url))).toEqual([]);

    // A selection outside the article body offers nothing: once the browser has told the page of it, no quote script
    // is on its way and no button shows.
    await page.evaluate(async () => {
      const told = new Promise((done) => document.addEventListener('selectionchange', done, { once: true }));
      getSelection()!.selectAllChildren(document.querySelector('.reference-list li')!);
      await told;
      await new Promise((done) => setTimeout(done, 0));
    });
    expect(await page.locator('script[src*="copy-quote-"]').count(), 'selection outside the body: quote script added').toBe(0);
    expect(
      scripts.filter((url) => /copy-quote-/.test(url)),
      'selection outside the body: quote script requested',
    ).toEqual([]);
    await expect(button).toBeHidden();

    await select(page, paragraphId, 'group of anti-inflammatory painkillers');
    await expect(button).toBeVisible();
    expect(scripts.filter((url) => /copy-quote-/.test(url))).toHaveLength(1);
    // Just below the selection.
    const words = await page.evaluate(() => getSelection()!.getRangeAt(0).getBoundingClientRect().toJSON() as DOMRect);
    const box = (await button.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(words.bottom);
    expect(box.y).toBeLessThan(words.bottom + 40);
    expect(box.height).toBeGreaterThanOrEqual(24);

    await button.click();
    await expect(page.locator('#link-status')).toHaveText('Quote copied, with a link to it and a citation');
    const link = `${new URL(causes, site.url).href}#${paragraphId}:~:text=group%20of%20anti%2Dinflammatory%20painkillers`;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`“group of anti-inflammatory painkillers”\n${link}\n${citation}`);

    // Citation markers stay out of the quote, and a long passage is found by its first and last words.
    await select(page, paragraphId, 'aspirin and ibuprofen', 'healthy volunteers took aspirin');
    // The button says "Quote copied" until it is shown for the new selection: by its name, the click waits for that.
    await button.click();
    const [quote, longLink] = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
    expect(quote).toBe('“aspirin and ibuprofen. In a 1986 study, healthy volunteers took aspirin”');
    expect(longLink).toMatch(new RegExp(`#${paragraphId}:~:text=aspirin%20and%20ibuprofen.%20In,healthy%20volunteers%20took%20aspirin$`));

    // The link opens the article on the paragraph (the text directive is for the browser, not the address).
    await page.goto(link.replace(site.url, ''));
    await expect(page.locator('p:target')).toHaveAttribute('id', paragraphId);
    await expect(page.locator(`#${paragraphId}`)).toBeInViewport();
  });

  test('is reached with the keyboard from a selection made with the mouse, and Escape puts it away @pointer', async ({ context, page }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(causes);
    await page.locator(`#${paragraphId}`).scrollIntoViewIfNeeded();
    await drag(page, paragraphId, 'group of anti-inflammatory painkillers');
    expect(await page.evaluate(() => getSelection()!.toString())).toBe('group of anti-inflammatory painkillers');
    const button = page.locator('.copy-quote');
    await expect(button).toBeVisible();
    // It stands right after the selected words: the next Tab reaches it.
    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await expect(button).toBeVisible();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^“group of anti-inflammatory painkillers”\n/);
    await page.keyboard.press('Escape');
    await expect(button).toBeHidden();
  });

  test('works on a phone: a tap on the button copies the selection @touch', async ({ context, page }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(causes);
    await select(page, paragraphId, 'group of anti-inflammatory painkillers');
    const button = page.getByRole('button', { name: 'Copy quote' });
    await expect(button).toBeVisible();
    // Inside the screen, below the words (the phone's own menu opens above them).
    const box = (await button.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    expect(box.height).toBeGreaterThanOrEqual(24);
    await button.tap();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^“group of anti-inflammatory painkillers”\n.+\n.+Version of 3 December 2026\./,
    );
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('there is no Copy quote button, and the ¶ links still work @desktop', async ({ page }) => {
    await page.goto(causes);
    await expect(page.getByRole('button', { name: 'Copy quote' })).toBeHidden();
    await expect(page.locator(`#${paragraphId} .para-link`)).toHaveAttribute('href', `#${paragraphId}`);
  });
});
