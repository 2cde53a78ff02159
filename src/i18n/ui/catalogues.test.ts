import { describe, it, expect } from 'vitest';
import { catalogues as merged } from '../t.ts';

// The merged catalogues: the site's own strings plus the map's and the charts'.
const catalogues: Record<string, Record<string, string>> = merged;
const en: Record<string, string> = merged.en;
const enKeys = Object.keys(en);

/** `{name}` parameters of a string, sorted and without repeats (same pattern as `t`). */
const placeholders = (s: string) => [...new Set(Array.from(s.matchAll(/\{(\w+)\}/g), (m) => m[1]))].sort();
/** The string without its `{name}` parameters, for script checks. */
const withoutPlaceholders = (s: string) => s.replace(/\{\w+\}/g, ' ');
/** Every [key, offending fragment] pair found by `find` in a catalogue. */
const offences = (cat: Record<string, string>, find: (s: string) => string[]) =>
  Object.entries(cat).flatMap(([key, s]) => find(s).map((bad) => `${key}: ${bad}`));

/** Latin words allowed in Uzbek Cyrillic UI text (write МФЙ, Телеграм, not MFY, Telegram). */
const LATIN_ALLOWED_IN_UZ_CYRL: ReadonlySet<string> = new Set<string>([
  'Enter',
  'Atom',
  'CSV',
  'JSON',
  'PNG',
  'SVG',
]);
/** Proper names that keep Uzbek letters in Russian text (the project's name, as in data/site.json). */
const UZBEK_LETTERS_ALLOWED_IN_RU: ReadonlySet<string> = new Set(['Очиқ']);

describe.each(Object.entries(catalogues))('UI catalogue %s', (locale, cat) => {
  it('has exactly the keys of en', () => {
    const keys = Object.keys(cat);
    const missing = enKeys.filter((k) => !keys.includes(k));
    const extra = keys.filter((k) => !enKeys.includes(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('has no empty strings', () => {
    const empty = Object.entries(cat)
      .filter(([, s]) => s.trim() === '')
      .map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('uses the same {placeholders} as en in every string', () => {
    const mismatched = enKeys
      .filter((k) => k in cat)
      .filter((k) => placeholders(cat[k]!).join(',') !== placeholders(en[k]!).join(','))
      .map(
        (k) =>
          `${k}: ${locale} {${placeholders(cat[k]!).join('},{')}} vs en {${placeholders(en[k]!).join('},{')}}`,
      );
    expect(mismatched).toEqual([]);
  });

  if (locale === 'uz') {
    it("writes apostrophes inside words as ʻ/ʼ, never as ' ‘ ’ or `", () => {
      expect(
        offences(cat, (s) => Array.from(s.matchAll(/\p{L}['`\u2018\u2019]\p{L}/gu), (m) => m[0])),
      ).toEqual([]);
    });

    it('uses ʻ (U+02BB) only in oʻ and gʻ', () => {
      expect(
        offences(cat, (s) =>
          Array.from(
            s.matchAll(/(?<![oOgG])\u02BB/g),
            (m) => `…${s.slice(Math.max(0, m.index - 8), m.index + 4)}…`,
          ),
        ),
      ).toEqual([]);
    });

    it('has no Cyrillic letters and uses “…” quotes', () => {
      expect(offences(cat, (s) => s.match(/[\p{Script=Cyrillic}«»]/gu) ?? [])).toEqual([]);
    });
  }

  if (locale === 'uz-Cyrl') {
    it('has no Latin letters outside the allow-list', () => {
      const latinWords = (s: string) =>
        (withoutPlaceholders(s).match(/\p{Script=Latin}+/gu) ?? []).filter(
          (w) => !LATIN_ALLOWED_IN_UZ_CYRL.has(w),
        );
      expect(offences(cat, latinWords)).toEqual([]);
    });
  }

  if (locale === 'ru') {
    it('has no Uzbek-only letters (ў қ ғ ҳ) except in proper names', () => {
      const uzbekWords = (s: string) =>
        (s.match(/[\p{L}\p{M}-]+/gu) ?? []).filter(
          (w) => /[ўЎқҚғҒҳҲ]/u.test(w) && !UZBEK_LETTERS_ALLOWED_IN_RU.has(w),
        );
      expect(offences(cat, uzbekWords)).toEqual([]);
    });
  }

  if (locale === 'uz-Cyrl' || locale === 'ru') {
    it('uses «…» quotes, not “…”', () => {
      expect(offences(cat, (s) => s.match(/[“”„]/g) ?? [])).toEqual([]);
    });
  }
});
