/** Input of the Iron Notebook progress chart: registered, lifted and share at the latest date. */
import type { SiteData } from '../../site/data.ts';
import type { Locale } from '../../i18n/locales.ts';
import { latest } from '../../derive/figure.ts';
import { chartValue, sourcesOf } from '../shared/values.ts';
import { figureAt, metricInfo, shortName } from '../shared/chart-inputs.ts';
import type { ChartName, ChartSources, ChartValue } from '../shared/chart-spec.ts';
import { standingOf, type Standing } from '../ranking/ranking-model.ts';

export interface ProgressModel {
  id: string;
  /** The place's id (the CSV's `place_id`). */
  placeId: string;
  place: ChartName;
  /** Date the figures refer to. */
  date: string;
  registered: ChartValue;
  lifted: ChartValue;
  share: ChartValue;
  /** The share is computed from sourced counts (the source does not state it). */
  shareDerivedFromSourced: boolean;
  labels: { registered: string; lifted: string; share: string };
  sources: ChartSources;
  /** Where a mahalla stands among its sector's mahallas (other levels get a chart for it). */
  standing?: Standing;
}

/** The model, or undefined when the place has no Iron Notebook figures. */
export function progressModel(data: SiteData, placeId: string, locale: Locale): ProgressModel | undefined {
  const place = data.ds.placeById.get(placeId);
  const figures = data.figuresOf(placeId);
  const reg = latest(figures.get('iron_registered'));
  if (!place || !reg) return undefined;
  const lifted = figureAt(figures.get('iron_lifted'), reg.date);
  const share = figureAt(figures.get('iron_lifted_share'), reg.date);
  const label = (id: string) => metricInfo(data, id, locale).label;
  return {
    id: 'chart-progress',
    placeId,
    place: shortName(place, locale),
    date: reg.date,
    registered: chartValue(reg),
    lifted: chartValue(lifted),
    share: chartValue(share),
    shareDerivedFromSourced: share?.provenance.kind === 'sourced' && share.derivation?.kind === 'ratio',
    labels: {
      registered: label('iron_registered'),
      lifted: label('iron_lifted'),
      share: label('iron_lifted_share'),
    },
    sources: sourcesOf([reg, lifted, share]),
    standing: place.kind === 'mahalla' ? standingOf(data, placeId, 'iron_lifted_share', locale) : undefined,
  };
}
