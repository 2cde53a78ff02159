/** Figures turned into chart values, and chart values into the words charts show. */
export { tickText } from './axis-format.ts';
import type { Figure, SourceCitation } from '../../derive/figure.ts';
import type { Metric } from '../../model/types.ts';
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { formatDate, formatQualified } from '../../i18n/format.ts';
import type { TableCell, CellData, ChartSources, ChartValue } from './chart-spec.ts';

/** A metric's unit, as the formatters take it. */
export type Unit = Metric['unit'];

/** The chart value of a figure: `missing` where there is none (a gap, never a zero). */
export function chartValue(f: Figure | undefined): ChartValue {
  if (!f) return { kind: 'missing' };
  const illustrative = f.provenance.kind === 'illustrative';
  if (f.value === null)
    return {
      kind: 'suppressed',
      reason: f.suppressed === 'protects-small' ? 'protects-small' : 'fewer-than-5',
      illustrative,
    };
  const revisions = f.revisions.map((r) => ({ value: r.value, published: r.published }));
  return { kind: 'value', value: f.value, qualifier: f.qualifier, illustrative, revisions };
}

/** The number of a value, or undefined when hidden or missing. */
export const numberOf = (v: ChartValue): number | undefined => (v.kind === 'value' ? v.value : undefined);

/** True when the value is shown and illustrative. */
export const isIllustrative = (v: ChartValue): boolean => v.kind !== 'missing' && v.illustrative;

/** A value as charts and their tables print it: `62 000+`, `fewer than 5`, `no data`. */
export function valueText(locale: Locale, v: ChartValue, unit: Unit): string {
  if (v.kind === 'missing') return t(locale, 'figure.noData');
  if (v.kind === 'suppressed')
    return t(locale, v.reason === 'protects-small' ? 'suppressed.protects-small' : 'suppressed.fewer-than-5');
  return formatQualified(locale, v.value, v.qualifier, unit);
}

/** The note a table cell carries besides its value: a revision, or why a value is hidden. */
function valueNote(locale: Locale, v: ChartValue, unit: Unit): string | undefined {
  if (v.kind === 'suppressed' && v.reason === 'protects-small')
    return t(locale, 'suppressed.protects-small.why');
  if (v.kind !== 'value' || v.revisions.length === 0) return undefined;
  return v.revisions
    .map((r) =>
      t(locale, 'figure.revised', {
        old:
          r.value === null
            ? t(locale, 'suppressed.fewer-than-5')
            : formatQualified(locale, r.value, 'exact', unit),
        date: formatDate(locale, r.published),
      }),
    )
    .join('; ');
}

/** The machine form of a value for the CSV: its number and qualifier, or null and why it is hidden. */
function valueData(v: ChartValue, unit: Unit): CellData {
  if (v.kind === 'value') return { kind: 'value', value: v.value, unit, qualifier: v.qualifier };
  return { kind: 'value', value: null, unit, qualifier: v.kind === 'suppressed' ? v.reason : null };
}

/** A table cell of a value: its text, provenance class and note (tooltips read them from the table), and its number. */
export function valueCell(locale: Locale, v: ChartValue, unit: Unit): TableCell {
  return {
    text: valueText(locale, v, unit),
    illustrative: isIllustrative(v),
    sourced: v.kind !== 'missing' && !v.illustrative,
    note: valueNote(locale, v, unit),
    data: valueData(v, unit),
  };
}

/** Reference to a table body cell (row, column), which a mark's tooltip reads. */
export const cellRef = (row: number, col: number): string => `${row}-${col}`;

/** What a set of figures rests on: every citation of the sourced ones, and whether any is illustrative. */
export function sourcesOf(figures: readonly (Figure | undefined)[]): ChartSources {
  const citations: SourceCitation[] = [];
  const seen = new Set<string>();
  let illustrative = false;
  for (const f of figures) {
    if (!f) continue;
    if (f.provenance.kind === 'illustrative') illustrative = true;
    if (f.provenance.kind !== 'sourced') continue;
    for (const c of f.provenance.citations) {
      const key = `${c.source}\u0000${c.quote ?? ''}`;
      if (!seen.has(key)) citations.push(c);
      seen.add(key);
    }
  }
  return { citations, illustrative };
}
