import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import { tinyWith } from '../model/fixtures/tiny.ts';
import { exportData } from './test-data.ts';
import {
  apiPlace,
  indexDoc,
  metricsDoc,
  placeSeries,
  placesDoc,
  snapshotDoc,
  snapshotsDoc,
  sourcesDoc,
} from './api.ts';
import {
  ApiIndex,
  ApiMetrics,
  ApiPlaceSeries,
  ApiPlaces,
  ApiSnapshot,
  ApiSnapshots,
  ApiSources,
} from './api-schema.ts';
import { jsonSchema, schemaSources, openObjects } from './json-schemas.ts';
import { SCHEMAS, ENDPOINTS } from './api-docs.ts';

const data = exportData();
const series = (place: string, metric: string) =>
  placeSeries(data, place).series.find((s) => s.metric === metric)!.figures;

describe('placeSeries', () => {
  it('gives a sourced sector figure with its citation and no derivation', () => {
    const f = series('d.s1', 'iron_registered').at(-1)!;
    expect(f).toMatchObject({
      date: '2020-12-02',
      value: 20,
      suppressed: null,
      derivation: null,
      provenance: {
        kind: 'sourced',
        citations: [
          {
            source: 'press',
            quote: '20 families registered, 10 lifted out of poverty, more than 2 thousand residents',
          },
        ],
      },
    });
  });

  it('gives a hidden mahalla count as null with the reason, never the number', () => {
    const f = series('d.m1', 'iron_lifted').at(-1)!;
    expect(f).toMatchObject({ value: null, suppressed: 'fewer-than-5' });
    expect(JSON.stringify(placeSeries(data, 'd.m1'))).not.toContain('"value":3');
  });

  it('lists an earlier published value of the same date as a revision', () => {
    const f = series('d.m1', 'iron_registered').find((x) => x.date === '2020-11-01')!;
    expect(f.value).toBe(11);
    expect(f.revisions).toEqual([{ published: '2020-11-01', value: 10, qualifier: 'exact' }]);
  });

  it('rounds a derived share to 4 decimals and says what it is computed from', () => {
    const [older, f] = series('d.s1', 'iron_lifted_share');
    expect(older!.value).toBe(0.4545); // 5 / 11
    expect(f).toMatchObject({
      value: 0.5,
      derivation: { kind: 'ratio', numerator: 'iron_lifted', denominator: 'iron_registered', scale: 1 },
    });
  });

  it('validates against its zod schema', () => {
    for (const p of data.ds.places)
      expect(ApiPlaceSeries.safeParse(placeSeries(data, p.id)).error).toBeUndefined();
  });
});

describe('apiPlace', () => {
  it('gives a mahalla its sector, page paths and transliterated forms', () => {
    const p = apiPlace(data, 'd.m3');
    expect(p).toMatchObject({
      parent: 'd',
      sector: 2,
      sectorId: 'd.s2',
      series: '/api/v1/places/d.m3.json',
      csv: '/data/places/d.m3.csv',
    });
    expect(p.pages['uz-Cyrl']).toBe('/uz-cyrl/reg/dist/uch/');
    expect(p.transliterated).toContain('uz-Latn');
  });
});

describe('snapshotDoc', () => {
  it('keeps bare counts for plain values and objects for hidden, qualified or superseded ones', () => {
    const doc = snapshotDoc(data, '2020-12-02');
    const m1 = doc.records.find((r) => r.place === 'd.m1' && r.date === '2020-12-02')!;
    expect(m1.values).toEqual({
      population: 1000,
      iron_registered: 12,
      iron_lifted: { value: null, qualifier: 'exact', suppressed: 'fewer-than-5' },
      schools: 1,
    });
    expect(doc.records.find((r) => r.place === 'd.s1')!.values.population).toEqual({
      value: 2000,
      qualifier: 'at-least',
    });
    expect(snapshotDoc(data, '2020-11-01').records[0]!.values.iron_registered).toEqual({
      value: 10,
      qualifier: 'exact',
      supersededIn: '2020-12-02',
    });
  });

  it('gives two builds the same bytes', () => {
    expect(JSON.stringify(snapshotDoc(exportData(), '2020-12-02'))).toBe(
      JSON.stringify(snapshotDoc(data, '2020-12-02')),
    );
  });
});

describe('API documents', () => {
  it('each validate against their zod schema', () => {
    const docs: [z.ZodType, unknown][] = [
      [ApiIndex, indexDoc(data)],
      [ApiPlaces, placesDoc(data)],
      [ApiMetrics, metricsDoc(data)],
      [ApiSources, sourcesDoc(data)],
      [ApiSnapshots, snapshotsDoc(data)],
      [ApiSnapshot, snapshotDoc(data, '2020-12-02')],
      [ApiSnapshot, snapshotDoc(data, '2020-11-01')],
    ];
    for (const [schema, doc] of docs) expect(schema.safeParse(doc).error).toBeUndefined();
  });

  it('validate with a place whose name is a formula', () => {
    const hostile = exportData(tinyWith((f) => (f['places.json'].places[4].names = { 'uz-Latn': '=1+1' })));
    expect(ApiPlaceSeries.safeParse(placeSeries(hostile, 'd.m1')).success).toBe(true);
    expect(placeSeries(hostile, 'd.m1').place.names['uz-Latn']).toBe('=1+1');
  });

  it('list every snapshot with its dated files and archive pages', () => {
    const doc = snapshotsDoc(data);
    expect(doc.latest).toBe('2020-12-02');
    expect(doc.snapshots[0]).toMatchObject({
      published: '2020-11-01',
      csv: '/data/snapshots/2020-11-01.csv',
      api: '/api/v1/snapshots/2020-11-01.json',
      values: 3,
    });
    expect(doc.snapshots[0]!.archive.ru).toBe('/ru/archive/2020-11-01/');
  });
});

describe('jsonSchema', () => {
  it('is z.toJSONSchema of the zod schema for every published name', () => {
    expect(Object.keys(schemaSources).sort()).toEqual(SCHEMAS.map((s) => s.name).sort());
    for (const { name } of SCHEMAS) {
      const { $schema, title, description, ...rest } = jsonSchema(name);
      const generated = z.toJSONSchema(schemaSources[name]!.schema, {
        io: schemaSources[name]!.io,
      }) as Record<string, unknown>;
      expect($schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(typeof title).toBe('string');
      expect(typeof description).toBe('string');
      // The API's objects are left open (clients ignore unknown fields); input files stay closed.
      const expected =
        schemaSources[name]!.io === 'output'
          ? (openObjects(generated) as Record<string, unknown>)
          : generated;
      expect({ $schema, ...rest, ...(generated.title ? { title } : {}) }).toEqual(expected);
    }
  });

  it('backs every endpoint that names a schema', () => {
    for (const e of ENDPOINTS) if (e.schema) expect(() => jsonSchema(e.schema!)).not.toThrow();
  });
});
