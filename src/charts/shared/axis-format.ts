/**
 * The formats only charts use, beside the site's own (src/i18n/format.ts): axis ticks,
 * and months for axes and titles. Each Intl formatter is made once per locale: charts
 * print thousands of labels per build, and building one costs ~50 µs.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { Metric } from '../../model/types.ts';
import { normalizeUzLatin } from '../../translit/apostrophes.ts';

/** The unit of a metric (values.ts gives the same alias to its callers). */
type Unit = Metric['unit'];

const tidy = (locale: Locale, s: string) => (locale === 'uz' ? normalizeUzLatin(s) : s);

/** One cached formatter per key. */
function cached<T>(make: (key: string) => T): (key: string) => T {
  const store = new Map<string, T>();
  return (key) => store.get(key) ?? store.set(key, make(key)).get(key)!;
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
