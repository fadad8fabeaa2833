// What a reader sees on a 360 px phone and a desktop: widths, boxes and computed styles, in both citation styles
// (paper is print.spec.ts). Phone checks run in the phone project (@phone), desktop ones in the desktop project
// (@pointer: they need a desktop's viewport, not a touch screen).
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { widthSample } from './width-sample.ts';

const articles = fs
  .readdirSync('content/articles')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));
const overflow = (page: Page) => page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth }));

test.describe('on a 360 px phone @phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  for (const slug of articles) {
    test(`/articles/${slug}/: no sideways scroll in either citation style, tables as cards inside the screen, the first key point on the first screen`, async ({
      page,
    }) => {
      await page.goto(`/articles/${slug}/`);
      expect(await overflow(page)).toEqual({ scrollWidth: 360, innerWidth: 360 });

      // The header is one row: the name, the search box and the menu share a line.
      const header = await page.locator('.header-row').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(60);
      const centres = await Promise.all(
        ['.site-name', '#site-search', '.site-menu > summary'].map(async (s) => {
          const box = (await page.locator(s).boundingBox())!;
          return box.y + box.height / 2;
        }),
      );
      expect(Math.max(...centres) - Math.min(...centres)).toBeLessThan(8);

      const firstKeyPoint = page.locator('.section-heading:has(#key-points) ~ ul > li').first();
      const box = (await firstKeyPoint.boundingBox())!;
      expect(box.y + box.height, 'the first key point ends on the first screen').toBeLessThanOrEqual(780);

      // "What to do" follows the key points, within three screens, each line led by its care level in words.
      const card = page.locator('.section-heading:has(#key-points) ~ ul + .care-card');
      const cardBox = (await card.boundingBox())!;
      expect(cardBox.y / 780, 'screens to the "What to do" card').toBeLessThan(3);
      for (const level of await card.locator('li').all()) {
        await expect(level.locator('.care-level')).toHaveText(/^(Immediate action required|Urgent advice|Non-urgent advice):$/);
        expect(await level.evaluate((li) => getComputedStyle(li).borderInlineStartWidth)).toBe('6px');
      }
      await expect(card.getByRole('link', { name: /warning signs/ })).toHaveAttribute('href', /#when-to-see-a-doctor$/);

      // Every table cell is inside the screen, with no scrolling inside the table either.
      const cells = await page.locator('.prose table :is(td, th)').evaluateAll((nodes) =>
        nodes
          .filter((n) => getComputedStyle(n.closest('thead') ?? n).position !== 'absolute')
          .map((n) => n.getBoundingClientRect())
          .map((r) => [r.left, r.right]),
      );
      for (const [left, right] of cells) {
        expect(left).toBeGreaterThanOrEqual(0);
        expect(right).toBeLessThanOrEqual(360);
      }

      // The narrowest phone: the 320 px check of every other page (below) leaves the articles to this test.
      await page.setViewportSize({ width: 320, height: 700 });
      expect(await overflow(page), 'numbers at 320 px').toEqual({ scrollWidth: 320, innerWidth: 320 });
      await page.setViewportSize({ width: 360, height: 780 });

      // The other citation style, as the reader switches to it (the stored choice is applied on load the same way:
      // citation-preview.spec.ts).
      await page.getByRole('group', { name: 'Citation style' }).getByRole('button', { name: 'Author and year' }).click();
      await expect(page.locator('.cite .cite-ad').first()).toBeVisible();
      expect(await overflow(page), 'author and year').toEqual({ scrollWidth: 360, innerWidth: 360 });
      await page.setViewportSize({ width: 320, height: 700 });
      expect(await overflow(page), 'author and year at 320 px').toEqual({ scrollWidth: 320, innerWidth: 320 });
      await page.setViewportSize({ width: 768, height: 1024 });
      expect(await overflow(page), 'author and year on a tablet').toEqual({ scrollWidth: 768, innerWidth: 768 });
    });
  }

  // Every template at 320 px, through the pages of each that hold everything of it that can widen a page (widthSample:
  // each kind of markup and the longest unbroken run of text of each kind of block), in two parts that run side by side;
  // the 404 page, and the search page with its results in. The sample is computed from dist/ when a part first runs.
  // The articles themselves are left to their own test above, which loads every article and checks it at 320 px.
  let sweep: string[] | undefined;
  const parts = 2;
  for (let part = 0; part < parts; part += 1) {
    test(`no page scrolls sideways at 320 px (part ${part + 1} of ${parts})`, async ({ page }) => {
      test.slow();
      sweep ??= [...widthSample().filter((url) => !articles.some((slug) => url === `/articles/${slug}/`)), '/no-such-page/', '/search/?q=zonulin'];
      await page.setViewportSize({ width: 320, height: 700 });
      const wide: string[] = [];
      for (const url of sweep.filter((_, i) => i % parts === part)) {
        await page.goto(url, { waitUntil: 'domcontentloaded' });
        if (url.startsWith('/search/?')) await expect(page.getByRole('status')).toHaveText(/results? for/, { timeout: 15_000 });
        const { scrollWidth } = await overflow(page);
        if (scrollWidth > 320) wide.push(`${url} ${scrollWidth}px`);
      }
      expect(wide).toEqual([]);
    });
  }

  test('a glossary definition opens next to its word, inside the screen, and has a close button', async ({ page }) => {
    await page.goto('/articles/overview/');
    const term = page.getByRole('button', { name: 'tight junctions' });
    await term.scrollIntoViewIfNeeded();
    await term.click();
    const popover = page.locator('#term-tight-junction');
    await expect(popover).toBeVisible();
    const word = (await term.boundingBox())!;
    const box = (await popover.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    const gap = box.y >= word.y ? box.y - (word.y + word.height) : word.y - (box.y + box.height);
    expect(gap, 'distance between the word and its definition').toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThanOrEqual(16);
    await popover.getByRole('button', { name: 'Close definition of Tight junction' }).click();
    await expect(popover).toBeHidden();
  });

  test('after a jump into the text, a button leads back to "On this page" and opens it; an evidence table row is a card, its name first, then its strength badge, and still a table to assistive technology', async ({
    page,
  }) => {
    await page.goto('/articles/treatment/#safety-and-cost');
    const back = page.getByRole('link', { name: 'On this page' });
    await expect(back).toBeInViewport();
    await back.click();
    await expect(page.locator('.toc summary')).toBeInViewport();
    await expect(page.locator('.toc details')).toHaveAttribute('open', '');
    // At the top of the article it is out of the way.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(back).toBeHidden();

    // An evidence table row is a card: its name first, then its strength badge, and it is still a table to assistive technology.
    const row = page.locator('.prose table tbody tr').first();
    const tops = await row.evaluate((tr) => {
      const cells = [...tr.children] as HTMLElement[];
      const strength = cells.findIndex((c) => c.querySelector('.strength'));
      return {
        name: cells[0].getBoundingClientRect().top,
        strength: cells[strength].getBoundingClientRect().top,
        rest: Math.min(...cells.filter((_, i) => i !== 0 && i !== strength).map((c) => c.getBoundingClientRect().top)),
      };
    });
    expect(tops.name).toBeLessThan(tops.strength);
    expect(tops.strength).toBeLessThan(tops.rest);
    // Each other value sits under its column's name.
    const label = await row
      .locator('td')
      .nth(1)
      .evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toContain('What was studied');

    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ role?: { value: string } }> };
    const roles = nodes.map((n) => n.role?.value);
    expect(roles).toContain('table');
    expect(roles.filter((r) => r === 'cell').length).toBeGreaterThan(10);
    expect(roles).toContain('columnheader');
  });

  test('the menu holds the site links; the theme switch is in the footer', async ({ page }) => {
    await page.goto('/articles/causes/');
    const nav = page.getByRole('navigation', { name: 'Site', exact: true });
    await expect(nav).toBeHidden();
    await page.locator('.site-menu > summary').click();
    await expect(nav.getByRole('link', { name: 'Glossary' })).toBeVisible();
    await expect(page.locator('header #theme-toggle')).toHaveCount(0);
    await expect(page.locator('footer').getByRole('button', { name: 'Dark theme' })).toBeVisible();
  });

  test('citation markers and heading tools are tap targets of at least 24 by 24 px, and every heading tool has a name', async ({ page }) => {
    await page.goto('/articles/symptoms/');
    const small = await page.locator('.cite a, .section-link, .section-copy, .section-cite').evaluateAll(
      (nodes) =>
        nodes
          .map((n) => n.getBoundingClientRect())
          .filter((r) => r.width > 0)
          .filter((r) => r.width < 24 || r.height < 24).length,
    );
    expect(small).toBe(0);
    // "[1, 2]" reads as written: each number's target reaches over the brackets and commas, never over its neighbour.
    const overlaps = await page.locator('.cite').evaluateAll((markers) =>
      markers.flatMap((marker) => {
        const boxes = [...marker.querySelectorAll('a')].map((a) => a.getBoundingClientRect());
        return boxes
          .slice(1)
          .filter((box, i) => box.top === boxes[i].top && box.left < boxes[i].right - 0.5)
          .map(() => marker.textContent);
      }),
    );
    expect(overlaps).toEqual([]);
    // The icons are CSS: each tool's name is what assistive technology computes for it.
    const tools = await page.locator('.section-link, .section-copy, .section-cite').all();
    expect(tools.length).toBeGreaterThan(10);
    for (const tool of tools) await expect(tool).toHaveAccessibleName(/^(Section titled|Copy link to section|Cite section) “.+”$/);
  });
});

