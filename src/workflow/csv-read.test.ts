import { describe, it, expect } from 'vitest';
import { detectSeparator, readCsv } from './csv-read.ts';

const cellsOf = (text: string) => readCsv(text).rows.map((r) => [r.row, ...r.cells]);

describe('detectSeparator', () => {
  it('prefers the separator that splits every line alike over one used more often', () => {
    expect(detectSeparator('Name (Uzbek, Latin);Qualifier: exact, at-least, at-most;x\nBir;;1\n')).toBe(';');
  });

  it('takes the separator used most in the header line, ignoring quoted text', () => {
    expect(detectSeparator('place_id;kind;population')).toBe(';');
    expect(detectSeparator('place_id,kind,population')).toBe(',');
    expect(detectSeparator('"a;b;c",kind,population')).toBe(',');
    expect(detectSeparator('place_id\tkind')).toBe('\t');
  });
});

describe('readCsv', () => {
  it('reads quoted cells holding separators, doubled quotes and line breaks, with CRLF lines', () => {
    const text = 'a;b;c\r\n"x;y";"say ""hi""";"two\r\nlines"\r\n1;2;3\r\n';
    expect(cellsOf(text)).toEqual([
      [1, 'a', 'b', 'c'],
      [2, 'x;y', 'say "hi"', 'two\r\nlines'],
      [3, '1', '2', '3'],
    ]);
  });

  it('numbers rows as the spreadsheet does and skips blank rows', () => {
    const text = 'a,b\n1,2\n,\n\n3,4';
    expect(cellsOf(text)).toEqual([
      [1, 'a', 'b'],
      [2, '1', '2'],
      [5, '3', '4'],
    ]);
  });

  it("follows Excel's sep= line", () => {
    const sheet = readCsv('sep=,\r\na;b,c\r\n1;2,3\r\n');
    expect(sheet.separator).toBe(',');
    expect(sheet.rows[1]).toEqual({ row: 2, cells: ['1;2', '3'] });
  });

  it('reports a quoted cell never closed at its cell, as a cut-off file', () => {
    const sheet = readCsv('a;b;c\n1;2;3\n4;"unfinished\n5;6;7\n');
    expect(sheet.rows.map((r) => r.row)).toEqual([1, 2]);
    expect(sheet.problems).toEqual([expect.objectContaining({ cell: 'B3', rule: 'csv-complete' })]);
    expect(sheet.problems[0]!.message).toContain('row 3');
  });

  it('reports a last row with fewer cells than the header as a cut-off file, naming the row', () => {
    const sheet = readCsv('a;b;c\n1;2;3\n4;5');
    expect(sheet.problems).toEqual([expect.objectContaining({ cell: 'row 3', rule: 'csv-complete' })]);
    expect(sheet.rows).toHaveLength(2);
  });

  it('reports a short row in the middle, and a value right of the header', () => {
    const sheet = readCsv('a;b;c\n1;2\n1;2;3;;\n1;2;3;4\n');
    expect(sheet.problems).toEqual([
      expect.objectContaining({ cell: 'row 2', rule: 'row-length' }),
      expect.objectContaining({ cell: 'D4', rule: 'row-length', value: '4' }),
    ]);
    // Empty cells past the header (Excel leaves them) are harmless.
    expect(sheet.rows.map((r) => r.cells)).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });
});
