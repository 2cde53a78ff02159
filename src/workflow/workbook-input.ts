/**
 * A workbook as the importer takes it: its value and places sheets, and what Excel files
 * hold that a CSV cannot, turned into notes (formulas read as their saved values, hidden
 * rows and columns read too, sheets ignored) or problems named by cell (merged cells over
 * input cells, formulas with no saved value). A template of another dataset is refused.
 */
import type { Dataset } from '../model/dataset.ts';
import { type CellProblem, columnLetters, inSheet, sheetRef } from './cells.ts';
import type { FileInput, NamedFile, PlacesSheet, ValueSheet } from './file-input.ts';
import { checkMeta } from './template-meta.ts';
import { SHEETS } from './template-text.ts';
import { type WorkbookSheet, readXlsx } from './xlsx-read.ts';
import { parseRef } from './xlsx-sheet.ts';
import type { ZipEntry } from './zip.ts';

/** The template's own sheets that hold nothing to import: not worth a note. */
const OWN = new Set<string>([SHEETS.instructions, SHEETS.previous, SHEETS.meta]);

/** A few cells, then how many more. */
const some = (cells: readonly string[], n = 5) =>
  cells.slice(0, n).join(', ') + (cells.length > n ? ` and ${cells.length - n} more` : '');

/** Notes on a read sheet: formulas, hidden rows and columns. */
function notesOf(s: WorkbookSheet, ref: string): string[] {
  const marks = s.marks!;
  const notes: string[] = [];
  const computed = marks.formulas.filter((f) => f.computed).map((f) => f.cell);
  if (computed.length)
    notes.push(
      `${ref}: ${computed.length} formula cell(s) (${some(computed)}) read as the values saved with them (computed by the spreadsheet program)`,
    );
  if (marks.hiddenRows.length)
    notes.push(
      `${ref}: hidden row(s) ${some(marks.hiddenRows.map(String))} read too: unhide them to check what they hold`,
    );
  const width = s.rows[0]?.cells.length ?? 0;
  const hidden = marks.hiddenColumns.flatMap(([a, b]) =>
    Array.from({ length: Math.max(0, Math.min(b, width - 1) - a + 1) }, (_, i) => columnLetters(a + i)),
  );
  if (hidden.length)
    notes.push(`${ref}: hidden column(s) ${some(hidden)} read too: unhide them to check what they hold`);
  return notes;
}

/** Problems of a read sheet: formulas without a saved value, merged cells over the keys or the input rows. */
function problemsOf(s: WorkbookSheet, ref: string): CellProblem[] {
  const marks = s.marks!;
  const keyOf = (cell: string) => {
    const key = s.rows[0]?.cells[parseRef(cell)?.col ?? -1]?.trim();
    return key ? { column: key } : {};
  };
  const out: CellProblem[] = marks.formulas
    .filter((f) => !f.computed)
    .map((f) => ({
      cell: inSheet(f.cell, ref),
      ...keyOf(f.cell),
      rule: 'formula-value',
      message:
        'a formula whose value was never saved (the file was written by a program?): open the file in Excel or LibreOffice and save it, or type the number',
    }));
  for (const range of marks.merges) {
    const [from, to] = range.split(':').map(parseRef);
    if (!from) continue;
    // Only row 2 (the labels) may be merged: row 1 holds the keys, rows 3 on the input.
    if (from.row === 2 && (to?.row ?? 2) === 2) continue;
    const at = `${columnLetters(from.col)}${from.row}`;
    out.push({
      cell: inSheet(at, ref),
      ...keyOf(at),
      rule: 'merged-cells',
      message: `cells ${range} are merged, which hides what is under them: unmerge them (Home → Merge & Center) and give each cell its own value`,
      value: range,
    });
  }
  return out;
}

/** Reads a workbook (its zip directory already checked) for the importer. */
export function readWorkbookInput(f: NamedFile, entries: readonly ZipEntry[], ds: Dataset): FileInput {
  const wb = readXlsx(f.bytes, entries, new Set(ds.metrics.map((m) => m.id)), (meta) => checkMeta(meta, ds));
  const sheets: ValueSheet[] = [];
  const places: PlacesSheet[] = [];
  const notes: string[] = [];
  const problems: CellProblem[] = [];
  for (const s of wb.sheets) {
    const ref = sheetRef(s.name);
    if (s.role === 'values')
      sheets.push({ ref, sheet: { separator: ';', rows: s.rows, problems: [] }, decimalMark: '.' });
    else if (s.role === 'places') places.push({ ref, rows: s.rows });
    else continue;
    notes.push(...notesOf(s, ref));
    problems.push(...problemsOf(s, ref));
  }
  const ignored = wb.sheets.filter((s) => s.role === 'ignored' && !OWN.has(s.name)).map((s) => s.name);
  if (ignored.length) notes.push(`sheet(s) ignored, not part of the template: ${ignored.join(', ')}`);
  if (!wb.meta)
    notes.push(
      'no template identity (hidden sheet "meta"): the sheets were read by the column keys in their row 1',
    );
  if (!sheets.length && !places.length)
    problems.push({
      cell: '',
      rule: 'header',
      message:
        "no sheet has the template's column keys in row 1 (place_id, kind, …, a column per metric): fill in the template from npm run template",
    });
  return {
    read: { name: f.name, sheets: [...sheets, ...places].map((s) => s.ref) },
    sheets,
    places,
    district: wb.meta?.district || undefined,
    notes,
    problems,
  };
}
