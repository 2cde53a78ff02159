import { describe, it, expect } from 'vitest';
import { parseCount, parseDateCell, parseDecimal, parseQualifier } from './numbers.ts';

const count = (raw: string, mark: ',' | '.' = ',') => parseCount(raw, mark);

describe('parseDecimal', () => {
  it.each([
    ['62000', ',', 62000],
    ['62 000', ',', 62000],
    ['62\u00A0000', ',', 62000],
    ['1\u202F234\u202F567', ',', 1234567],
    ['1 234,5', ',', 1234.5],
    ['1.234', ',', 1234], // a thousands group in a decimal-comma file
    ['79.4', ',', 79.4],
    ['1,234', '.', 1234],
    ['1,5', '.', 1.5],
    ['1.234,5', '.', 1234.5],
    ['1,234.5', ',', 1234.5],
  ] as const)('reads %j (decimal mark %s) as %d', (text, mark, value) => {
    expect(parseDecimal(text, mark)).toBe(value);
  });

  it.each(['12 34', 'abc', '1..2', '1,2,3.4.5', '12,', ''])('rejects %j', (text) => {
    expect(parseDecimal(text, ',')).toBeUndefined();
  });
});

describe('parseCount', () => {
  it('reads an empty cell as not reported, never zero', () => {
    expect(count('')).toEqual({ ok: true, value: undefined });
    expect(count('  \u00A0')).toEqual({ ok: true, value: undefined });
    expect(count('0')).toEqual({ ok: true, value: { value: 0 } });
  });

  it('reads grouped numbers and a zero decimal part', () => {
    expect(count('62 000,00')).toEqual({ ok: true, value: { value: 62000 } });
  });

  it('reads bounds written on the number', () => {
    expect(count('>62 000')).toEqual({ ok: true, value: { value: 62000, qualifier: 'at-least' } });
    expect(count('≥62000')).toEqual({ ok: true, value: { value: 62000, qualifier: 'at-least' } });
    expect(count('62000+')).toEqual({ ok: true, value: { value: 62000, qualifier: 'at-least' } });
    expect(count('<10')).toEqual({ ok: true, value: { value: 10, qualifier: 'at-most' } });
    expect(count('~500')).toEqual({ ok: true, value: { value: 500, qualifier: 'approximately' } });
  });

  it.each([
    ['#N/A', 'excel-error'],
    ['#DIV/0!', 'excel-error'],
    ['#VALUE!', 'excel-error'],
    ['#REF!', 'excel-error'],
    ['#NAME?', 'excel-error'],
    ['#NUM!', 'excel-error'],
    ['#NULL!', 'excel-error'],
    ['Err:502', 'excel-error'],
    ['-5', 'non-negative'],
    ['−5', 'non-negative'],
    ['79,4', 'integer'],
    ['12 families', 'number'],
    ['n/a', 'number'],
    ['79%', 'number'],
    ['-', 'ambiguous-dash'],
  ])('rejects %j with rule %s', (raw, rule) => {
    const r = count(raw);
    expect(r.ok ? 'ok' : r.rule).toBe(rule);
  });
});

describe('parseDateCell', () => {
  it('reads YYYY-MM-DD and DD.MM.YYYY; empty is undefined', () => {
    expect(parseDateCell('2020-12-02')).toEqual({ ok: true, value: '2020-12-02' });
    expect(parseDateCell('02.12.2020')).toEqual({ ok: true, value: '2020-12-02' });
    expect(parseDateCell('2020-12-02 00:00:00')).toEqual({ ok: true, value: '2020-12-02' });
    expect(parseDateCell('')).toEqual({ ok: true, value: undefined });
  });

  it('recognises an Excel date serial number and says which date it is', () => {
    const r = parseDateCell('44167');
    expect(r).toMatchObject({ ok: false, rule: 'excel-date-serial' });
    if (!r.ok)
      expect(r.message).toBe(
        'looks like an Excel date serial number; write the date as YYYY-MM-DD (44167 is 2020-12-02)',
      );
  });

  it.each(['2020-02-30', '12/2/2020', 'December'])('rejects %j as iso-date', (raw) => {
    expect(parseDateCell(raw)).toMatchObject({ ok: false, rule: 'iso-date' });
  });

  it('rejects an Excel error value', () => {
    expect(parseDateCell('#VALUE!')).toMatchObject({ ok: false, rule: 'excel-error' });
  });
});

describe('parseQualifier', () => {
  it.each([
    ['', undefined],
    ['exact', 'exact'],
    ['at-least', 'at-least'],
    ['kamida', 'at-least'],
    ['Не менее', 'at-least'],
    ['более', 'at-least'],
    ['koʻpi bilan', 'at-most'],
    ["ko'pi bilan", 'at-most'],
    ['не более', 'at-most'],
    ['taxminan', 'approximately'],
    ['около', 'approximately'],
  ])('reads %j as %s', (raw, q) => {
    expect(parseQualifier(raw)).toEqual({ ok: true, value: q });
  });

  it('rejects other words', () => {
    expect(parseQualifier('maybe')).toMatchObject({ ok: false, rule: 'qualifier' });
  });
});
