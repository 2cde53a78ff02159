import { describe, it, expect } from 'vitest';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataset } from '../model/load.ts';
import { importTemplates, type ImportReport } from './import.ts';
import { encode1251, filledTemplate, tinyDir, utf8, withTwin, type Fill } from './fixtures/sheets.ts';

const DATE = '2021-01-04';

/** Imports `text` into a fresh copy of the tiny dataset (or `dir`) and returns the report and folder. */
function run(text: string | Uint8Array, dir = tinyDir(), published = DATE): ImportReport & { dir: string } {
  const bytes = typeof text === 'string' ? utf8(text, true) : text;
  return { ...importTemplates([{ name: 'filled.csv', bytes }], { data: dir, published }), dir };
}

/** The problems of a report as `cell rule` pairs. */
const where = (r: ImportReport) => r.cellProblems.map((p) => `${p.cell} ${p.rule}`);

const MAHALLAS: Fill = {
  'd.m1': { population: '1 010', iron_registered: '13', iron_lifted: '4', schools: '1' },
  'd.m2': { population: '1100', iron_registered: '9', iron_lifted: '7' },
  'd.m3': { population: '510', iron_registered: '0' },
};

describe('importTemplates', () => {
  it('round-trips a clean template: the snapshot written holds the values typed, and the dataset stays valid', () => {
    const dir = tinyDir();
    const fill: Fill = {
      ...MAHALLAS,
      'd.s1': { population: '2100', qualifier: 'kamida', source: 'press', quote: 'over 2,100 residents' },
    };
    const r = run(filledTemplate(dir, fill), dir);
    expect(r.cellProblems).toEqual([]);
    expect(r.otherProblems).toEqual([]);
    expect(r.written).toBe(join(dir, 'snapshots', `${DATE}.json`));
    const loaded = loadDataset(dir);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const stored = loaded.dataset.values
      .filter((v) => v.published === DATE)
      .map((v) => [v.place, v.metric, v.value, v.qualifier, v.date]);
    expect(stored).toEqual([
      ['d.s1', 'population', 2100, 'at-least', DATE],
      ['d.m1', 'population', 1010, 'exact', DATE],
      ['d.m1', 'iron_registered', 13, 'exact', DATE],
      ['d.m1', 'iron_lifted', 4, 'exact', DATE],
      ['d.m1', 'schools', 1, 'exact', DATE],
      ['d.m2', 'population', 1100, 'exact', DATE],
      ['d.m2', 'iron_registered', 9, 'exact', DATE],
      ['d.m2', 'iron_lifted', 7, 'exact', DATE],
      ['d.m3', 'population', 510, 'exact', DATE],
      ['d.m3', 'iron_registered', 0, 'exact', DATE],
    ]);
    const d_s1 = loaded.dataset.values.find((v) => v.published === DATE && v.place === 'd.s1')!;
    expect(d_s1.provenance).toEqual({ source: 'press', quote: 'over 2,100 residents' });
    // Empty cells are not reported: no value, not zero (d.m3 had no iron_lifted typed).
    expect(
      loaded.dataset.values.some(
        (v) => v.published === DATE && v.place === 'd.m3' && v.metric === 'iron_lifted',
      ),
    ).toBe(false);
  });

  it('imports a Windows-1251 file with ";" separators, decimal commas and no-break-space thousands', () => {
    const dir = tinyDir();
    const text = filledTemplate(dir, {
      'd.m1': { population: '1\u00A0234,0' },
      'd.m3': { population: '2 000' },
    });
    const bytes = encode1251(text);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow(); // really not UTF-8
    const r = run(bytes, dir);
    expect(r.cellProblems).toEqual([]);
    expect(r.files).toEqual([{ name: 'filled.csv', encoding: 'windows-1251', separator: ';' }]);
    expect(r.snapshot!.records.map((x) => [x.place, x.values.population])).toEqual([
      ['d.m1', 1234],
      ['d.m3', 2000],
    ]);
  });

  it('imports a comma-separated file without the labels row, finding rows by name when the id is empty', () => {
    const dir = tinyDir();
    const text = filledTemplate(
      dir,
      { 'd.m2': { place_id: '', population: '1,100' } },
      { separator: ',', dropLabels: true },
    );
    expect(text).toContain(',"1,100",');
    const r = run(text, dir);
    expect(r.cellProblems).toEqual([]);
    expect(r.snapshot!.records).toEqual([
      { place: 'd.m2', date: DATE, provenance: 'illustrative', values: { population: 1100 } },
    ]);
  });

  it('reports every problem at its cell, all at once, and writes nothing', () => {
    const dir = tinyDir(withTwin);
    const fill: Fill = {
      r: { population: '#N/A' }, // K3
      d: { population: '12 people' }, // K4
      'd.s1': { date: '44167', population: '5' }, // G5
      'd.m1': { population: '-5', iron_registered: '2,5' }, // K6, M6
      'd.m2': { place_id: 'nowhere', population: '1' }, // A7
      'd.s2': {
        place_id: '',
        kind: '',
        name_uz_latn: 'Bir',
        name_uz_cyrl: '',
        name_ru: '',
        name_en: '',
        population: '3',
      }, // C8: two places are called Bir
      'd.m3': { iron_registered: '#DIV/0!', source: 'rumour' }, // I9, M9
    };
    const r = run(filledTemplate(dir, fill), dir);
    expect(where(r)).toEqual([
      'K3 excel-error',
      'K4 number',
      'G5 excel-date-serial',
      'K6 non-negative',
      'M6 integer',
      'A7 known-place',
      'C8 ambiguous-place',
      'I9 known-source',
      'M9 excel-error',
    ]);
    expect(r.cellProblems.find((p) => p.cell === 'G5')!.message).toContain('2020-12-02');
    expect(r.cellProblems.find((p) => p.cell === 'K6')).toMatchObject({ column: 'population', value: '-5' });
    expect(r.written).toBeUndefined();
    expect(readdirSync(join(dir, 'snapshots'))).toEqual(['2020-11-01.json', '2020-12-02.json']);
  });

  it('reports a row given twice, an unknown name, and names that do not belong to the id', () => {
    const dir = tinyDir();
    const base = filledTemplate(dir, {
      'd.m1': { population: '1000' },
      'd.m3': {
        place_id: '',
        name_uz_latn: 'Toʻrt',
        name_uz_cyrl: '',
        name_ru: '',
        name_en: '',
        population: '3',
      },
    });
    const twice = `${base}d.m1;mahalla;Bir;Бир;Бир;Bir;;;;;1001;;;;\r\nd.m2;mahalla;Bir;;;;;;;;5;;;;\r\n`;
    const r = run(twice, dir);
    expect(where(r)).toEqual(['C9 known-place', 'A10 unique-row', 'C11 place-name']);
    expect(r.cellProblems[1]!.message).toContain('in row 6 (population)');
  });

  it('takes a second row for a place and date that gives other columns, from another source', () => {
    const dir = tinyDir();
    const base = filledTemplate(dir, {
      'd.s1': { iron_registered: '20', source: 'press', quote: '20 families' },
    });
    const r = run(`${base}d.s1;sector;;;;;;;press;10 lifted;;;;10;\r\n`, dir);
    expect(r.cellProblems).toEqual([]);
    expect(r.snapshot!.records).toEqual([
      {
        place: 'd.s1',
        date: DATE,
        provenance: { source: 'press', quote: '20 families' },
        values: { iron_registered: 20 },
      },
      {
        place: 'd.s1',
        date: DATE,
        provenance: { source: 'press', quote: '10 lifted' },
        values: { iron_lifted: 10 },
      },
    ]);
  });

  it('reports a file cut off inside a quoted cell, and one cut off mid-row', () => {
    const dir = tinyDir();
    const full = filledTemplate(dir, { 'd.m1': { population: '1000' } });
    expect(where(run(`${full}d.m2;mahalla;"Ikki`, dir))).toEqual(['C10 csv-complete']);
    expect(where(run(`${full}d.m2;mahalla;Ikki;Икки`, dir))).toEqual(['row 10 csv-complete']);
  });

  it('maps rules across files back to cells: part above total, mahallas above their sector, dates after publication', () => {
    const dir = tinyDir();
    const fill: Fill = {
      'd.s1': { iron_registered: '20', source: 'press' },
      'd.m1': { iron_registered: '15', iron_lifted: '16' }, // N6: lifted above registered
      'd.m2': { iron_registered: '8' }, // 15 + 8 > 20: M5 (the sector's total)
      'd.m3': { population: '500', date: '2021-02-01' }, // G9: after publication
    };
    const r = run(filledTemplate(dir, fill), dir);
    expect(where(r)).toEqual([
      'M5 children-le-total',
      'N6 iron-lifted-le-registered',
      'G9 date-not-after-published',
    ]);
    // The total it is compared with is named by its cell too, not by a path in a temporary copy.
    expect(r.cellProblems[1]!.message).toBe(
      'iron_lifted (16) is more than iron_registered (15, filled.csv M6) for d.m1 on 2021-01-04',
    );
  });

  it('needs a source outside demo datasets, and reads the qualifier column against bounds in cells', () => {
    const dir = tinyDir((f) => (f['site.json'].demo = false));
    const r = run(
      filledTemplate(dir, {
        'd.m1': { population: '1000' },
        'd.m2': { population: '>900', qualifier: 'at-most', source: 'press' },
      }),
      dir,
    );
    expect(where(r)).toEqual(['I6 source-required', 'K7 qualifier-conflict']);
  });

  it('says so when row 1 (the keys) was deleted instead of row 2', () => {
    const dir = tinyDir();
    const text = filledTemplate(dir, { 'd.m1': { population: '1000' } });
    expect(where(run(text.slice(text.indexOf('\r\n') + 2), dir))).toEqual(['row 1 header']);
  });

  it('reports unknown and derived columns at their header cell', () => {
    const dir = tinyDir();
    const text = filledTemplate(dir, { 'd.m1': { population: '1000' } })
      .replace('schools\r\n', 'schols\r\n')
      .replace('iron_lifted;', 'iron_lifted_share;');
    expect(where(run(text, dir))).toEqual(['N1 stored-metric', 'O1 known-column']);
  });

  it('never overwrites a snapshot, and publishes only after the latest one', () => {
    const dir = tinyDir();
    const text = filledTemplate(dir, { 'd.m1': { population: '1000' } });
    expect(run(text, dir, '2020-12-02').otherProblems.map((p) => p.rule)).toEqual(['snapshot-exists']);
    expect(run(text, dir, '2020-11-15').otherProblems.map((p) => p.rule)).toEqual(['published-after-latest']);
    expect(run(text, dir, '2021-02-30').otherProblems.map((p) => p.rule)).toEqual(['iso-date']);
  });

  it('writes to --out when given, and refuses a file with no value', () => {
    const dir = tinyDir();
    const out = mkdtempSync(join(tmpdir(), 'ochiq-out-'));
    const r = importTemplates(
      [{ name: 'f.csv', bytes: utf8(filledTemplate(dir, { 'd.m1': { population: '1000' } })) }],
      { data: dir, published: DATE, out },
    );
    expect(r.written).toBe(join(out, `${DATE}.json`));
    expect(existsSync(join(dir, 'snapshots', `${DATE}.json`))).toBe(false);
    expect(where(run(filledTemplate(dir, {}), dir))).toEqual([' no-values']);
  });

  it('makes one snapshot of several files, and catches a place given in two of them', () => {
    const dir = tinyDir();
    const a = utf8(filledTemplate(dir, { 'd.m1': { population: '1000' } }));
    const b = utf8(
      filledTemplate(dir, { 'd.m2': { population: '1100' }, 'd.m3': { population: '500' } }),
      true,
    );
    const ok = importTemplates(
      [
        { name: 'a.csv', bytes: a },
        { name: 'b.csv', bytes: b },
      ],
      { data: dir, published: DATE, write: false },
    );
    expect(ok.cellProblems).toEqual([]);
    expect(ok.snapshot!.records.map((x) => x.place)).toEqual(['d.m1', 'd.m2', 'd.m3']);
    const twice = importTemplates(
      [
        { name: 'a.csv', bytes: a },
        { name: 'c.csv', bytes: a },
      ],
      { data: dir, published: DATE },
    );
    expect(twice.cellProblems.map((p) => `${p.file} ${p.cell} ${p.rule}`)).toEqual(['c.csv A6 unique-row']);
    expect(twice.cellProblems[0]!.message).toContain('row 6 of a.csv');
  });
});
