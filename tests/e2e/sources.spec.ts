import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures.ts';

const ids = fs
  .readdirSync('content/references')
  .flatMap((f) => JSON.parse(fs.readFileSync(path.join('content/references', f), 'utf8')) as Array<{ id: string }>)
  .map((r) => r.id);

test('the sources page shows every reference, and says why unused ones are not evidence @desktop', async ({ page }) => {
  await page.goto('/sources/');
  // One look at the page's ids rather than one round trip per reference.
  const shown = await page.locator('[id^="source-"]').evaluateAll((nodes) => nodes.map((node) => node.id));
  expect(ids.filter((id) => shown.filter((s) => s === `source-${id}`).length !== 1)).toEqual([]);
  const yenew = page.locator('#source-yenew2023');
  await expect(yenew).toContainText('Why we do not cite it:');
  await expect(yenew).toContainText('tuberculosis');
  const lacy = page.locator('#source-lacy2024');
  await lacy.getByRole('link', { name: 'What is leaky gut?' }).click();
  await expect(page).toHaveURL(/\/articles\/overview\/#ref-lacy2024$/);
});
