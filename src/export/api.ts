/**
 * The documents of `/api/v1/`, built from the site's data once per build. Every list is
 * in a fixed order (catalogue, file or date order) and every object is built field by
 * field, so two builds of the same data give the same bytes.
 */
import type { Figure } from '../derive/figure.ts';
import type { LocalText, Provenance } from '../model/types.ts';
import { locales, type Locale } from '../i18n/locales.ts';
import { apiUrl, archiveUrl, downloadUrl, placeUrl } from '../site/routes.ts';
import { siteUrl } from '../site/config.ts';
import { fileValue, publishedRevisions, publishedValues, sectorIdOf, type ExportData } from './published.ts';
import type {
  ApiFigure,
  ApiIndex,
  ApiPlace,
  ApiPlaceSeries,
  ApiSnapshot,
  ApiSnapshotValue,
  ApiSnapshots,
  ApiPlaces,
  ApiMetrics,
  ApiSources,
} from './api-schema.ts';
import { API_VERSION, CHANGELOG, ENDPOINTS, SCHEMAS, VERSIONING, PROTECTION } from './api-docs.ts';
import { recent, type Recent } from '../site/recent.ts';

const byLocale = (make: (l: Locale) => string) =>
  Object.fromEntries(locales.map((l) => [l, make(l)])) as Record<Locale, string>;

/** A place as every API document gives it. */
export function apiPlace(data: ExportData, id: string): ApiPlace {
  const p = data.ds.placeById.get(id);
  if (!p) throw new Error(`unknown place ${id}`);
  const sector = p.kind === 'sector' ? p.number : 'sector' in p && p.sector !== undefined ? p.sector : null;
  return {
    id: p.id,
    kind: p.kind,
    names: { 'uz-Latn': p.names['uz-Latn'], 'uz-Cyrl': p.names['uz-Cyrl'], ru: p.names.ru, en: p.names.en },
    transliterated: [...p.transliterated],
    parent: 'parent' in p ? p.parent : null,
    sector,
    sectorId: p.kind === 'sector' ? null : sectorIdOf(data, p.id),
    soato: p.soato ?? null,
    illustrative: p.illustrative === true,
    replacedBy: p.replacedBy ? { date: p.replacedBy.date, ids: [...p.replacedBy.ids] } : null,
    pages: byLocale((l) => placeUrl(l, data.tree, p.id)) as ApiPlace['pages'],
    series: apiUrl.place(p.id),
    csv: downloadUrl.placeCsv(p.id),
  };
}

/** One figure as the API gives it, numbers rounded as in the files. */
export function apiFigure(data: ExportData, f: Figure): ApiFigure {
  const unit = data.ds.metricById.get(f.metric)!.unit;
  const round = (v: number | null) => (v === null ? null : fileValue(v, unit));
  const p = f.provenance;
  const d = f.derivation;
  return {
    date: f.date,
    value: round(f.value),
    qualifier: f.qualifier,
    suppressed: f.suppressed || null,
    provenance:
      p.kind === 'sourced'
        ? {
            kind: 'sourced',
            citations: p.citations.map((c) =>
              c.quote === undefined ? { source: c.source } : { source: c.source, quote: c.quote },
            ),
          }
        : { kind: p.kind },
    derivation: !d
      ? null
      : d.kind === 'sum'
        ? { kind: 'sum', parts: d.parts, missing: d.missing }
        : d.kind === 'ratio'
          ? { kind: 'ratio', numerator: d.numerator, denominator: d.denominator, scale: d.scale as 1 | 10000 }
          : { kind: 'count' },
    published: f.published,
    revisions: publishedRevisions(data.ds, f.place, f.metric, f.revisions).map((r) => ({
      published: r.published,
      value: round(r.value),
      qualifier: r.qualifier,
    })),
  };
}

// The last few places only: several routes ask for the same place in turn, none for all at once.
const seriesCache = new WeakMap<ExportData, Recent<string, ApiPlaceSeries>>();

/** `/api/v1/places/<id>.json`: every figure of a place, metrics in catalogue order (memoised). */
export function placeSeries(data: ExportData, id: string): ApiPlaceSeries {
  const cache = seriesCache.get(data) ?? seriesCache.set(data, recent(4)).get(data)!;
  return cache.get(id, () => {
    const own = data.figures.get(id);
    const series = data.ds.metrics
      .filter((m) => (own?.get(m.id)?.length ?? 0) > 0)
      .map((m) => ({ metric: m.id, unit: m.unit, figures: own!.get(m.id)!.map((f) => apiFigure(data, f)) }));
    return { apiVersion: API_VERSION, place: apiPlace(data, id), series };
  });
}

