import { test, expect, type APIRequestContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DEMO, HOSTILE } from '../playwright.config.ts';
import { pngSize } from '../src/png/png-size.ts';
import { PAYLOADS } from './hostile.ts';
import { watch } from './watch.ts';

const SECTOR = '/en/fergana/ozbekiston/sector-2/';
const PNG_BUTTONS = [
  ['PNG 1200 px', 1200],
  ['PNG 2400 px', 2400],
] as const;

/** A PNG from a site: its status, type and size read from its own bytes. */
async function png(request: APIRequestContext, url: string) {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  expect(res.headers()['content-type']).toBe('image/png');
  return pngSize(await res.body());
}

/** The link preview tags of a page, by property or name. */
async function previewTags(page: Page): Promise<Record<string, string>> {
  return page
    .locator('meta[property^="og:"], meta[name^="twitter:"]')
    .evaluateAll((metas) =>
      Object.fromEntries(
        metas.map((m) => [
          m.getAttribute('property') ?? m.getAttribute('name'),
          m.getAttribute('content') ?? '',
        ]),
      ),
    );
}

/** Clicks a chart's PNG button and returns the file the browser saves, with its name. */
async function downloadPng(page: Page, name: string): Promise<{ bytes: Buffer; file: string }> {
  const button = page.locator('#chart-progress').getByRole('button', { name, exact: true });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(await download.failure()).toBeNull();
  return { bytes: readFileSync((await download.path())!), file: download.suggestedFilename() };
}

/**
 * A PNG as the browser decodes it: how many pixels are not white, and how many are dark
 * in the band of the chart file's title (its first line, y 16–36 px of the 800 px file, where
 * nothing but the title's text is drawn).
 */
function ink(
  page: Page,
  png: Buffer,
  scale: number,
): Promise<{ pixels: number; nonWhite: number; titleInk: number }> {
  return page.evaluate(
    async ({ b64, scale }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const [top, bottom] = [16 * scale, 36 * scale];
      let nonWhite = 0;
      let titleInk = 0;
      for (let i = 0; i < data.length; i += 4) {
        const y = Math.floor(i / 4 / bitmap.width);
        if (data[i]! < 250 || data[i + 1]! < 250 || data[i + 2]! < 250) nonWhite++;
        if (y >= top && y < bottom && data[i]! + data[i + 1]! + data[i + 2]! < 300) titleInk++;
      }
      return { pixels: data.length / 4, nonWhite, titleInk };
    },
    { b64: png.toString('base64'), scale },
  );
}

test('the PNG 1200 px and 2400 px buttons draw the chart in the browser: named files of the stated sizes, with text, fonts fetched on the first click only, no CSP violation', async ({
  page,
  request,
}) => {
  const w = await watch(page);
  const fontRequests: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.endsWith('.ttf')) fontRequests.push(r.url());
  });
  await page.goto(`${DEMO}${SECTOR}`);
  const chart = page.locator('#chart-progress');
  const svg = await (
    await request.get(
      `${DEMO}${await chart.getByRole('link', { name: 'SVG', exact: true }).getAttribute('href')}`,
    )
  ).text();
  const [, fileWidth, fileHeight] = /<svg xmlns="[^"]+" width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
  expect(fileWidth).toBe(800);
  expect(fontRequests, 'no font is fetched before a click').toEqual([]);

  const heights: number[] = [];
  for (const [name, width] of PNG_BUTTONS) {
    await expect(chart.getByRole('button', { name, exact: true })).toBeVisible();
    const { bytes, file } = await downloadPng(page, name);
    expect(file).toBe(`fa.ozbekiston.s2-chart-progress-en-${width}px.png`);
    const size = pngSize(bytes);
    expect(size).toEqual({ width, height: Math.round((fileHeight! * width) / 800) });
    heights.push(size.height);
    // Not blank: the chart is drawn, and its title's text has dark pixels (about 5 % of the band at least).
    const seen = await ink(page, bytes, width / 800);
    expect(seen.nonWhite, name).toBeGreaterThan(seen.pixels / 50);
    expect(seen.titleInk, name).toBeGreaterThan(20 * width * (width / 800) * 0.05);
  }
  // 1200×N and 2400×2N (2N − 1 when the 1.5× height was rounded up).
  expect(heights[1]! - 2 * heights[0]!).toBeGreaterThanOrEqual(-1);
  expect(heights[1]! - 2 * heights[0]!).toBeLessThanOrEqual(0);

  // The two fonts were fetched once, for the first click; how many bytes, for the README.
  expect(fontRequests).toHaveLength(2);
  const fonts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.ttf'))
      .map((e) => {
        const r = e as PerformanceResourceTiming;
        return `${r.name.split('/').pop()}: ${r.encodedBodySize} bytes sent, ${r.decodedBodySize} decoded`;
      }),
  );
  console.log(`fonts fetched on the first PNG click: ${fonts.join('; ')}`);
  await w.collect();
  expect(w.cspViolations).toEqual([]);
  expect(w.consoleErrors).toEqual([]);
  expect(w.foreignRequests).toEqual([]);
});

