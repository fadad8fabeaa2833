// The appointment handout: one printed page on A4 and on US Letter for every article, a QR code that scans to the
// version's address in either theme, a Print button only where a script can print, and a page that fits a phone.
import fs from 'node:fs';
import jsQR from 'jsqr';
import { site } from '../../src/config.ts';
import { expect, test } from './fixtures.ts';

const slugs = fs
  .readdirSync('dist/articles', { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(`dist/articles/${d.name}/handout/index.html`))
  .map((d) => d.name);

/** The number of pages in a PDF that Chromium wrote (each page object is "/Type /Page"). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

test('every handout prints on exactly one page of A4 and of US Letter @desktop', async ({ page }) => {
  test.slow();
  expect(slugs.length).toBeGreaterThan(0);
  await page.emulateMedia({ media: 'print' });
  for (const slug of slugs) {
    await page.goto(`/articles/${slug}/handout/`);
    for (const format of ['A4', 'Letter'] as const) {
      expect(pageCount(await page.pdf({ format })), `${slug} on ${format}`).toBe(1);
    }
  }
});

test('the article links to its handout beside "Cite this page", and the handout shows its parts @desktop', async ({ page }) => {
  await page.goto('/articles/treatment/');
  await page.getByRole('link', { name: 'Take this to your appointment' }).click();
  await expect(page).toHaveURL(/\/articles\/treatment\/handout\/$/);
  for (const name of ['Key points', 'When to see a doctor', 'Questions you could ask your doctor', 'Key sources']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(page.locator('.handout-source-list > li')).toHaveCount(5);
  await expect(page.locator('.handout-address')).toHaveText(/\/articles\/treatment\/v\/\d{4}-\d{2}-\d{2}\/$/);
  // No sideways scrolling (on phones: the 320 px check of reader-state.spec.ts, whose sample holds the handouts).
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
});

test('the Print button appears with JavaScript only, and never on paper @desktop', async ({ page, browser }) => {
  await page.goto('/articles/causes/handout/');
  const button = page.getByRole('button', { name: 'Print this page' });
  await expect(button).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(button).toBeHidden();
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(page.url());
  await expect(plain.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(plain.getByRole('button', { name: 'Print this page' })).toBeHidden();
  await noScript.close();
});

test("the QR code scans to the version's address in the light and the dark theme @desktop", async ({ page }) => {
  await page.goto('/articles/diagnosis/handout/');
  const expected = await page.locator('.handout-address a').getAttribute('href');
  expect(expected).toBe(new URL(expected!, site.url).href);
  // The code as drawn on screen, at its own size, decoded to pixels by the page itself (no second page: a page in the
  // background renders its screenshots late).
  const qr = page.locator('.handout-qr svg');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const png = await qr.screenshot({ scale: 'css' });
    const pixels = await page.evaluate(async (base64) => {
      const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let binary = '';
      for (const byte of data) binary += String.fromCharCode(byte);
      return { width: bitmap.width, height: bitmap.height, data: btoa(binary) };
    }, png.toString('base64'));
    const data = new Uint8ClampedArray(Buffer.from(pixels.data, 'base64'));
    expect(jsQR(data, pixels.width, pixels.height)?.data, `${colorScheme} theme`).toBe(expected);
  }
});
