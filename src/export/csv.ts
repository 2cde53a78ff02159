/**
 * CSV as spreadsheet programs read it without asking: UTF-8 with a byte-order mark, CRLF
 * line ends, RFC 4180 quoting, numbers with a decimal point and no grouping, and text
 * that a spreadsheet would run as a formula made inert with a leading apostrophe.
 */

/** One cell: text, a number, a yes/no, or nothing (an empty cell). */
export type Cell = string | number | boolean | null | undefined;

/** The byte-order mark that makes Excel read the file as UTF-8. */
export const BOM = '\uFEFF';

/** Characters that make a spreadsheet treat a text cell as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A number as plain digits with a decimal point: no grouping, no exponent. */
export function csvNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`cannot write ${n} to a CSV file`);
  const s = String(Object.is(n, -0) ? 0 : n);
  if (!/e/i.test(s)) return s;
  // Exponent forms (1e21, 1e-7) are rewritten in positional notation.
  return Number.isInteger(n) ? BigInt(n).toString() : n.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

/** A text cell made safe from formula injection: `=1+1` becomes `'=1+1`. */
export function inertText(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** One cell as it is written in the file, quoted where RFC 4180 requires. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return csvNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = inertText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: the header row, then one line per row, each ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`row has ${row.length} cells, header ${header.length}`);
    lines.push(row.map(csvCell).join(','));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
