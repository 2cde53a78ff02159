import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { DEMO, DEMO_DIR, HOSTILE } from '../playwright.config.ts';
import { watch } from './watch.ts';
import { siteData } from '../src/site/data.ts';
import { progressModel } from '../src/charts/progress/progress-model.ts';
import { layoutProgress } from '../src/charts/progress/progress-layout.ts';
import { trendModel } from '../src/charts/trend/trend-model.ts';
import { layoutTrend } from '../src/charts/trend/trend-layout.ts';
import { notebooksModel } from '../src/charts/notebooks/notebooks-model.ts';
import { layoutNotebooks } from '../src/charts/notebooks/notebooks-layout.ts';
import { renderSvg } from '../src/charts/shared/svg-nodes.ts';

/** Each page type and the charts its level has data for. */
const FULL = [
  'chart-progress',
  'chart-trend-iron',
  'chart-ranking',
  'chart-standing',
  'chart-notebooks',
  'chart-institutions',
  'chart-trend-appeals',
];
const PAGES: Record<string, { path: string; charts: string[] }> = {
  region: { path: 'fergana/', charts: FULL.filter((c) => c !== 'chart-standing') },
  'region sector': { path: 'fergana/sector-2/', charts: FULL },
  district: { path: 'fergana/ozbekiston/', charts: FULL },
  city: { path: 'fergana/kokand-city/', charts: FULL },
  sector: { path: 'fergana/ozbekiston/sector-2/', charts: FULL },
  mahalla: {
    path: 'fergana/ozbekiston/qaynar/',
    charts: ['chart-progress', 'chart-trend-iron', 'chart-notebooks'],
  },
};
const LOCALES = ['uz', 'uz-cyrl', 'ru', 'en'];

/** The value a table cell prints, without its small note (a revision, why it is hidden). */
const CELL_VALUE = (cell: Element) =>
  [...cell.childNodes]
    .filter((n) => !(n instanceof Element && n.classList.contains('meta')))
    .map((n) => n.textContent)
    .join('');

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const [type, { path, charts }] of Object.entries(PAGES)) {
    for (const seg of ['en', 'uz-cyrl']) {
      test(`the ${type} page in ${seg} has each chart's SVG, name, description and table`, async ({
        page,
      }) => {
        await page.goto(`${DEMO}/${seg}/${path}`);
        await expect(page.locator('figure.chart')).toHaveCount(charts.length);
        expect(await page.locator('figure.chart').evaluateAll((f) => f.map((x) => x.id))).toEqual(charts);
        for (const id of charts) {
          const fig = page.locator(`#${id}`);
          const svg = fig.locator('svg.chart-svg');
          await expect(svg).toHaveAttribute('role', 'img');
          await expect(svg).toBeVisible();
          // Accessible name: the title stating the finding; description: what is drawn.
          await expect(svg).toHaveAccessibleName((await fig.locator('h3.chart-title').textContent())!);
          expect((await svg.getAttribute('aria-describedby'))!).toBe(`${id}-desc`);
          expect(await svg.locator('desc').textContent()).not.toBe('');
          // Fixed height, so nothing moves while the page loads.
          expect(Number(await svg.getAttribute('height'))).toBeGreaterThan(0);
          expect(await fig.locator('details table tbody tr').count()).toBeGreaterThan(0);
          await expect(fig.locator('.chart-caption')).toContainText(/\d{4}/);
        }
      });
    }
  }

  test('the page SVG is the same as the layout renders it (what the golden files hold)', async ({ page }) => {
    const data = siteData();
    const cases = [
      {
        path: 'en/fergana/ozbekiston/sector-2/',
        svg: renderSvg(layoutProgress(progressModel(data, 'fa.ozbekiston.s2', 'en')!, 'en')),
        id: 'chart-progress',
      },
      {
        path: 'ru/fergana/ozbekiston/sector-2/',
        svg: renderSvg(layoutTrend(trendModel(data, 'fa.ozbekiston.s2', 'ru', 'iron')!, 'ru')),
        id: 'chart-trend-iron',
      },
      {
        path: 'uz/fergana/dangara/chashma/',
        svg: renderSvg(layoutNotebooks(notebooksModel(data, 'fa.dangara.chashma', 'uz')!, 'uz')),
        id: 'chart-notebooks',
      },
    ];
    for (const c of cases) {
      await page.goto(`${DEMO}/${c.path}`);
      const [actual, expected] = await page.locator(`#${c.id} svg.chart-svg`).evaluate((svg, markup) => {
        const parsed = new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html').body
          .firstElementChild!;
        return [svg.outerHTML, parsed.outerHTML];
      }, c.svg);
      expect(actual, c.path).toBe(expected);
    }
  });

  test('sector 2 states its sourced progress and says the share is derived', async ({ page }) => {
    await page.goto(`${DEMO}/en/fergana/ozbekiston/sector-2/`);
    const fig = page.locator('#chart-progress');
    await expect(fig.locator('h3')).toHaveText(
      'Sector 2 has lifted 660 of 831 families (79.4%) out of poverty',
    );
    await expect(fig.locator('figcaption .badge.sourced')).toBeVisible();
    await expect(fig.locator('figcaption .badge.illustrative')).toHaveCount(0);
    await expect(fig.locator('.chart-caption')).toContainText(
      'The share 79.4% is derived from the sourced figures',
    );
    await expect(fig.locator('.chart-caption .cite')).toContainText('Fergana Regional Administration');
    // Its one-row table is open; longer tables are collapsed under "Show the numbers".
    await expect(fig.locator('table')).toBeVisible();
    await expect(page.locator('#chart-ranking table')).toBeHidden();
    // The trend: five illustrative months (open points), the sourced December point filled.
    const points = page.locator('#chart-trend-iron .series').first().locator('circle');
    await expect(points).toHaveCount(6);
    expect(await points.evaluateAll((cs) => cs.map((c) => getComputedStyle(c).fill))).toEqual([
      ...Array(5).fill('rgb(255, 255, 255)'),
      'rgb(0, 114, 178)',
    ]);
    await expect(page.locator('#chart-trend-iron figcaption .badge')).toHaveText(['sourced', 'illustrative']);
  });

  test('Chashma: a missing snapshot is a gap, small counts are "fewer than 5", never numbers', async ({
    page,
  }) => {
    await page.goto(`${DEMO}/en/fergana/dangara/chashma/`);
    const fig = page.locator('#chart-notebooks');
    const women = fig.locator('table tbody tr').nth(2).locator('td').nth(2);
    await expect(women).toHaveText('no data');
    await expect(fig.locator('.mark[data-cells="2-3"]')).toHaveCount(0);
    await expect(fig.locator('.mark[data-cells="2-2"]')).toHaveCount(1);
    await expect(fig.locator('text.value').nth(3)).toHaveText('fewer than 5');
    await expect(fig.locator('.mark[data-cells$="-4"] rect')).toHaveCount(6);
    await expect(fig.locator('.chart-caption')).toContainText('it is not a zero');
  });
});

