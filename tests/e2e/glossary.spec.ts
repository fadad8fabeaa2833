import { expect, test } from './fixtures.ts';

test('a glossary term reveals its definition by click and closes with Escape, and works from the keyboard; the glossary page lists every term @desktop', async ({
  page,
}) => {
  await page.goto('/articles/overview/');
  const term = page.getByRole('button', { name: 'tight junctions' });
  const definition = page.locator('#term-tight-junction');
  await expect(definition).toBeHidden();
  await term.click();
  await expect(definition).toBeVisible();
  await expect(definition).toContainText('Tight junction: A seal made of proteins');
  await page.keyboard.press('Escape');
  await expect(definition).toBeHidden();

  // The keyboard: focus and Enter.
  await term.focus();
  await page.keyboard.press('Enter');
  await expect(definition, 'opened with Enter').toBeVisible();
  // The definition is exposed to assistive technology as a note next to the button.
  await expect(page.getByRole('note')).toContainText('A seal made of proteins');
  await definition.getByRole('link', { name: 'See the glossary' }).click();
  await expect(page).toHaveURL(/\/glossary\/#tight-junction$/);
  await expect(page.locator('#tight-junction')).toBeInViewport();

  // The glossary page lists every term with its definition.
  for (const term of [
    'Claudin',
    'Coeliac disease',
    'Inflammatory bowel disease',
    'Intestinal permeability',
    'Irritable bowel syndrome',
    'Lactulose-mannitol test',
    'Microbiome',
    'Tight junction',
    'Ussing chamber',
    'Zonulin',
  ]) {
    await expect(page.locator('dt', { hasText: term })).toBeVisible();
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the definition still opens (the popover is plain HTML) @desktop', async ({ page }) => {
    await page.goto('/articles/overview/');
    await page.getByRole('button', { name: 'claudin-1' }).click();
    await expect(page.locator('#term-claudin')).toBeVisible();
  });
});
