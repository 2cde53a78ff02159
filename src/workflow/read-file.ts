/**
 * One reader per kind of file, all giving the same thing: sheets of cell texts that the
 * row reader turns into records, the places sheets, notes for the person importing, and
 * problems. The kind is told from the bytes (src/workflow/sniff.ts), not the file name;
 * a refused file gives one problem and nothing else.
 */
import type { Dataset } from '../model/dataset.ts';
import { type CellProblem, inSheet } from './cells.ts';
import { readCsv } from './csv-read.ts';
import { decodeBytes } from './decode.ts';
import type { FileInput, NamedFile } from './file-input.ts';
import { LIMITS, Refusal, tooManyRows } from './refusal.ts';
import { readRecords, type RowOptions, type RowRecord } from './rows.ts';
import { sniff } from './sniff.ts';
import { readWorkbookInput } from './workbook-input.ts';

/** A CSV file: decoded (UTF-8, UTF-16 or Windows-1251) and split. */
function readCsvInput(f: NamedFile): FileInput {
  const { text, encoding } = decodeBytes(f.bytes);
  const sheet = readCsv(text);
  if (sheet.rows.length > LIMITS.rows) throw tooManyRows('the file', sheet.rows.length);
  const decimalMark = sheet.separator === ',' ? '.' : ',';
  return {
    read: { name: f.name, encoding, separator: sheet.separator },
    sheets: [{ ref: '', sheet, decimalMark }],
    places: [],
    notes: [],
    problems: [],
  };
}

/** Reads a file of any kind the importer takes; a refusal becomes the file's one problem. */
export function readInput(f: NamedFile, ds: Dataset): FileInput {
  try {
    const kind = sniff(f.bytes, f.size);
    return kind.kind === 'text' ? readCsvInput(f) : readWorkbookInput(f, kind.entries, ds);
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    return {
      read: { name: f.name },
      sheets: [],
      places: [],
      notes: [],
      problems: [{ cell: '', rule: e.rule, message: e.message }],
    };
  }
}

/** The records of a file's value sheets, with cells named by sheet; its problems are added to `problems`. */
export function recordsOf(
  ds: Dataset,
  input: FileInput,
  options: Omit<RowOptions, 'decimalMark'>,
  problems: CellProblem[],
): RowRecord[] {
  const out: RowRecord[] = [];
  problems.push(...input.problems);
  for (const s of input.sheets) {
    const local = [...s.sheet.problems];
    const fileName = s.ref ? `${options.fileName} ${s.ref}` : options.fileName;
    for (const r of readRecords(ds, s.sheet, { ...options, fileName, decimalMark: s.decimalMark }, local))
      out.push({
        ...r,
        cells: Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, inSheet(c, s.ref)])),
      });
    problems.push(...local.map((p) => ({ ...p, cell: inSheet(p.cell, s.ref) })));
  }
  return out;
}
