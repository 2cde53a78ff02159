/**
 * Reads the rows of a filled template into snapshot records, remembering which cell each
 * value came from. Every problem is collected; a row with a problem in its place, date
 * or source gives no record, and a bad value cell is left out of its row's record.
 */
import type { Dataset } from '../model/dataset.ts';
import type { Provenance, Qualifier, SnapshotRecord, Value } from '../model/types.ts';
import { type CellProblem, cellAddress } from './cells.ts';
import { NAME_COLUMNS } from './columns.ts';
import type { Sheet, SheetRow } from './csv-read.ts';
import { FIXED, isLabelRow, readHeader, type Columns } from './header.ts';
import { cellText, parseCount, parseDateCell, parseQualifier } from './numbers.ts';
import { matchPlace, nameIndex, type NameIndex } from './place-match.ts';

/** A record made from one row, with the cell of each field and value. */
export interface RowRecord {
  /** Spreadsheet row number. */
  row: number;
  /** The snapshot record the row makes. */
  record: SnapshotRecord;
  /** `place`, `date`, `provenance` and metric id → cell address. */
  cells: Record<string, string>;
}

/** Options of `readRecords`. */
export interface RowOptions {
  /** Publication date: the date of rows whose date cell is empty. */
  published: string;
  /** The file's decimal mark: `,` in files separated by `;`. */
  decimalMark: ',' | '.';
  /** Name of the file, for rows repeated across files. */
  fileName: string;
  /** `place|date` → the rows that gave it and their columns; shared when several files make one snapshot. */
  seen: Map<string, { file: string; row: number; metrics: Set<string> }[]>;
}

/** What reading a row needs besides the row. */
interface RowContext {
  ds: Dataset;
  columns: Columns;
  metrics: string[];
  index: NameIndex;
  options: RowOptions;
  problems: CellProblem[];
}

/** Reads every data row of a sheet; problems are added to `problems`. */
export function readRecords(
  ds: Dataset,
  sheet: Sheet,
  options: RowOptions,
  problems: CellProblem[],
): RowRecord[] {
  const [header, ...rest] = sheet.rows;
  if (!header)
    return (void problems.push({ cell: '', rule: 'empty-file', message: 'the file is empty' }), []);
  const columns = readHeader(ds, header, rest, problems);
  if (!columns) return [];
  const data = rest[0] && isLabelRow(ds, rest[0], columns) ? rest.slice(1) : rest;
  const ctx: RowContext = {
    ds,
    columns,
    metrics: [...columns.keys()].filter((k) => !FIXED.has(k)),
    index: nameIndex(ds),
    options,
    problems,
  };
  return data.flatMap((r) => readRow(ctx, r) ?? []);
}

/** Reports a problem at a column of the row. */
type Report = (key: string, rule: string, message: string, value?: string) => void;

/** A row's cells by column key, their addresses, and how a problem at one is reported. */
function rowView(ctx: RowContext, r: SheetRow) {
  const { columns } = ctx;
  const textOf = (key: string) => (columns.has(key) ? (r.cells[columns.get(key)!] ?? '') : '');
  const at = (key: string) => (columns.has(key) ? cellAddress(columns.get(key)!, r.row) : `row ${r.row}`);
  const report: Report = (key, rule, message, value) =>
    ctx.problems.push({ cell: at(key), column: key, rule, message, value });
  return { textOf, at, report };
}

type RowView = ReturnType<typeof rowView>;

/** The row's place, by id or names, and the column that gave it. */
function readPlace(ctx: RowContext, textOf: RowView['textOf'], fail: Report) {
  const nameCol = Object.values(NAME_COLUMNS).find((c) => cellText(textOf(c)) !== '') ?? 'place_id';
  const placeCol = cellText(textOf('place_id')) !== '' ? 'place_id' : nameCol;
  const match = matchPlace(
    ctx.ds,
    ctx.index,
    textOf('place_id'),
    Object.values(NAME_COLUMNS).map(textOf),
    textOf('kind'),
  );
  if (!match.ok)
    fail(match.on === 'id' ? 'place_id' : nameCol, match.rule, match.message, match.value || undefined);
  return { match, placeCol };
}

/** The date cell (empty for the publication date), never after the publication. */
function readDate(textOf: RowView['textOf'], published: string, fail: Report) {
  const date = parseDateCell(textOf('date'));
  if (!date.ok) fail('date', date.rule, date.message, textOf('date'));
  // Checked here too: the loader skips its rules between files while a date is wrong.
  else if (date.value && date.value > published)
    fail(
      'date',
      'date-not-after-published',
      `values published on ${published} cannot refer to a later date`,
      textOf('date'),
    );
  return date;
}

