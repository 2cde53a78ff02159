/** Looks up a UI string for a locale and fills its `{name}` parameters. */
import type { Locale } from './locales.ts';
import { en } from './ui/site-en.ts';
import { ru } from './ui/site-ru.ts';
import { uz } from './ui/site-uz.ts';
import { uzCyrl } from './ui/site-uz-Cyrl.ts';
import { mapStrings } from './ui/map-strings.ts';
import { chartStrings } from './ui/charts.ts';
import { exportStrings } from './ui/export.ts';
import { embedStrings } from './ui/embed.ts';
import { shareStrings } from './ui/share.ts';
import { nationalStrings } from './ui/national.ts';

/** Every UI key: the site's own, the map's, the charts', the downloads', the embeds' and the shared images'. */
export type UiKey =
  | keyof typeof en
  | keyof (typeof mapStrings)['en']
  | keyof (typeof chartStrings)['en']
  | keyof (typeof exportStrings)['en']
  | keyof (typeof embedStrings)['en']
  | keyof (typeof shareStrings)['en']
  | keyof (typeof nationalStrings)['en'];

/** One catalogue per locale, merged from the feature catalogues. */
export const catalogues: Record<Locale, Record<UiKey, string>> = {
  en: {
    ...en,
    ...mapStrings.en,
    ...chartStrings.en,
    ...exportStrings.en,
    ...embedStrings.en,
    ...shareStrings.en,
    ...nationalStrings.en,
  },
  ru: {
    ...ru,
    ...mapStrings.ru,
    ...chartStrings.ru,
    ...exportStrings.ru,
    ...embedStrings.ru,
    ...shareStrings.ru,
    ...nationalStrings.ru,
  },
  uz: {
    ...uz,
    ...mapStrings.uz,
    ...chartStrings.uz,
    ...exportStrings.uz,
    ...embedStrings.uz,
    ...shareStrings.uz,
    ...nationalStrings.uz,
  },
  'uz-Cyrl': {
    ...uzCyrl,
    ...mapStrings['uz-Cyrl'],
    ...chartStrings['uz-Cyrl'],
    ...exportStrings['uz-Cyrl'],
    ...embedStrings['uz-Cyrl'],
    ...shareStrings['uz-Cyrl'],
    ...nationalStrings['uz-Cyrl'],
  },
};

export function t(locale: Locale, key: UiKey, params: Record<string, string | number> = {}): string {
  return catalogues[locale][key].replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m,
  );
}

/** A `t` bound to one locale, for templates. */
export const translator = (locale: Locale) => (key: UiKey, params?: Record<string, string | number>) =>
  t(locale, key, params);
