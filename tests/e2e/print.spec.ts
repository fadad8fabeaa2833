import { site } from '../../src/config.ts';
import { expect, test } from './fixtures.ts';

test('printing an article gives a black-on-white handout with addresses, references and red flags', async ({ page }) => {
  // A reader who chose the dark theme still prints black on white.
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  await page.goto('/articles/diagnosis/');
  await expect(page.locator('#theme-toggle')).toBeVisible();
  await page.emulateMedia({ media: 'print' });

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
  ]) {
    await expect(page.locator(chrome).first(), chrome).toBeHidden();
  }
  const colours = await page.evaluate(() => ({
    text: getComputedStyle(document.body).color,
    paper: getComputedStyle(document.body).backgroundColor,
  }));
  expect(colours).toEqual({ text: 'rgb(0, 0, 0)', paper: 'rgb(255, 255, 255)' });

  const after = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
  // This site's links print in full, after the site's origin (print-links.css); an identifier prints as its address.
  expect(await after('.prose a[href="/articles/symptoms/"]')).toBe(`" (${new URL('/articles/symptoms/', site.url).href})"`);
  expect(await after('.reference-meta a[href^="https://pubmed.ncbi.nlm.nih.gov/"]')).toMatch(/^"https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/\d+\/"$/);
  expect(await after('.cite a')).toBe('none');
  expect(await after('header a[href="/"]')).toBe('none');

  await expect(page.locator('.reference-list')).toBeVisible();
  await expect(page.locator('.reference-list > li')).not.toHaveCount(0);
  await expect(page.locator('.disclaimer')).toBeVisible();
  const emergency = page.locator('.red-flags-emergency');
  await expect(emergency).toBeVisible();
  // The band (the card's section heading, with its link tools) keeps its colour on paper.
  expect(await emergency.locator('.section-heading').evaluate((h) => getComputedStyle(h).backgroundColor)).toBe('rgb(179, 38, 30)');
  expect(await emergency.evaluate((card) => getComputedStyle(card).breakInside)).toBe('avoid');
  expect(
    await page
      .locator('.reference-list > li')
      .first()
      .evaluate((li) => getComputedStyle(li).breakInside),
  ).toBe('avoid');
  expect(
    await page
      .locator('.prose h2')
      .first()
      .evaluate((h) => getComputedStyle(h).breakAfter),
  ).toBe('avoid');
});
