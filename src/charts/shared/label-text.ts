/** Small text helpers for chart labels: truncation, day numbers, ranks. */
import type { Locale } from '../../i18n/locales.ts';

/** Cuts a label to `max` characters (code points), ending with `…`; the full text goes to tooltip and table. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, Math.max(1, max - 1))
        .join('')
        .trimEnd()}…`;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Days since 1970 of an ISO date, for time scales. */
export const dayNumber = (iso: string): number => utc(iso).getTime() / 86_400_000;

const enOrdinal = new Intl.PluralRules('en', { type: 'ordinal' });
const EN_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** A rank as the locale writes it in running text: `7th`, `7`. The catalogues add `-oʻrin`, `-е место`. */
export function ordinal(locale: Locale, n: number): string {
  if (locale !== 'en') return String(n);
  return `${n}${EN_SUFFIX[enOrdinal.select(n)] ?? 'th'}`;
}

// Bidi controls in a name (an RTL override, say) would flip the rest of a sentence.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/** A name from the data, isolated (FSI … PDI) if it carries bidi controls, so it cannot reorder the text around it. */
export const isolate = (s: string): string => (BIDI_CONTROL.test(s) ? `\u2068${s}\u2069` : s);

/** The `lang` attribute of a name: set only where it differs from the page's language. */
export const langAttr = (name: { lang: string }, locale: Locale): string | undefined =>
  name.lang === locale ? undefined : name.lang;
