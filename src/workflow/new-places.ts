/**
 * The places sheet of a workbook: a district's new sectors (by number, which says who
 * leads them; a leader's name and a channel only with their source) and mahallas (a name
 * in one Uzbek script; the site transliterates the other forms and flags them). Each row
 * becomes a place for places.json with the cell of each field, or problems at its cells.
 * Ids and slugs follow the dataset's rules: `<district>.s<N>` and `sector-N` for sectors,
 * `<district>.<slug>` for mahallas, the slug made by the rule of src/translit/slug.ts.
 */
import type { Dataset } from '../model/dataset.ts';
import type { Place, Provenance } from '../model/types.ts';
import { HttpUrl } from '../schema/common.ts';
import { toSlug } from '../translit/slug.ts';
import { cyrillicToLatin } from '../translit/uz.ts';
import { type CellProblem, cellAddress, inSheet } from './cells.ts';
import { PLACE_COLUMNS, PLACE_LABELS, type PlaceColumn } from './columns.ts';
import type { SheetRow } from './csv-read.ts';
import { cellText } from './numbers.ts';
import { sectorPlace } from '../model/sector.ts';

/** A place read from a row, with the cell of each of its fields. */
export interface NewPlace {
  place: Place;
  /** Column key → cell, e.g. `sector` → `Joylar!C5`. */
  cells: Partial<Record<PlaceColumn, string>>;
}

/** What reading the rows needs. */
export interface PlacesContext {
  ds: Dataset;
  /** Publication date: stamped on each new place as `added`. */
  published: string;
  /** Places added earlier for this same date (never published): they may be given again. */
  pending: ReadonlySet<string>;
  /** Parent of rows that leave it empty: the template's district. */
  district?: string;
  problems: CellProblem[];
}

const KINDS: Record<string, 'sector' | 'mahalla'> = {
  sector: 'sector',
  sektor: 'sector',
  сектор: 'sector',
  mahalla: 'mahalla',
  маҳалла: 'mahalla',
  махалля: 'mahalla',
  махалла: 'mahalla',
};
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Sector number from `2`, `2 — prokuror` or `2-sektor`. */
export const sectorNumber = (text: string): number | undefined => {
  const m = /^([1-4])(?![\d.,])/.exec(text);
  return m ? Number(m[1]) : undefined;
};

/** A place's provenance from the source and quote columns (checked by the caller). */
const provenanceOf = (source: string, quote: string): Provenance => (quote ? { source, quote } : { source });

/** One row being read: its cells by key, their addresses, and how to report a problem at one. */
interface Row {
  text(k: PlaceColumn): string;
  at(k: PlaceColumn): string;
  fail(k: PlaceColumn, rule: string, message: string, value?: string): void;
}

/** The row's parent district, kind and sector number, checked; undefined parts were reported. */
function whereOf(ctx: PlacesContext, row: Row) {
  const parent = row.text('parent') || ctx.district || '';
  const home = ctx.ds.placeById.get(parent);
  if (!parent) row.fail('parent', 'required', 'give the id of the district or city these places belong to');
  else if (!home || (home.kind !== 'district' && home.kind !== 'city'))
    row.fail('parent', 'known-place', 'not the id of a district or city in places.json', parent);
  const kind = KINDS[row.text('kind').toLowerCase()];
  if (!kind) row.fail('kind', 'kind', 'write sector or mahalla', row.text('kind'));
  const n = sectorNumber(row.text('sector'));
  const which =
    'pick the sector from the list: 1 (hokim), 2 (prosecutor), 3 (internal affairs) or 4 (tax inspectorate)';
  if (n === undefined) row.fail('sector', 'sector-number', which, row.text('sector'));
  return { parent, kind, n };
}

/** Checks the source, and that a leader's name and a channel come with one (and only for sectors). */
function checkSourced(ctx: PlacesContext, row: Row, kind: string | undefined): void {
  const source = row.text('source');
  if (source && !ctx.ds.sourceById.has(source))
    row.fail(
      'source',
      'known-source',
      'no source has this id in sources.json: add the source there first',
      source,
    );
  if (row.text('quote') && !source)
    row.fail(
      'quote',
      'quote-needs-source',
      'a quote belongs with a source: fill in the source column, or empty this cell',
      row.text('quote'),
    );
  for (const k of ['leader_name', 'channel_url'] as const) {
    if (!row.text(k)) continue;
    if (kind === 'mahalla')
      row.fail(
        k,
        'sector-only',
        "only a sector has a leader and a channel: give them on the sector's row",
        row.text(k),
      );
    else if (!source)
      row.fail(
        k,
        'needs-source',
        'published only with its source: fill in the source column, or leave this cell empty',
        row.text(k),
      );
  }
  const url = row.text('channel_url');
  if (url && !HttpUrl.safeParse(url).success)
    row.fail('channel_url', 'http-url', "write the channel's address in full, starting with https://", url);
}

