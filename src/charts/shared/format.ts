/**
 * The site's number and date formats (src/i18n/format.ts) with their Intl formatters
 * made once per locale: charts print thousands of values per build, and building an
 * Intl formatter costs ~50 µs. format.test.ts checks the output is the same.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { Metric, Qualifier } from '../../model/types.ts';
import { formatDate } from '../../i18n/format.ts';
import { normalizeUzLatin } from '../../translit/apostrophes.ts';

/** The unit of a metric (values.ts gives the same alias to its callers). */
type Unit = Metric['unit'];

const tidy = (locale: Locale, s: string) => (locale === 'uz' ? normalizeUzLatin(s) : s);

/** One cached formatter per key. */
function cached<T>(make: (key: string) => T): (key: string) => T {
  const store = new Map<string, T>();
  return (key) => store.get(key) ?? store.set(key, make(key)).get(key)!;
}

const numberOptions = (unit: Unit): Intl.NumberFormatOptions =>
  unit === 'share'
    ? { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 1 }
    : unit === 'per-10000'
      ? { maximumFractionDigits: 1, minimumFractionDigits: 1 }
      : { maximumFractionDigits: 0 };
const numberFormat = cached((key) => {
  const [locale, unit] = key.split('|') as [Locale, Unit];
  return new Intl.NumberFormat(locale, numberOptions(unit));
});

const SIGN: Record<Qualifier, [string, string]> = {
  exact: ['', ''],
  'at-least': ['', '+'],
  'at-most': ['≤ ', ''],
  approximately: ['≈ ', ''],
};

/** Same as `formatQualified`: `62 000+`, `≤ 2,6`, `79,4 %`. */
export function qualifiedText(locale: Locale, value: number, qualifier: Qualifier, unit: Unit): string {
  const [before, after] = SIGN[qualifier];
  return `${before}${tidy(locale, numberFormat(`${locale}|${unit}`).format(value))}${after}`;
}

const tickFormat = cached((key) => {
  const [locale, unit] = key.split('|') as [Locale, Unit];
  const options: Intl.NumberFormatOptions =
    unit === 'share'
      ? { style: 'percent', maximumFractionDigits: 0 }
      : { maximumFractionDigits: unit === 'per-10000' ? 1 : 0 };
  return new Intl.NumberFormat(locale, options);
});

/** An axis tick: whole per cents for shares (`50 %`), plain numbers otherwise. */
export const tickText = (locale: Locale, value: number, unit: Unit): string =>
  tidy(locale, tickFormat(`${locale}|${unit}`).format(value));

const dates = cached((key) => {
  const [locale, iso] = key.split('|') as [Locale, string];
  return formatDate(locale, iso);
});

/** Same as `formatDate`: `2 December 2020` in the locale's words. */
export const dateText = (locale: Locale, iso: string): string => dates(`${locale}|${iso}`);

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const monthFormat = cached((key) => {
  const [locale, style] = key.split('|') as [Locale, 'short' | 'long'];
  return new Intl.DateTimeFormat(
    locale,
    style === 'short'
      ? { month: 'short', timeZone: 'UTC' }
      : { month: 'long', year: 'numeric', timeZone: 'UTC' },
  );
});

/** A short month for an axis tick: `Jul`, `iyl`, `июль`. */
export const monthShort = (locale: Locale, iso: string): string =>
  tidy(locale, monthFormat(`${locale}|short`).format(utc(iso)));

/** Month and year in words, for titles: `July 2020`. */
export const monthYear = (locale: Locale, iso: string): string =>
  tidy(locale, monthFormat(`${locale}|long`).format(utc(iso)));
