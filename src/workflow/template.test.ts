import { describe, it, expect } from 'vitest';
import { loadDatasetOrThrow } from '../model/load.ts';
import { buildTree } from '../model/tree.ts';
import { readCsv } from './csv-read.ts';
import { csvLine, placesInTreeOrder, templateCsv } from './template.ts';
import { tinyDir } from './fixtures/sheets.ts';

const tiny = () => {
  const ds = loadDatasetOrThrow(tinyDir());
  return { ds, tree: buildTree(ds) };
};

describe('placesInTreeOrder', () => {
  it('lists the region, then each district with each sector followed by its mahallas', () => {
    const { ds, tree } = tiny();
    expect(placesInTreeOrder(ds, tree).map((p) => p.id)).toEqual([
      'r',
      'd',
      'd.s1',
      'd.m1',
      'd.m2',
      'd.s2',
      'd.m3',
    ]);
  });

  it("limits the rows to one district's sectors and mahallas", () => {
    const { ds, tree } = tiny();
    expect(placesInTreeOrder(ds, tree, 'd').map((p) => p.id)).toEqual([
      'd',
      'd.s1',
      'd.m1',
      'd.m2',
      'd.s2',
      'd.m3',
    ]);
    expect(() => placesInTreeOrder(ds, tree, 'd.m1')).toThrow(/not the id of a district or city/);
  });
});

describe('templateCsv', () => {
  it('has machine keys in row 1, three-language labels in row 2 and the four name forms per place', () => {
    const { ds, tree } = tiny();
    const csv = templateCsv(ds, tree);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = readCsv(csv.slice(1)).rows.map((r) => r.cells);
    expect(rows[0]).toEqual([
      'place_id',
      'kind',
      'name_uz_latn',
      'name_uz_cyrl',
      'name_ru',
      'name_en',
      'date',
      'qualifier',
      'source',
      'quote',
      'population',
      'mahallas',
      'iron_registered',
      'iron_lifted',
      'schools',
    ]);
    expect(rows[1]![0]).toBe(
      'Joy identifikatori (oʻzgartirmang) / Идентификатор места (не менять) / Place id (do not change)',
    );
    // Derived metrics (shares, rates) are computed by the site: no column for them.
    expect(rows[0]).not.toContain('iron_lifted_share');
    // Mahalla "Уч" was given in Cyrillic only: the other forms are filled so people find it.
    expect(rows.find((r) => r[0] === 'd.m3')!.slice(0, 6)).toEqual([
      'd.m3',
      'mahalla',
      'Uch',
      'Уч',
      'Уч',
      'Uch',
    ]);
    expect(rows.slice(2).every((r) => r.slice(6).every((c) => c === ''))).toBe(true);
  });

  it('writes comma-separated files on request', () => {
    const { ds, tree } = tiny();
    expect(templateCsv(ds, tree, { separator: ',' }).split('\r\n')[0]).toMatch(/^\uFEFFplace_id,kind,/);
  });
});

describe('csvLine', () => {
  it('quotes cells holding the separator, quotes or line breaks, and makes formulas inert', () => {
    expect(csvLine(['a;b', 'say "hi"', 'x\ny', 'plain', '=1+1'], ';')).toBe(
      '"a;b";"say ""hi""";"x\ny";plain;\'=1+1',
    );
    expect(csvLine(['a;b', 'c,d'], ',')).toBe('a;b,"c,d"');
  });
});
