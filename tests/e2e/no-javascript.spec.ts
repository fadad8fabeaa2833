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

// The one script every page carries in <head>: it applies a stored theme before first paint (ThemeInit.astro).
const THEME_INIT = "try{var t=localStorage.getItem('theme');if(t)document.documentElement.dataset.theme=t}catch(e){}";

test('the home page and glossary carry no executable script but the small theme pair (JSON-LD data blocks are not code)', async ({ page }) => {
  for (const path of ['/', '/glossary/']) {
    await page.goto(path);
    const scripts = await page
      .locator('script:not([type="application/ld+json"])')
      .evaluateAll((nodes) => nodes.map((node) => ({ parent: node.parentElement!.localName, type: node.getAttribute('type'), src: node.getAttribute('src'), text: node.textContent ?? '' })));
    expect(scripts, path).toHaveLength(2);
    const [init, toggle] = scripts;
    // The tiny head script, exactly as written.
    expect(init, path).toEqual({ parent: 'head', type: null, src: null, text: THEME_INIT });
    // The theme button's own small module (theme-toggle.ts), inline: nothing else is loaded.
    expect(toggle.type, path).toBe('module');
    expect(toggle.src, path).toBeNull();
    expect(toggle.text, path).toMatch(/getElementById\(.theme-toggle.\)/);
    expect(toggle.text, path).toMatch(/localStorage\.setItem\(.theme.,/);
    expect(toggle.text.length, path).toBeLessThan(500);
  }
});
