import { test, expect } from '@playwright/test';
import { DEMO } from '../playwright.config.ts';

test('a mahalla page says who answers for it: its sector and the sector leader', async ({ page }) => {
  await page.goto(`${DEMO}/uz/fergana/ozbekiston/qaynar/`);
  const panel = page.locator('section[aria-labelledby="responsible"]');
  await expect(panel).toContainText('Prokuror');
  await expect(panel).toContainText('Mirvohid Otaboev');
  await panel.getByRole('link').first().click();
  await expect(page).toHaveURL(`${DEMO}/uz/fergana/ozbekiston/sector-2/`);
});

test('a mahalla page lists its neighbours and where its sector ranks', async ({ page }) => {
  await page.goto(`${DEMO}/en/fergana/ozbekiston/qaynar/`);
  const section = page.locator('section[aria-labelledby="neighbours"]');
  await expect(section.locator('li')).toHaveCount(17);
  await expect(section).toContainText(/Sector 2, Oʻzbekiston District ranks \d of 4 sectors/);
  await expect(section.getByRole('link', { name: 'Qaynar' })).toHaveCount(0);
});

test('the sector page shows what changed since the previous snapshot, sourced values included', async ({
  page,
}) => {
  await page.goto(`${DEMO}/en/fergana/ozbekiston/sector-2/`);
  const table = page.locator('table.changes');
  await expect(page.locator('#changes + p')).toContainText('December 2, 2020');
  await expect(page.locator('#changes + p')).toContainText('November 2, 2020');
  const row = table.locator('tr[data-metric="iron_lifted"]');
  await expect(row.locator('td').nth(1).locator('.value')).toHaveText('660');
  // Before and after differ in every row listed.
  for (const r of await table.locator('tbody tr').all()) {
    const [before, after] = await r.locator('td .value').allTextContents();
    expect(before).not.toBe(after);
  }
});
