// The whole country: the home page's map and coverage, pages of places without figures,
// units the boundary file lacks, search phrases with kind words, link previews, embed headings.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DEMO } from '../playwright.config.ts';
import { watch } from './watch.ts';

const places = (
  JSON.parse(readFileSync('data/places.json', 'utf8')) as {
    places: { id: string; kind: string; parent?: string }[];
  }
).places;
const districtsOf = (region: string) =>
  places.filter((p) => p.parent === region && (p.kind === 'district' || p.kind === 'city'));

test('the home page opens on a map of the 14 regions, with those without figures drawn apart and labelled', async ({
  page,
}) => {
  const w = await watch(page);
  await page.goto(`${DEMO}/en/`);
  const map = page.locator('section.map');
  await expect(map.locator('h2')).toHaveText('Regions of Uzbekistan');
  await expect(map.locator('.map-svg path[data-place]')).toHaveCount(14);
  // Fergana is coloured (hatched: illustrative); the other 13 carry the "nothing published" pattern.
  await expect(map.locator('.map-svg path[data-place="fa"]')).toHaveAttribute(
    'fill',
    /^url\(#map-hatch-\d\)$/,
  );
  await expect(map.locator('.map-svg path[fill="url(#map-unpublished)"]')).toHaveCount(13);
  await expect(map.locator('.map-legend')).toContainText('nothing published yet');
  await expect(map.locator('.map-list li')).toHaveCount(14);
  await expect(map.locator('.map-list li[data-place="sa"]')).toContainText('nothing published yet');
  await w.collect();
  expect(w.consoleErrors).toEqual([]);
  expect(w.cspViolations).toEqual([]);
});

test('the home page shows publication coverage: sourced and illustrative apart, none, their age, and the silent regions', async ({
  page,
}) => {
  await page.goto(`${DEMO}/en/`);
  const coverage = page.locator('section.coverage');
  await expect(coverage.locator('h2')).toHaveText('Where figures are published');
  await expect(coverage).toContainText(
    '1 of 206 districts and cities have sourced figures; 187 have none published.',
  );
  const row = coverage.locator('tbody tr').first();
  await expect(row.locator('[data-coverage="sourced"]')).toHaveText('1');
  await expect(row.locator('[data-coverage="illustrative"]')).toHaveText('19');
  await expect(row.locator('[data-coverage="none"]')).toHaveText('187');
  await expect(coverage).toContainText('Newest sourced figure: December 2, 2020');
  await expect(coverage.locator('.silent-regions li')).toHaveCount(13);
  await expect(coverage.locator('.silent-regions')).toContainText('Samarkand Region');
  await expect(coverage.locator('.silent-regions')).not.toContainText('Fergana');
  await expect(page.locator('#regions ~ .table-wrap tbody tr, section:has(#regions) tbody tr')).toHaveCount(
    14,
  );
});

test('a region without figures says so in one sentence, with its names, code, map and districts, and no chart or zero', async ({
  page,
}) => {
  const w = await watch(page);
  const res = await page.goto(`${DEMO}/en/samarkand/`);
  expect(res?.status()).toBe(200);
  await expect(page.locator('h1')).toContainText('Samarkand Region');
  await expect(page.locator('.no-figures')).toContainText(
    'No figures have been published for Samarkand Region yet.',
  );
  await expect(page.locator('.no-figures a')).toHaveAttribute('href', '/en/about/#how-data');
  await page.locator('.identity summary').click();
  await expect(page.locator('.identity')).toContainText('Самарқанд вилояти');
  await expect(page.locator('.identity')).toContainText('Самаркандская область');
  await expect(page.locator('.identity')).toContainText('1718');
  await expect(page.locator('section.map .map-svg path[data-place]')).toHaveCount(districtsOf('sa').length);
  await expect(page.locator('#children ~ .table-wrap tbody tr, section:has(#children) tbody tr')).toHaveCount(
    districtsOf('sa').length,
  );
  await expect(page.locator('figure.chart')).toHaveCount(0);
  await expect(page.locator('dl.headline, table.figures, .downloads')).toHaveCount(0);
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/(^|\s)0(\s|$)|0[.,]0\s?%/);
  await w.collect();
  expect(w.cspViolations).toEqual([]);
});

