// The README's nginx configuration, run by Debian's nginx on the demo build: a chart embeds
// in a sandboxed frame of another origin, and every link of one page of each type resolves.
// (The header checks of e2e/headers.spec.ts run against it too.)
import { test, expect } from '@playwright/test';
import { HAS_NGINX, NGINX } from '../playwright.config.ts';
import { startHostPage, type HostPage } from './host-page.ts';

test("nginx is installed where CI runs, so the README's configuration is tested", () => {
  expect(HAS_NGINX || !process.env.CI).toBe(true);
});

test.describe('under nginx', () => {
  test.skip(!HAS_NGINX, 'nginx is not installed (apt-get install nginx)');

  let host: HostPage | undefined;

  test.beforeAll(async ({ request }, info) => {
    const embed = `${NGINX}/embed/en/fergana/ozbekiston/sector-2/#chart-progress`;
    host = await startHostPage(request, 4450 + info.workerIndex * 7, {
      'index.html': `<!doctype html><html><body><iframe src="${embed}" title="Chart" sandbox="allow-scripts" width="600" height="300"></iframe></body></html>`,
    });
  });

  test.afterAll(() => host?.stop());

  test('a chart served by nginx embeds in a sandboxed frame of another origin, with its scripts', async ({
    page,
  }) => {
    await page.goto(`${host!.origin}/`);
    const frame = page.frameLocator('iframe[title="Chart"]');
    await expect(frame.locator('#chart-progress svg.chart-svg')).toBeVisible();
    // The module scripts load in the null-origin frame only if nginx sends CORS for /_astro/.
    await expect
      .poll(() =>
        page
          .frame({ url: /\/embed\// })!
          .evaluate(() => document.querySelectorAll('script[type="module"]').length),
      )
      .toBeGreaterThan(0);
    const scripts = await page
      .frame({ url: /\/embed\// })!
      .evaluate(() =>
        [...document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')].map((s) => s.src),
      );
    for (const src of scripts) {
      const res = await page.request.get(src, { headers: { Origin: 'null' } });
      expect(res.headers()['access-control-allow-origin'], src).toBe('*');
    }
  });

  for (const path of [
    '/uz/',
    '/en/samarkand/',
    '/en/fergana/ozbekiston/',
    '/ru/fergana/ozbekiston/sector-2/',
    '/uz-cyrl/fergana/ozbekiston/qaynar/',
    '/en/about/',
    '/embed/en/2020-12-02/fergana/ozbekiston/sector-2/',
  ]) {
    test(`every link and asset of ${path} resolves under nginx`, async ({ request }) => {
      const res = await request.get(`${NGINX}${path}`);
      expect(res.status()).toBe(200);
      const html = await res.text();
      const urls = [
        ...new Set(
          [...html.matchAll(/\s(?:href|src)="(\/[^"#?]*)/g)].map((m) => m[1]!.replace(/&amp;/g, '&')),
        ),
      ];
      // The page's own script at least, and a link or an asset besides.
      expect(urls.some((u) => u.startsWith('/_astro/'))).toBe(true);
      expect(urls.length).toBeGreaterThanOrEqual(2);
      const broken: string[] = [];
      for (const url of urls) {
        const r = await request.get(`${NGINX}${url}`, { maxRedirects: 5 });
        if (r.status() !== 200) broken.push(`${url}: ${r.status()}`);
      }
      expect(broken).toEqual([]);
    });
  }
});
