/**
 * The workbook's first sheet (instructions in Uzbek Latin and Cyrillic, Russian and
 * English, then every column explained) and its hidden last sheet (the template's
 * identity and the drop-down lists).
 */
import type ExcelJS from 'exceljs';
import type { Dataset } from '../model/dataset.ts';
import { textForms, type TextForm } from '../schema/common.ts';
import { latinToCyrillic } from '../translit/uz.ts';
import { FIXED_LABELS, PLACE_COLUMNS, PLACE_LABELS, headerKeys } from './columns.ts';
import { metaRows, type TemplateMeta } from './template-meta.ts';
import { INSTRUCTIONS, LANGUAGE_HEADINGS, SHEETS, sendTo } from './template-text.ts';

/** Values for the instructions' placeholders. */
export interface InstructionValues {
  /** The publisher's name in each form. */
  publisher: Record<TextForm, string>;
  /** The corrections address of site.json, if any. */
  url?: string;
  /** Free rows on the corrections sheet. */
  rows: number;
}

/** The publisher's name in each form, falling back on the first one given. */
export function publisherNames(ds: Pick<Dataset, 'site'>): Record<TextForm, string> {
  const p = ds.site.publisher;
  const first = textForms.map((f) => p[f]).find((x) => x !== undefined) ?? '';
  return Object.fromEntries(textForms.map((f) => [f, p[f] ?? first])) as Record<TextForm, string>;
}

/** A paragraph with its placeholders filled in. */
export const paragraph = (form: TextForm, text: string, v: InstructionValues): string =>
  text
    .replaceAll('{publisher}', v.publisher[form])
    .replaceAll('{send}', sendTo(form, v.publisher[form], v.url))
    .replaceAll('{rows}', String(v.rows));

/** A column's description in the four forms: the catalogue's labels, or the template's own. */
function describe(ds: Dataset, key: string): string[] {
  const m = ds.metricById.get(key);
  if (m) return textForms.map((f) => m.labels[f]);
  const own =
    (FIXED_LABELS as Record<string, readonly [string, string, string]>)[key] ??
    PLACE_LABELS[key as (typeof PLACE_COLUMNS)[number]];
  if (!own) return [];
  const [uz, ru, en] = own;
  return [uz, latinToCyrillic(uz), ru, en];
}

/** Adds the instructions sheet. */
export function addInstructions(
  wb: ExcelJS.Workbook,
  ds: Dataset,
  v: InstructionValues,
  heading: string,
): void {
  const ws = wb.addWorksheet(SHEETS.instructions);
  ws.columns = [{ width: 24 }, { width: 110 }];
  ws.addRow(['', heading]).font = { bold: true, size: 14 };
  for (const form of textForms) {
    ws.addRow([]);
    ws.addRow(['', LANGUAGE_HEADINGS[form]]).font = { bold: true, size: 12 };
    INSTRUCTIONS[form].forEach((text, i) => ws.addRow([String(i + 1), paragraph(form, text, v)]));
  }
  ws.addRow([]);
  ws.addRow(['', 'Ustunlar / Устунлар / Столбцы / Columns']).font = { bold: true, size: 12 };
  for (const key of [...new Set([...headerKeys(ds), ...PLACE_COLUMNS])])
    ws.addRow([key, describe(ds, key).join('\n')]);
  ws.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).font = { ...row.getCell(1).font, name: 'Consolas' };
  });
}

/** Adds the hidden sheet: identity in A:B, drop-down lists from column D on. Returns the lists' columns. */
export function addMetaSheet(
  wb: ExcelJS.Workbook,
  meta: TemplateMeta,
  lists: Record<string, readonly string[]>,
): Record<string, number> {
  const ws = wb.addWorksheet(SHEETS.meta, { state: 'veryHidden' });
  metaRows(meta).forEach(([key, value], i) => {
    ws.getRow(i + 1).getCell(1).value = key;
    ws.getRow(i + 1).getCell(2).value = value;
  });
  const columns: Record<string, number> = {};
  Object.entries(lists).forEach(([name, items], j) => {
    const col = 4 + j; // D, E, …
    columns[name] = col - 1;
    ws.getRow(1).getCell(col).value = name;
    items.forEach((item, i) => (ws.getRow(i + 2).getCell(col).value = item));
  });
  return columns;
}