/** The row's values, each with its cell added to `cells`; a bad value cell is reported and left out. */
function readValues(
  ctx: RowContext,
  { textOf, at, report }: RowView,
  row: Qualifier | undefined,
  cells: Record<string, string>,
): Record<string, Value> {
  const values: Record<string, Value> = {};
  for (const m of ctx.metrics) {
    const parsed = parseCount(textOf(m), ctx.options.decimalMark);
    if (!parsed.ok) report(m, parsed.rule, parsed.message, textOf(m));
    else if (parsed.value) {
      const q = parsed.value.qualifier;
      if (q && row && q !== row)
        report(
          m,
          'qualifier-conflict',
          `the cell says ${q} but the row's qualifier column says ${row}`,
          textOf(m),
        );
      else {
        const qualifier = q ?? row ?? 'exact';
        values[m] = qualifier === 'exact' ? parsed.value.value : { value: parsed.value.value, qualifier };
        cells[m] = at(m);
      }
    }
  }
  return values;
}

/** One row: its place, date, provenance and values; undefined when it has nothing usable. */
function readRow(ctx: RowContext, r: SheetRow): RowRecord | undefined {
  const { ds, metrics, options } = ctx;
  const view = rowView(ctx, r);
  const { textOf, at, report } = view;
  if (metrics.every((m) => cellText(textOf(m)) === '')) return undefined; // nothing reported in this row
  let sound = true;
  const fail: Report = (key, rule, message, value) => ((sound = false), report(key, rule, message, value));

  const { match, placeCol } = readPlace(ctx, textOf, fail);
  const date = readDate(textOf, options.published, fail);
  const rowQ = parseQualifier(textOf('qualifier'));
  if (!rowQ.ok) fail('qualifier', rowQ.rule, rowQ.message, textOf('qualifier'));
  const provenance = readProvenance(ds, cellText(textOf('source')), cellText(textOf('quote')), fail);

  const cells: Record<string, string> = { place: at(placeCol), date: at('date'), provenance: at('source') };
  const values = readValues(ctx, view, rowQ.ok ? rowQ.value : undefined, cells);
  if (!sound || !match.ok || !date.ok || !provenance || Object.keys(values).length === 0) return undefined;
  const day = date.value ?? options.published;
  const clash = repeated(options, `${match.place.id}|${day}`, r.row, Object.keys(values));
  if (clash)
    return void report(
      placeCol,
      'unique-row',
      `${match.place.id} is already given for ${day} in ${clash}`,
      match.place.id,
    );
  return { row: r.row, record: { place: match.place.id, date: day, provenance, values }, cells };
}

/**
 * Where the same place and date was already given with one of these columns, or undefined
 * (then the row is remembered). A second row may add other columns, from another source.
 */
function repeated(
  options: RowOptions,
  key: string,
  row: number,
  metrics: readonly string[],
): string | undefined {
  const earlier = options.seen.get(key) ?? [];
  const clash = earlier.find((e) => metrics.some((m) => e.metrics.has(m)));
  if (!clash)
    return void options.seen.set(key, [
      ...earlier,
      { file: options.fileName, row, metrics: new Set(metrics) },
    ]);
  const both = metrics.filter((m) => clash.metrics.has(m));
  return `row ${clash.row}${clash.file === options.fileName ? '' : ` of ${clash.file}`} (${both.join(', ')})`;
}

/** The source column: a source id, or (in a demo dataset only) empty for illustrative values. */
function readProvenance(ds: Dataset, source: string, quote: string, fail: Report): Provenance | undefined {
  if (source === '' || source.toLowerCase() === 'illustrative') {
    if (!ds.site.demo)
      return void fail(
        'source',
        'source-required',
        'give the id of the source (from sources.json) these values were published in',
        source || undefined,
      );
    if (quote !== '')
      return void fail(
        'quote',
        'quote-needs-source',
        'a quote belongs with a source: fill in the source column, or empty this cell',
        quote,
      );
    return 'illustrative';
  }
  if (!ds.sourceById.has(source))
    return void fail(
      'source',
      'known-source',
      'no source has this id in sources.json: add the source there first',
      source,
    );
  return quote ? { source, quote } : { source };
}
