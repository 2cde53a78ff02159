/** The site's four locales: URL segment, `<html lang>` and which written form of data they read. */
import type { TextForm } from '../model/types.ts';

export const locales = ['uz', 'uz-Cyrl', 'ru', 'en'] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'uz';

/** URL segment of each locale (ASCII, lower case). */
export const localeSegment: Record<Locale, string> = { uz: 'uz', 'uz-Cyrl': 'uz-cyrl', ru: 'ru', en: 'en' };

/** The locale's own name, for the language switcher. */
export const localeName: Record<Locale, string> = {
  uz: 'Oʻzbekcha',
  'uz-Cyrl': 'Ўзбекча',
  ru: 'Русский',
  en: 'English',
};

/** Which data form each locale reads, then which to fall back to, in order. */
export const formsFor: Record<Locale, readonly TextForm[]> = {
  uz: ['uz-Latn', 'uz-Cyrl', 'en', 'ru'],
  'uz-Cyrl': ['uz-Cyrl', 'uz-Latn', 'ru', 'en'],
  ru: ['ru', 'uz-Cyrl', 'en', 'uz-Latn'],
  en: ['en', 'uz-Latn', 'ru', 'uz-Cyrl'],
};

/** BCP 47 tag of a data form, for `lang` attributes on text in another language. */
export const formLang: Record<TextForm, string> = {
  'uz-Latn': 'uz',
  'uz-Cyrl': 'uz-Cyrl',
  ru: 'ru',
  en: 'en',
};

export function localeFromSegment(segment: string | undefined): Locale | undefined {
  return locales.find((l) => localeSegment[l] === segment);
}

/** Text in the page's locale, or the best fallback with its language tag. */
export function pickText(
  text: Partial<Record<TextForm, string>>,
  locale: Locale,
): { text: string; lang: string } {
  for (const form of formsFor[locale]) {
    const value = text[form];
    if (value !== undefined) return { text: value, lang: formLang[form] };
  }
  return { text: '', lang: locale };
}
