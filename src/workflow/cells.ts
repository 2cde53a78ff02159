/** Spreadsheet cell addresses (`C17`) and the problems the workflow reports against them. */

/** A problem in a filled template, pointing at the cell a person must fix. */
export interface CellProblem {
  /** The cell, e.g. `C17`; a whole row is `row 17`, a whole file is empty. */
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

/** Sort key of a cell: row, then column (`row 17` before `A17`; file-level problems first). */
export function cellOrder(cell: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(cell) ?? /^row (\d+)$/.exec(cell);
  if (!m) return [0, 0];
  if (m.length === 2) return [Number(m[1]), 0];
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(m[2]), col];
}

/** Orders problems as a person fixes them: top to bottom, left to right. */
export function byCell(a: CellProblem, b: CellProblem): number {
  const [ra, ca] = cellOrder(a.cell);
  const [rb, cb] = cellOrder(b.cell);
  return ra - rb || ca - cb;
}
