/** Looks up a UI string for a locale and fills its `{name}` parameters. */
import type { Locale } from './locales.ts';
import { en, type UiKey } from './ui/en.ts';
import { ru } from './ui/ru.ts';
import { uz } from './ui/uz.ts';
import { uzCyrl } from './ui/uz-Cyrl.ts';

export const catalogues: Record<Locale, Record<UiKey, string>> = { en, ru, uz, 'uz-Cyrl': uzCyrl };

export type { UiKey };

export function t(locale: Locale, key: UiKey, params: Record<string, string | number> = {}): string {
  return catalogues[locale][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** A `t` bound to one locale, for templates. */
export const translator = (locale: Locale) => (key: UiKey, params?: Record<string, string | number>) => t(locale, key, params);
