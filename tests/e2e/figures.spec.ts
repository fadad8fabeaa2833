// Figures as a reader gets them: named, numbered, linkable, described in words, and readable on a phone, in the
// dark theme and in forced colours (on paper: each article's print test, print.spec.ts).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const figures = [
  {
    article: 'overview',
    id: 'gut-barrier',
    title: 'The gut barrier, as it usually is and when more gets through',
    alt: /^Two drawings of the gut lining/,
    described: /Panel A, the usual barrier/,
  },
  {
    article: 'diagnosis',
    id: 'sugar-test',
    title: 'How a sugar permeability test works',
    alt: /^A drawing in four steps: drinking lactulose and mannitol/,
    described: /Step 2, they cross the gut lining/,
  },
];

/** WCAG contrast ratio of two computed colours "rgb(r, g, b)". */
async function contrast(page: Page, a: string, b: string): Promise<number> {
  return page.evaluate(
    ([x, y]) => {
      const luminance = (colour: string) => {
        const [r, g, bl] = (colour.match(/\d+(\.\d+)?/g) ?? [])
          .slice(0, 3)
          .map(Number)
          .map((v) => v / 255)
          .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
      };
      const [hi, lo] = [luminance(x), luminance(y)].sort((m, n) => n - m);
      return (hi + 0.05) / (lo + 0.05);
    },
    [a, b],
  );
}

/** The computed colours a reader sees in a figure: page background, text, outlines, cell fill, arrows. */
const figureColours = (page: Page, id: string) =>
  page.locator(`#figure-${id} svg.figure-svg`).evaluate((svg) => {
    const style = (selector: string) => getComputedStyle(svg.querySelector(selector) as Element);
    return {
      background: getComputedStyle(document.body).backgroundColor,
      ink: getComputedStyle(document.body).color,
      text: style('text').fill,
      outline: style('.fig-cell').stroke,
      cell: style('.fig-cell').fill,
      arrow: style('.fig-accent').stroke,
    };
  });

for (const figure of figures) {
  test(`${figure.article}: the figure stays readable in the dark theme and in forced colours, and is numbered, named, linkable, citable and described in words @desktop`, async ({
    page,
  }) => {
    // One load, three ways of showing it: the dark theme, forced colours, then the light theme for the rest.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`/articles/${figure.article}/`);
    const dark = await figureColours(page, figure.id);
    expect(dark.background).toBe('rgb(20, 23, 27)');
    expect(dark.text, "dark theme: the figure's text in the page's ink").toBe(dark.ink);
    expect(await contrast(page, dark.text, dark.background)).toBeGreaterThanOrEqual(4.5);
    // Outlines and labels stand out from the shapes they are drawn on, and the arrows from the page.
    expect(await contrast(page, dark.outline, dark.cell)).toBeGreaterThanOrEqual(3);
    expect(await contrast(page, dark.arrow, dark.background)).toBeGreaterThanOrEqual(3);

    // In forced colours (with a light system theme) the figure takes the system colours.
    await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
    const forced = await figureColours(page, figure.id);
    const system = await page.evaluate(() => {
      const probe = document.createElement('span');
      document.body.append(probe);
      const read = (value: string) => ((probe.style.color = value), getComputedStyle(probe).color);
      const result = { canvas: read('Canvas'), canvasText: read('CanvasText'), highlight: read('Highlight') };
      probe.remove();
      return result;
    });
    expect(forced, 'forced colours').toMatchObject({
      text: system.canvasText,
      outline: system.canvasText,
      cell: system.canvas,
      arrow: system.highlight,
    });
    expect(await contrast(page, forced.text, forced.cell)).toBeGreaterThanOrEqual(4.5);
    await expect(page.locator(`#figure-${figure.id} svg.figure-svg`)).toBeVisible();
    await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });

    const element = page.getByRole('figure', { name: `Figure 1. ${figure.title}` });
    await expect(element).toHaveAttribute('id', `figure-${figure.id}`);
    await expect(element.getByRole('img', { name: figure.alt })).toBeVisible();
    await expect(element.getByRole('link', { name: 'Link to Figure 1' })).toHaveAttribute('href', `#figure-${figure.id}`);

    // Figures are numbered in reading order on every page.
    const names = await page.locator('figure.site-figure .figure-name strong').allTextContents();
    expect(names).toEqual(names.map((_, i) => `Figure ${i + 1}.`));

    // Each caption marker leads to an entry of the page's reference list.
    const markers = element.locator('.figure-caption .cite a');
    expect(await markers.count()).toBeGreaterThan(0);
    for (const href of await markers.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      await expect(page.locator(`.reference-list ${href}`)).toHaveCount(1);
    }

    // The long description opens in words under the caption.
    const description = element.locator('details.figure-description');
    await expect(description.getByText(figure.described)).toBeHidden();
    await description.getByText('Describe figure 1 in words').click();
    await expect(description.getByText(figure.described)).toBeVisible();

    // Its own address scrolls to it; its cite link leads to a citation that points back to it.
    await page.goto(`/articles/${figure.article}/#figure-${figure.id}`);
    await expect(element).toBeInViewport();
    await element.getByRole('link', { name: 'Cite Figure 1' }).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${figure.article}/cite/#figure-${figure.id}$`));
    const block = page.locator(`section#figure-${figure.id}`);
    await expect(block.getByRole('link', { name: `Figure 1. ${figure.title}` })).toHaveAttribute(
      'href',
      `/articles/${figure.article}/#figure-${figure.id}`,
    );
    await expect(block).toContainText(`#figure-${figure.id}`);
  });

  test(`${figure.article}: on a 360 px phone the figure fits the screen and its text is at least 12 px @phone`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`/articles/${figure.article}/`);
    const svg = page.locator(`#figure-${figure.id} svg.figure-svg`);
    await svg.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const box = await svg.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    const smallest = await svg.evaluate((element) => {
      const scale = element.getBoundingClientRect().width / (element as SVGSVGElement).viewBox.baseVal.width;
      return Math.min(...[...element.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
    });
    expect(smallest).toBeGreaterThanOrEqual(12);
  });
}
