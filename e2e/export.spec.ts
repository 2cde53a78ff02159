import { test, expect, type APIRequestContext } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { DEMO, DEMO_DIR, HOSTILE } from '../playwright.config.ts';
import {
  ApiIndex,
  ApiMetrics,
  ApiPlaceSeries,
  ApiPlaces,
  ApiSnapshot,
  ApiSnapshots,
  ApiSources,
} from '../src/export/api-schema.ts';
import { jsonSchema } from '../src/export/json-schemas.ts';
import { SCHEMAS } from '../src/export/api-docs.ts';
import { parseCsv } from './csv.ts';

/** A CSV file of the site: raw bytes, and rows as objects keyed by the header. */
async function fetchCsv(request: APIRequestContext, url: string) {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  const bytes = await res.body();
  const [header, ...rows] = parseCsv(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  return {
    bytes,
    header: header!,
    rows: rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? '']))),
  };
}

async function fetchJson(request: APIRequestContext, url: string): Promise<unknown> {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  return res.json();
}

const SMALL = /^[1-4]$/;

test('sector 2’s CSV starts with a BOM and holds 831 and 660 with the press release’s publisher and no URL', async ({
  request,
}) => {
  const { bytes, rows } = await fetchCsv(request, `${DEMO}/data/places/fa.ozbekiston.s2.csv`);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const at = (metric: string) => rows.find((r) => r.metric === metric && r.date === '2020-12-02')!;
  for (const [metric, value] of [
    ['iron_registered', '831'],
    ['iron_lifted', '660'],
  ] as const) {
    expect(at(metric)).toMatchObject({
      value,
      provenance: 'sourced',
      source_publisher: 'Fergana Regional Administration (hokimiyat)',
      source_title: 'Тажриба ва фикрлар алмашилди',
      source_date: '2020-12-02',
      source_url: '',
    });
  }
  expect(at('iron_registered').source_quote).toContain('831');
  expect(at('population')).toMatchObject({ value: '62000', qualifier: 'at-least' });
});

test('every figure of the sector 2 page equals the one in its CSV', async ({ page, request }) => {
  const { rows } = await fetchCsv(request, `${DEMO}/data/places/fa.ozbekiston.s2.csv`);
  await page.goto(`${DEMO}/en/fergana/ozbekiston/sector-2/`);
  const cells = page.locator('table.figures tbody tr td .value');
  expect(await cells.count()).toBeGreaterThan(10);
  for (const cell of await cells.all()) {
    const metric = (await cell.getAttribute('data-metric'))!;
    const row = rows.filter((r) => r.metric === metric).at(-1)!;
    const shown = (await cell.innerText()).replace(/[,+≤≈\s]/g, '');
    if (row.value === '') {
      expect(['fewerthan5', 'notshown']).toContain(shown);
      continue;
    }
    const file = Number(row.value);
    if (row.unit === 'share') expect(shown).toBe(`${(file * 100).toFixed(1)}%`);
    else if (row.unit === 'per-10000') expect(shown).toBe(file.toFixed(1));
    else expect(shown).toBe(String(file));
  }
});

test('the API’s documents validate against their schemas, and each published JSON Schema is generated from them', async ({
  request,
}) => {
  const index = ApiIndex.parse(await fetchJson(request, `${DEMO}/api/v1/index.json`));
  expect(index.latestSnapshot).toBe('2020-12-02');
  const places = ApiPlaces.parse(await fetchJson(request, `${DEMO}/api/v1/places.json`));
  ApiMetrics.parse(await fetchJson(request, `${DEMO}/api/v1/metrics.json`));
  ApiSources.parse(await fetchJson(request, `${DEMO}/api/v1/sources.json`));
  const snapshots = ApiSnapshots.parse(await fetchJson(request, `${DEMO}/api/v1/snapshots.json`));
  expect(snapshots.snapshots.map((s) => s.published)).toEqual([
    '2020-07-01',
    '2020-08-01',
    '2020-09-01',
    '2020-10-01',
    '2020-11-02',
    '2020-12-02',
  ]);
  for (const s of snapshots.snapshots) {
    const doc = await fetchJson(request, `${DEMO}${s.api}`);
    ApiSnapshot.parse(doc);
    // The dated data file is the same document, and the dated archive page exists.
    expect(await fetchJson(request, `${DEMO}${s.json}`)).toEqual(doc);
    expect((await request.get(`${DEMO}${s.archive.en}`)).status(), s.archive.en).toBe(200);
  }
  for (const p of places.places.filter((p, i) => i % 40 === 0 || p.id === 'fa.ozbekiston.s2')) {
    const series = ApiPlaceSeries.parse(await fetchJson(request, `${DEMO}${p.series}`));
    expect(series.place).toEqual(p);
  }
  for (const { name } of SCHEMAS) {
    expect(await fetchJson(request, `${DEMO}/api/v1/schema/${name}.schema.json`)).toEqual(jsonSchema(name));
  }
  expect(index.schemas.map((s) => s.path)).toContain('/api/v1/schema/api-place.schema.json');
});

