/**
 * Numbers written in words, and the words for thousands, millions and billions, in Uzbek
 * (Cyrillic and Latin), Russian and English. Words are compared lower-cased with every
 * apostrophe variant dropped (`toʻrt`, `to'rt` → `tort`).
 */
import { foldApostrophes } from '../translit/apostrophes.ts';

/** How a word is compared: lower case, no apostrophes, `ё` as `е`. */
export const wordKey = (word: string): string =>
  foldApostrophes(word.normalize('NFC').toLocaleLowerCase('ru')).replace(/ё/g, 'е');

/** A number word: its value, and whether it may stand alone (else it needs a counter or a scale word). */
export interface NumeralWord {
  value: number;
  /** `юз`, `сто`, `hundred`: multiplies a preceding unit (икки юз = 200). */
  hundred?: boolean;
  /** Read without a counter (`та`) or scale word after it: false for `бир` ("ҳар бир"), `юз` ("юз берди"), `one`. */
  alone: boolean;
}

const RU: readonly [number, string][] = [
  [1, 'один одна одно одного одной одну одним одном одними'],
  [2, 'два две двух двум двумя'],
  [3, 'три трех трем тремя'],
  [4, 'четыре четырех четырем четырьмя'],
  [5, 'пять пяти пятью'],
  [6, 'шесть шести шестью'],
  [7, 'семь семи семью'],
  [8, 'восемь восьми восемью'],
  [9, 'девять девяти девятью'],
  [10, 'десять десяти десятью'],
  [11, 'одиннадцать одиннадцати'],
  [12, 'двенадцать двенадцати'],
  [13, 'тринадцать тринадцати'],
  [14, 'четырнадцать четырнадцати'],
  [15, 'пятнадцать пятнадцати'],
  [16, 'шестнадцать шестнадцати'],
  [17, 'семнадцать семнадцати'],
  [18, 'восемнадцать восемнадцати'],
  [19, 'девятнадцать девятнадцати'],
  [20, 'двадцать двадцати'],
  [30, 'тридцать тридцати'],
  [40, 'сорок сорока'],
  [50, 'пятьдесят пятидесяти'],
  [60, 'шестьдесят шестидесяти'],
  [70, 'семьдесят семидесяти'],
  [80, 'восемьдесят восьмидесяти'],
  [90, 'девяносто девяноста'],
  [200, 'двести двухсот'],
  [300, 'триста трехсот'],
  [400, 'четыреста четырехсот'],
  [500, 'пятьсот пятисот'],
  [600, 'шестьсот шестисот'],
  [700, 'семьсот семисот'],
  [800, 'восемьсот восьмисот'],
  [900, 'девятьсот девятисот'],
];
const UZ: readonly [number, string][] = [
  [1, 'бир bir'],
  [2, 'икки ikki'],
  [3, 'уч uch'],
  [4, 'тўрт tort'],
  [5, 'беш besh'],
  [6, 'олти olti'],
  [7, 'етти yetti'],
  [8, 'саккиз sakkiz'],
  [9, 'тўққиз toqqiz'],
  [10, 'ўн on'],
  [20, 'йигирма yigirma'],
  [30, 'ўттиз ottiz'],
  [40, 'қирқ qirq'],
  [50, 'эллик ellik'],
  [60, 'олтмиш oltmish'],
  [70, 'етмиш yetmish'],
  [80, 'саксон sakson'],
  [90, 'тўқсон toqson'],
];
const EN: readonly [number, string][] = [
  [1, 'one'],
  [2, 'two'],
  [3, 'three'],
  [4, 'four'],
  [5, 'five'],
  [6, 'six'],
  [7, 'seven'],
  [8, 'eight'],
  [9, 'nine'],
  [10, 'ten'],
  [11, 'eleven'],
  [12, 'twelve'],
  [13, 'thirteen'],
  [14, 'fourteen'],
  [15, 'fifteen'],
  [16, 'sixteen'],
  [17, 'seventeen'],
  [18, 'eighteen'],
  [19, 'nineteen'],
  [20, 'twenty'],
  [30, 'thirty'],
  [40, 'forty'],
  [50, 'fifty'],
  [60, 'sixty'],
  [70, 'seventy'],
  [80, 'eighty'],
  [90, 'ninety'],
];

function table(): Map<string, NumeralWord> {
  const map = new Map<string, NumeralWord>();
  const add = (rows: readonly [number, string][], alone: (v: number, w: string) => boolean) => {
    for (const [value, words] of rows)
      for (const w of words.split(' ')) map.set(wordKey(w), { value, alone: alone(value, w) });
  };
  // Uzbek number words double as other words (бир "a", уч "fly", ўн/on, юз "face"): a counter or scale must follow.
  add(UZ, () => false);
  add(RU, (v) => v !== 1);
  add(EN, (v) => v !== 1);
  for (const w of ['сто', 'ста']) map.set(w, { value: 100, hundred: true, alone: true });
  // "полтора тысячи": one and a half, only ever before a scale word.
  for (const w of ['полтора', 'полторы']) map.set(w, { value: 1.5, alone: false });
  for (const w of ['юз', 'yuz', 'hundred']) map.set(w, { value: 100, hundred: true, alone: false });
  return map;
}

