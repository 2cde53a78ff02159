// Uzbek Latin ↔ Cyrillic transliteration (1995 Latin alphabet, as commonly implemented),
// plus fillNames() which completes a place name's language forms.
// Conversion works word by word so that word-start rules (е → ye, e → э) and
// ALL-CAPS detection only look inside the current word.

import { foldApostrophes, normalizeUzLatin, OKINA, TUTUQ } from './apostrophes.ts';
import { CYRL_SHARED } from './cyrillic.ts';
import { uzCyrlToRussian } from './ru.ts';

// A word is a run of letters; ʻ and ʼ are Unicode modifier letters, so they are included.
const WORD_RE = /[\p{L}\p{M}]+/gu;

const CYRL_VOWELS = new Set(Array.from('аеёиоуўэюяы'));

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase();
}

function withCase(out: string, upper: boolean): string {
  return upper ? out.toUpperCase() : out;
}

// ---------------------------------------------------------------- Cyrillic → Latin

// е, ц, ъ and с depend on the letters around them (cyrlLetter).
const CYRL_TO_LATN: Readonly<Record<string, string>> = {
  ...CYRL_SHARED,
  ў: 'o' + OKINA,
  ғ: 'g' + OKINA,
};

/** Latin for the lower-case Cyrillic letter at `i` of `lower` (a lower-cased word). */
function cyrlLetter(lower: string, i: number): string {
  const ch = lower.charAt(i);
  const prev = lower.charAt(i - 1); // '' at the word start
  const next = lower.charAt(i + 1);
  switch (ch) {
    case 'е':
      // Iotated at word start and after a vowel or a sign: Ер → Yer, поезд → poyezd, объект → obyekt.
      return i === 0 || CYRL_VOWELS.has(prev) || prev === 'ъ' || prev === 'ь' ? 'ye' : 'e';
    case 'ц':
      // Loanword rule: s after a consonant (инспекция → inspeksiya), ts elsewhere (Цех → Tsex).
      return i === 0 || CYRL_VOWELS.has(prev) ? 'ts' : 's';
    case 'ъ':
      // Before е the "y" of "ye" already marks the break; after ў it is silent (мўъжиза → moʻjiza).
      return next === 'е' || prev === 'ў' ? '' : TUTUQ;
    case 'с':
      // Keep с+ҳ apart from ш: Исҳоқ → Isʼhoq.
      return next === 'ҳ' ? 's' + TUTUQ : 's';
    default:
      return CYRL_TO_LATN[ch] ?? ch;
  }
}

/** Should a multi-letter Latin output for the capital at `i` be all caps (Ш → SH)? */
function capsContext(word: string, i: number): boolean {
  const next = word[i + 1];
  if (next !== undefined && /\p{L}/u.test(next)) return isUpper(next);
  return isUpper(word[i - 1]);
}

function cyrillicWordToLatin(typed: string): string {
  const word = typed.normalize('NFC'); // decomposed й/ё would otherwise split into two letters
  const lower = word.toLowerCase();
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const latin = cyrlLetter(lower, i);
    if (!isUpper(word[i]) || latin === '') {
      out += latin;
    } else if (capsContext(word, i)) {
      out += latin.toUpperCase();
    } else {
      out += latin.charAt(0).toUpperCase() + latin.slice(1); // Title case: Ш → Sh
    }
  }
  return out;
}

/** Uzbek Cyrillic → Uzbek Latin. Non-letters pass through unchanged. */
export function cyrillicToLatin(s: string): string {
  return s.replace(WORD_RE, cyrillicWordToLatin);
}

// ---------------------------------------------------------------- Latin → Cyrillic

const LATN_TO_CYRL: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'б',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'ҳ',
  i: 'и',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'қ',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  x: 'х',
  y: 'й',
  z: 'з',
};

// Two-letter Latin units that are always one Cyrillic letter.
const DIGRAPHS: Readonly<Record<string, string>> = {
  ['o' + OKINA]: 'ў',
  ['g' + OKINA]: 'ғ',
  sh: 'ш',
  ch: 'ч',
  yu: 'ю',
  ya: 'я',
};

interface Step {
  cyrl: string;
  len: number; // Latin characters consumed
}

function endsWithVowel(cyrl: string): boolean {
  return CYRL_VOWELS.has(cyrl.slice(-1));
}