test('a PNG is drawn with the fonts the site serves, not the machine’s: the same picture twice, and another picture when another font is served', async ({
  page,
  context,
}) => {
  await page.goto(`${DEMO}${SECTOR}`);
  const first = await downloadPng(page, 'PNG 1200 px');
  const second = await downloadPng(page, 'PNG 1200 px');
  expect(second.bytes.equals(first.bytes)).toBe(true);

  // Serve DejaVu Sans Mono in the place of DejaVu Sans: if the PNG's text were set in an
  // installed font, or drawn before the embedded one loaded, nothing would change.
  const other = await context.newPage();
  await other.route(/\.ttf$/, (route) =>
    route.fulfill({
      contentType: 'font/ttf',
      body: readFileSync(
        `node_modules/dejavu-fonts-ttf/ttf/DejaVuSansMono${/Bold/.test(route.request().url()) ? '-Bold' : ''}.ttf`,
      ),
    }),
  );
  await other.goto(`${DEMO}${SECTOR}`);
  const mono = await downloadPng(other, 'PNG 1200 px');
  expect(pngSize(mono.bytes)).toEqual(pngSize(first.bytes));
  expect(mono.bytes.equals(first.bytes)).toBe(false);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a chart offers its SVG and CSV files, and no PNG button', async ({ page }) => {
    await page.goto(`${DEMO}${SECTOR}`);
    const files = page.locator('#chart-progress .chart-files');
    await expect(files).toHaveText('Download this chart: SVG (image), CSV (data)', { useInnerText: true });
    await expect(files.getByRole('button')).toHaveCount(0);
  });
});

test('in a sandboxed frame, which can neither fetch the SVG nor download, the PNG buttons stay hidden', async ({
  page,
}) => {
  await page.goto(`${DEMO}/embed/en/fergana/ozbekiston/sector-2/#chart-progress`);
  await expect(
    page.locator('#chart-progress').getByRole('button', { name: 'PNG 1200 px', exact: true }),
  ).toBeVisible();
  await page.setContent(
    `<iframe src="${DEMO}/embed/en/fergana/ozbekiston/sector-2/#chart-progress" sandbox="allow-scripts" width="800" height="900"></iframe>`,
  );
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('link', { name: 'SVG', exact: true })).toBeVisible();
  // The frame's scripts ran (the chart's marks took keyboard focus), yet the buttons stayed hidden.
  await expect(frame.locator('#chart-progress .mark[tabindex="0"]')).toHaveCount(1);
  await expect(frame.locator('#chart-progress .chart-png')).toBeHidden();
  await expect(frame.getByRole('button', { name: /^PNG/ })).toHaveCount(0);
});

