// Every article on paper, printed once: one PDF per article, and every check of the printed page on that load (what
// print hides and keeps, black on white from the dark theme, red-flag cards and figures whole, full link addresses,
// numbered references, page count and fill). Desktop only (the phone project ignores this file).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { site } from '../../src/config.ts';
import { proseText, wordCount } from '../../src/lib/articles/prose.ts';
import { expect, test } from './fixtures.ts';

const articles = fs
  .readdirSync('content/articles')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

/** The printed A4 PDF of the current page: its sheets' text and how far down each sheet its text reaches. */
async function printed(page: Page) {
  const file = path.join(os.tmpdir(), `print-${process.pid}-${Date.now()}.pdf`);
  await page.pdf({ path: file, format: 'A4' });
  // In the order it was drawn: a figure's labels stay together rather than interleaved with the text beside it.
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  // How far down each sheet its lowest line of text reaches, as a share of the sheet's height.
  const boxes = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  fs.rmSync(file);
  const filled = [...boxes.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(
    ([, height, words]) => Math.max(0, ...[...words.matchAll(/yMax="([\d.]+)"/g)].map(([, y]) => Number(y))) / Number(height),
  );
  // pdftotext ends each sheet with a form feed.
  return { sheets: text.split('\f').slice(0, filled.length), text, filled };
}

const flat = (s: string) => s.replace(/\s+/g, '');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Printed pages, in proportion to the article: at most one A4 page per 280 words of prose, plus two for the
// reference list's overflow, the review box with its change log, and the disclaimer. The handout before this style printed about 140 words a page
// (treatment: 1,552 words on 11 pages); today's articles print 230-330 (treatment: 2,088 words on 8 pages).
const words = (slug: string) => wordCount(proseText(fs.readFileSync(`content/articles/${slug}.mdx`, 'utf8')));
const printBudget = (slug: string) => Math.ceil(words(slug) / 280) + 2;

for (const slug of articles) {
  test(`/articles/${slug}/ prints on at most ${printBudget(slug)} A4 pages, black on white from the dark theme, with what paper needs and nothing else`, async ({
    page,
  }) => {
    test.slow();
    // A reader who chose the dark theme still prints black on white.
    await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
    await page.goto(`/articles/${slug}/`);
    await expect(page.locator('#theme-toggle')).toBeVisible();
    const entryStart = (await page.locator('.reference-list > li').nth(6).locator('.ref-n').innerText()).slice(0, 20);
    // At its end, on screen: when it was last reviewed and when the next review is due.
    const review = page.locator('.review-info');
    await expect(review.getByText('Last reviewed')).toBeVisible();
    await expect(review.getByText('Next review due')).toBeVisible();

    // On screen, in the dark theme: a red-flag card says when to see a doctor, its band keeps dark text on amber
    // (or white on red) whatever the theme; axe checks the ratio on every page.
    const cards = page.locator('.red-flags');
    const hasCards = (await cards.count()) > 0;
    if (hasCards) {
      await expect(cards.first().getByRole('heading', { level: 3 })).toContainText(/Urgent advice|Immediate action required/);
      await expect(cards.first().locator('li').first()).toBeVisible();
      for (const band of await page.locator('.red-flags-urgent h3').all())
        expect(await band.evaluate((el) => getComputedStyle(el).color), "dark theme: the urgent band's text").toBe('rgb(27, 31, 36)');
    }

    await page.emulateMedia({ media: 'print' });
    // The screen's controls are left off paper: menus, the theme and citation-style switches, the section and paragraph tools.
    for (const chrome of [
      '.skip-link',
      'header nav',
      '.site-menu',
      '#theme-toggle',
      'header form[role="search"]',
      '.toc-return',
      '.style-switch',
      '.backlink',
      '.toc',
      '.section-link',
      '.section-copy',
      '.section-cite',
      '.para-link',
    ]) {
      const shown = await page.locator(chrome).evaluateAll(
        (nodes) =>
          nodes.filter((n) => {
            const box = n.getBoundingClientRect();
            return box.width > 0 && box.height > 0 && getComputedStyle(n).visibility !== 'hidden';
          }).length,
      );
      expect(shown, `on paper: ${chrome} shown`).toBe(0);
    }
    expect(
      await page.evaluate(() => ({ text: getComputedStyle(document.body).color, paper: getComputedStyle(document.body).backgroundColor })),
      'on paper: text and paper colours',
    ).toEqual({ text: 'rgb(0, 0, 0)', paper: 'rgb(255, 255, 255)' });

    const after = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content);
    // This site's links print in full, after the site's origin (print-links.css); an identifier prints as its address.
    const siteLink = (await page.locator('.prose a[href^="/articles/"]').first().getAttribute('href'))!;
    expect(await after(`.prose a[href="${siteLink}"]`), 'on paper: a link to another article').toBe(`" (${new URL(siteLink, site.url).href})"`);
    expect(await after('.reference-meta a[href^="https://pubmed.ncbi.nlm.nih.gov/"]')).toMatch(/^"https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/\d+\/"$/);
    expect(await after('.cite a'), 'on paper: a citation marker').toBe('none');
    expect(await after('header a[href="/"]'), "on paper: the site's name").toBe('none');

    await expect(page.locator('.reference-list')).toBeVisible();
    await expect(page.locator('.disclaimer')).toBeVisible();
    // Red-flag cards print whole; the emergency band (the card's section heading) keeps its colour on paper.
    if (hasCards) {
      await expect(cards.first(), 'on paper: the red-flag card').toBeVisible();
      for (const card of await cards.all()) expect(await card.evaluate((c) => getComputedStyle(c).breakInside)).toBe('avoid');
      for (const band of await page.locator('.red-flags-emergency .section-heading').all())
        expect(await band.evaluate((h) => getComputedStyle(h).backgroundColor), 'on paper: the emergency band').toBe('rgb(179, 38, 30)');
    }
    // Headings stay with their text; table rows and reference entries are not split.
    for (const [selector, property] of [
      ['.prose .section-heading', 'breakAfter'],
      ['.prose tr', 'breakInside'],
      ['.reference-list > li', 'breakInside'],
    ] as const) {
      const split = await page
        .locator(selector)
        .evaluateAll((nodes, property) => nodes.filter((n) => getComputedStyle(n)[property] !== 'avoid').length, property);
      expect(split, `on paper: ${selector} without ${property}: avoid`).toBe(0);
    }

    // A figure prints whole, black on white, without its link buttons and its description in words.
    const figures = page.locator('figure.site-figure');
    const drawnText: string[] = [];
    for (const figure of await figures.all()) {
      const svg = figure.locator('svg.figure-svg');
      await expect(svg).toBeVisible();
      const box = (await svg.boundingBox())!;
      expect(box.width, 'on paper: the figure').toBeGreaterThan(250);
      expect(box.height).toBeGreaterThan(250);
      expect(await figure.evaluate((f) => getComputedStyle(f).breakInside)).toBe('avoid');
      expect(
        await svg
          .locator('text')
          .first()
          .evaluate((t) => getComputedStyle(t).fill),
        "on paper: the figure's text",
      ).toBe('rgb(0, 0, 0)');
      await expect(figure.locator('.figure-link')).toBeHidden();
      await expect(figure.locator('.figure-cite')).toBeHidden();
      await expect(figure.locator('.figure-caption')).toBeVisible();
      await expect(figure.locator('.figure-description')).toBeHidden();
      const labels = (await svg.locator('text').allTextContents()).map(flat).filter(Boolean);
      expect(labels.length, "the figure's labels, by which the PDF shows the drawing").toBeGreaterThan(0);
      drawnText.push(...labels);
    }

    const { sheets, text, filled } = await printed(page);
    const pages = filled.length;
    expect(pages).toBeLessThanOrEqual(printBudget(slug));
    expect(sheets).toHaveLength(pages);
    // No sheet but the last is left half empty, and the last holds more than the page's closing line: the
    // disclaimer prints with it.
    filled.slice(0, -1).forEach((share, i) => expect(share, `sheet ${i + 1} of ${pages}`).toBeGreaterThan(0.5));
    expect(flat(sheets[pages - 1])).toContain('Medicaldisclaimer');
    // A figure too tall for what is left of a sheet moves to the next one while the text goes on filling this one
    // (a figure kept in the text's flow left the sheet before it 30% empty).
    const figureSheet = sheets.findIndex((sheet) => /Figure 1\./.test(sheet));
    if (figureSheet > 0) expect(filled[figureSheet - 1], `sheet ${figureSheet}, before the figure`).toBeGreaterThan(0.8);
    // The drawing itself is on paper: its labels are text in the PDF.
    expect(
      drawnText.filter((label) => !flat(text).includes(label)),
      "the figure's labels missing from the PDF",
    ).toEqual([]);
    expect(flat(sheets[0])).toContain(flat(`This page: ${new URL(`/articles/${slug}/`, site.url).href}`));
    expect(sheets[0]).toMatch(/Last reviewed\s+\d{1,2}\s+\w+\s+\d{4}/);
    // The reference list keeps its numbers on paper: entry 7 prints as 7.
    expect(text).toMatch(new RegExp(`(^|\\s)7\\.\\s+${escape(entryStart).replace(/\s+/g, '\\s+')}`));
    // This site's links print after its origin, never as a bare path.
    expect(flat(text)).not.toMatch(/\(\/(articles|glossary|sources)\//);
  });
}