test.describe('with JavaScript on', () => {
  for (const [type, { path }] of Object.entries(PAGES)) {
    test(`the ${type} page: no CSP violation, and every label equals its table cell`, async ({ page }) => {
      const w = await watch(page);
      await page.goto(`${DEMO}/ru/${path}`);
      await page.locator('figure.chart .mark[tabindex]').first().waitFor({ state: 'attached' });
      await w.collect();
      expect(w.cspViolations).toEqual([]);
      expect(w.consoleErrors).toEqual([]);
      expect(w.foreignRequests).toEqual([]);
      // Labels drawn on the chart print the same text as the table cells they stand for.
      const mismatches = await page.locator('figure.chart').evaluateAll((figs, cellValue) => {
        const value = new Function(`return (${cellValue})`)() as (c: Element) => string;
        const out: string[] = [];
        let checked = 0;
        for (const fig of figs) {
          const body = fig.querySelector('table.chart-table tbody') as HTMLTableSectionElement;
          const labels = [
            ...fig.querySelectorAll('svg text[data-cells]'),
            ...[...fig.querySelectorAll('svg .mark')].flatMap((m) =>
              [...m.querySelectorAll('text.value-label')].map((t) =>
                Object.assign(t, { refs: m.getAttribute('data-cells') }),
              ),
            ),
          ];
          for (const label of labels) {
            const refs = (
              label.getAttribute('data-cells') ?? (label as unknown as { refs: string }).refs
            ).split(' ');
            for (const ref of refs) {
              const [r, c] = ref.split('-').map(Number);
              const cell = body.rows[r!]!.cells[c!]!;
              checked++;
              if (!label.textContent!.includes(value(cell)))
                out.push(`${fig.id} ${ref}: "${label.textContent}" lacks "${value(cell)}"`);
            }
          }
        }
        return checked > 0 ? out : ['no label checked'];
      }, CELL_VALUE.toString());
      expect(mismatches).toEqual([]);
    });
  }

  test('hovering a mark shows its exact value and status; focus and arrow keys too; Escape hides', async ({
    page,
  }) => {
    await page.goto(`${DEMO}/en/fergana/ozbekiston/sector-2/`);
    const fig = page.locator('#chart-progress');
    const tip = fig.locator('.chart-tip');
    await fig.locator('.mark[data-cells="0-2 0-3"] rect').hover();
    await expect(tip).toBeVisible();
    await expect(tip).toHaveText(
      'Sector 2 — Families lifted out of poverty: 660 (sourced); Share lifted out of poverty: 79.4% (sourced)',
    );
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();

    const trend = page.locator('#chart-trend-iron');
    const first = trend.locator('.mark').first();
    await first.focus();
    await expect(trend.locator('.chart-tip')).toHaveText(
      'July 1, 2020 — Families lifted out of poverty: 468 (illustrative); Share lifted out of poverty: 65.1% (illustrative)',
    );
    await page.keyboard.press('End');
    await expect(trend.locator('.mark').nth(11)).toBeFocused();
    await expect(trend.locator('.chart-tip')).toHaveText(
      'December 2, 2020 — Families in the Iron Notebook: 831 (sourced)',
    );
    await expect(trend.locator('.mark').nth(11)).toHaveAccessibleName(
      'December 2, 2020 — Families in the Iron Notebook: 831 (sourced)',
    );
    await page.keyboard.press('ArrowLeft');
    await expect(trend.locator('.chart-tip')).toContainText(
      'November 2, 2020 — Families in the Iron Notebook: 811',
    );
    // One tab stop per chart: Tab leaves the chart.
    await page.keyboard.press('Tab');
    await expect(trend.locator('.mark:focus')).toHaveCount(0);
  });

  test('charts do not move as the page loads and the script enhances them (CLS 0)', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __chartShift: number };
      w.__chartShift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; sources?: { node?: Node }[] }[]) {
          if (e.sources?.some((s) => s.node instanceof Element && s.node.closest('figure.chart')))
            w.__chartShift += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const { path } of [PAGES.sector!, PAGES.mahalla!]) {
      await page.goto(`${DEMO}/uz/${path}`);
      await page.locator('figure.chart .mark[tabindex]').first().waitFor({ state: 'attached' });
      await page.mouse.wheel(0, 2000);
      await page.waitForTimeout(300);
      expect(
        await page.evaluate(() => (window as unknown as { __chartShift: number }).__chartShift),
        path,
      ).toBe(0);
    }
  });

  test.describe('on a 320 px phone', () => {
    test.use({ viewport: { width: 320, height: 640 } });
    for (const [type, { path }] of Object.entries(PAGES)) {
      for (const seg of LOCALES) {
        test(`the ${type} page in ${seg}: no chart reaches past the screen`, async ({ page }) => {
          await page.goto(`${DEMO}/${seg}/${path}`);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
          const outside = await page.locator('figure.chart svg.chart-svg').evaluateAll((svgs) =>
            svgs.flatMap((svg) => {
              const box = svg.getBoundingClientRect();
              return [...svg.querySelectorAll('text')]
                .filter((t) => getComputedStyle(t).display !== 'none')
                .map((t) => ({ r: t.getBoundingClientRect(), text: t.textContent }))
                .filter(({ r }) => r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1))
                .map(({ text }) => `${svg.closest('figure')!.id}: ${text}`);
            }),
          );
          expect(outside).toEqual([]);
        });
      }
    }
  });
});

