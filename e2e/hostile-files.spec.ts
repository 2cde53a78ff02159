/**
 * The hostile build's files other than pages: embeds, chart SVGs and CSVs, place CSVs and
 * JSON, snapshots, the API, the search index and the map data. Payloads stay inert text.
 */
import { test, expect } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HOSTILE, HOSTILE_DIR } from '../playwright.config.ts';
import { watch } from './watch.ts';
import { PAYLOADS, csvCells, expectInert, fixture, trap } from './hostile.ts';

/** Files below a folder of the build, as site paths. */
function filesUnder(dir: string): string[] {
  return readdirSync(join(HOSTILE_DIR, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `/${join(e.parentPath.slice(HOSTILE_DIR.length).replace(/^\/+/, ''), e.name)}`)
    .sort();
}

const places = fixture('places.json').places as { id: string; kind: string; names: Record<string, string> }[];
/** Every place but mahallas has an embed page now and one per snapshot (the fixture's all have figures). */
const EMBEDDABLE = places.filter((p) => p.kind !== 'mahalla').length;
const SNAPSHOTS = readdirSync('e2e/fixtures/hostile/snapshots').length;
/** Every string of the fixture's place names: each must come out of the JSON files unchanged. */
const NAMES = places.flatMap((p) => Object.values(p.names));

// One test per locale, so the two workers share the embed pages.
for (const seg of ['uz', 'uz-cyrl', 'ru', 'en'])
  test(`every ${seg} embed page of the hostile build shows its payloads as text and runs none`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const embeds = filesUnder('embed')
      .filter((f) => f.endsWith('/index.html') && f.startsWith(`/embed/${seg}/`))
      .map((f) => f.replace(/index\.html$/, ''));
    const pinned = embeds.filter((p) => /^\/embed\/[^/]+\/\d{4}-\d{2}-\d{2}\//.test(p));
    expect([embeds.length - pinned.length, pinned.length]).toEqual([EMBEDDABLE, EMBEDDABLE * SNAPSHOTS]);
    const w = await watch(page);
    await trap(page);
    for (const path of embeds) {
      await page.goto(`${HOSTILE}${path}`);
      for (const mark of (await page.locator('.mark[data-cells]').all()).slice(0, 4))
        await mark.hover({ force: true });
      await page
        .locator('details')
        .evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      await expectInert(page, w);
      expect(await page.locator('figure.chart svg.chart-svg').count(), path).toBeGreaterThan(0);
    }
  });

test('every chart SVG file escapes its payloads and parses with no script, image or handler', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const svgs = filesUnder('charts').filter((f) => f.endsWith('.svg'));
  expect(svgs.length).toBeGreaterThanOrEqual(4 * 5 * 4);
  await page.goto(`${HOSTILE}/en/`);
  let withPayload = 0;
  for (const path of svgs) {
    const res = await request.get(`${HOSTILE}${path}`);
    expect(res.headers()['content-type'], path).toBe('image/svg+xml');
    expect(res.headers()['x-content-type-options'], path).toBe('nosniff');
    const text = await res.text();
    // Markup characters of the data are entities: no payload appears as a tag.
    for (const tag of ['<img', '<script', '</script', '<svg onload'])
      expect(text.includes(tag), `${path}: ${tag}`).toBe(false);
    const found = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      const all = [...doc.querySelectorAll('*')];
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        bad: all
          .filter((el) =>
            ['script', 'img', 'image', 'foreignObject', 'iframe', 'object', 'embed', 'a'].includes(
              el.localName,
            ),
          )
          .map((el) => el.localName),
        handlers: all.flatMap((el) =>
          [...el.attributes]
            .filter((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value))
            .map((a) => `${el.localName} ${a.name}`),
        ),
        text: doc.documentElement.textContent ?? '',
      };
    }, text);
    expect(found.error, path).toBeNull();
    expect(found.bad, path).toEqual([]);
    expect(found.handlers, path).toEqual([]);
    if (PAYLOADS.some((p) => found.text.includes(p))) withPayload++;
  }
  // The payloads are there, as text (metric labels and names; some charts name no place or metric).
  expect(withPayload).toBeGreaterThan(svgs.length / 2);
});

test('a chart SVG opened on its own runs nothing', async ({ page }) => {
  // 28 documents (7 charts in 4 locales), each watched for late events: more than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  const w = await watch(page);
  await trap(page);
  for (const path of filesUnder('charts').filter((f) => f.endsWith('.svg') && f.includes('/h2.c.s1/'))) {
    expect((await page.goto(`${HOSTILE}${path}`))!.status()).toBe(200);
    await page.mouse.move(100, 50);
    // The browser asks for /favicon.ico beside a bare SVG document; the site has none there.
    await expectInert(page, w, true);
  }
});

test('CSV files are served as text and keep every payload as a cell of text, formulas neutralised', async ({
  request,
}) => {
  const csvs = [
    ...filesUnder('data').filter((f) => f.endsWith('.csv')),
    ...filesUnder('charts').filter((f) => f.endsWith('.csv')),
  ];
  expect(csvs.length).toBeGreaterThan(places.length);
  let payloads = 0;
  for (const path of csvs) {
    const res = await request.get(`${HOSTILE}${path}`);
    expect(res.headers()['content-type'], path).toBe('text/csv; charset=utf-8');
    expect(res.headers()['x-content-type-options'], path).toBe('nosniff');
    const cells = csvCells((await res.text()).replace(/^\uFEFF/, ''));
    if (cells.some((c) => PAYLOADS.some((p) => c.includes(p)))) payloads++;
    // A spreadsheet runs no cell as a formula.
    expect(
      cells.filter((c) => /^[=+\-@\t\r]/.test(c)),
      path,
    ).toEqual([]);
  }
  expect(payloads).toBeGreaterThan(csvs.length / 2);
});

test('JSON files (API, place series, snapshots, search, map) give the names exactly as written', async ({
  request,
}) => {
  const jsons = [
    ...filesUnder('api'),
    ...filesUnder('data').filter((f) => f.endsWith('.json')),
    ...filesUnder('search'),
    ...filesUnder('map'),
  ];
  const strings = new Set<string>();
  const collect = (v: unknown): void => {
    if (typeof v === 'string') strings.add(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  for (const path of jsons) {
    const res = await request.get(`${HOSTILE}${path}`);
    expect(res.headers()['content-type'], path).toBe('application/json; charset=utf-8');
    expect(res.headers()['x-content-type-options'], path).toBe('nosniff');
    collect(await res.json());
  }
  expect(NAMES.filter((n) => !strings.has(n))).toEqual([]);
  const site = fixture('site.json');
  const source = fixture('sources.json').sources[0];
  for (const s of [source.title, source.url, source.publisher.en, site.licence.name])
    expect(strings.has(s), s).toBe(true);
});
