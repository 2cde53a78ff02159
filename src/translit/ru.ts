// Russian helpers for place names.
// Official Russian names are not transliterations (Фарғона → Фергана), so these
// are fall-backs only: a stand-in Russian form when none is published, and a
// rough romanisation used to match Russian queries against Uzbek Latin names.

import { foldApostrophes } from './apostrophes.ts';
import { CYRL_SHARED } from './cyrillic.ts';

// Letters that exist in Uzbek Cyrillic but not in Russian.
const UZ_TO_RU: Readonly<Record<string, string>> = {
  ў: 'у',
  Ў: 'У',
  қ: 'к',
  Қ: 'К',
  ғ: 'г',
  Ғ: 'Г',
  ҳ: 'х',
  Ҳ: 'Х',
};

/** Replace Uzbek-only Cyrillic letters with their nearest Russian letters. */
export function uzCyrlToRussian(s: string): string {
  return s.replace(/[ўЎқҚғҒҳҲ]/g, (ch) => UZ_TO_RU[ch] ?? ch);
}

// Romanisation in Uzbek Latin style (х → x, ж → j, й → y) so keys line up with uz-Latn names.
const RU_TO_KEY: Readonly<Record<string, string>> = {
  ...CYRL_SHARED,
  е: 'e',
  ц: 'ts',
  ъ: '',
  // Uzbek letters may turn up in mixed input.
  ў: 'o',
  ғ: 'g',
};

const VOWELS = new Set(Array.from('аеёиоуыэюяў'));

/** Romanise one lower-case Cyrillic letter given the previous character. */
function keyLetter(ch: string, prev: string | undefined): string {
  // Е is pronounced "ye" at the start of a word and after a vowel or ъ/ь (Ермак, поезд).
  if (ch === 'е') {
    const iotated =
      prev === undefined || VOWELS.has(prev) || prev === 'ъ' || prev === 'ь' || !/\p{L}/u.test(prev);
    return iotated ? 'ye' : 'e';
  }
  return RU_TO_KEY[ch] ?? ch;
}

/**
 * Rough phonetic romanisation of Russian for search keys:
 * lower-case ASCII, no apostrophes (Кайнар → kaynar, Ферганский → ferganskiy).
 */
export function russianToUzLatinKey(s: string): string {
  const lower = Array.from(foldApostrophes(s).toLowerCase());
  const romanised = lower.map((ch, i) => keyLetter(ch, lower[i - 1])).join('');
  // Strip accents from any remaining Latin letters, then drop whatever is not ASCII.
  return romanised
    .normalize('NFKD')
    .replace(/[^\x20-\x7E]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
