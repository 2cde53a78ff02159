/**
 * Row 1 of a filled template: the column keys it holds (the template's own and stored
 * metric ids), each problem with them, and row 2 told apart when it holds the labels.
 */
import type { Dataset } from '../model/dataset.ts';
import { type CellProblem, cellAddress } from './cells.ts';
import { FIXED_COLUMNS, NAME_COLUMNS, columnLabel } from './columns.ts';
import type { SheetRow } from './csv-read.ts';
import { cellText } from './numbers.ts';

/** Where each known column is: key → 0-based column index. */
export type Columns = Map<string, number>;

/** Keys of the template's own columns (the others are metric ids). */
export const FIXED = new Set<string>(FIXED_COLUMNS);

/** A key of row 1: taken as a column, or the problem with it (empty, repeated, derived, unknown). */
function headerCell(
  ds: Dataset,
  raw: string,
  i: number,
  rows: readonly SheetRow[],
  columns: Columns,
): CellProblem | undefined {
  const key = cellText(raw).toLowerCase();
  const cell = cellAddress(i, 1);
  if (key === '') {
    const used = rows.find((r) => cellText(r.cells[i] ?? '') !== '');
    return used
      ? {
          cell: cellAddress(i, used.row),
          rule: 'known-column',
          message: 'this column has no key in row 1, so its values cannot be read',
          value: used.cells[i],
        }
      : undefined;
  }
  if (columns.has(key))
    return {
      cell,
      rule: 'unique-column',
      message: `column "${key}" is already ${cellAddress(columns.get(key)!, 1)}`,
      value: raw,
    };
  if (FIXED.has(key) || (ds.metricById.has(key) && !ds.metricById.get(key)!.derived))
    return void columns.set(key, i);
  if (ds.metricById.has(key))
    return {
      cell,
      column: key,
      rule: 'stored-metric',
      message: 'this figure is computed by the site from other columns: delete the column',
      value: raw,
    };
  return {
    cell,
    rule: 'known-column',
    message: 'not a column of the template (nor a metric id of metrics.json)',
    value: raw,
  };
}

/** Reads row 1: known keys, and a problem for each unknown, derived or repeated one. */
export function readHeader(
  ds: Dataset,
  header: SheetRow,
  rows: readonly SheetRow[],
  problems: CellProblem[],
): Columns | undefined {
  const columns: Columns = new Map();
  const local = header.cells.flatMap((raw, i) => headerCell(ds, raw, i, rows, columns) ?? []);
  if (columns.size === 0) {
    problems.push({
      cell: 'row 1',
      rule: 'header',
      message:
        "row 1 must hold the template's column keys (place_id, kind, name_uz_latn, …): was it deleted?",
    });
    return undefined;
  }
  problems.push(...local);
  if (!columns.has('place_id') && !Object.values(NAME_COLUMNS).some((c) => columns.has(c)))
    problems.push({
      cell: 'row 1',
      rule: 'required-column',
      message: 'the file needs the place_id column (or a name column) to know which place each row is about',
    });
  return columns;
}

/** True for row 2 of a template: the columns described in three languages. */
export function isLabelRow(ds: Dataset, row: SheetRow, columns: Columns): boolean {
  return (
    row.row === 2 &&
    [...columns].some(
      ([key, i]) =>
        FIXED.has(key) &&
        cellText(row.cells[i] ?? '') !== '' &&
        cellText(row.cells[i]!) === columnLabel(ds, key),
    )
  );
}
