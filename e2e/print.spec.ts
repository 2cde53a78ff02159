import { test, expect } from '@playwright/test';
import { DEMO } from '../playwright.config.ts';

for (const seg of ['uz', 'ru']) {
  test(`printing the sector 2 page in ${seg} gives one A4 page: the sector passport`, async ({ page }) => {
    await page.goto(`${DEMO}/${seg}/fergana/ozbekiston/sector-2/`);
    await page.emulateMedia({ media: 'print' });
    // What the passport shows, and what it leaves out.
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('section[aria-labelledby="responsible"]')).toContainText(
      seg === 'ru' ? 'Мирвохид Отабоев' : 'Mirvohid Otaboev',
    );
    await expect(page.locator('.passport')).toContainText(seg === 'ru' ? 'Кайнар' : 'Qaynar');
    await expect(page.locator('.passport .cite')).toBeVisible();
    await expect(page.locator('#figure-iron_lifted .value')).toHaveText('660');
    await expect(page.locator('#chart-progress')).toBeVisible();
    await expect(page.locator('#chart-institutions')).toBeVisible();
    await expect(page.locator('.print-url')).toHaveText(`${DEMO}/${seg}/fergana/ozbekiston/sector-2/`);
    for (const hidden of [
      'header.site nav',
      'nav.crumbs',
      'form.search',
      'footer.site',
      'section.map',
      'section[aria-labelledby="all-figures"]',
    ]) {
      await expect(page.locator(hidden).first()).toBeHidden();
    }
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBe(1);
  });
}
