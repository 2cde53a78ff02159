/** Input of the institutions chart: schools, preschools and health facilities, counts and per 10,000. */
import type { SiteData } from '../../site/data.ts';
import type { PlaceEntry } from '../../model/dataset.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Figure } from '../../derive/figure.ts';
import { latest } from '../../derive/figure.ts';
import { chartValue, sourcesOf } from '../shared/values.ts';
import { figureAt, metricInfo, shortName } from '../shared/chart-inputs.ts';
import type { ChartName, ChartSources, ChartValue } from '../shared/chart-spec.ts';
import { compareNames } from '../../i18n/format.ts';

/** The three kinds: count metric and rate metric. */
export const KINDS = [
  { count: 'schools', rate: 'schools_per_10000' },
  { count: 'preschools', rate: 'preschools_per_10000' },
  { count: 'health_facilities', rate: 'health_facilities_per_10000' },
] as const;

export interface InstitutionsRow {
  id: string;
  name: ChartName;
  /** One per kind, in KINDS order. */
  counts: ChartValue[];
  rates: ChartValue[];
}

export interface InstitutionsModel {
  id: string;
  place: InstitutionsRow;
  date: string;
  kinds: { count: string; rate: string; label: string; rateLabel: string }[];
  /** The places one level down, by name (sectors by number). */
  rows: InstitutionsRow[];
  sources: ChartSources;
}

function rowOf(
  data: SiteData,
  p: PlaceEntry,
  date: string,
  locale: Locale,
  used: (Figure | undefined)[],
): InstitutionsRow {
  const at = (metric: string) => {
    const f = figureAt(data.figuresOf(p.id).get(metric), date);
    used.push(f);
    return chartValue(f);
  };
  return {
    id: p.id,
    name: shortName(p, locale),
    counts: KINDS.map((k) => at(k.count)),
    rates: KINDS.map((k) => at(k.rate)),
  };
}

const byName = (locale: Locale) => (a: InstitutionsRow, b: InstitutionsRow) =>
  compareNames(locale, a.name.text, b.name.text, true);

/** The model, or undefined for places without children or without the counts. */
export function institutionsModel(
  data: SiteData,
  placeId: string,
  locale: Locale,
): InstitutionsModel | undefined {
  const place = data.ds.placeById.get(placeId);
  const children = data.tree.children(placeId);
  const date = latest(data.figuresOf(placeId).get('schools'))?.date;
  if (!place || !date || children.length === 0) return undefined;
  const used: (Figure | undefined)[] = [];
  const rows = children.map((c) => rowOf(data, c, date, locale, used));
  if (rows.every((r) => r.counts.every((v) => v.kind === 'missing'))) return undefined;
  return {
    id: 'chart-institutions',
    place: rowOf(data, place, date, locale, used),
    date,
    kinds: KINDS.map((k) => ({
      ...k,
      label: metricInfo(data, k.count, locale).label,
      rateLabel: metricInfo(data, k.rate, locale).label,
    })),
    rows: place.kind === 'district' || place.kind === 'city' ? rows : rows.sort(byName(locale)),
    sources: sourcesOf(used),
  };
}
