/**
 * What a person types in a cell, read as a count, a qualifier or a date: numbers with
 * spaces or no-break spaces between thousands and a decimal comma or point, `>62000`
 * for a lower bound, qualifier words in Uzbek, Russian or English, dates as YYYY-MM-DD
 * or DD.MM.YYYY. Excel's error values and date serial numbers are recognised as such.
 */
import type { Qualifier } from '../model/types.ts';
import { foldApostrophes } from '../translit/apostrophes.ts';

/** A cell read successfully (`undefined` for an empty cell), or why it could not be. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; rule: string; message: string };

const fail = (rule: string, message: string) => ({ ok: false, rule, message }) as const;

/** Excel's and LibreOffice's error values, shown in a cell whose formula failed. */
const EXCEL_ERROR =
  /^(#N\/A|#DIV\/0!|#VALUE!|#REF!|#NAME\?|#NUM!|#NULL!|#SPILL!|#CALC!|#GETTING_DATA|Err:\d{3})$/i;

/** The cell's text without surrounding spaces (no-break ones too) and Excel's text mark `'`. */
export const cellText = (raw: string): string => raw.trim().replace(/^'/, '').trim();

/** The error found when a cell holds an Excel error value, else undefined. */
export function excelError(text: string): { rule: string; message: string } | undefined {
  if (!EXCEL_ERROR.test(text)) return undefined;
  return {
    rule: 'excel-error',
    message:
      'an Excel error value: the formula behind this cell failed; type the number, or leave the cell empty if it was not reported',
  };
}

/** Typed words and signs for each qualifier (compared lower-case, apostrophes and spaces folded). */
export const QUALIFIER_WORDS: Record<Qualifier, readonly string[]> = {
  exact: ['exact', 'aniq', 'аниқ', 'точно', 'ровно', '='],
  'at-least': [
    'at-least',
    'at least',
    'more than',
    'kamida',
    'камида',
    'ortiq',
    'ортиқ',
    'не менее',
    'более',
    'свыше',
    '>',
    '>=',
    '≥',
  ],
  'at-most': [
    'at-most',
    'at most',
    'less than',
    'kopi bilan',
    'кўпи билан',
    'не более',
    'менее',
    '<',
    '<=',
    '≤',
  ],
  approximately: ['approximately', 'about', 'taxminan', 'тахминан', 'около', 'примерно', '~', '≈'],
};

const foldWord = (s: string) =>
  foldApostrophes(s.toLowerCase())
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
const WORD_TO_QUALIFIER = new Map(
  Object.entries(QUALIFIER_WORDS).flatMap(([q, words]) => words.map((w) => [foldWord(w), q as Qualifier])),
);

/** Reads the qualifier column: empty means exact. */
export function parseQualifier(raw: string): CellResult<Qualifier | undefined> {
  const text = cellText(raw);
  if (text === '') return { ok: true, value: undefined };
  const q = WORD_TO_QUALIFIER.get(foldWord(text));
  if (q) return { ok: true, value: q };
  return fail('qualifier', 'write exact, at-least, at-most or approximately (or leave empty for exact)');
}

/** Signs before (or `+` after) a number that make it a bound: `>62000`, `62000+`, `~500`. */
const PREFIX: readonly [RegExp, Qualifier][] = [
  [/^(>=|≥|>)/, 'at-least'],
  [/^(<=|≤|<)/, 'at-most'],
  [/^(~|≈)/, 'approximately'],
  [/^=/, 'exact'],
];

/** A count read from a cell: its value and, when the cell said so (`>62000`), its qualifier. */
export interface CountCell {
  /** The count. */
  value: number;
  /** Set when the cell itself said so (`>62000`). */
  qualifier?: Qualifier;
}

/** Removes grouping spaces (checked to be in groups of three) from a number's digits. */
function ungroupSpaces(s: string): string | undefined {
  if (!/\s|\u00A0|\u202F/.test(s)) return s;
  const one = s.replace(/[\s\u00A0\u202F\u2009]+/g, ' ');
  return /^\d{1,3}( \d{3})+([.,]\d*)?$/.test(one) ? one.replace(/ /g, '') : undefined;
}

/** Reads digits with `,` and `.` marks; `decimalMark` is the file's convention (`,` in `;` files). */
export function parseDecimal(s: string, decimalMark: ',' | '.'): number | undefined {
  const digits = ungroupSpaces(s);
  if (digits === undefined || !/^\d[\d.,]*$/.test(digits) || /[.,]$/.test(digits)) return undefined;
  const commas = digits.split(',').length - 1;
  const points = digits.split('.').length - 1;
  const grouped = (mark: string, text: string) => new RegExp(`^\\d{1,3}(\\${mark}\\d{3})+$`).test(text);
  let decimal: string | undefined;
  let group: string | undefined;
  if (commas && points)
    [decimal, group] = digits.lastIndexOf(',') > digits.lastIndexOf('.') ? [',', '.'] : ['.', ','];
  else if (commas || points) {
    const mark = commas ? ',' : '.';
    // "1.234" in a file whose decimal mark is "," is a thousands group, "79.4" a decimal.
    if (commas + points > 1 || (mark !== decimalMark && grouped(mark, digits))) group = mark;
    else decimal = mark;
  }
  const cut = decimal ? digits.lastIndexOf(decimal) : digits.length;
  const whole = digits.slice(0, cut);
  const frac = digits.slice(cut + 1);
  if (!/^\d*$/.test(frac)) return undefined;
  if (group ? whole.includes(group) && !grouped(group, whole) : !/^\d+$/.test(whole)) return undefined;
  if (decimal && whole.includes(decimal)) return undefined;
  return Number(`${group ? whole.split(group).join('') : whole}${frac ? `.${frac}` : ''}`);
}

/** Reads a count cell: empty is "not reported" (undefined), never zero. */
export function parseCount(raw: string, decimalMark: ',' | '.'): CellResult<CountCell | undefined> {
  let text = cellText(raw);
  if (text === '') return { ok: true, value: undefined };
  const err = excelError(text);
  if (err) return { ok: false, ...err };
  if (/^[-‐‑–—−]$/.test(text))
    return fail('ambiguous-dash', 'a dash may mean zero or "not reported": type 0, or leave the cell empty');
  let qualifier: Qualifier | undefined;
  for (const [re, q] of PREFIX) {
    if (re.test(text)) ((qualifier = q), (text = text.replace(re, '').trim()));
  }
  if (/\+$/.test(text) && !qualifier) ((qualifier = 'at-least'), (text = text.slice(0, -1).trim()));
  const negative = /^[-‐‑–—−]/.test(text);
  const value = parseDecimal(negative ? text.slice(1).trim() : text, decimalMark);
  if (value === undefined || !Number.isFinite(value))
    return fail(
      'number',
      'not a number: type digits only (spaces between thousands are fine), or leave the cell empty if it was not reported',
    );
  if (negative && value !== 0) return fail('non-negative', 'a count cannot be negative');
  if (!Number.isInteger(value))
    return fail('integer', 'counts are whole numbers (shares and rates are computed by the site)');
  if (!Number.isSafeInteger(value)) return fail('number', 'this number is too large to be a count');
  return { ok: true, value: { value, ...(qualifier ? { qualifier } : {}) } };
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/** `YYYY-MM-DD` of a calendar date, or undefined when it does not exist (30 February). */
export function isoDate(y: number, m: number, d: number): string | undefined {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return undefined;
  return t.toISOString().slice(0, 10);
}

/** The date an Excel serial number stands for (1900 date system, as Windows Excel uses). */
export const excelSerialDate = (serial: number): string =>
  new Date(EXCEL_EPOCH + Math.floor(serial) * DAY).toISOString().slice(0, 10);

/** Reads a date cell: `YYYY-MM-DD` or `DD.MM.YYYY`; empty is undefined. */
export function parseDateCell(raw: string): CellResult<string | undefined> {
  const text = cellText(raw);
  if (text === '') return { ok: true, value: undefined };
  const err = excelError(text);
  if (err) return { ok: false, ...err };
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00)?)?$/.exec(text);
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const date = iso
    ? isoDate(+iso[1]!, +iso[2]!, +iso[3]!)
    : dotted
      ? isoDate(+dotted[3]!, +dotted[2]!, +dotted[1]!)
      : undefined;
  if (date) return { ok: true, value: date };
  if (iso || dotted) return fail('iso-date', 'no such day in the calendar; write the date as YYYY-MM-DD');
  if (/^\d{1,7}([.,]\d+)?$/.test(text)) {
    const serial = Number(text.replace(',', '.'));
    if (serial >= 1 && serial < 2958466)
      return fail(
        'excel-date-serial',
        `looks like an Excel date serial number; write the date as YYYY-MM-DD (${Math.floor(serial)} is ${excelSerialDate(serial)})`,
      );
  }
  if (/^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(text))
    return fail('iso-date', 'day and month could be either way round; write the date as YYYY-MM-DD');
  return fail('iso-date', 'write the date as YYYY-MM-DD');
}