/** Reads one row of the places sheet (ref = the sheet's name in references). */
export function readPlaceRow(
  ctx: PlacesContext,
  ref: string,
  columns: Map<string, number>,
  r: SheetRow,
): NewPlace | undefined {
  const row: Row = {
    text: (k) => (columns.has(k) ? cellText(r.cells[columns.get(k)!] ?? '') : ''),
    at: (k) => inSheet(cellAddress(columns.get(k) ?? 0, r.row), ref),
    fail: (k, rule, message, value) =>
      ctx.problems.push({ cell: row.at(k), column: k, rule, message, ...(value ? { value } : {}) }),
  };
  const before = ctx.problems.length;
  const { parent, kind, n } = whereOf(ctx, row);
  checkSourced(ctx, row, kind);
  if (ctx.problems.length > before || !kind || n === undefined) return undefined;
  const cells = Object.fromEntries(PLACE_COLUMNS.filter((k) => columns.has(k)).map((k) => [k, row.at(k)]));
  const place = kind === 'sector' ? sectorOf(ctx, row, parent, n) : mahallaOf(ctx, row, parent, n);
  return place && { place, cells };
}

/** A sector: named by its number; its leader and channel with their source. */
function sectorOf(ctx: PlacesContext, row: Row, parent: string, n: number): Place | undefined {
  const named = row.text('name_uz_latn')
    ? 'name_uz_latn'
    : row.text('name_uz_cyrl')
      ? 'name_uz_cyrl'
      : undefined;
  if (named)
    return void row.fail(named, 'sector-name', 'a sector is named by its number: leave its name empty');
  const source = row.text('source');
  const asOf = ctx.ds.sourceById.get(source)?.date;
  const sourced = source
    ? { provenance: provenanceOf(source, row.text('quote')), ...(asOf ? { asOf } : {}) }
    : {};
  const leader = row.text('leader_name');
  const url = row.text('channel_url');
  const kind = /^https?:\/\/(t\.me|telegram\.me)\//i.test(url) ? 'telegram' : 'website';
  return {
    ...sectorPlace(parent, n),
    added: ctx.published,
    ...(leader
      ? {
          leader: { name: CYRILLIC.test(leader) ? { 'uz-Cyrl': leader } : { 'uz-Latn': leader }, ...sourced },
        }
      : {}),
    ...(url ? { channels: [{ kind, url, ...sourced }] } : {}),
  };
}

/** A mahalla from its name cells, its slug made by the dataset's rule. */
function mahallaOf(ctx: PlacesContext, row: Row, parent: string, n: number): Place | undefined {
  const latn = row.text('name_uz_latn');
  const cyrl = row.text('name_uz_cyrl');
  if (!latn && !cyrl)
    return void row.fail(
      'name_uz_latn',
      'name-needs-uzbek',
      "give the mahalla's name in Uzbek, in Latin or Cyrillic script (one is enough)",
    );
  if (latn && CYRILLIC.test(latn))
    return void row.fail(
      'name_uz_latn',
      'name-script',
      'this name is in Cyrillic: move it to the name_uz_cyrl column',
      latn,
    );
  if (cyrl && !CYRILLIC.test(cyrl))
    return void row.fail(
      'name_uz_cyrl',
      'name-script',
      'this name is in Latin script: move it to the name_uz_latn column',
      cyrl,
    );
  let slug: string;
  try {
    slug = toSlug(latn || cyrillicToLatin(cyrl));
  } catch {
    const column = latn ? 'name_uz_latn' : 'name_uz_cyrl';
    return void row.fail(
      column,
      'slug',
      'no web address (slug) can be made of this name: use letters, digits, spaces, apostrophes and "-" only',
      latn || cyrl,
    );
  }
  const names = {
    ...(latn ? { 'uz-Latn': latn } : {}),
    ...(cyrl ? { 'uz-Cyrl': cyrl } : {}),
  } as Place['names'];
  return { id: `${parent}.${slug}`, slug, kind: 'mahalla', parent, sector: n, names, added: ctx.published };
}

/** Where each column of the places sheet is, from its row 1; unknown keys are problems. */
export function placeColumns(
  header: SheetRow | undefined,
  ref: string,
  problems: CellProblem[],
): Map<string, number> {
  const columns = new Map<string, number>();
  header?.cells.forEach((raw, i) => {
    const key = cellText(raw).toLowerCase();
    if (!key) return;
    if ((PLACE_COLUMNS as readonly string[]).includes(key) && !columns.has(key)) columns.set(key, i);
    else
      problems.push({
        cell: inSheet(cellAddress(i, 1), ref),
        rule: 'known-column',
        message: `not a column of the places sheet (${PLACE_COLUMNS.join(', ')})`,
        value: raw,
      });
  });
  return columns;
}

/** True for row 2 of the places sheet: its columns described. */
export const isPlacesLabelRow = (r: SheetRow, columns: Map<string, number>): boolean =>
  r.row === 2 &&
  columns.has('kind') &&
  cellText(r.cells[columns.get('kind')!] ?? '') === PLACE_LABELS.kind.join(' / ');
