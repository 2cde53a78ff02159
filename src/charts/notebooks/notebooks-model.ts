/** Input of the notebooks overview: the Iron, Youth and Women's Notebooks and migrants at every date. */
import type { SiteData } from '../../site/data.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Figure } from '../../derive/figure.ts';
import { t, type UiKey } from '../../i18n/t.ts';
import { chartValue, sourcesOf, type Unit } from '../shared/values.ts';
import { figureAt, metricInfo, shortName, snapshotDates } from '../shared/chart-inputs.ts';
import type { ChartName, ChartSources, ChartValue } from '../shared/chart-spec.ts';

/** The panels, in reading order, with their short names. */
export const PANELS: readonly { metric: string; short: UiKey }[] = [
  { metric: 'iron_registered', short: 'chart.notebooks.iron' },
  { metric: 'youth_entries', short: 'chart.notebooks.youth' },
  { metric: 'women_entries', short: 'chart.notebooks.women' },
  { metric: 'labour_migrants', short: 'chart.notebooks.migrants' },
];

export interface NotebookPanel {
  metric: string;
  /** Short name for the panel heading. */
  short: string;
  /** The metric's full label, for tooltips and the table. */
  label: string;
  unit: Unit;
  values: ChartValue[];
}

export interface NotebooksModel {
  id: string;
  place: ChartName;
  dates: string[];
  panels: NotebookPanel[];
  sources: ChartSources;
}

/** The model, or undefined when the place has none of the four. */
export function notebooksModel(data: SiteData, placeId: string, locale: Locale): NotebooksModel | undefined {
  const place = data.ds.placeById.get(placeId);
  const figures = data.figuresOf(placeId);
  const present = PANELS.filter((p) => figures.get(p.metric)?.length);
  if (!place || present.length === 0) return undefined;
  const dates = snapshotDates(data);
  const used: (Figure | undefined)[] = [];
  const panels = present.map((p) => ({
    metric: p.metric,
    short: t(locale, p.short),
    ...metricInfo(data, p.metric, locale),
    values: dates.map((d) => {
      const f = figureAt(figures.get(p.metric), d);
      used.push(f);
      return chartValue(f);
    }),
  }));
  return { id: 'chart-notebooks', place: shortName(place, locale), dates, panels, sources: sourcesOf(used) };
}
