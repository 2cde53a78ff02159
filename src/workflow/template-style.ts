/**
 * How the workbook template guards its cells: locked grey cells for what identifies a
 * row, unlocked white ones for input, Excel's own data validation on input columns, and
 * sheet protection without a password (a guard against accidents, not a lock).
 */
import type ExcelJS from 'exceljs';
import { cellAddress, columnLetters } from './cells.ts';
import { PROMPTS } from './template-text.ts';

const GREY: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD6DCE4' } };

/** Cells nobody should type over (ids, kinds, names, headers). */
export const LOCKED: Partial<ExcelJS.Style> = { protection: { locked: true }, fill: GREY };
/** Free input: text. */
export const INPUT: Partial<ExcelJS.Style> = { protection: { locked: false } };
/** Input: a count, shown without grouping, so that a sheet saved as CSV "as shown" reads as a number in any locale. */
export const COUNT: Partial<ExcelJS.Style> = { protection: { locked: false }, numFmt: '0' };
/** Input: a real date cell. */
export const DATE: Partial<ExcelJS.Style> = { protection: { locked: false }, numFmt: 'yyyy-mm-dd' };

/** What a protected sheet still lets people do: select, and widen columns and rows to read them. */
export const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
};

type Prompt = { readonly title: string; readonly prompt: string; readonly error: string };

const messages = (p: Prompt, errorStyle: 'stop' | 'warning' = 'stop'): Partial<ExcelJS.DataValidation> => ({
  allowBlank: true,
  showInputMessage: true,
  promptTitle: p.title,
  prompt: p.prompt,
  showErrorMessage: true,
  errorStyle,
  errorTitle: p.title,
  error: p.error,
});

/** Excel's validations of input cells. */
export const RULES = {
  /** Whole numbers ≥ 0. */
  count: (): ExcelJS.DataValidation => ({
    type: 'whole',
    operator: 'greaterThanOrEqual',
    formulae: [0],
    ...messages(PROMPTS.count),
  }),
  /** A date in this century. */
  date: (): ExcelJS.DataValidation => ({
    type: 'date',
    operator: 'between',
    formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2099, 11, 31))],
    ...messages(PROMPTS.date),
  }),
  /** One of `items` (a drop-down); `items` is a range like `meta!$D$2:$D$9`, or words. */
  list: (
    items: string | readonly string[],
    p: Prompt,
    errorStyle: 'stop' | 'warning' = 'stop',
  ): ExcelJS.DataValidation => ({
    type: 'list',
    formulae: [typeof items === 'string' ? items : `"${items.join(',')}"`],
    ...messages(p, errorStyle),
  }),
};

/** The sheet's data validations (exceljs keeps them out of its typings). */
export function validate(ws: ExcelJS.Worksheet, range: string, rule: ExcelJS.DataValidation): void {
  (
    ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations.add(range, rule);
}

/** `K3:K120` for 0-based column `col` from row `first` to `last`. */
export const columnRange = (col: number, first: number, last: number): string =>
  `${cellAddress(col, first)}:${cellAddress(col, last)}`;

/** An absolute reference to a column of cells on another sheet, for drop-down lists. */
export const listRange = (sheet: string, col: number, first: number, last: number): string =>
  `'${sheet.replace(/'/g, "''")}'!$${columnLetters(col)}$${first}:$${columnLetters(col)}$${Math.max(first, last)}`;

/** Row 1 (keys) and row 2 (labels): locked, bold keys, wrapped labels. */
export function styleHeader(ws: ExcelJS.Worksheet, width: number): void {
  const keys = ws.getRow(1);
  const labels = ws.getRow(2);
  labels.height = 64;
  for (let c = 1; c <= width; c++) {
    Object.assign(keys.getCell(c), {
      style: { protection: { locked: true }, fill: HEADER_FILL, font: { bold: true } },
    });
    Object.assign(labels.getCell(c), {
      style: {
        protection: { locked: true },
        fill: HEADER_FILL,
        font: { italic: true, size: 9 },
        alignment: { wrapText: true, vertical: 'top' },
      },
    });
  }
}

/** A column width that fits `texts` (Excel counts characters), within reason. */
export const widthFor = (texts: Iterable<string>, min = 10, max = 40): number => {
  let longest = 0;
  for (const t of texts) longest = Math.max(longest, [...t].length);
  return Math.min(max, Math.max(min, longest + 2));
};
