/** Input of the ranking charts: places one level down, or a place among its siblings. */
import type { SiteData } from '../../site/data.ts';
import type { PlaceEntry } from '../../model/dataset.ts';
import type { Locale } from '../../i18n/locales.ts';
import { latest } from '../../derive/figure.ts';
import { chartValue, numberOf, sourcesOf } from '../shared/values.ts';
import { figureAt, metricInfo, shortName } from '../shared/chart-inputs.ts';
import type { ChartName, ChartSources, ChartValue } from '../shared/chart-spec.ts';
import type { Unit } from '../shared/values.ts';

/** Which places are ranked, for the words around the chart. */
type RankedKind = 'districts' | 'sectors' | 'mahallas';

export interface RankingRow {
  id: string;
  name: ChartName;
  value: ChartValue;
  /** The page's own place, drawn highlighted. */
  self: boolean;
}

export interface RankingModel {
  id: string;
  /** `children`: the places one level down; `siblings`: the place among its peers. */
  mode: 'children' | 'siblings';
  /** The page's place. */
  place: ChartName;
  /** The place whose children are ranked. */
  parent: ChartName;
  ranked: RankedKind;
  metric: { id: string; label: string; unit: Unit };
  date: string;
  rows: RankingRow[];
  sources: ChartSources;
}

/** Where a place stands among its siblings on a metric. */
export interface Standing {
  rank: number;
  of: number;
  parent: ChartName;
  ranked: RankedKind;
}

const rankedKind = (places: readonly PlaceEntry[]): RankedKind =>
  places.every((p) => p.kind === 'sector')
    ? 'sectors'
    : places.every((p) => p.kind === 'mahalla')
      ? 'mahallas'
      : 'districts';

/** The places a place is compared with, itself included, and the place they belong to. */
function siblingsOf(
  data: SiteData,
  placeId: string,
): { parent: PlaceEntry; places: PlaceEntry[] } | undefined {
  const { ds, tree } = data;
  const place = ds.placeById.get(placeId);
  if (!place || !('parent' in place)) return undefined;
  if (place.kind === 'mahalla') {
    const sector = tree.sectorOf(placeId);
    return {
      parent: sector ?? ds.placeById.get(place.parent)!,
      places: sector ? tree.children(sector.id) : tree.mahallas(place.parent),
    };
  }
  const parent = ds.placeById.get(place.parent)!;
  return { parent, places: place.kind === 'sector' ? tree.sectors(parent.id) : tree.children(parent.id) };
}

/** Rows of a set of places for a metric at the newest date any of them has. */
function rowsOf(
  data: SiteData,
  places: readonly PlaceEntry[],
  metric: string,
  selfId: string | undefined,
  locale: Locale,
) {
  const date =
    places
      .map((p) => latest(data.figuresOf(p.id).get(metric))?.date ?? '')
      .sort()
      .at(-1) ?? '';
  const figures = places.map((p) => figureAt(data.figuresOf(p.id).get(metric), date));
  const rows = places.map((p, i) => ({
    id: p.id,
    name: shortName(p, locale),
    value: chartValue(figures[i]),
    self: p.id === selfId,
  }));
  return { date, rows, sources: sourcesOf(figures) };
}

/** Which places a ranking compares, under which parent, and whose page it is on. */
interface RankingScope {
  mode: RankingModel['mode'];
  place: PlaceEntry;
  parent: PlaceEntry;
  places: readonly PlaceEntry[];
  selfId?: string;
}

/** The ranking of a scope on a metric, or undefined if none of its places has a value. */
function rankingOf(
  data: SiteData,
  scope: RankingScope,
  metric: string,
  locale: Locale,
): RankingModel | undefined {
  const { date, rows, sources } = rowsOf(data, scope.places, metric, scope.selfId, locale);
  if (!date) return undefined;
  return {
    id: scope.mode === 'children' ? 'chart-ranking' : 'chart-standing',
    mode: scope.mode,
    place: shortName(scope.place, locale),
    parent: shortName(scope.parent, locale),
    ranked: rankedKind(scope.places),
    metric: { id: metric, ...metricInfo(data, metric, locale) },
    date,
    rows,
    sources,
  };
}

/** The places one level down, under the page's place; undefined if it has none. */
function childrenScope(data: SiteData, placeId: string): RankingScope | undefined {
  const place = data.ds.placeById.get(placeId);
  const children = data.tree.children(placeId);
  if (!place || children.length === 0) return undefined;
  return { mode: 'children', place, parent: place, places: children };
}

/** The page's place among its siblings; undefined for the region or a lone place. */
function siblingsScope(data: SiteData, placeId: string): RankingScope | undefined {
  const place = data.ds.placeById.get(placeId);
  const sib = siblingsOf(data, placeId);
  if (!place || !sib || sib.places.length < 2) return undefined;
  return { mode: 'siblings', place, parent: sib.parent, places: sib.places, selfId: placeId };
}

/** A ranking model builder over one kind of scope (undefined when there is nothing to rank). */
const rankingOver =
  (scopeOf: (data: SiteData, placeId: string) => RankingScope | undefined) =>
  (
    data: SiteData,
    placeId: string,
    locale: Locale,
    metric = 'iron_lifted_share',
  ): RankingModel | undefined => {
    const scope = scopeOf(data, placeId);
    return scope && rankingOf(data, scope, metric, locale);
  };

/** Ranking of the places one level down, or undefined if none has a value. */
export const childrenRanking = rankingOver(childrenScope);

/** The place among its siblings, itself highlighted; undefined for the region or a lone place. */
export const siblingsRanking = rankingOver(siblingsScope);

/** Rank of a value among values (1 = highest; ties share a rank), or undefined if it has none. */
export function rankOf(value: ChartValue, all: readonly ChartValue[]): number | undefined {
  const v = numberOf(value);
  if (v === undefined) return undefined;
  return 1 + all.filter((o) => (numberOf(o) ?? -Infinity) > v).length;
}

/** Where a place stands among its siblings, for a one-line note. */
export function standingOf(
  data: SiteData,
  placeId: string,
  metric: string,
  locale: Locale,
): Standing | undefined {
  const model = siblingsRanking(data, placeId, locale, metric);
  const self = model?.rows.find((r) => r.self);
  if (!model || !self) return undefined;
  const values = model.rows.map((r) => r.value);
  const rank = rankOf(self.value, values);
  const of = values.filter((v) => numberOf(v) !== undefined).length;
  return rank === undefined ? undefined : { rank, of, parent: model.parent, ranked: model.ranked };
}
