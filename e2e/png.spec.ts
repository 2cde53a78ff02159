import { test, expect, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO, HOSTILE } from '../playwright.config.ts';
import { pngSize } from '../src/png/png-size.ts';
import { PAYLOADS } from './hostile.ts';

const SECTOR = '/en/fergana/ozbekiston/sector-2/';

/** A PNG from a site: its status, type and size read from its own bytes. */
async function png(request: APIRequestContext, url: string) {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  expect(res.headers()['content-type']).toBe('image/png');
  return pngSize(await res.body());
}

/** The link preview tags of a page, by property or name. */
async function previewTags(page: Page): Promise<Record<string, string>> {
  return page.locator('meta[property^="og:"], meta[name^="twitter:"]').evaluateAll((metas) =>
    Object.fromEntries(metas.map((m) => [m.getAttribute('property') ?? m.getAttribute('name'), m.getAttribute('content') ?? ''])),
  );
}

test('a PNG download is a valid PNG of the stated size', async ({ page, request }) => {
  await page.goto(`${DEMO}${SECTOR}`);
  const chart = page.locator('#chart-progress');
  for (const [name, width] of [['PNG 1200 px', 1200], ['PNG 2400 px', 2400]] as const) {
    const link = chart.getByRole('link', { name, exact: true });
    await expect(link).toHaveAttribute('download', '');
    const size = await png(request, `${DEMO}${await link.getAttribute('href')}`);
    expect(size.width).toBe(width);
    expect(size.height).toBeGreaterThan(width / 10);
  }
});

for (const path of ['/uz/fergana/', '/uz-cyrl/fergana/ozbekiston/', SECTOR, '/ru/fergana/ozbekiston/sector-2/']) {
  test(`${path} has a link preview: og:image is a 1200×630 PNG with alt text, and a large Twitter card`, async ({ page, request }) => {
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

test('the sourced sector 2 card names its source; the illustrative district card says so', async ({ page }) => {
  await page.goto(`${DEMO}${SECTOR}`);
  expect((await previewTags(page))['og:image:alt']).toBe(
    'Sector 2, Oʻzbekiston District: 79.4% — 660 of 831 Iron Notebook families lifted out of poverty. Figures as of December 2, 2020. Source: Fergana Regional Administration (hokimiyat). Ochiq Sektor',
  );
  await page.goto(`${DEMO}/en/fergana/ozbekiston/`);
  expect((await previewTags(page))['og:image:alt']).toContain('Illustrative figures: generated for the demonstration, not real.');
});

test('a mahalla page has no preview image (mahallas get no PNGs)', async ({ page }) => {
  await page.goto(`${DEMO}/en/fergana/ozbekiston/qaynar/`);
  const tags = await previewTags(page);
  expect(tags['og:title']).toBeTruthy();
  expect(tags['og:image']).toBeUndefined();
  expect(tags['twitter:card']).toBeUndefined();
});

test('the hostile build has og cards whose payloads are escaped text, rendered to 1200×630 PNGs', async ({ page, request }) => {
  for (const [path, id] of [['/en/hostile/', 'h'], ['/uz-cyrl/hostile/district/', 'h.d']] as const) {
    await page.goto(`${HOSTILE}${path}`);
    const image = new URL((await previewTags(page))['og:image']!);
    expect(image.pathname).toBe(`/og/${path.split('/')[1]}/${id}.png`);
    expect(await png(request, `${HOSTILE}${image.pathname}`)).toEqual({ width: 1200, height: 630 });
    const svg = await (await request.get(`${HOSTILE}${image.pathname.replace(/\.png$/, '.svg')}`)).text();
    // The card's markup is only its own elements and attributes: no payload became one.
    for (const payload of PAYLOADS.filter((p) => p.includes('<'))) expect(svg).not.toContain(payload);
    const tags = [...svg.matchAll(/<([a-zA-Z][\w:-]*)([^>]*)>/g)];
    expect(new Set(tags.map((m) => m[1]))).toEqual(new Set(['svg', 'defs', 'pattern', 'rect', 'line', 'text']));
    const attributes = new Set(tags.flatMap((m) => [...m[2]!.matchAll(/\s([\w:-]+)="/g)].map((a) => a[1])));
    expect([...attributes].filter((a) => /^on/i.test(a!))).toEqual([]);
  }
  const region = await (await request.get(`${HOSTILE}/og/en/h.svg`)).text();
  expect(region).toContain('&lt;svg onload=alert(3)&gt;');
});