const WORDS = table();

/** Uzbek counters glued to a number word (`бешта`, `ikkita`): they make it a count. */
const GLUED_COUNTERS = ['тасидан', 'tasidan', 'тадан', 'tadan', 'таси', 'tasi', 'та', 'ta', 'ита', 'ita'];

/** A number word with what it carries: the value and whether a glued counter follows. */
export interface NumeralRead extends NumeralWord {
  counted: boolean;
}

/** The number word `word` is (glued Uzbek counters allowed), or undefined. */
export function numeralWord(word: string): NumeralRead | undefined {
  const key = wordKey(word);
  const bare = WORDS.get(key);
  if (bare) return { ...bare, counted: false };
  for (const suffix of GLUED_COUNTERS) {
    if (!key.endsWith(suffix) || key.length <= suffix.length) continue;
    // иккита: икки + та with the stem's last vowel shared.
    const stem = key.slice(0, -suffix.length);
    const found =
      WORDS.get(stem) ??
      (suffix.startsWith('и') || suffix.startsWith('i') ? WORDS.get(stem + suffix[0]) : undefined);
    if (found) return { ...found, counted: true };
  }
  return undefined;
}

/** Uzbek and Latin counters written apart from the number: `16 та`, `5 нафар`, `3 dona`. */
export const COUNTER_WORDS = new Set([
  'та',
  'ta',
  'таси',
  'tasi',
  'тадан',
  'tadan',
  'нафар',
  'nafar',
  'дона',
  'dona',
]);

/** A scale word: thousand, million or billion, and whether a smaller part may follow it (`13 минг 661`). */
export interface ScaleWord {
  scale: number;
  /** True without an Uzbek case ending: `минг` may go on (`13 минг 661`), `мингдан` ends the number. */
  bare: boolean;
}

// Uzbek case and plural endings a scale word may carry; any of them ends the number.
const UZ_ENDINGS =
  '(?:дан|гача|га|ни|нинг|да|та|тадан|тагача|лаб|лар|ларча|dan|gacha|ga|ni|ning|da|ta|tadan|tagacha|lab|lar|larcha)';
// Russian inflections keep the number going: "трёх тысяч пятисот".
const SCALES: readonly [RegExp, number][] = [
  [new RegExp(`^(?:минг|ming)(${UZ_ENDINGS})?$`, 'u'), 1e3],
  [/^тысяч(?:а|и|у|ей|ам|ами|ах)?()$/u, 1e3],
  [/^тыс()$/u, 1e3],
  [/^thousands?()$/u, 1e3],
  [new RegExp(`^(?:миллион|million|млн|mln)(?:а|ов|у|ом|ы|ам|ами|ах|s)?(${UZ_ENDINGS})?$`, 'u'), 1e6],
  [new RegExp(`^(?:миллиард|milliard|млрд|mlrd)(?:а|ов|у|ом|ы|ам|ами|ах|s)?(${UZ_ENDINGS})?$`, 'u'), 1e9],
  [/^billions?()$/u, 1e9],
];

/** The scale word `word` is, or undefined. */
export function scaleWord(word: string): ScaleWord | undefined {
  const key = wordKey(word);
  for (const [re, scale] of SCALES) {
    const m = re.exec(key);
    if (m) return { scale, bare: !m[1] };
  }
  return undefined;
}

/** Month names (stems) in the four forms, so that "2 декабря" and "2-dekabr" read as dates. */
const MONTH_STEMS =
  'январ|феврал|март|апрел|май|мая|мае|июн|июл|август|сентябр|октябр|ноябр|декабр|yanvar|fevral|mart|aprel|may|iyun|iyul|avgust|sentabr|sentyabr|oktabr|oktyabr|noyabr|dekabr';
const MONTH = new RegExp(
  `^(?:(?:${MONTH_STEMS})(?:ь|я|е|а|и|ида|идан|ь?да|ь?дан|ь?га|ни|da|dan|ga|ni|ida|idan)?|january|february|march|april|june|july|august|september|october|november|december)$`,
  'u',
);

/** True when `word` is a month name in one of the forms. */
export const isMonth = (word: string): boolean => MONTH.test(wordKey(word));

/** True for the words after a year: `2020 йил`, `2020-yilda`, `2020 году`, `2020 г.`. */
export const isYearWord = (word: string): boolean =>
  /^(?:йил\p{L}*|yil\p{L}*|год|года|году|годом|годе|годы|годах|годов|гг?|years?)$/u.test(wordKey(word));
