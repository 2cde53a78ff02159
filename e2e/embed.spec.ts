import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { DEMO, HOSTILE } from '../playwright.config.ts';
import { watch } from './watch.ts';
import { startHostPage, type HostPage } from './host-page.ts';

const SECTOR = `${DEMO}/en/fergana/ozbekiston/sector-2/`;
/** Sector 2's charts as they are now, at its progress chart. */
const EMBED = `${DEMO}/embed/en/fergana/ozbekiston/sector-2/#chart-progress`;
/** Sector 2's charts pinned to the snapshot of 2 December 2020 (the newest), and to November's. */
const PINNED = `${DEMO}/embed/en/2020-12-02/fergana/ozbekiston/sector-2/`;
const PINNED_NOV = `${DEMO}/embed/en/2020-11-02/fergana/ozbekiston/sector-2/`;
/** Another origin (another port) that embeds the chart as any website would. */
// One port per Playwright worker: each worker serves its own host page, and stops it when done.
const HOST_PORT = Number(process.env.E2E_EMBED_HOST_PORT || 4399);
let HOST = '';

let host: HostPage | undefined;
/** The height the copied code gives the frame before any script runs. */
let fallbackHeight = 0;
/** The pinned iframe code of sector 2's progress chart, as copied. */
let pinnedCode = '';

test.beforeAll(async ({ request }, info) => {
  const port = HOST_PORT + info.workerIndex * 7;
  HOST = `http://localhost:${port}`;
  // The host page is the code a website owner copies from the chart, with a spoofing frame beside it.
  const res = await request.get(SECTOR);
  const html = await res.text();
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  const codes = [...html.matchAll(/<textarea class="embed-code ([a-z-]+)"[^>]*>([^<]*)<\/textarea>/g)].filter(
    (m) => m[2]!.includes('chart-progress'),
  );
  const iframe = unescape(codes.find((m) => m[1] === 'iframe-code')![2]!).replace(
    'http://localhost:4321',
    DEMO,
  );
  pinnedCode = unescape(codes.find((m) => m[1] === 'pinned-code')![2]!).replace(
    'http://localhost:4321',
    DEMO,
  );
  fallbackHeight = Number(/height="(\d+)"/.exec(iframe)![1]);
  const script = unescape(codes.find((m) => m[1] === 'resize-code')![2]!);
  const spoof = `<iframe name="spoof" title="Another frame" sandbox="allow-scripts" srcdoc="<p>another frame</p>"></iframe>`;
  host = await startHostPage(request, port, {
    'index.html': `<!doctype html><html><body><h1>Someone else's page</h1>${iframe}${spoof}${script}</body></html>`,
    // The pinned code with the same resize script, on a page of its own.
    'pinned.html': `<!doctype html><html><body><h1>Someone else's page</h1>${pinnedCode}${script}</body></html>`,
  });
});

test.afterAll(() => host?.stop());