test('a city without figures shows its region map with itself outlined, and no chart', async ({ page }) => {
  await page.goto(`${DEMO}/ru/samarkand/samarkand-city/`);
  await expect(page.locator('.no-figures')).toContainText(
    'По территории «город Самарканд» показатели пока не опубликованы.',
  );
  await expect(page.locator('section.map .map-svg path.is-selected')).toHaveAttribute(
    'data-place',
    'sa.samarkand-city',
  );
  await expect(page.locator('figure.chart')).toHaveCount(0);
});

test('units the boundary file lacks are listed beside their region map, never dropped', async ({ page }) => {
  await page.goto(`${DEMO}/en/kashkadarya/`);
  const unshaped = page.locator('.map-unshaped');
  await expect(unshaped).toContainText('Not on the map: the boundary file does not have this unit');
  await expect(unshaped.locator('a')).toHaveText(['Koʻkdala District']);
  await page.goto(`${DEMO}/en/karakalpakstan/`);
  await expect(page.locator('.map-unshaped a')).toHaveCount(2);
});

async function firstResult(page: Page, query: string) {
  await page.locator('#search-input').fill(query);
  const first = page.locator('#search-results [role="option"]').first();
  await expect(first).toBeVisible();
  return first.locator('a');
}

test("search finds the country's places with kind words, in any script", async ({ page }) => {
  await page.goto(`${DEMO}/uz/`);
  await expect(await firstResult(page, 'Қайнар МФЙ')).toHaveAttribute(
    'href',
    '/uz/fergana/ozbekiston/qaynar/',
  );
  await expect(await firstResult(page, 'Fargʻona shahri')).toHaveAttribute(
    'href',
    '/uz/fergana/fergana-city/',
  );
  await expect(await firstResult(page, 'Fargʻona tumani')).toHaveAttribute('href', '/uz/fergana/fargona/');
  await expect(await firstResult(page, 'Алтыарыкский район')).toHaveAttribute(
    'href',
    '/uz/fergana/oltiariq/',
  );
  await expect(await firstResult(page, 'Nukus shahri')).toHaveAttribute(
    'href',
    '/uz/karakalpakstan/nukus-city/',
  );
});

test('the home, about and mahalla pages have a link preview image', async ({ page, request }) => {
  const cases: [string, string][] = [
    ['/en/', '/og/en/_home.png'],
    ['/en/about/', '/og/en/_home.png'],
    ['/en/fergana/ozbekiston/qaynar/', '/og/en/fa.ozbekiston.s2.png'],
    ['/en/samarkand/', '/og/en/_home.png'],
  ];
  for (const [path, card] of cases) {
    await page.goto(`${DEMO}${path}`);
    const url = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(url, path).toMatch(new RegExp(`${card.replace(/\./g, '\\.')}$`));
    const png = await request.get(`${DEMO}${card}`);
    expect(png.status()).toBe(200);
    const bytes = await png.body();
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  }
});

test('embed pages have one level-1 heading', async ({ page }) => {
  // The page's title (for screen readers), then each chart's title under it.
  await page.goto(`${DEMO}/embed/en/fergana/ozbekiston/sector-2/#chart-progress`);
  await expect(page.locator('h1')).toHaveText('Sector 2, Oʻzbekiston District: charts, latest snapshot');
  await expect(page.locator('#chart-progress h2.chart-title')).toBeVisible();
  await page.goto(`${DEMO}/embed/en/2020-12-02/fergana/ozbekiston/sector-2/`);
  await expect(page.locator('h1')).toHaveCount(1);
});
