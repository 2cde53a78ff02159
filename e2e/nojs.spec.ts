import { test, expect, type Locator } from '@playwright/test';
import { DEMO } from '../playwright.config.ts';
import { siteData } from '../src/site/data.ts';
import { placeUrl } from '../src/site/routes.ts';
import { latest } from '../src/derive/figure.ts';
import { locales } from '../src/i18n/locales.ts';

test.use({ javaScriptEnabled: false });

const data = siteData();

/** The place a page path shows, in any locale. */
function placeAt(path: string): string {
  for (const locale of locales)
    for (const p of data.ds.places) if (placeUrl(locale, data.tree, p.id) === `/${path}`) return p.id;
  throw new Error(`no place at /${path}`);
}

/** The metrics a place page lists in its table of figures: those with a latest figure, in the metrics file's order. */
const metricsOf = (id: string) =>
  data.ds.metrics.filter((m) => latest(data.figuresOf(id).get(m.id))).map((m) => m.id);

/** The links of a table's row headers. */
const rowLinks = (rows: Locator) =>
  rows.locator('th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

test('/uz/ lists every region with JavaScript off', async ({ page }) => {
  await page.goto(`${DEMO}/uz/`);
  await expect(page.locator('h1')).toBeVisible();
  const regions = data.ds.places.filter((p) => p.kind === 'region' && !p.replacedBy);
  expect(await rowLinks(page.locator('section[aria-labelledby="regions"] table tbody tr'))).toEqual(
    regions.map((p) => placeUrl('uz', data.tree, p.id)),
  );
  // Scripts only enhance: none is inline, and the content above is there without them.
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

for (const path of [
  'uz/fergana/',
  'ru/fergana/ozbekiston/',
  'en/fergana/ozbekiston/sector-2/',
  'uz-cyrl/fergana/ozbekiston/qaynar/',
]) {
  test(`/${path} reads fully with JavaScript off`, async ({ page }) => {
    await page.goto(`${DEMO}/${path}`);
    await expect(page.locator('h1')).toBeVisible();
    const rows = page.locator('table.figures tbody tr');
    await expect(rows.first()).toBeVisible();
    // One row per metric the place has a figure for, in order.
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-metric')))).toEqual(
      metricsOf(placeAt(path)),
    );
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
