/** Legend entries every chart shares: what hatching and solid fills mean, and the band. */
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import type { MarkColour } from '../chart-palette.ts';
import type { ChartSources, ChartLegendItem } from './chart-spec.ts';
import { swatchBand, swatchBar } from './marks.ts';
import { el } from './svg-nodes.ts';

/** "sourced" (solid) and "illustrative" (hatched) entries, for the statuses a chart draws, each in the colour it is drawn in. */
export function statusLegend(
  locale: Locale,
  chartId: string,
  colour: MarkColour,
  sources: ChartSources,
  sourcedColour = colour,
): ChartLegendItem[] {
  const items: ChartLegendItem[] = [];
  if (sources.citations.length)
    items.push({ swatch: swatchBar(chartId, sourcedColour, false), label: t(locale, 'provenance.sourced') });
  if (sources.illustrative)
    items.push({ swatch: swatchBar(chartId, colour, true), label: t(locale, 'chart.legend.illustrative') });
  return items;
}

/** The "fewer than 5" band entry. */
export const bandLegend = (locale: Locale, chartId: string): ChartLegendItem => ({
  swatch: swatchBand(chartId),
  label: t(locale, 'chart.legend.fewerThan5'),
});

/** The "not shown" entry: a value hidden so that a small count elsewhere cannot be worked out. */
export const hiddenLegend = (locale: Locale): ChartLegendItem => ({
  swatch: [el('text', { x: 9, y: 11, 'text-anchor': 'middle', class: 'tick' }, '×')],
  label: t(locale, 'suppressed.protects-small'),
});