test.describe('on a desktop @pointer', () => {
  test('wide screens keep evidence tables as tables; the reference list shows its numbers on screen (entry 7 is the [7] of the text) and is calm: each identifier once, backlinks folded, the download line spaced', async ({
    page,
  }) => {
    await page.goto('/articles/treatment/');
    expect(
      await page
        .locator('.prose table')
        .first()
        .evaluate((t) => getComputedStyle(t).display),
    ).toBe('table');
    await expect(page.locator('.prose thead').first()).toBeVisible();

    // The reference list shows its numbers on screen: entry 7 is the [7] of the text.
    const seventh = page.locator('.reference-list > li').nth(6);
    const id = await seventh.getAttribute('id');
    await expect(page.locator(`.cite a[href="#${id}"]`).first()).toHaveText('7');
    // The marker the browser draws, as its accessibility tree reports it (the ::marker pseudo-element's text).
    const cdp = await page.context().newCDPSession(page);
    const { result } = (await cdp.send('Runtime.evaluate', { expression: `document.getElementById(${JSON.stringify(id)})` })) as {
      result: { objectId: string };
    };
    const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: true })) as {
      nodes: Array<{ role?: { value: string }; name?: { value: string } }>;
    };
    expect(nodes.filter((n) => n.role?.value === 'ListMarker').map((n) => n.name?.value.trim())).toContain('7.');
    expect(await seventh.evaluate((li) => getComputedStyle(li, '::marker').color)).not.toBe('rgba(0, 0, 0, 0)');
    // The marker is drawn inside the page, not cut off at the column's edge.
    expect(await page.locator('.reference-list').evaluate((ol) => parseFloat(getComputedStyle(ol).paddingLeft))).toBeGreaterThanOrEqual(24);
    // On paper too: every article's print test (print.spec.ts) finds its entry 7 numbered 7.

    // The reference list is calm: each identifier once, backlinks folded, the download line spaced.
    await expect(page.locator('.references-style')).toHaveText(/Download this list: BibTeX, RIS, CSL-JSON\.$/);
    for (const li of await page.locator('.reference-list > li').all()) {
      const text = await li.innerText();
      for (const doi of await li.locator('.id-doi').allInnerTexts()) expect(text.split(doi.replace('DOI ', '')).length - 1, doi).toBe(1);
      expect(text).not.toMatch(/PMID/);
    }
    const folded = page.locator('.reference-list details.backlinks').first();
    await expect(folded.locator('summary')).toHaveText(/^Cited \d+ times$/);
    await expect(folded.locator('.backlink').first()).toBeHidden();
    await folded.locator('summary').click();
    await expect(folded.locator('.backlink').first()).toBeVisible();
  });

  test('lines hold about 65-75 characters, and the header stays put from page to page', async ({ page }) => {
    const perLine = async () =>
      page.locator('.prose > p').evaluateAll((ps) => {
        // The text as shown (innerText leaves out closed glossary popovers); lines counted from the text's boxes.
        const p = (ps as HTMLElement[]).find((el) => el.innerText.length > 400)!;
        const range = document.createRange();
        range.selectNodeContents(p);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.bottom))).size;
        return p.innerText.length / lines;
      });
    const places: Record<string, number[]> = {};
    for (const url of ['/', '/articles/treatment/', '/glossary/', '/sources/']) {
      await page.goto(url);
      places[url] = await page.evaluate(() => ['.site-name', '#site-search'].map((s) => document.querySelector(s)!.getBoundingClientRect().left));
      if (url.startsWith('/articles/')) {
        const chars = await perLine();
        expect(chars).toBeGreaterThanOrEqual(60);
        expect(chars).toBeLessThanOrEqual(80);
        // A tablet has no side column: the text keeps its measure there too.
        await page.setViewportSize({ width: 820, height: 1000 });
        expect(await perLine()).toBeLessThanOrEqual(80);
        await page.setViewportSize({ width: 1280, height: 720 });
      }
    }
    expect(new Set(Object.values(places).map(String)).size, JSON.stringify(places)).toBe(1);
  });

  test('a myth card leads with its verdict and sets the claim as a quote in ordinary type', async ({ page }) => {
    await page.goto('/articles/overview/');
    const myth = page.locator('.myth').first();
    await expect(myth.locator(':scope > :first-child')).toHaveText('Myth');
    const claim = myth.locator('blockquote.myth-claim');
    await expect(claim).toBeVisible();
    const weights = await myth.evaluate((m) =>
      ['.myth-verdict', '.myth-claim p', '.myth-label'].map((s) => Number(getComputedStyle(m.querySelector(s)!).fontWeight)),
    );
    expect(weights[1]).toBeLessThanOrEqual(400);
    expect(weights[0]).toBeGreaterThan(weights[1]);
    expect(weights[2]).toBeGreaterThan(weights[1]);
  });

  test('strength badges differ at a glance: dots, border and colour besides the word, in forced colours too', async ({ page }) => {
    // The evidence map's key shows every level of the scale, whatever the articles rate today.
    await page.goto('/evidence/');
    const looks = () =>
      page.locator('.strength').evaluateAll((badges) => {
        const seen: Record<string, string> = {};
        for (const b of badges) {
          const s = getComputedStyle(b);
          seen[b.className] = [b.querySelector('.strength-dots')!.textContent, s.borderStyle, s.backgroundColor, b.textContent].join(' | ');
        }
        return seen;
      });
    const normal = await looks();
    expect(Object.keys(normal).length).toBeGreaterThanOrEqual(3);
    expect(new Set(Object.values(normal)).size).toBe(Object.keys(normal).length);
    await page.emulateMedia({ forcedColors: 'active' });
    const forced = await looks();
    // Without colours, the dots and the border still tell the levels apart.
    expect(
      new Set(
        Object.values(forced).map((v) =>
          v
            .split(' | ')
            .filter((_, i) => i !== 2)
            .join(' | '),
        ),
      ).size,
    ).toBe(Object.keys(forced).length);
  });
});