test('the per-place series of sector 2 cites the press release for 831 and derives the share', async ({
  request,
}) => {
  const doc = ApiPlaceSeries.parse(await fetchJson(request, `${DEMO}/api/v1/places/fa.ozbekiston.s2.json`));
  const latest = (metric: string) => doc.series.find((s) => s.metric === metric)!.figures.at(-1)!;
  expect(latest('iron_registered')).toMatchObject({
    value: 831,
    provenance: { kind: 'sourced', citations: [{ source: 'fergana-hokimiyat-2020-12-02' }] },
    derivation: null,
  });
  expect(latest('iron_lifted_share')).toMatchObject({
    value: 0.7942,
    derivation: { kind: 'ratio', numerator: 'iron_lifted', denominator: 'iron_registered' },
  });
});

test("a name =1+1 comes out of the hostile CSVs as the inert text '=1+1, and no cell can run as a formula", async ({
  request,
}) => {
  const { rows } = await fetchCsv(request, `${HOSTILE}/data/places/h.d.s1.csv`);
  expect(rows.length).toBeGreaterThan(0);
  for (const r of rows) expect(r.place_name_uz_latn).toBe("'=1+1");
  const snapshot = await fetchCsv(request, `${HOSTILE}/data/snapshots/2020-12-02.csv`);
  expect(
    snapshot.rows.filter((r) => r.place_id === 'h.d.s1').every((r) => r.place_name_uz_latn === "'=1+1"),
  ).toBe(true);
  const places = ApiPlaces.parse(await fetchJson(request, `${HOSTILE}/api/v1/places.json`));
  for (const url of [...places.places.map((p) => p.csv), '/data/snapshots/2020-12-02.csv']) {
    const { header, rows: all } = await fetchCsv(request, `${HOSTILE}${url}`);
    const cells = [...header, ...all.flatMap((r) => Object.values(r))];
    expect(
      cells.filter((c) => /^[=+\-@\t\r]/.test(c)),
      url,
    ).toEqual([]);
  }
});

test('no snapshot file and no mahalla CSV gives a notebook count from 1 to 4', async ({ request }) => {
  const metrics = ApiMetrics.parse(await fetchJson(request, `${DEMO}/api/v1/metrics.json`));
  const sensitive = new Set(metrics.metrics.filter((m) => m.sensitive && !m.derived).map((m) => m.id));
  const places = ApiPlaces.parse(await fetchJson(request, `${DEMO}/api/v1/places.json`));
  const mahallas = new Set(places.places.filter((p) => p.kind === 'mahalla').map((p) => p.id));
  const snapshots = ApiSnapshots.parse(await fetchJson(request, `${DEMO}/api/v1/snapshots.json`));
  const leaks: string[] = [];
  let checked = 0;
  let hidden = 0;
  for (const s of snapshots.snapshots) {
    const { rows } = await fetchCsv(request, `${DEMO}${s.csv}`);
    for (const r of rows) {
      if (!mahallas.has(r.place_id ?? '') || !sensitive.has(r.metric ?? '')) continue;
      checked++;
      if (r.suppressed) hidden++;
      if (SMALL.test(r.value ?? '')) leaks.push(`${s.csv} ${r.place_id} ${r.metric} ${r.date}`);
    }
    const doc = ApiSnapshot.parse(await fetchJson(request, `${DEMO}${s.json}`));
    for (const rec of doc.records) {
      if (!mahallas.has(rec.place)) continue;
      for (const [metric, v] of Object.entries(rec.values)) {
        const value = typeof v === 'number' ? v : v.value;
        if (sensitive.has(metric) && value !== null && value > 0 && value < 5)
          leaks.push(`${s.json} ${rec.place} ${metric}`);
      }
    }
  }
  expect(checked).toBeGreaterThan(10000);
  expect(hidden).toBeGreaterThan(100);
  // Every mahalla's own CSV, read from the built folder: values and revised values alike.
  const dir = `${DEMO_DIR}/data/places`;
  const files = readdirSync(dir).filter((f) => mahallas.has(f.replace(/\.csv$/, '')));
  expect(files.length).toBe(mahallas.size);
  for (const f of files) {
    const [header, ...rows] = parseCsv(readFileSync(`${dir}/${f}`, 'utf8').replace(/^\uFEFF/, ''));
    const [metric, value, revised] = ['metric', 'value', 'revised_values'].map((c) => header!.indexOf(c));
    for (const r of rows) {
      if (sensitive.has(r[metric!]!) && (SMALL.test(r[value!]!) || /=[1-4](?:\D|$)/.test(r[revised!]!)))
        leaks.push(`${f} ${r[metric!]}`);
    }
  }
  expect(leaks).toEqual([]);
});

