import { describe, it, expect } from 'vitest';
import { toCsv, csvCell, csvNumber, inertText, BOM } from './csv.ts';

describe('toCsv', () => {
  it('starts with a byte-order mark and ends every line with CRLF', () => {
    const csv = toCsv(['a', 'b'], [[1, 'x']]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe('a,b\r\n1,x\r\n');
  });

  it('makes =1+1 an inert text cell', () => {
    expect(toCsv(['name'], [['=1+1']]).split('\r\n')[1]).toBe("'=1+1");
  });

  it('neutralises cells starting with + - @ tab or CR, and quotes the CR one', () => {
    const line = toCsv(['a', 'b', 'c', 'd', 'e'], [['+7', '-5', '@SUM(A1:A2)', '\tx', '\rx']]).split(
      '\r\n',
    )[1];
    expect(line).toBe(`'+7,'-5,'@SUM(A1:A2),'\tx,"'\rx"`);
  });

  it('keeps a negative number numeric', () => {
    expect(toCsv(['n'], [[-5]]).split('\r\n')[1]).toBe('-5');
  });

  it('quotes commas, doubles quotes and keeps newlines inside quotes', () => {
    const line = toCsv(['a', 'b'], [['say "hi", then', 'two\nlines']])
      .slice(1)
      .split('\r\n')
      .slice(1)
      .join('\r\n');
    expect(line).toBe('"say ""hi"", then","two\nlines"\r\n');
  });

  it('writes null and undefined as empty cells and booleans as true/false', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [[null, undefined, true, false]]).split('\r\n')[1]).toBe(
      ',,true,false',
    );
  });

  it('refuses a row whose length differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [[1]])).toThrow(/1 cells/);
  });
});

describe('csvNumber', () => {
  it('uses a decimal point and no grouping', () => {
    expect([1234567, 0.7942, 62000, -0].map(csvNumber)).toEqual(['1234567', '0.7942', '62000', '0']);
  });
  it('writes huge and tiny numbers without an exponent', () => {
    expect(csvNumber(1e21)).toBe('1000000000000000000000');
    expect(csvNumber(1.5e-7)).toBe('0.00000015');
  });
  it('refuses NaN and infinity', () => {
    expect(() => csvNumber(NaN)).toThrow();
    expect(() => csvNumber(Infinity)).toThrow();
  });
});

describe('inertText', () => {
  it('leaves ordinary text and ISO dates alone', () => {
    expect(['Qaynar', '2020-12-02', 'Oʻzbekiston', ' =1'].map(inertText)).toEqual([
      'Qaynar',
      '2020-12-02',
      'Oʻzbekiston',
      ' =1',
    ]);
  });
});

describe('csvCell', () => {
  it('writes a text "-5" as inert text, unlike the number -5', () => {
    expect([csvCell('-5'), csvCell(-5)]).toEqual(["'-5", '-5']);
  });
});