test('the copied code embeds the chart on another origin in a sandboxed frame, which fits its height', async ({
  page,
}) => {
  await page.goto(`${HOST}/`);
  const iframe = page.locator('iframe[title*="Sector 2"]');
  await expect(iframe).toHaveAttribute('sandbox', /allow-scripts/);
  const frame = page.frameLocator('iframe[title*="Sector 2"]');
  await expect(frame.locator('#chart-progress svg.chart-svg')).toBeVisible();
  await expect(frame.locator('figure.chart:visible')).toHaveCount(1);
  await expect(frame.getByRole('link', { name: /on Ochiq Sektor/ })).toBeVisible();
  // The sandboxed document's module scripts load (origin null) and report its height,
  // which differs from the fixed fallback height of the code.
  const inner = await page
    .frame({ url: /\/embed\// })!
    .evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  expect(inner).not.toBe(fallbackHeight);
  await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBe(inner);
});

test('a resize message from another frame is ignored', async ({ page }) => {
  await page.goto(`${HOST}/`);
  const iframe = page.locator('iframe[title*="Sector 2"]');
  await expect.poll(async () => Number(await iframe.getAttribute('height'))).not.toBe(fallbackHeight);
  const settled = await iframe.getAttribute('height');
  const spoof = page.frame({ name: 'spoof' });
  expect(
    spoof,
    page
      .frames()
      .map((f) => f.url())
      .join(' '),
  ).toBeTruthy();
  await spoof!.evaluate(() => parent.postMessage({ type: 'ochiq-sektor:height', height: 2500 }, '*'));
  // The host page itself may send one too: neither is the embed's window.
  await page.evaluate(() => window.postMessage({ type: 'ochiq-sektor:height', height: 2400 }, '*'));
  await page.waitForTimeout(300);
  expect(await iframe.getAttribute('height')).toBe(settled);
});

test('embed pages, latest and pinned, ask not to be indexed and may be framed; other pages may not be framed', async ({
  page,
  request,
}) => {
  for (const url of [EMBED, PINNED]) {
    const embed = await request.get(url);
    expect(embed.status()).toBe(200);
    expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
    expect(embed.headers()['x-frame-options']).toBeUndefined();
    expect(embed.headers()['x-robots-tag']).toBe('noindex');
    await page.goto(url);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('header, nav')).toHaveCount(0);
  }
  const sitemap = await (await request.get(`${DEMO}/sitemap-0.xml`)).text();
  expect(sitemap).toContain('/en/fergana/ozbekiston/sector-2/');
  expect(sitemap).not.toContain('/embed/');
  const place = await request.get(SECTOR);
  expect(place.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(place.headers()['x-frame-options']).toBe('DENY');
});

test('the progress chart of sector 2 downloads as CSV with its numbers and as a standalone SVG', async ({
  page,
  request,
}) => {
  await page.goto(SECTOR);
  const chart = page.locator('#chart-progress');
  const csvHref = (await chart.getByRole('link', { name: 'CSV' }).getAttribute('href'))!;
  const csv = await (await request.get(`${DEMO}${csvHref}`)).text();
  const [head, row] = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((l) => l.split(','));
  // Stable column names; numbers with a decimal point (the share in per cent), each with its qualifier.
  const cell = (column: string) => row![head!.indexOf(column)];
  expect(head).toEqual([
    'date',
    'place_id',
    'place',
    'iron_registered',
    'iron_registered_qualifier',
    'iron_lifted',
    'iron_lifted_qualifier',
    'iron_lifted_share_percent',
    'iron_lifted_share_qualifier',
    'provenance',
    'notes',
  ]);
  expect([cell('date'), cell('place_id')]).toEqual(['2020-12-02', 'fa.ozbekiston.s2']);
  expect([cell('iron_registered'), cell('iron_lifted'), cell('iron_lifted_share_percent')]).toEqual([
    '831',
    '660',
    '79.42',
  ]);
  expect([cell('iron_registered_qualifier'), cell('iron_lifted_qualifier'), cell('provenance')]).toEqual([
    'exact',
    'exact',
    'sourced',
  ]);
  const svgHref = (await chart.getByRole('link', { name: 'SVG' }).getAttribute('href'))!;
  const svg = await request.get(`${DEMO}${svgHref}`);
  expect(svg.headers()['content-type']).toContain('image/svg+xml');
  const text = await svg.text();
  expect(text).toContain('<style>');
  expect(text).toContain('660');
});

test('the chart citation of sector 2 gives the date, the publisher and only the pinned link', async ({
  page,
}) => {
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
  // Citations carry the public origin (SITE_URL), whatever port the test serves on.
  for (const url of urls)
    expect(url.replace(/^https?:\/\/[^/]+/, '')).toMatch(/^\/en\/archive\/2020-12-02\/#fa\.ozbekiston\.s2--/);
});

test('an illustrative chart cannot be cited, and says why', async ({ page }) => {
  await page.goto(SECTOR);
  const chart = page.locator('#chart-ranking');
  await chart.locator('summary', { hasText: 'Cite' }).click();
  await expect(chart.locator('.cite-refused')).toContainText('cannot be cited');
  await expect(chart.locator('.cite-text')).toHaveCount(0);
});

test('a hostile dataset’s embed pages, latest and pinned, show its payloads as text and run none', async ({
  page,
}) => {
  for (const url of [
    `${HOSTILE}/embed/en/hostile/district/sector-1/#chart-ranking`,
    `${HOSTILE}/embed/en/2020-12-02/hostile/district/sector-1/#chart-ranking`,
  ]) {
    const w = await watch(page);
    await page.goto(url);
    await page.locator('body').hover();
    await w.collect();
    expect(w.dialogs).toEqual([]);
    expect(w.cspViolations).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    await expect(page.locator('figure.chart:visible svg.chart-svg')).toHaveCount(1);
  }
});

test('the embed code offers the latest chart and the chart pinned to the newest snapshot, with its date', async ({
  page,
}) => {
  await page.goto(SECTOR);
  const chart = page.locator('#chart-progress');
  await chart.locator('summary', { hasText: 'Embed' }).click();
  await expect(chart.locator('.chart-embed')).toContainText('Pinned to this snapshot (December 2, 2020)');
  await expect(chart.locator('textarea.pinned-code')).toHaveValue(
    /src="[^"]*\/embed\/en\/2020-12-02\/fergana\/ozbekiston\/sector-2\/#chart-progress"/,
  );
  await expect(chart.locator('textarea.iframe-code')).toHaveValue(
    /src="[^"]*\/embed\/en\/fergana\/ozbekiston\/sector-2\/#chart-progress"/,
  );
  // One resize script serves either frame.
  const script = await chart.locator('textarea.resize-code').inputValue();
  for (const code of [
    await chart.locator('textarea.iframe-code').inputValue(),
    await chart.locator('textarea.pinned-code').inputValue(),
  ]) {
    expect(script).toContain(`"${/id="([^"]+)"/.exec(code)![1]}"`);
  }
});

test('a pinned embed shows the figures of its snapshot: sector 2’s sourced December counts, November’s earlier ones', async ({
  page,
}) => {
  await page.goto(`${PINNED}#chart-progress`);
  const dec = page.locator('#chart-progress');
  await expect(dec.locator('.chart-table')).toContainText('831');
  await expect(dec.locator('.chart-table')).toContainText('660');
  await expect(dec.locator('.chart-caption')).toContainText('December 2, 2020');
  await page.goto(`${PINNED_NOV}#chart-progress`);
  const nov = page.locator('#chart-progress');
  await expect(nov.locator('.chart-table td').first()).toHaveText('811');
  await expect(nov.locator('.chart-table')).toContainText('615');
  await expect(nov.locator('.chart-table')).not.toContainText('831');
  await expect(nov.locator('.chart-caption')).toContainText('November 2, 2020');
  // November's figures are illustrative, and say so; the links go to that snapshot's archive and to the live chart.
  await expect(nov.locator('.chart-status')).toContainText(/illustrative/i);
  const section = page.locator('section.embed-chart', { has: nov });
  await expect(section.getByRole('link', { name: /Snapshot of November 2, 2020/ })).toHaveAttribute(
    'href',
    /\/en\/archive\/2020-11-02\/#fa\.ozbekiston\.s2--iron_registered--/,
  );
  await expect(section.locator('.embed-back a').last()).toHaveAttribute(
    'href',
    /\/en\/fergana\/ozbekiston\/sector-2\/#chart-progress$/,
  );
});

test('an embed page, latest or pinned, shows only the chart its address names, and every chart without one', async ({
  page,
  request,
}) => {
  for (const url of [EMBED, `${PINNED}#chart-progress`]) {
    await page.goto(url);
    await expect(page.locator('figure.chart:visible')).toHaveCount(1);
    await expect(page.locator('#chart-progress')).toBeVisible();
    await expect(page.locator('#chart-trend-iron')).toBeHidden();
  }
  // Without a fragment, every chart of the sector, in the order of its page.
  const onPage = await (await request.get(SECTOR)).text();
  const order = [...onPage.matchAll(/<figure class="chart" id="([^"]+)"/g)].map((m) => m[1]);
  for (const url of [EMBED.split('#')[0]!, PINNED]) {
    await page.goto(url);
    expect(await page.locator('figure.chart:visible').evaluateAll((f) => f.map((x) => x.id))).toEqual(order);
  }
  await page.goto(PINNED);
  // Ids are unique although the page holds several charts.
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
  expect(ids.length - new Set(ids).size).toBe(0);
  // The archive link's anchor exists on the archive page.
  const href = (await page
    .locator('section.embed-chart', { has: page.locator('#chart-progress') })
    .getByRole('link', { name: /Snapshot of/ })
    .getAttribute('href'))!;
  const archive = await (await request.get(href.replace('http://localhost:4321', DEMO))).text();
  expect(archive).toContain(`id="${decodeURIComponent(href.split('#')[1]!)}"`);
});

test('the pinned code embeds the chart on another origin in a sandboxed frame, which fits its height', async ({
  page,
}) => {
  await page.goto(`${HOST}/pinned.html`);
  const iframe = page.locator('iframe[title*="Sector 2"]');
  await expect(iframe).toHaveAttribute('sandbox', /allow-scripts/);
  const frame = page.frameLocator('iframe[title*="Sector 2"]');
  await expect(frame.locator('#chart-progress svg.chart-svg')).toBeVisible();
  await expect(frame.locator('figure.chart:visible')).toHaveCount(1);
  const fallback = Number(/height="(\d+)"/.exec(pinnedCode)![1]);
  const inner = await page
    .frame({ url: /\/embed\// })!
    .evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  expect(inner).not.toBe(fallback);
  await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBe(inner);
});

test('embed pages, latest and pinned, have no WCAG 2.2 A/AA violation', async ({ page }) => {
  // Four full axe runs over pages of up to seven charts: about 60 s alone, more on a busy machine.
  test.setTimeout(180_000);
  for (const url of [
    EMBED,
    PINNED,
    `${PINNED_NOV}#chart-progress`,
    `${DEMO}/embed/uz/2020-12-02/fergana/ozbekiston/`,
  ]) {
    await page.goto(url);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      results.violations.map((v) => `${url} ${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`),
    ).toEqual([]);
  }
});

test('at 320 px the embed page and the chart tools do not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const url of [EMBED, `${PINNED}#chart-progress`, PINNED, SECTOR]) {
    await page.goto(url);
    for (const s of await page.locator('#chart-progress .chart-share summary').all()) await s.click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  }
});
