import { test, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO, HOSTILE } from '../playwright.config.ts';
import { watch } from './watch.ts';

const SECTOR = `${DEMO}/en/fergana/ozbekiston/sector-2/`;
const EMBED = `${DEMO}/embed/en/fergana/ozbekiston/sector-2/chart-progress/`;
/** Another origin (another port) that embeds the chart as any website would. */
const HOST_PORT = Number(process.env.E2E_EMBED_HOST_PORT || 4399);
const HOST = `http://localhost:${HOST_PORT}`;

let server: ChildProcess | undefined;
let dir = '';
/** The height the copied code gives the frame before any script runs. */
let fallbackHeight = 0;

test.beforeAll(async ({ request }) => {
  // The host page is the code a website owner copies from the chart, with a spoofing frame beside it.
  const res = await request.get(SECTOR);
  const html = await res.text();
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  const codes = [...html.matchAll(/<textarea class="embed-code ([a-z-]+)"[^>]*>([^<]*)<\/textarea>/g)].filter((m) => m[2]!.includes('chart-progress'));
  const iframe = unescape(codes.find((m) => m[1] === 'iframe-code')![2]!).replace('http://localhost:4321', DEMO);
  fallbackHeight = Number(/height="(\d+)"/.exec(iframe)![1]);
  const script = unescape(codes.find((m) => m[1] === 'resize-code')![2]!);
  const spoof = `<iframe name="spoof" title="Another frame" sandbox="allow-scripts" srcdoc="<p>another frame</p>"></iframe>`;
  dir = mkdtempSync(join(tmpdir(), 'embed-host-'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html><body><h1>Someone else's page</h1>${iframe}${spoof}${script}</body></html>`);
  server = spawn(process.execPath, ['src/cli/serve.ts', '--dir', dir, '--port', String(HOST_PORT)], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    // Our own page, not something else already on that port.
    if (await request.get(`${HOST}/`).then(async (r) => r.ok() && (await r.text()).includes('name="spoof"'), () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('host page server did not start');
});

test.afterAll(() => {
  server?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the copied code embeds the chart on another origin in a sandboxed frame, which fits its height', async ({ page }) => {
  await page.goto(`${HOST}/`);
  const iframe = page.locator('iframe[title*="Sector 2"]');
  await expect(iframe).toHaveAttribute('sandbox', /allow-scripts/);
  const frame = page.frameLocator('iframe[title*="Sector 2"]');
  await expect(frame.locator('svg.chart-svg')).toBeVisible();
  await expect(frame.getByRole('link', { name: /on Ochiq Sektor/ })).toBeVisible();
  // The sandboxed document's module scripts load (origin null) and report its height,
  // which differs from the fixed fallback height of the code.
  const inner = await page.frame({ url: /\/embed\// })!.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  expect(inner).not.toBe(fallbackHeight);
  await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBe(inner);
});

test('a resize message from another frame is ignored', async ({ page }) => {
  await page.goto(`${HOST}/`);
  const iframe = page.locator('iframe[title*="Sector 2"]');
  await expect.poll(async () => Number(await iframe.getAttribute('height'))).not.toBe(fallbackHeight);
  const settled = await iframe.getAttribute('height');
  const spoof = page.frame({ name: 'spoof' });
  expect(spoof, page.frames().map((f) => f.url()).join(' ')).toBeTruthy();
  await spoof!.evaluate(() => parent.postMessage({ type: 'ochiq-sektor:height', height: 2500 }, '*'));
  // The host page itself may send one too: neither is the embed's window.
  await page.evaluate(() => window.postMessage({ type: 'ochiq-sektor:height', height: 2400 }, '*'));
  await page.waitForTimeout(300);
  expect(await iframe.getAttribute('height')).toBe(settled);
});

test('embed pages ask not to be indexed and may be framed; other pages may not be framed', async ({ page, request }) => {
  const embed = await request.get(EMBED);
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  expect(embed.headers()['x-robots-tag']).toBe('noindex');
  await page.goto(EMBED);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('header, nav')).toHaveCount(0);
  const place = await request.get(SECTOR);
  expect(place.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(place.headers()['x-frame-options']).toBe('DENY');
});

test('the progress chart of sector 2 downloads as CSV with its numbers and as a standalone SVG', async ({ page, request }) => {
  await page.goto(SECTOR);
  const chart = page.locator('#chart-progress');
  const csvHref = (await chart.getByRole('link', { name: 'CSV' }).getAttribute('href'))!;
  const csv = await (await request.get(`${DEMO}${csvHref}`)).text();
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toBe('Place,Families in the Iron Notebook,Families lifted out of poverty,Share lifted out of poverty,provenance,notes');
  expect(lines[1]!.split(',').slice(1, 3)).toEqual(['831', '660']);
  const svgHref = (await chart.getByRole('link', { name: 'SVG' }).getAttribute('href'))!;
  const svg = await request.get(`${DEMO}${svgHref}`);
  expect(svg.headers()['content-type']).toContain('image/svg+xml');
  const text = await svg.text();
  expect(text).toContain('<style>');
  expect(text).toContain('660');
});

test('the chart citation of sector 2 gives the date, the publisher and only the pinned link', async ({ page }) => {
  await page.goto(SECTOR);
  const chart = page.locator('#chart-progress');
  await chart.locator('summary', { hasText: 'Cite' }).click();
  const text = (await chart.locator('.cite-text').textContent())!;
  expect(text).toContain('831');
  expect(text).toContain('660');
  expect(text).toContain('December 2, 2020');
  expect(text).toContain('Fergana Regional Administration');
  const urls = text.match(/https?:\/\/\S+/g) ?? [];
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(url.startsWith(`${DEMO}/en/archive/2020-12-02/#fa.ozbekiston.s2--`)).toBe(true);
});

test('an illustrative chart cannot be cited, and says why', async ({ page }) => {
  await page.goto(SECTOR);
  const chart = page.locator('#chart-ranking');
  await chart.locator('summary', { hasText: 'Cite' }).click();
  await expect(chart.locator('.cite-refused')).toContainText('cannot be cited');
  await expect(chart.locator('.cite-text')).toHaveCount(0);
});

test('a hostile dataset’s embed page shows its payloads as text and runs none', async ({ page }) => {
  const w = await watch(page);
  await page.goto(`${HOSTILE}/embed/en/hostile/district/sector-1/chart-ranking/`);
  await page.locator('body').hover();
  await w.collect();
  expect(w.dialogs).toEqual([]);
  expect(w.cspViolations).toEqual([]);
  expect(w.consoleErrors).toEqual([]);
  await expect(page.locator('figure.chart svg.chart-svg')).toBeVisible();
});

test('at 320 px the embed page and the chart tools do not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const url of [EMBED, SECTOR]) {
    await page.goto(url);
    for (const s of await page.locator('#chart-progress .chart-share summary').all()) await s.click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  }
});