/** The Cyrillic for the Latin at `i` of lower-cased word `w`, given output so far. */
function latinStep(w: string, i: number, out: string): Step {
  const ch = w.charAt(i);
  const pair = w.slice(i, i + 2);
  const atStart = i === 0;
  const afterVowel = endsWithVowel(out);

  // sʼh: the tutuq only keeps s and h apart, it is not a ъ (Isʼhoq → Исҳоқ).
  if (ch === 's' && w[i + 1] === TUTUQ && w[i + 2] === 'h') return { cyrl: 'с', len: 2 };
  // yoʻ is й + ў (yoʻl → йўл), not ё + ʻ.
  if (pair === 'yo') return w[i + 2] === OKINA ? { cyrl: 'й', len: 1 } : { cyrl: 'ё', len: 2 };
  if (pair === 'ye') {
    // After a consonant "ye" comes from ъе in loanwords (obyekt → объект).
    return { cyrl: atStart || afterVowel ? 'е' : 'ъе', len: 2 };
  }
  if (pair === 'ts' && (atStart || w.startsWith('iy', i + 2))) {
    // Native words have т+с (ketsa); ц is for loanwords: Tsex, politsiya.
    return { cyrl: 'ц', len: 2 };
  }
  const digraph = DIGRAPHS[pair];
  if (digraph !== undefined) return { cyrl: digraph, len: 2 };

  if (ch === 'e') return { cyrl: atStart || afterVowel ? 'э' : 'е', len: 1 };
  // -ksiya is Russian -кция (aksiya, inspeksiya, funksiya).
  if (ch === 's' && w[i - 1] === 'k' && w.startsWith('iy', i + 1)) return { cyrl: 'ц', len: 1 };
  if (ch === TUTUQ || ch === OKINA) {
    // Inside a word the mark is ъ; at the edges it is punctuation and stays.
    const inside = i > 0 && i < w.length - 1;
    return { cyrl: inside ? 'ъ' : ch, len: 1 };
  }
  return { cyrl: LATN_TO_CYRL[ch] ?? ch, len: 1 };
}

function latinWordToCyrillic(typed: string): string {
  const word = typed.normalize('NFC');
  const lower = word.toLowerCase();
  let out = '';
  for (let i = 0; i < word.length;) {
    const step = latinStep(lower, i, out);
    // Case follows the first Latin letter of the unit: Sh, SH → Ш.
    out += withCase(step.cyrl, isUpper(word[i]));
    i += step.len;
  }
  return out;
}

/** Uzbek Latin → Uzbek Cyrillic. Accepts any typed apostrophe (o', o‘, oʼ …). */
export function latinToCyrillic(s: string): string {
  return normalizeUzLatin(s).replace(WORD_RE, latinWordToCyrillic);
}

// ---------------------------------------------------------------- fillNames

export type NameForm = 'uz-Latn' | 'uz-Cyrl' | 'ru' | 'en';
export type NameInput = { [K in NameForm]?: string };
export type Names = { [K in NameForm]: string };

export interface FilledNames {
  names: Names;
  /** Forms that were generated here rather than given, so the site can flag them. */
  transliterated: NameForm[];
}

function given(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * Complete a name's four forms from whatever was published.
 * uz-Latn ↔ uz-Cyrl by transliteration, ru from uz-Cyrl, en from uz-Latn without ʻ ʼ.
 * Throws TypeError if neither Uzbek form is present.
 */
export function fillNames(input: NameInput): FilledNames {
  const latnIn = given(input['uz-Latn']);
  const cyrlIn = given(input['uz-Cyrl']);
  if (latnIn === undefined && cyrlIn === undefined) {
    throw new TypeError('fillNames: need a uz-Latn or uz-Cyrl name');
  }
  const transliterated: NameForm[] = [];
  const fill = (form: NameForm, value: string | undefined, make: () => string): string => {
    if (value !== undefined) return value;
    transliterated.push(form);
    return make();
  };
  // Given Latin is only re-typed (o' → oʻ), which is typography, not transliteration.
  const latn = fill('uz-Latn', latnIn && normalizeUzLatin(latnIn), () => cyrillicToLatin(cyrlIn ?? ''));
  const cyrl = fill('uz-Cyrl', cyrlIn, () => latinToCyrillic(latn));
  const ru = fill('ru', given(input.ru), () => uzCyrlToRussian(cyrl));
  const en = fill('en', given(input.en), () => foldApostrophes(latn));
  return { names: { 'uz-Latn': latn, 'uz-Cyrl': cyrl, ru, en }, transliterated };
}
