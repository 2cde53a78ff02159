import { describe, it, expect } from 'vitest';
import { tinyWith } from '../model/fixtures/tiny.ts';
import { exportData } from './test-data.ts';
import {
  PLACE_COLUMNS,
  SNAPSHOT_COLUMNS,
  placeCsv,
  placeRows,
  snapshotCsv,
  snapshotRows,
  derivedFrom,
  revisedValues,
} from './figure-rows.ts';
import { BOM } from './csv.ts';

const data = exportData();
/** Rows as objects keyed by column name. */
const objects = (columns: readonly string[], rows: unknown[][]) =>
  rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]])));

describe('placeRows', () => {
  it('gives a sourced figure with its publisher, title, quote and no URL', () => {
    const row = objects(PLACE_COLUMNS, placeRows(data, 'd.s1')).find(
      (r) => r.metric === 'iron_registered' && r.date === '2020-12-02',
    )!;
    expect(row).toMatchObject({
      place_id: 'd.s1',
      place_kind: 'sector',
      place_name_uz_latn: '1-sektor',
      place_name_uz_cyrl: '1-сектор',
      value: 20,
      qualifier: 'exact',
      suppressed: null,
      provenance: 'sourced',
      derivation: 'stored',
      derived_from: null,
      source_id: 'press',
      source_publisher: 'Hokimiyat',
      source_title: 'Release',
      source_date: '2020-12-02',
      source_url: null,
      source_quote: '20 families registered, 10 lifted out of poverty, more than 2 thousand residents',
      published: '2020-12-02',
    });
  });

  it('leaves a hidden count empty with the reason', () => {
    const row = objects(PLACE_COLUMNS, placeRows(data, 'd.m2')).find(
      (r) => r.metric === 'iron_lifted' && r.date === '2020-12-02',
    )!;
    expect(row).toMatchObject({ value: null, suppressed: 'protects-small', provenance: 'illustrative' });
  });

  it('says how a sum was made and lists revised values', () => {
    const rows = objects(PLACE_COLUMNS, placeRows(data, 'd.s1'));
    expect(rows.find((r) => r.metric === 'iron_registered' && r.date === '2020-11-01')).toMatchObject({
      derivation: 'sum',
      derived_from: 'children=2;missing=1',
      qualifier: 'at-least',
    });
    expect(
      objects(PLACE_COLUMNS, placeRows(data, 'd.m1')).find(
        (r) => r.metric === 'iron_registered' && r.date === '2020-11-01',
      )!.revised_values,
    ).toBe('2020-11-01=10');
  });
});

describe('placeCsv', () => {
  it('starts with the BOM and the header, and writes a formula name as inert text', () => {
    const hostile = exportData(tinyWith((f) => (f['places.json'].places[2].names = { 'uz-Latn': '=1+1' })));
    const csv = placeCsv(hostile, 'd.s1');
    expect(csv.startsWith(`${BOM}place_id,place_kind,place_name_uz_latn,`)).toBe(true);
    expect(csv.split('\r\n')[1]!.startsWith("d.s1,sector,'=1+1,'=1+1,")).toBe(true);
  });
});

describe('snapshotRows', () => {
  it('gives each stored value with its sector, protection and revision date', () => {
    const rows = objects(SNAPSHOT_COLUMNS, snapshotRows(data, '2020-11-01'));
    expect(rows.find((r) => r.metric === 'iron_registered')).toMatchObject({
      snapshot: '2020-11-01',
      place_id: 'd.m1',
      parent_id: 'd',
      sector_id: 'd.s1',
      value: 10,
      superseded_in: '2020-12-02',
    });
    const hidden = objects(SNAPSHOT_COLUMNS, snapshotRows(data, '2020-12-02')).find(
      (r) => r.place_id === 'd.m1' && r.metric === 'iron_lifted' && r.date === '2020-12-02',
    );
    expect(hidden).toMatchObject({ value: null, suppressed: 'fewer-than-5' });
  });

  it('makes a CSV whose data lines match the rows', () => {
    expect(snapshotCsv(data, '2020-12-02').split('\r\n').length).toBe(
      snapshotRows(data, '2020-12-02').length + 2,
    );
  });
});

describe('derivedFrom', () => {
  it('names the inputs of ratios and rates', () => {
    expect(
      derivedFrom({ kind: 'ratio', numerator: 'schools', denominator: 'population', scale: 10000 }),
    ).toBe('schools/population*10000');
    expect(derivedFrom({ kind: 'count' })).toBe('listed_mahallas');
    expect(derivedFrom(null)).toBeNull();
  });
});

describe('revisedValues', () => {
  it('writes qualifiers and hidden values', () => {
    expect(
      revisedValues([
        { published: '2020-10-01', value: 62000, qualifier: 'at-least' },
        { published: '2020-11-02', value: null, qualifier: 'exact' },
      ]),
    ).toBe('2020-10-01=62000 at-least; 2020-11-02=hidden');
    expect(revisedValues([])).toBeNull();
  });
});
