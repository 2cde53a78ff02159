import { test, expect } from '@playwright/test';
import { DEMO } from '../playwright.config.ts';

test.use({ javaScriptEnabled: false });

for (const path of [
  'uz/',
  'uz/fergana/',
  'ru/fergana/ozbekiston/',
  'en/fergana/ozbekiston/sector-2/',
  'uz-cyrl/fergana/ozbekiston/qaynar/',
]) {
  test(`/${path} reads fully with JavaScript off`, async ({ page }) => {
    await page.goto(`${DEMO}/${path}`);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('table').first()).toBeVisible();
    expect(await page.locator('table tbody tr').count()).toBeGreaterThan(0);
    // Scripts only enhance: none is inline, and the content above is there without them.
    expect(await page.locator('script:not([src])').count()).toBe(0);
  });
}

test('sector 2 headline figures are in the HTML with JavaScript off', async ({ page }) => {
  await page.goto(`${DEMO}/ru/fergana/ozbekiston/sector-2/`);
  await expect(page.locator('#figure-iron_registered .value')).toHaveText('831');
  await expect(page.locator('#figure-iron_lifted .value')).toHaveText('660');
  await expect(page.locator('#figure-population .value')).toHaveText('62\u00a0000+');
});
