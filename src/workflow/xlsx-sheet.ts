/**
 * One worksheet's XML read into cell texts as a CSV would hold them, plus what a CSV
 * cannot say: which cells are formulas (read as their saved, computed value), which rows
 * and columns are hidden, which cells are merged. Dates read as YYYY-MM-DD, error cells
 * as their error value (`#N/A`), booleans as TRUE/FALSE, numbers with a decimal point.
 */
import { columnLetters } from './cells.ts';
import { excelSerialDate } from './numbers.ts';
import { LIMITS, tooManyRows } from './refusal.ts';
import { isTrue, readXml } from './xml.ts';

/** What reading the cells needs from the rest of the workbook. */
export interface CellContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** A worksheet's cells and marks. */
export interface XSheet {
  /** Row number → column index (0-based) → text; only rows and cells with content. */
  rows: Map<number, Map<number, string>>;
  /** Cells holding a formula (`K17`), with whether Excel saved its computed value. */
  formulas: { cell: string; computed: boolean }[];
  /** Hidden rows that hold something. */
  hiddenRows: number[];
  /** Hidden columns, 0-based, as [first, last] ranges. */
  hiddenColumns: [number, number][];
  /** Merged ranges, e.g. `K17:L18`. */
  merges: string[];
}

/** 0-based column and 1-based row of an A1 reference. */
export function parseRef(ref: string): { col: number; row: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.toUpperCase());
  if (!m) return undefined;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { col, row: Number(m[2]) };
}

/** A number as the importer reads it: digits with a decimal point, as a CSV would hold it. */
const numberText = (n: number): string => (Number.isFinite(n) ? String(n) : '');

/** The text of a finished cell element. */
function cellValue(
  type: string,
  raw: string | undefined,
  inline: string,
  style: number,
  ctx: CellContext,
): string {
  if (type === 'inlineStr') return inline;
  if (raw === undefined) return '';
  if (type === 's') return ctx.strings[Number(raw)] ?? '';
  if (type === 'str' || type === 'e') return raw;
  if (type === 'b') return raw === '1' ? 'TRUE' : 'FALSE';
  if (type === 'd') return raw.slice(0, 10);
  const n = Number(raw);
  if (raw.trim() === '' || Number.isNaN(n)) return raw;
  if (ctx.dateStyles[style] && n >= 0 && n < 2958466) return excelSerialDate(ctx.date1904 ? n + 1462 : n);
  return numberText(n);
}

/** Reads one worksheet part; refuses a sheet with more rows than a template can have. */
export function readSheetXml(xml: string, part: string, ctx: CellContext, sheetName: string): XSheet {
  const sheet: XSheet = { rows: new Map(), formulas: [], hiddenRows: [], hiddenColumns: [], merges: [] };
  let row = 0;
  let rowHidden = false;
  let col = -1;
  let cell:
    { ref: string; type: string; style: number; raw?: string; inline: string; formula: boolean } | undefined;
  let capture: 'v' | 't' | undefined;
  let phonetic = 0;
  let rowCount = 0;
  readXml(xml, part, {
    open(name, a) {
      if (name === 'row') {
        row = a.r ? Number(a.r) : row + 1;
        rowHidden = isTrue(a.hidden);
        col = -1;
        if (++rowCount > LIMITS.rows) throw tooManyRows(`sheet ${sheetName}`, rowCount);
      } else if (name === 'c') {
        const at = a.r ? parseRef(a.r) : undefined;
        col = at ? at.col : col + 1;
        if (at) row = at.row;
        cell = { ref: a.r ?? '', type: a.t ?? 'n', style: Number(a.s ?? 0), inline: '', formula: false };
      } else if (cell && name === 'v') ((capture = 'v'), (cell.raw = ''));
      else if (cell && name === 'f') cell.formula = true;
      else if (name === 'rPh') phonetic++;
      else if (cell && name === 't' && phonetic === 0) capture = 't';
      else if (name === 'col' && isTrue(a.hidden))
        sheet.hiddenColumns.push([Number(a.min) - 1, Number(a.max) - 1]);
      else if (name === 'mergeCell' && a.ref) sheet.merges.push(a.ref);
    },
    close(name) {
      if (name === 'v' || name === 't') capture = undefined;
      else if (name === 'rPh') phonetic--;
      else if (name === 'c' && cell) {
        const text = cellValue(cell.type, cell.raw, cell.inline, cell.style, ctx);
        const ref = cell.ref || `${columnLetters(col)}${row}`;
        if (cell.formula) sheet.formulas.push({ cell: ref, computed: cell.raw !== undefined });
        if (text !== '') {
          const cells = sheet.rows.get(row) ?? sheet.rows.set(row, new Map()).get(row)!;
          cells.set(col, text);
          if (rowHidden && sheet.hiddenRows.at(-1) !== row) sheet.hiddenRows.push(row);
        }
        cell = undefined;
      }
    },
    text(t) {
      if (!cell || !capture) return;
      if (capture === 'v') cell.raw += t;
      else cell.inline += t;
    },
  });
  return sheet;
}
