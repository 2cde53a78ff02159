/**
 * Reads CSV as spreadsheet programs write it: `;`, `,` or tab separators (found from the
 * first lines, or Excel's `sep=;` first line), RFC 4180 quoting with separators, line
 * breaks and doubled quotes inside quoted cells, and CRLF, LF or CR line ends. Row
 * numbers are the spreadsheet's: a cell holding a line break does not start a new row.
 */
import { type CellProblem, cellAddress } from './cells.ts';

/** A separator a CSV file may use. */
export type Separator = ';' | ',' | '\t';

/** One row of the sheet with its spreadsheet row number (1 = header). */
export interface SheetRow {
  /** Spreadsheet row number. */
  row: number;
  /** The cells' text, as wide as the header. */
  cells: string[];
}

/** What was read: the rows of the right width, and problems with the others. */
export interface Sheet {
  /** The separator used. */
  separator: Separator;
  /** Row 1 (the header) first; blank rows left out. */
  rows: SheetRow[];
  /** Rows that are cut off, too short or too long. */
  problems: CellProblem[];
}

const SEPARATORS: readonly Separator[] = [';', ',', '\t'];

/** How often each separator occurs outside quotes in a line. */
function counts(line: string): Map<Separator, number> {
  const out = new Map<Separator, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && out.has(ch as Separator)) out.set(ch as Separator, out.get(ch as Separator)! + 1);
  }
  return out;
}

/**
 * The separator of a file from its first lines: one that splits every line into the same
 * number of cells wins over one used more often (labels may hold commas); `;` on a tie.
 */
export function detectSeparator(text: string): Separator {
  const lines = text.split(/\r\n|\n|\r/, 10).filter((l) => l.trim() !== '');
  const per = lines.map(counts);
  const score = (s: Separator) => {
    const n = per.map((c) => c.get(s)!);
    const steady = n.length > 1 && n.every((x) => x === n[0]) && n[0]! > 0;
    return (steady ? 1e6 : 0) + (n[0] ?? 0);
  };
  const best = [...SEPARATORS].sort((a, b) => score(b) - score(a))[0]!;
  return score(best) > 0 ? best : ',';
}

/** One row as split, before its width is checked. */
export interface RawRow {
  /** Its cells' text. */
  cells: string[];
  /** 0-based column of a quoted cell the file ended inside, if it did. */
  openQuote?: number;
}

/** Splits text into rows of cells; a quoted cell left open at the end is marked, not lost. */
export function splitCsv(text: string, sep: Separator): RawRow[] {
  const rows: RawRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let started = false; // the current row has content (so a final newline adds no empty row)
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') cell += ch;
      else if (text[i + 1] === '"') ((cell += '"'), i++);
      else quoted = false;
      continue;
    }
    if (ch === '"' && cell === '') ((quoted = true), (started = true));
    else if (ch === sep) (cells.push(cell), (cell = ''), (started = true));
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      rows.push({ cells: [...cells, cell] });
      ((cells = []), (cell = ''), (started = false));
    } else ((cell += ch), (started = true));
  }
  if (quoted) rows.push({ cells: [...cells, cell], openQuote: cells.length });
  else if (started) rows.push({ cells: [...cells, cell] });
  return rows;
}

const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** Reads a whole CSV text into rows as wide as the header, reporting short, long and cut rows. */
export function readCsv(text: string, separator?: Separator): Sheet {
  const hint = /^sep=(.)\r?\n/i.exec(text);
  const body = hint ? text.slice(hint[0].length) : text;
  const sep = SEPARATORS.includes(hint?.[1] as Separator)
    ? (hint![1] as Separator)
    : (separator ?? detectSeparator(body));
  const raw = splitCsv(body, sep);
  const problems: CellProblem[] = [];
  const rows: SheetRow[] = [];
  const width = raw[0]?.cells.length ?? 0;
  raw.forEach((r, i) => {
    const row = i + 1;
    const last = i === raw.length - 1;
    if (r.openQuote !== undefined) {
      problems.push({
        cell: cellAddress(r.openQuote, row),
        rule: 'csv-complete',
        message: `a quoted cell opened here is never closed: the file ends inside row ${row} (was it cut off?)`,
      });
      return;
    }
    if (i > 0 && blank(r.cells)) return;
    if (r.cells.length < width) {
      problems.push(
        last
          ? {
              cell: `row ${row}`,
              rule: 'csv-complete',
              message: `the file ends inside row ${row}: it has ${r.cells.length} of the header's ${width} cells (was it cut off?)`,
            }
          : {
              cell: `row ${row}`,
              rule: 'row-length',
              message: `row ${row} has ${r.cells.length} cells, the header has ${width}: were cells deleted instead of emptied?`,
            },
      );
      return;
    }
    const extra = r.cells.findIndex((c, j) => j >= width && c.trim() !== '');
    if (extra >= 0) {
      problems.push({
        cell: cellAddress(extra, row),
        rule: 'row-length',
        message: `this cell is right of the last column of the header (${width} columns)`,
        value: r.cells[extra],
      });
      return;
    }
    rows.push({ row, cells: r.cells.slice(0, width) });
  });
  return { separator: sep, rows, problems };
}