test('the API is readable from another origin; other files are not', async ({ page, request }) => {
  const res = await request.get(`${DEMO}/api/v1/places/fa.ozbekiston.s2.json`);
  expect(res.headers()['access-control-allow-origin']).toBe('*');
  expect(res.headers()['content-type']).toContain('application/json');
  const read = (url: string) =>
    page.evaluate(
      (u) =>
        fetch(u)
          .then(
            (r) => r.json() as Promise<{ apiVersion?: string }>,
            () => 'blocked',
          )
          .then((j) => (typeof j === 'string' ? j : (j.apiVersion ?? 'no version'))),
      url,
    );
  // A page of the other site (another port, so another origin) reads the demo's files.
  await page.goto(`${HOSTILE}/uz/`);
  expect(await read(`${DEMO}/api/v1/index.json`)).toBe('1.1.0');
  expect(await read(`${DEMO}/search/en.json`)).toBe('blocked');
});

test('the data README names the files, every column, the licence, “fewer than 5” and how to cite', async ({
  request,
}) => {
  const readme = await (await request.get(`${DEMO}/data/README.txt`)).text();
  const { header } = await fetchCsv(request, `${DEMO}/data/places/fa.ozbekiston.s2.csv`);
  const snapshot = await fetchCsv(request, `${DEMO}/data/snapshots/2020-12-02.csv`);
  for (const column of [...header, ...snapshot.header])
    expect(readme).toMatch(new RegExp(`^  ${column} +\\S`, 'm'));
  expect(readme).toContain('CC BY 4.0');
  expect(readme).toContain('Fewer than 5');
  expect(readme).toContain('How to cite');
  expect(readme).toContain('/data/snapshots/2020-07-01.csv');
  const licence = await request.get(`${DEMO}/data/LICENSE.txt`);
  expect(licence.headers()['content-type']).toContain('text/plain');
  expect(await licence.text()).toContain('https://creativecommons.org/licenses/by/4.0/');
  expect(readme.startsWith('Ochiq Sektor: data files')).toBe(true);
});

test('a place page links its own CSV and JSON, and says illustrative figures stay illustrative in them', async ({
  page,
}) => {
  await page.goto(`${DEMO}/en/fergana/ozbekiston/sector-2/`);
  const section = page.locator('section[aria-labelledby="downloads"]');
  await expect(section).toContainText('illustrative in the files too');
  const csv = section.getByRole('link', { name: 'CSV' });
  await expect(csv).toHaveAttribute('download', 'fa.ozbekiston.s2.csv');
  const text = await (
    await page.request.get(new URL((await csv.getAttribute('href'))!, page.url()).href)
  ).text();
  expect(text).toContain(',iron_registered,Families in the Iron Notebook,families,2020-12-02,831,exact,');
  const json = section.getByRole('link', { name: 'JSON' });
  const doc = ApiPlaceSeries.parse(
    await (await page.request.get(new URL((await json.getAttribute('href'))!, page.url()).href)).json(),
  );
  expect(doc.place.id).toBe('fa.ozbekiston.s2');
});
