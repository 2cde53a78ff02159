/**
 * The workbook's two sheets with one row per place: the data sheet (today's column keys
 * in row 1, names locked, input cells unlocked and validated) and, in the same rows and
 * columns, the values published last (small counts hidden as the site hides them).
 */
import type ExcelJS from 'exceljs';
import type { Dataset, PlaceEntry } from '../model/dataset.ts';
import type { Qualifier } from '../model/types.ts';
import { FIXED_COLUMNS, headerKeys, labelRow, storedMetrics } from './columns.ts';
import type { PreviousLookup, PreviousValue } from './previous.ts';
import {
  COUNT,
  DATE,
  INPUT,
  LOCKED,
  RULES,
  columnRange,
  styleHeader,
  validate,
  widthFor,
} from './template-style.ts';
import { PROMPTS, SHEETS } from './template-text.ts';

/** Drop-down words of the qualifier column: the importer reads each of them (a test checks). */
export const QUALIFIER_CHOICES = [
  'aniq',
  'kamida',
  'koʻpi bilan',
  'taxminan',
  'аниқ',
  'камида',
  'кўпи билан',
  'тахминан',
  'точно',
  'не менее',
  'не более',
  'примерно',
  'exact',
  'at-least',
  'at-most',
  'approximately',
];

/** Ranges of the drop-down lists, on the hidden sheet or the data sheet. */
export interface Lists {
  /** Source ids, or undefined when the dataset has none. */
  sources?: string;
}

const NAME_FORMS = ['uz-Latn', 'uz-Cyrl', 'ru', 'en'] as const;

/** Width of a column of the data sheet. */
function widthOf(key: string, i: number, places: readonly PlaceEntry[]): number {
  if (i === 0)
    return widthFor(
      places.map((p) => p.id),
      12,
      36,
    );
  if (i >= 2 && i < 6)
    return widthFor(
      places.map((p) => p.names[NAME_FORMS[i - 2]!]),
      12,
      32,
    );
  return (
    { kind: 10, date: 12, qualifier: 14, source: 26, quote: 30 }[key] ??
    Math.max(12, Math.min(20, key.length + 2))
  );
}

/** Style of an input column: counts, a date, or text. */
function inputStyle(key: string): Partial<ExcelJS.Style> {
  if (key === 'date') return DATE;
  return (FIXED_COLUMNS as readonly string[]).includes(key) ? INPUT : COUNT;
}

/** The validation of an input column, if it has one. */
export function ruleOf(key: string, lists: Lists): ExcelJS.DataValidation | undefined {
  if (key === 'date') return RULES.date();
  if (key === 'qualifier') return RULES.list(QUALIFIER_CHOICES, PROMPTS.qualifier);
  // A warning, not a stop: a source added to sources.json after the template was made is still typed.
  if (key === 'source')
    return lists.sources ? RULES.list(lists.sources, PROMPTS.source, 'warning') : undefined;
  if (key === 'quote' || key === 'place_id' || key.startsWith('name_')) return undefined;
  return RULES.count();
}

/** Adds the data sheet: keys, labels, then one row per place in tree order. */
export function addDataSheet(
  wb: ExcelJS.Workbook,
  ds: Dataset,
  places: readonly PlaceEntry[],
  lists: Lists,
): void {
  const keys = headerKeys(ds);
  const ws = wb.addWorksheet(SHEETS.data, {
    views: [{ state: 'frozen', xSplit: 3, ySplit: 2, activeCell: 'G3' }],
  });
  ws.columns = keys.map((key, i) => ({
    key,
    width: widthOf(key, i, places),
    style: i < 6 ? LOCKED : inputStyle(key),
  }));
  ws.addRow(keys);
  ws.addRow(labelRow(ds));
  for (const p of places) ws.addRow([p.id, p.kind, ...NAME_FORMS.map((f) => p.names[f])]);
  styleHeader(ws, keys.length);
  const last = places.length + 2;
  keys.forEach((key, i) => {
    const rule = i >= 6 ? ruleOf(key, lists) : undefined;
    if (rule && last >= 3) validate(ws, columnRange(i, 3, last), rule);
  });
}

/** Number formats that show a bound the way the site does: `62 000+`, `≤ 40`, `~ 500`. */
const BOUND_FORMAT: Record<Qualifier, string> = {
  exact: '#,##0',
  'at-least': '#,##0"+"',
  'at-most': '"≤ "#,##0',
  approximately: '"~ "#,##0',
};

/** What a previous-value cell holds: the number, or the mark the site shows instead. */
function previousCell(cell: ExcelJS.Cell, v: PreviousValue | undefined): void {
  if (!v) return;
  if (v.value === null) cell.value = v.suppressed === 'fewer-than-5' ? '<5' : 'x';
  else Object.assign(cell, { value: v.value, numFmt: BOUND_FORMAT[v.qualifier] });
}

/** The dates of a row's values: one date, or the range when they differ. */
function datesOf(values: readonly (PreviousValue | undefined)[]): string {
  const dates = [...new Set(values.flatMap((v) => (v ? [v.date] : [])))].sort();
  return dates.length > 1 ? `${dates[0]} … ${dates.at(-1)}` : (dates[0] ?? '');
}

/** Adds the comparison sheet: same rows and columns as the data sheet, every cell locked. */
export function addPreviousSheet(
  wb: ExcelJS.Workbook,
  ds: Dataset,
  places: readonly PlaceEntry[],
  previous: PreviousLookup,
  title: string,
): void {
  const keys = headerKeys(ds);
  const metrics = storedMetrics(ds).map((m) => m.id);
  const ws = wb.addWorksheet(SHEETS.previous, { views: [{ state: 'frozen', xSplit: 3, ySplit: 2 }] });
  ws.columns = keys.map((key, i) => ({
    key,
    width: widthOf(key, i, places),
    style: { protection: { locked: true } },
  }));
  ws.addRow([title]);
  ws.addRow(keys);
  for (const p of places) {
    const values = metrics.map((m) => previous(p.id, m));
    const sources = [...new Set(values.flatMap((v) => (v ? [v.provenance] : [])))].join('; ');
    const row = ws.addRow([
      p.id,
      p.kind,
      ...NAME_FORMS.map((f) => p.names[f]),
      datesOf(values),
      '',
      sources,
      '',
    ]);
    values.forEach((v, j) => previousCell(row.getCell(FIXED_COLUMNS.length + j + 1), v));
  }
  ws.getRow(1).font = { bold: true };
  ws.getRow(2).font = { bold: true };
}
