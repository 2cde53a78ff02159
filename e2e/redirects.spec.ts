// Every kind of address the site published and later moved still leads to its figures:
// under `npm run serve` (which follows the build's _redirects, as Netlify and Cloudflare
// Pages do) and under the README's nginx configuration.
import { test, expect } from '@playwright/test';
import { DEMO, HAS_NGINX, NGINX } from '../playwright.config.ts';

const servers = [
  { name: 'the _redirects file', origin: DEMO, run: true },
  { name: 'nginx', origin: NGINX, run: HAS_NGINX },
];

for (const server of servers)
  test.describe(`under ${server.name}`, () => {
    test.skip(!server.run, 'nginx is not installed (apt-get install nginx)');

    test("a chart's old embed page leads to its place's embed page, showing that chart with its figures", async ({
      page,
      request,
    }) => {
      const old = '/embed/en/fergana/ozbekiston/sector-2/chart-progress/';
      const hop = await request.get(`${server.origin}${old}`, { maxRedirects: 0 });
      expect(hop.status()).toBe(301);
      await page.goto(`${server.origin}${old}`);
      expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(
        '/embed/en/fergana/ozbekiston/sector-2/#chart-progress',
      );
      await expect(page.locator('figure.chart:visible')).toHaveCount(1);
      const table = page.locator('#chart-progress .chart-table');
      await expect(table).toContainText('831');
      await expect(table).toContainText('660');
    });

    test('old embed pages of a region and a district lead to their charts, in their locale', async ({
      page,
    }) => {
      for (const [old, now, chart] of [
        ['/embed/uz-cyrl/fergana/chart-ranking/', '/embed/uz-cyrl/fergana/', 'chart-ranking'],
        [
          '/embed/ru/fergana/ozbekiston/chart-institutions/',
          '/embed/ru/fergana/ozbekiston/',
          'chart-institutions',
        ],
      ] as const) {
        await page.goto(`${server.origin}${old}`);
        expect(new URL(page.url()).pathname).toBe(now);
        await expect(page.locator(`#${chart}`)).toBeVisible();
        await expect(page.locator('figure.chart:visible')).toHaveCount(1);
        await expect(page.locator('html')).toHaveAttribute(
          'lang',
          old.split('/')[2] === 'ru' ? 'ru' : 'uz-Cyrl',
        );
      }
    });

    test("a chart's PNG addresses, 1200 and 2400 px, lead to its SVG with the same figures", async ({
      request,
    }) => {
      for (const old of [
        '/charts/en/fa.ozbekiston.s2/chart-progress.png',
        '/charts/uz-cyrl/fa.ozbekiston.s2/chart-progress@2x.png',
      ]) {
        const hop = await request.get(`${server.origin}${old}`, { maxRedirects: 0 });
        expect(hop.status(), old).toBe(301);
        const res = await request.get(`${server.origin}${old}`);
        expect(new URL(res.url()).pathname).toBe(old.replace(/(@2x)?\.png$/, '.svg'));
        expect(res.headers()['content-type']).toBe('image/svg+xml');
        const svg = await res.text();
        expect(svg).toContain('831');
        expect(svg).toContain('660');
      }
    });

    test('addresses that never existed stay not found', async ({ request }) => {
      for (const path of ['/embed/en/fergana/no-such-chart/', '/charts/en/fa/no-such-chart.png'])
        expect((await request.get(`${server.origin}${path}`, { maxRedirects: 0 })).status(), path).toBe(404);
    });
  });