for (const path of [
  '/uz/fergana/',
  '/uz-cyrl/fergana/ozbekiston/',
  SECTOR,
  '/ru/fergana/ozbekiston/sector-2/',
]) {
  test(`${path} has a link preview: og:image is a 1200×630 PNG with alt text, and a large Twitter card`, async ({
    page,
    request,
  }) => {
    await page.goto(`${DEMO}${path}`);
    const tags = await previewTags(page);
    expect(tags['og:title']).toBe((await page.title()).split(' · ')[0]);
    expect(tags['og:type']).toBe('website');
    expect(new URL(tags['og:url']!).pathname).toBe(path);
    expect(tags['twitter:card']).toBe('summary_large_image');
    expect([tags['og:image:width'], tags['og:image:height']]).toEqual(['1200', '630']);
    expect(tags['og:image:alt']).toMatch(/\d/);
    const image = new URL(tags['og:image']!);
    expect(image.pathname).toMatch(/^\/og\/[a-z-]+\/fa[a-z.0-9]*\.png$/);
    expect(await png(request, `${DEMO}${image.pathname}`)).toEqual({ width: 1200, height: 630 });
  });
}

test('the sourced sector 2 card names its source; the illustrative district card says so', async ({
  page,
}) => {
  await page.goto(`${DEMO}${SECTOR}`);
  expect((await previewTags(page))['og:image:alt']).toBe(
    'Sector 2, Oʻzbekiston District: 79.4% — 660 of 831 Iron Notebook families lifted out of poverty. Figures as of December 2, 2020. Source: Fergana Regional Administration (hokimiyat). Ochiq Sektor',
  );
  await page.goto(`${DEMO}/en/fergana/ozbekiston/`);
  expect((await previewTags(page))['og:image:alt']).toContain(
    'Illustrative figures: generated for the demonstration, not real.',
  );
});

test('a mahalla page has no card of its own: its preview is its sector’s card', async ({ page, request }) => {
  await page.goto(`${DEMO}/en/fergana/ozbekiston/qaynar/`);
  const tags = await previewTags(page);
  expect(tags['og:title']).toBeTruthy();
  expect(new URL(tags['og:image']!).pathname).toBe('/og/en/fa.ozbekiston.s2.png');
  expect(await png(request, `${DEMO}/og/en/fa.ozbekiston.s2.png`)).toEqual({ width: 1200, height: 630 });
});

test('the hostile build has og cards whose payloads are escaped text, rendered to 1200×630 PNGs', async ({
  page,
  request,
}) => {
  for (const [path, id] of [
    ['/en/hostile/', 'h'],
    ['/uz-cyrl/hostile/district/', 'h.d'],
  ] as const) {
    await page.goto(`${HOSTILE}${path}`);
    const image = new URL((await previewTags(page))['og:image']!);
    expect(image.pathname).toBe(`/og/${path.split('/')[1]}/${id}.png`);
    expect(await png(request, `${HOSTILE}${image.pathname}`)).toEqual({ width: 1200, height: 630 });
    const svg = await (await request.get(`${HOSTILE}${image.pathname.replace(/\.png$/, '.svg')}`)).text();
    // The card's markup is only its own elements and attributes: no payload became one.
    for (const payload of PAYLOADS.filter((p) => p.includes('<'))) expect(svg).not.toContain(payload);
    const tags = [...svg.matchAll(/<([a-zA-Z][\w:-]*)([^>]*)>/g)];
    expect(new Set(tags.map((m) => m[1]))).toEqual(
      new Set(['svg', 'defs', 'pattern', 'rect', 'line', 'text']),
    );
    const attributes = new Set(tags.flatMap((m) => [...m[2]!.matchAll(/\s([\w:-]+)="/g)].map((a) => a[1])));
    expect([...attributes].filter((a) => /^on/i.test(a!))).toEqual([]);
  }
  const region = await (await request.get(`${HOSTILE}/og/en/h.svg`)).text();
  expect(region).toContain('&lt;svg onload=alert(3)&gt;');
});
