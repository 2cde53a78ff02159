/** What pages say about a figure: its label, its value, its date and where it comes from. */
import type { Metric } from '../model/types.ts';
import type { Figure } from '../derive/figure.ts';
import type { SiteData } from './data.ts';
import { type Locale, pickText } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import { formatFigure, formatQualified } from '../i18n/format.ts';

export const metricLabel = (m: Metric, locale: Locale) => pickText(m.labels, locale).text;

/** Metrics shown first on a place page, in this order, where the place has them. */
export const HEADLINE_METRICS = [
  'population',
  'mahallas',
  'iron_registered',
  'iron_lifted',
  'iron_lifted_share',
  'schools',
  'preschools',
  'health_facilities',
];

/** A sentence on how a derived figure was made, or undefined for stored values. */
export function derivationText(f: Figure, locale: Locale, data: SiteData): string | undefined {
  const d = f.derivation;
  if (!d) return undefined;
  if (d.kind === 'count') return t(locale, 'derived.count');
  if (d.kind === 'sum')
    return d.missing
      ? t(locale, 'derived.sumMissing', { n: d.parts + d.missing, m: d.missing })
      : t(locale, 'derived.sum', { n: d.parts });
  const label = (id: string) => {
    const m = data.ds.metricById.get(id);
    return m ? metricLabel(m, locale) : id;
  };
  return t(locale, 'derived.ratio', { numerator: label(d.numerator), denominator: label(d.denominator) });
}

/** The note on a qualifier or a hidden value, or undefined when the figure is plain. */
export function qualifierText(f: Figure, locale: Locale): string | undefined {
  if (f.suppressed === 'protects-small') return t(locale, 'suppressed.protects-small.why');
  if (f.suppressed) return undefined;
  return f.qualifier === 'exact' ? undefined : t(locale, `qualifier.${f.qualifier}`);
}

/** Earlier published values of the same date, as a sentence each. */
export function revisionTexts(f: Figure, m: Metric, locale: Locale): string[] {
  return f.revisions.map((r) =>
    t(locale, 'figure.revised', {
      old:
        r.value === null
          ? t(locale, 'suppressed.fewer-than-5')
          : formatQualified(locale, r.value, r.qualifier, m.unit),
      date: r.published,
    }),
  );
}

export { formatFigure };
