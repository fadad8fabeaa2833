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

test('the home page and glossary carry no executable script (JSON-LD data blocks are not code)', async ({ page }) => {
  for (const path of ['/', '/glossary/']) {
    await page.goto(path);
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
  }
});
