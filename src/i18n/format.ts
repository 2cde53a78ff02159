/** Numbers, dates and ages as `Intl` writes them for each locale (Uzbek: `62 000`). */
import type { Locale } from './locales.ts';
import type { Metric, Qualifier } from '../model/types.ts';
import type { Figure } from '../derive/figure.ts';
import { normalizeUzLatin } from '../translit/apostrophes.ts';
import { t } from './t.ts';

const tidy = (locale: Locale, s: string) => (locale === 'uz' ? normalizeUzLatin(s) : s);

/**
 * One Intl object per locale and options. Each holds ICU memory outside the JS heap that
 * the GC does not see: made per call, 40,000 pages grew the build to gigabytes.
 */
function memo<T>(make: (locale: Locale, kind: string) => T): (locale: Locale, kind: string) => T {
  const store = new Map<string, T>();
  return (locale, kind) => {
    const key = `${locale}|${kind}`;
    let v = store.get(key);
    if (v === undefined) store.set(key, (v = make(locale, kind)));
    return v;
  };
}

const numberFormat = memo(
  (locale, unit) =>
    new Intl.NumberFormat(
      locale,
      unit === 'share'
        ? { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 1 }
        : unit === 'per-10000'
          ? { maximumFractionDigits: 1, minimumFractionDigits: 1 }
          : { maximumFractionDigits: 0 },
    ),
);
const dateFormat = memo((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
const relativeFormat = memo((locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
const collators = memo((locale, numeric) => new Intl.Collator(locale, { numeric: numeric === 'numeric' }));

/** Compares two names in the locale's alphabetical order (`numeric`: "2" before "10"). */
export function compareNames(locale: Locale, a: string, b: string, numeric = false): number {
  return collators(locale, numeric ? 'numeric' : 'plain').compare(a, b);
}

/** Formats a bare number for a metric's unit: shares as per cent, rates with one decimal. */
export function formatNumber(locale: Locale, value: number, unit: Metric['unit']): string {
  return tidy(locale, numberFormat(locale, unit).format(value));
}

const SIGN: Record<Qualifier, [string, string]> = {
  exact: ['', ''],
  'at-least': ['', '+'],
  'at-most': ['≤ ', ''],
  approximately: ['≈ ', ''],
};

/** A value with its qualifier as a sign: `62 000+`, `≤ 2,6`, `≈ 40`. */
export function formatQualified(
  locale: Locale,
  value: number,
  qualifier: Qualifier,
  unit: Metric['unit'],
): string {
  const [before, after] = SIGN[qualifier];
  return `${before}${formatNumber(locale, value, unit)}${after}`;
}

/** A figure as shown in a page: suppressed figures read "fewer than 5" or "not shown". */
export function formatFigure(locale: Locale, figure: Figure, metric: Metric): string {
  if (figure.value === null)
    return t(
      locale,
      figure.suppressed === 'protects-small' ? 'suppressed.protects-small' : 'suppressed.fewer-than-5',
    );
  return formatQualified(locale, figure.value, figure.qualifier, metric.unit);
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** `2 December 2020` in the locale's words. */
export function formatDate(locale: Locale, iso: string): string {
  return tidy(locale, dateFormat(locale, '').format(utc(iso)));
}

/** How long before `today` a date is: "6 years ago", "3 months ago", "today". */
export function formatAge(locale: Locale, iso: string, today: string): string {
  const days = Math.round((utc(today).getTime() - utc(iso).getTime()) / 86_400_000);
  const rtf = relativeFormat(locale, '');
  const [n, unit]: [number, Intl.RelativeTimeFormatUnit] =
    Math.abs(days) >= 365
      ? [Math.round(days / 365.25), 'year']
      : Math.abs(days) >= 30
        ? [Math.round(days / 30.44), 'month']
        : [days, 'day'];
  return tidy(locale, rtf.format(-n, unit));
}