test('the hostile build shows its payloads in charts as text, and runs none', async ({ page }) => {
  const w = await watch(page);
  await page.goto(`${HOSTILE}/en/hostile/`);
  await expect(page.locator('#chart-progress h3')).toContainText('<svg onload=alert(3)>');
  await page.goto(`${HOSTILE}/en/hostile/district/sector-1/`);
  const fig = page.locator('#chart-ranking');
  await fig.locator('.mark').nth(1).hover();
  await expect(fig.locator('.chart-tip')).toContainText('Qaynar');
  // The 10,000-character name: cut on the chart and in the tooltip, whole in the table.
  expect(
    Array.from((await fig.locator('.mark').first().locator('text').first().textContent())!).length,
  ).toBeLessThanOrEqual(26);
  await fig.locator('.mark').first().hover();
  expect((await fig.locator('.chart-tip').textContent())!.length).toBeLessThanOrEqual(300);
  expect((await fig.locator('table th[scope="row"]').first().textContent())!.length).toBe(10000);
  await w.collect();
  expect(w.dialogs).toEqual([]);
  expect(w.cspViolations).toEqual([]);
  expect(
    await page
      .locator(
        'figure.chart img, figure.chart script, figure.chart foreignObject, figure.chart [onload], figure.chart [onerror], figure.chart svg svg svg',
      )
      .count(),
  ).toBe(0);
});

test('chart pages ship at most 15 KiB (brotli) of chart JavaScript', async ({ page }) => {
  const sizes: Record<string, number> = {};
  for (const [type, { path }] of Object.entries(PAGES)) {
    // Every script the page fetches, its features' included (src/client/page.ts loads them after the first paint).
    const scripts = new Set<string>();
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
    });
    await page.goto(`${DEMO}/en/${path}`);
    // The tooltips module has labelled the first mark: the chart features have loaded.
    await expect(page.locator('figure.chart .mark[data-cells]').first()).toHaveAttribute('aria-label', /./);
    page.removeAllListeners('request');
    // The map (Leaflet) and the search box are not the charts' weight.
    const chart = [...scripts].filter((s) => !/\/(map|map-loader|search)\.[\w-]+\.js$/.test(s));
    expect(
      chart.some((s) => /chart-tooltips/.test(s)),
      type,
    ).toBe(true);
    sizes[type] = chart.reduce((n, s) => n + brotliCompressSync(readFileSync(`${DEMO_DIR}${s}`)).length, 0);
    expect(sizes[type], type).toBeLessThanOrEqual(15 * 1024);
  }
  console.log('chart JavaScript, brotli bytes per page type:', JSON.stringify(sizes));
});
