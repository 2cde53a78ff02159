/** The publication dates of the demo snapshots and how to write them in the four forms. */

/** Monthly illustrative history, then the press release's date (the latest snapshot). */
export const DATES = [
  '2020-07-01',
  '2020-08-01',
  '2020-09-01',
  '2020-10-01',
  '2020-11-02',
  '2020-12-02',
] as const;

/** Index of a date in DATES; throws for a date that is not a snapshot date. */
export function dateIndex(date: string): number {
  const i = (DATES as readonly string[]).indexOf(date);
  if (i < 0) throw new Error(`${date} is not a snapshot date`);
  return i;
}

/** Whole months from 1 January to the date: appeals are counted since the start of the year. */
export function monthsSinceNewYear(date: string): number {
  return Number(date.slice(5, 7)) - 1;
}

/**
 * A month's name as written after a day, from Intl's locale data (CLDR, which official Node
 * builds carry in full): oktabr, октябр, октября (the genitive), October.
 */
const monthName = (locale: string, month: number): string =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' })
    .formatToParts(Date.UTC(2020, month - 1, 1))
    .find((p) => p.type === 'month')!.value;

/** "2020-10-01" in the four forms: 2020-yil 1-oktabr, 2020 йил 1 октябр, 1 октября 2020 года, 1 October 2020. */
export function dateText(date: string) {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [latn, cyrl, ru, en] = ['uz-Latn', 'uz-Cyrl', 'ru', 'en'].map((l) => monthName(l, m));
  return {
    'uz-Latn': `${y}-yil ${d}-${latn}`,
    'uz-Cyrl': `${y} йил ${d} ${cyrl}`,
    ru: `${d} ${ru} ${y} года`,
    en: `${d} ${en} ${y}`,
  };
}
