import { expect, test } from './fixtures.ts';

const LIGHT_PAPER = 'rgb(255, 255, 255)';
const DARK_PAPER = 'rgb(20, 23, 27)';
const bodyBackground = (page: import('@playwright/test').Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the stored dark theme and the system dark theme are the same theme; the toggle switches it, says which is on, and the choice survives a reload @desktop', async ({
  page,
}) => {
  const tokens = () =>
    page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      const names = ['ink', 'muted', 'paper', 'accent', 'accent-strong', 'warn-bg', 'warn-border', 'line', 'panel', 'highlight', 'focus'];
      return <Record<string, string>>{
        scheme: style.colorScheme,
        ...Object.fromEntries(names.map((name) => [name, style.getPropertyValue(`--color-${name}`)])),
        prose: getComputedStyle(document.querySelector('.prose p')!).color,
      };
    });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/articles/overview/');
  // The stored dark theme (set on <html> by the toggle) and the system dark theme are the same theme.
  const light = await tokens();
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  const chosen = await tokens();
  await page.evaluate(() => delete document.documentElement.dataset.theme);
  await page.emulateMedia({ colorScheme: 'dark' });
  const system = await tokens();
  expect(chosen.paper).not.toBe(light.paper);
  expect(chosen.prose).not.toBe(light.prose);
  expect(system).toEqual(chosen);
  await page.emulateMedia({ colorScheme: 'light' });

  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await bodyBackground(page)).toBe(LIGHT_PAPER);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await bodyBackground(page)).toBe(DARK_PAPER);
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');

  await page.reload();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await bodyBackground(page)).toBe(DARK_PAPER);

  // A stored "light" wins over a dark system.
  await toggle.click();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await bodyBackground(page)).toBe(LIGHT_PAPER);
});

test('a stored dark choice is applied before first paint, so light never flashes @desktop', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => {
    localStorage.setItem('theme', 'dark');
    const seen: Record<string, string> = {};
    (window as unknown as { seen: typeof seen }).seen = seen;
    // The moment <body> is parsed, before any module script has run.
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      seen.themeAtBody = document.documentElement.dataset.theme ?? 'none';
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
    // The first frame the browser renders.
    requestAnimationFrame(() => {
      seen.firstFrame = getComputedStyle(document.body ?? document.documentElement).backgroundColor;
    });
  });
  await page.goto('/articles/overview/');
  await page.waitForFunction(() => 'firstFrame' in (window as unknown as { seen: object }).seen);
  const seen = await page.evaluate(() => (window as unknown as { seen: Record<string, string> }).seen);
  expect(seen).toEqual({ themeAtBody: 'dark', firstFrame: DARK_PAPER });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });
  test('the system dark preference still applies and no dead toggle shows @desktop', async ({ page }) => {
    await page.goto('/glossary/');
    expect(await bodyBackground(page)).toBe(DARK_PAPER);
    await expect(page.locator('#theme-toggle')).toBeHidden();
  });
});
