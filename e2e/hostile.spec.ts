import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { HOSTILE, HOSTILE_DIR } from '../playwright.config.ts';
import { watch } from './watch.ts';
import { LONG, PAYLOADS, expectInert, fixture, texts, trap } from './hostile.ts';

/** Every page of the hostile build, from its sitemap. */
function pages(): string[] {
  const xml = readFileSync(`${HOSTILE_DIR}/sitemap-0.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

const place = (id: string) => fixture('places.json').places.find((p: { id: string }) => p.id === id);

/** Does what a user does to the interactive parts: map areas, metric choices, chart marks, disclosures. */
async function exercise(page: Page): Promise<void> {
  await page.mouse.move(10, 10);
  if (await page.locator('figure[data-map-src]').count()) {
    // Leaflet takes over once the map is near the viewport.
    await page.locator('figure[data-map-src]').scrollIntoViewIfNeeded();
    await expect(page.locator('figure[data-map-src]')).toHaveAttribute('data-ready', 'true');
    for (const area of await page.locator('.map-leaflet path.leaflet-interactive').all()) {
      await area.focus();
      await expect(page.locator('.leaflet-tooltip.map-tip')).toHaveCount(1);
    }
    const select = page.locator('select.map-metric');
    for (const value of await select
      .locator('option')
      .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value)))
      await select.selectOption(value);
  }
  for (const mark of (await page.locator('figure.chart .mark[data-cells]').all()).slice(0, 12)) {
    // Marks may overlap: whichever is on top gets the pointer.
    await mark.hover({ force: true });
    await mark.focus();
  }
  // Open every disclosure (Cite, the numbers under a chart, sharing) as a click on its summary would.
  await page
    .locator('details')
    .evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await page.locator('body').hover();
}

test('the hostile build has every page type', () => {
  const list = pages();
  for (const path of [
    '/uz/hostile/',
    '/uz/hostile/sector-1/',
    '/uz/hostile/district/',
    '/uz/hostile-2/city/',
    '/uz/hostile/district/sector-1/',
    '/en/hostile/district/m1/',
    '/ru/archive/2020-12-02/',
    '/en/a-z/',
    '/uz-cyrl/about/',
  ]) {
    expect(list).toContain(path);
  }
  // Per locale: home, about, A–Z, one archive page, thirteen places.
  expect(list.length).toBe(4 * (4 + fixture('places.json').places.length));
});

for (const path of [...pages(), '/en/no-such-page/']) {
  test(`${path} shows hostile strings as text and runs no script`, async ({ page }) => {
    const w = await watch(page);
    await trap(page);
    await page.goto(`${HOSTILE}${path}`);
    await exercise(page);
    // The one expected error: the not-found page's own status.
    await expectInert(page, w, path.includes('no-such-page'));
    if (!path.includes('no-such-page')) {
      const text = await page.locator('body').innerText();
      expect(PAYLOADS.some((p) => text.includes(p))).toBe(true);
    }
  });
}

test('the hostile sector page shows the leader, quote and address exactly as written', async ({ page }) => {
  await page.goto(`${HOSTILE}/en/hostile/district/sector-1/`);
  const panel = page.locator('section[aria-labelledby="responsible"]');
  await expect(panel).toContainText('<svg onload=alert(3)>');
  await expect(panel).toContainText('" onmouseover="alert(4)" x="');
  await expect(panel.locator('q').first()).toHaveText('</script><script>alert(2)</script>');
});

/** Strings of the fixture, each expected as the whole text of some element of a page. */
const EXACT: [string, () => string[]][] = [
  [
    '/uz-cyrl/hostile-2/city/sector-1/',
    () => [
      place('h2.c.s1').leader.name['uz-Cyrl'],
      place('h2.c.s1').headquarters.address['uz-Cyrl'],
      place('h2.c.s1').leader.provenance.quote,
    ],
  ],
  [
    '/ru/hostile-2/city/sector-1/',
    () => [place('h2.c.s1').leader.name.ru, place('h2.c.s1').headquarters.note.ru],
  ],
  ['/uz/hostile-2/city/m2/', () => [place('h2.c.m2').names['uz-Latn'], place('h2.c.m2').note]],
  ['/uz-cyrl/hostile-2/', () => [place('h2.c').names['uz-Cyrl']]],
  ['/en/hostile/district/m2/', () => [LONG]],
  [
    '/en/about/',
    () => {
      const s = fixture('site.json');
      return [s.publisher.en, s.corrections.text.en, s.licence.name, s.corrections.url];
    },
  ],
];

for (const [path, strings] of EXACT) {
  test(`${path} shows its fixture strings exactly as written`, async ({ page }) => {
    await page.goto(`${HOSTILE}${path}`);
    const all = new Set(await texts(page));
    for (const s of strings()) expect(all.has(s), s.slice(0, 80)).toBe(true);
  });
}

test('the 10,000-character name is the whole page heading', async ({ page }) => {
  await page.goto(`${HOSTILE}/en/hostile/district/m2/`);
  expect(await page.locator('h1').textContent()).toBe(LONG);
});

test('links from hostile URLs keep the URL as written and gain no attribute', async ({ page }) => {
  const site = fixture('site.json');
  await page.goto(`${HOSTILE}/en/about/`);
  const links = await page.locator('a').evaluateAll((as) =>
    as.map((a) => ({
      href: a.getAttribute('href'),
      attrs: a
        .getAttributeNames()
        .filter((n) => !['href', 'rel'].includes(n) && !n.startsWith('data-astro-cid')),
    })),
  );
  for (const url of [site.corrections.url, site.licence.url]) {
    const found = links.filter((l) => l.href === url);
    expect(found.length, url).toBeGreaterThan(0);
    for (const l of found) expect(l.attrs).toEqual([]);
  }
});

test('map tooltips, the list beside the map and the legend show hostile names and labels as text', async ({
  page,
}) => {
  const w = await watch(page);
  await trap(page);
  await page.goto(`${HOSTILE}/uz-cyrl/hostile-2/city/sector-1/`);
  await page.locator('figure[data-map-src]').scrollIntoViewIfNeeded();
  await expect(page.locator('figure[data-map-src]')).toHaveAttribute('data-ready', 'true');
  const s1 = place('h2.c.m1').names['uz-Cyrl'];
  const area = page.locator('.map-leaflet path[data-place="h2.c.m1"]');
  await area.hover();
  await expect(page.locator('.leaflet-tooltip.map-tip strong')).toHaveText(s1);
  await page.mouse.move(0, 0);
  await area.focus();
  await expect(page.locator('.leaflet-tooltip.map-tip strong')).toHaveText(s1);
  await expect(area).toHaveAttribute(
    'aria-label',
    new RegExp(`^${s1.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `),
  );
  await expect(page.locator('.map-list li[data-place="h2.c.m1"] a')).toHaveText(s1);
  const metrics = fixture('metrics.json').metrics as { id: string; labels: Record<string, string> }[];
  const select = page.locator('select.map-metric');
  for (const id of await select
    .locator('option')
    .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value))) {
    await select.selectOption(id);
    await expect(page.locator('.map-legend .map-metric-label')).toHaveText(
      metrics.find((m) => m.id === id)!.labels['uz-Cyrl']!,
    );
  }
  await expectInert(page, w);
});

test('chart tooltips and legends show hostile names and labels as text', async ({ page }) => {
  const w = await watch(page);
  await trap(page);
  await page.goto(`${HOSTILE}/en/hostile-2/city/sector-1/`);
  const labels = Object.fromEntries(
    (fixture('metrics.json').metrics as { id: string; labels: { en: string } }[]).map((m) => [
      m.id,
      m.labels.en,
    ]),
  );
  const legends = await page.locator('figure.chart .chart-legend li').allTextContents();
  expect(legends).toEqual(expect.arrayContaining([labels.iron_lifted, labels.iron_registered]));
  // Each mark's tooltip starts with its row's name, the same text as the table's row header.
  const ranking = page.locator('#chart-ranking');
  const rows = await ranking.locator('table th[scope="row"]').allTextContents();
  expect(rows).toContain(place('h2.c.m2').names.en);
  for (const mark of await ranking.locator('.mark[data-cells]').all()) {
    await mark.hover();
    const tip = (await ranking.locator('.chart-tip').textContent())!;
    expect(
      rows.some((r) => tip.startsWith(`${r} — `)),
      tip,
    ).toBe(true);
  }
  await expectInert(page, w);
});

test('search results show hostile names as text', async ({ page }) => {
  const w = await watch(page);
  await trap(page);
  await page.goto(`${HOSTILE}/uz/`);
  await page.locator('#search-input').fill('Mahalla');
  await expect(page.locator('#search-results a').first()).toBeVisible();
  const shown = await page
    .locator('#search-results a')
    .evaluateAll((as) => as.map((a) => a.firstChild!.textContent));
  expect(shown).toContain(place('h2.c.m2').names['uz-Latn']);
  await page.keyboard.press('ArrowDown');
  await expectInert(page, w);
});
