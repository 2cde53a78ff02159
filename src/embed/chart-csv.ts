/**
 * A chart's numbers as CSV (`/charts/<place id>/<chart id>.csv`), for programs: stable
 * snake_case columns (metric ids), a plain number with a decimal point in every value
 * column with its qualifier beside it, the date, and each row's provenance and notes.
 * Hidden small counts stay hidden: the value is empty and the qualifier says why.
 */
import type { CellData, ChartSpec, TableCell } from '../charts/shared/chart-spec.ts';
import { toCsv, type Cell } from '../export/csv.ts';
import { fileValue } from '../export/published.ts';

type Unit = Extract<CellData, { kind: 'value' }>['unit'];

/** The column of a value, named so that its scale is plain: shares are in per cent. */
export function valueColumn(key: string, unit: Unit): string {
  if (unit === 'share') return `${key}_percent`;
  if (unit === 'per-10000' && !key.endsWith('per_10000')) return `${key}_per_10000`;
  return key;
}

/** A value as the file gives it: a share in per cent to 2 decimals (79.42), a rate to 2, a count whole. */
export const valueNumber = (value: number, unit: Unit): number =>
  unit === 'share' ? Number((value * 100).toFixed(2)) : fileValue(value, unit);

/** How one table column is written: its CSV column names and the cells of a table cell. */
interface Column {
  names: string[];
  cells: (c: TableCell | undefined) => Cell[];
}

/** The CSV columns of table column `key`, by the kind of data its cells carry (text when none). */
function columnOf(key: string, data: CellData | undefined): Column {
  switch (data?.kind) {
    case 'value':
      return {
        names: [valueColumn(key, data.unit), `${key}_qualifier`],
        cells: (c) =>
          c?.data?.kind === 'value'
            ? [c.data.value === null ? null : valueNumber(c.data.value, c.data.unit), c.data.qualifier]
            : [null, null],
      };
    case 'number':
      return { names: [key], cells: (c) => [c?.data?.kind === 'number' ? c.data.value : null] };
    case 'date':
      return { names: [key], cells: (c) => [c?.data?.kind === 'date' ? c.data.iso : null] };
    case 'place':
      return {
        names: [`${key}_id`, key],
        cells: (c) => (c?.data?.kind === 'place' ? [c.data.id, c.data.name] : [null, c?.text]),
      };
    default:
      return { names: [key], cells: (c) => [c?.text] };
  }
}

/** A row's provenance from its shown or hidden values (not those without data): sourced, illustrative or mixed. */
function provenanceOf(row: readonly TableCell[]): string {
  const values = row.filter((c) => !c.header && (c.illustrative || c.sourced));
  if (values.length === 0) return '';
  return values.every((c) => c.illustrative)
    ? 'illustrative'
    : values.some((c) => c.illustrative)
      ? 'mixed'
      : 'sourced';
}

/**
 * The chart's numbers as CSV, from the English chart (so the file is the same for every
 * locale, notes in English): a `date` column first (the chart's date when its table has
 * none), then the table's columns, then `provenance` and `notes`.
 */
export function chartCsv(englishSpec: ChartSpec): string {
  const { keys, rows } = englishSpec.table;
  const columns = keys.map((key, j) => columnOf(key, rows.find((r) => r[j]?.data)?.[j]?.data));
  const dated = keys.includes('date');
  const head = [...(dated ? [] : ['date']), ...columns.flatMap((c) => c.names), 'provenance', 'notes'];
  const body = rows.map((row) => [
    ...(dated ? [] : [englishSpec.dates.to]),
    ...columns.flatMap((c, j) => c.cells(row[j])),
    provenanceOf(row),
    row
      .map((c) => c.note)
      .filter(Boolean)
      .join('; '),
  ]);
  return toCsv(head, body);
}
