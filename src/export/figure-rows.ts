/**
 * The CSV tables: every figure of a place (`/data/places/<id>.csv`) and every value of a
 * snapshot (`/data/snapshots/<date>.csv`). Column names are stable snake_case; each row
 * stands alone (names repeated) so that files can be filtered and joined as they are.
 */
import type { PlaceEntry } from '../model/dataset.ts';
import type { Source } from '../model/types.ts';
import type { ApiFigure } from './api-schema.ts';
import { toCsv, type Cell } from './csv.ts';
import { placeSeries } from './api.ts';
import { fileValue, publishedValues, sectorIdOf, type ExportData } from './published.ts';

const NAME_COLUMNS = ['place_name_uz_latn', 'place_name_uz_cyrl', 'place_name_ru', 'place_name_en'] as const;
/** A value and its state, the same in both tables. */
const VALUE_COLUMNS = ['unit', 'date', 'value', 'qualifier', 'suppressed', 'provenance'] as const;

/** Columns of `/data/places/<id>.csv`, in order. */
export const PLACE_COLUMNS = [
  'place_id',
  'place_kind',
  ...NAME_COLUMNS,
  'metric',
  'metric_label_en',
  ...VALUE_COLUMNS,
  'derivation',
  'derived_from',
  'source_id',
  'source_publisher',
  'source_title',
  'source_date',
  'source_url',
  'source_quote',
  'published',
  'revised_values',
] as const;

/** Columns of `/data/snapshots/<date>.csv`, in order. */
export const SNAPSHOT_COLUMNS = [
  'snapshot',
  'place_id',
  'place_kind',
  ...NAME_COLUMNS,
  'parent_id',
  'sector_id',
  'metric',
  ...VALUE_COLUMNS,
  'source_id',
  'source_quote',
  'superseded_in',
] as const;

/** Several citations in one cell are joined with this. */
export const JOIN = ' | ';

const names = (p: PlaceEntry): Cell[] => [p.names['uz-Latn'], p.names['uz-Cyrl'], p.names.ru, p.names.en];

/** `derived_from`: what a derived figure was computed from, in a short fixed form. */
export function derivedFrom(d: ApiFigure['derivation']): string | null {
  if (!d) return null;
  if (d.kind === 'count') return 'listed_mahallas';
  if (d.kind === 'sum') return `children=${d.parts + d.missing};missing=${d.missing}`;
  return d.scale === 1 ? `${d.numerator}/${d.denominator}` : `${d.numerator}/${d.denominator}*${d.scale}`;
}

/** `revised_values`: earlier published values, `2020-11-02=103; …`, hidden ones as `hidden`. */
export function revisedValues(revisions: ApiFigure['revisions']): string | null {
  if (revisions.length === 0) return null;
  return revisions
    .map(
      (r) =>
        `${r.published}=${r.value === null ? 'hidden' : r.qualifier === 'exact' ? r.value : `${r.value} ${r.qualifier}`}`,
    )
    .join('; ');
}

/** The source columns of a figure: one source per cell, several joined with ` | `. */
function sourceCells(data: ExportData, f: ApiFigure): Cell[] {
  if (f.provenance.kind !== 'sourced') return [null, null, null, null, null, null];
  const ids = [...new Set(f.provenance.citations.map((c) => c.source))];
  const sources = ids.map((id) => data.ds.sourceById.get(id)).filter((s): s is Source => s !== undefined);
  const join = (pick: (s: Source) => string | undefined) =>
    sources.map((s) => pick(s) ?? '').join(JOIN) || null;
  const quotes = f.provenance.citations.flatMap((c) => (c.quote ? [c.quote] : []));
  return [
    ids.join(JOIN),
    join((s) => s.publisher.en ?? s.publisher['uz-Latn'] ?? s.publisher.ru ?? s.publisher['uz-Cyrl']),
    join((s) => s.title),
    join((s) => s.date),
    sources.some((s) => s.url) ? join((s) => s.url) : null,
    quotes.length ? quotes.join(JOIN) : null,
  ];
}

/** Rows of a place's CSV, one per figure: metrics in catalogue order, oldest date first. */
export function placeRows(data: ExportData, id: string): Cell[][] {
  const place = data.ds.placeById.get(id)!;
  const head: Cell[] = [place.id, place.kind, ...names(place)];
  return placeSeries(data, id).series.flatMap(({ metric, unit, figures }) => {
    const label = data.ds.metricById.get(metric)!.labels.en;
    return figures.map((f): Cell[] => [
      ...head,
      metric,
      label,
      unit,
      f.date,
      f.value,
      f.qualifier,
      f.suppressed,
      f.provenance.kind,
      f.derivation?.kind ?? 'stored',
      derivedFrom(f.derivation),
      ...sourceCells(data, f),
      f.published,
      revisedValues(f.revisions),
    ]);
  });
}

/** `/data/places/<id>.csv`. */
export const placeCsv = (data: ExportData, id: string) => toCsv(PLACE_COLUMNS, placeRows(data, id));

/** Rows of a snapshot's CSV, one per stored value, in file order. */
export function snapshotRows(data: ExportData, date: string): Cell[][] {
  return publishedValues(data, date).map((v) => {
    const place = data.ds.placeById.get(v.place)!;
    const unit = data.ds.metricById.get(v.metric)!.unit;
    const sourced = v.provenance !== 'illustrative' ? v.provenance : undefined;
    return [
      date,
      place.id,
      place.kind,
      ...names(place),
      'parent' in place ? place.parent : null,
      sectorIdOf(data, place.id),
      v.metric,
      unit,
      v.date,
      v.value === null ? null : fileValue(v.value, unit),
      v.qualifier,
      v.suppressed,
      sourced ? 'sourced' : 'illustrative',
      sourced?.source ?? null,
      sourced?.quote ?? null,
      v.supersededIn,
    ];
  });
}

/** `/data/snapshots/<date>.csv`. */
export const snapshotCsv = (data: ExportData, date: string) =>
  toCsv(SNAPSHOT_COLUMNS, snapshotRows(data, date));