/** `/api/v1/places.json`: every place in places.json order. */
export const placesDoc = (data: ExportData): ApiPlaces => ({
  apiVersion: API_VERSION,
  places: data.ds.places.map((p) => apiPlace(data, p.id)),
});

/** `/api/v1/metrics.json`. */
export const metricsDoc = (data: ExportData): ApiMetrics => ({
  apiVersion: API_VERSION,
  metrics: data.ds.metrics,
  rules: data.ds.rules,
});

/** `/api/v1/sources.json`. */
export const sourcesDoc = (data: ExportData): ApiSources => ({
  apiVersion: API_VERSION,
  sources: data.ds.sources,
});

const noteOf = (data: ExportData, date: string): LocalText | null =>
  (data.ds.snapshots.find((s) => s.published === date)?.note as LocalText | undefined) ?? null;

/** `/api/v1/snapshots/<date>.json`: the snapshot's records as published, protected. */
export function snapshotDoc(data: ExportData, date: string): ApiSnapshot {
  const order = new Map(data.ds.metrics.map((m, i) => [m.id, i]));
  const records = new Map<
    number,
    { place: string; date: string; provenance: Provenance; values: [string, ApiSnapshotValue][] }
  >();
  for (const v of publishedValues(data, date)) {
    const rec =
      records.get(v.record) ??
      records
        .set(v.record, { place: v.place, date: v.date, provenance: v.provenance, values: [] })
        .get(v.record)!;
    // Like the input format: a bare count is exact and shown; anything else is an object.
    const plain = v.suppressed === null && v.supersededIn === null && v.qualifier === 'exact';
    const value: ApiSnapshotValue = plain
      ? v.value!
      : {
          value: v.value,
          qualifier: v.qualifier,
          ...(v.suppressed ? { suppressed: v.suppressed } : {}),
          ...(v.supersededIn ? { supersededIn: v.supersededIn } : {}),
        };
    rec.values.push([v.metric, value]);
  }
  return {
    apiVersion: API_VERSION,
    published: date,
    note: noteOf(data, date),
    protection: PROTECTION,
    records: [...records.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([, r]) => ({
        place: r.place,
        date: r.date,
        provenance: r.provenance,
        values: Object.fromEntries(r.values.sort((a, b) => (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0))),
      })),
  };
}

/** `/api/v1/snapshots.json`: every snapshot with its files, oldest first. */
export function snapshotsDoc(data: ExportData): ApiSnapshots {
  const dates = data.ds.snapshots.map((s) => s.published);
  return {
    apiVersion: API_VERSION,
    latest: dates.at(-1)!,
    snapshots: dates.map((date) => {
      const values = publishedValues(data, date);
      return {
        published: date,
        note: noteOf(data, date),
        records: new Set(values.map((v) => v.record)).size,
        values: values.length,
        api: apiUrl.snapshot(date),
        json: downloadUrl.snapshotJson(date),
        csv: downloadUrl.snapshotCsv(date),
        archive: byLocale((l) => archiveUrl(l, date)) as ApiSnapshots['snapshots'][number]['archive'],
      };
    }),
  };
}

/** `/api/v1/index.json`: endpoints, schemas, versioning rule and changelog. */
export function indexDoc(data: ExportData): ApiIndex {
  const { site } = data.ds;
  return {
    apiVersion: API_VERSION,
    name: 'Ochiq Sektor static API',
    site: siteUrl,
    demo: site.demo,
    publisher: site.publisher,
    licence: { name: site.licence.name, url: site.licence.url ?? null },
    latestSnapshot: data.ds.snapshots.at(-1)!.published,
    endpoints: ENDPOINTS.map((e) => ({
      path: e.path,
      description: e.description,
      schema: e.schema ? apiUrl.schema(e.schema) : null,
    })),
    schemas: SCHEMAS.map((s) => ({ name: s.name, path: apiUrl.schema(s.name), describes: s.describes })),
    versioning: VERSIONING,
    changelog: CHANGELOG.map((c) => ({ version: c.version, date: c.date, changes: [...c.changes] })),
  };
}
