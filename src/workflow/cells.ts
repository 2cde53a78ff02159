/** Spreadsheet cell addresses (`C17`) and the problems the workflow reports against them. */

/** A problem in a filled template, pointing at the cell a person must fix. */
export interface CellProblem {
  /** The cell, e.g. `C17` (in a workbook `Maʼlumotlar!C17`); a whole row is `row 17`, a whole file is empty. */
  cell: string;
  /** Machine key of the column (row 1 of the template), when the problem is in one. */
  column?: string;
  /** Short rule name, stable for tests and docs, e.g. `non-negative`. */
  rule: string;
  /** What is wrong and how to fix it, in a sentence. */
  message: string;
  /** The cell's text as found. */
  value?: string;
}

/** Column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The A1 address of a 0-based column and a 1-based spreadsheet row. */
export const cellAddress = (column: number, row: number): string => `${columnLetters(column)}${row}`;

/** Shows found text briefly and on one line, quoted. */
function shown(value: string): string {
  const one = value.replace(/[\r\n]+/g, ' ');
  return JSON.stringify(one.length > 60 ? `${one.slice(0, 57)}...` : one);
}

/** One line: `file: C17 (population): [non-negative] message (found: "-5")`. */
export function formatCellProblem(file: string, p: CellProblem): string {
  const where = [p.cell, p.column ? `(${p.column})` : ''].filter(Boolean).join(' ');
  const found = p.value !== undefined ? ` (found: ${shown(p.value)})` : '';
  return `${file}: ${where ? `${where}: ` : ''}[${p.rule}] ${p.message}${found}`;
}

/** A sheet's name as Excel writes it in a reference: quoted when it holds more than letters and digits. */
export const sheetRef = (name: string): string =>
  /^[\p{L}\p{N}_.]+$/u.test(name) && !/^[A-Z]{1,3}\d+$/i.test(name) ? name : `'${name.replace(/'/g, "''")}'`;

/**
 * A cell of a sheet named as Excel shows it: `Maʼlumotlar!K17`, a whole row `Maʼlumotlar!17:17`,
 * the sheet itself `Maʼlumotlar`. With no sheet (a CSV file) the cell is left as it is.
 */
export function inSheet(cell: string, ref: string): string {
  if (!ref) return cell;
  if (cell === '') return ref;
  const row = /^row (\d+)$/.exec(cell);
  return row ? `${ref}!${row[1]}:${row[1]}` : `${ref}!${cell}`;
}

/** Sort key of a cell: row, then column (`row 17` before `A17`; file-level problems first). */
export function cellOrder(cell: string): [number, number] {
  const bare = cell.slice(cell.lastIndexOf('!') + 1);
  const m = /^([A-Z]+)(\d+)$/.exec(bare) ?? /^row (\d+)$/.exec(bare) ?? /^(\d+):\d+$/.exec(bare);
  if (!m) return [0, 0];
  if (m.length === 2) return [Number(m[1]), 0];
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(m[2]), col];
}

/** The sheet part of a cell reference (empty for a CSV cell or a whole file). */
const sheetPart = (cell: string): string =>
  cell.includes('!') ? cell.slice(0, cell.lastIndexOf('!')) : /^([A-Z]+\d+|row \d+)?$/.test(cell) ? '' : cell;

/** Orders problems as a person fixes them: sheet by sheet, top to bottom, left to right. */
export function byCell(a: CellProblem, b: CellProblem): number {
  const [sa, sb] = [sheetPart(a.cell), sheetPart(b.cell)];
  if (sa !== sb) return sa < sb ? -1 : 1;
  const [ra, ca] = cellOrder(a.cell);
  const [rb, cb] = cellOrder(b.cell);
  return ra - rb || ca - cb;
}
