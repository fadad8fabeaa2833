// Scripts are enhancements: when the browser refuses storage or has no clipboard, every control keeps working
// and no script throws.
import { expect, test } from './fixtures.ts';

const collectErrors = (page: import('@playwright/test').Page) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
};

test.describe('with storage blocked', () => {
  test.beforeEach(async ({ page }) => {
    // What privacy settings and some embedded browsers do: touching localStorage throws.
    await page.addInitScript(() =>
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      }),
    );
  });

  test('the theme toggle, the citation style switch and the previews still work, and nothing throws', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/articles/overview/');
    const toggle = page.locator('#theme-toggle');
    await expect(toggle).toBeVisible();
    const before = await toggle.getAttribute('aria-pressed');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', before === 'true' ? 'false' : 'true');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', String(before));

    await page.locator('.cite a[href^="#ref-"]:visible').first().focus();
    await expect(page.getByRole('tooltip')).toBeVisible();

    const styles = page.getByRole('group', { name: 'Citation style' });
    await expect(styles).toBeVisible();
    await styles.getByRole('button', { name: /author and year/i }).click();
    await expect(page.locator('html')).toHaveAttribute('data-cite', 'ad');
    await expect(page.locator('.cite > .cite-ad').first()).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('without a clipboard (a page served over plain http)', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
      delete (Navigator.prototype as Partial<Navigator>).share;
    });
  });

  test('a section’s copy button shows the link in the address bar and says so; a copy button on the cite page selects the text to copy by hand @pointer', async ({
    page,
  }) => {
    const errors = collectErrors(page);
    await page.goto('/articles/overview/');
    await page.getByRole('button', { name: 'Copy link to section “How it is measured”' }).click();
    await expect(page.locator('#link-status')).toHaveText('Copying is not available here: the address bar now shows the link to this section');
    await expect(page).toHaveURL(/\/articles\/overview\/#how-it-is-measured$/);

    // A copy button on the cite page selects the text to copy by hand.
    await page.goto('/articles/overview/cite/');
    const button = page.locator('button[data-copy]').first();
    const target = await button.getAttribute('data-copy');
    await button.click();
    await expect(button).toHaveText('Text selected: copy it with your keyboard or menu');
    const expected = await page.locator(`#${target}`).innerText();
    expect((await page.evaluate(() => String(getSelection()))).trim()).toBe(expected.trim());
    expect(errors).toEqual([]);
  });
});
