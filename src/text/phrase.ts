/**
 * A number phrase as written: a group of digits ("62 000", "62,000", "1,2") or of number
 * words ("двадцать пять", "беш"), then a scale word and smaller parts ("3 млрд 564
 * миллионов", "13 минг 661"), or a range sharing the scale ("10–15 минг"). What the number
 * is (ordinal, year, label…) is told by the reader in numbers.ts.
 */
import { COUNTER_WORDS, numeralWord, scaleWord } from './numerals.ts';

const H = '[ \\t\\u00A0\\u202F\\u2009]';
// Digit forms, tried in order at a digit: grouped by spaces, by commas, by points, then plain.
const DIGIT_FORMS: readonly [RegExp, 'space' | 'comma' | 'point' | 'plain'][] = [
  [new RegExp(`\\d{1,3}(?:${H}\\d{3})+(?:,\\d+)?(?![\\d])`, 'y'), 'space'],
  [/\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])/y, 'comma'],
  [/\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.])/y, 'point'],
  [/\d+(?:[.,]\d+)?/y, 'plain'],
];
const WORD = /[\p{L}\p{M}]+(?:['`’‘ʻʼ´][\p{L}\p{M}]+)*/uy;
const SPACES = new RegExp(`${H}*`, 'y');
export const DASH = /[-‐‑–—]/;

/** The match of sticky `re` at `i`, or undefined. */
function at(re: RegExp, text: string, i: number): RegExpExecArray | undefined {
  re.lastIndex = i;
  return re.exec(text) ?? undefined;
}

export const skip = (text: string, i: number): number => i + (at(SPACES, text, i)?.[0].length ?? 0);
export const wordAt = (text: string, i: number) => {
  const m = at(WORD, text, i);
  return m ? { text: m[0], start: i, end: i + m[0].length } : undefined;
};

/** A number before any scale word: digits, or number words. */
export interface Group {
  start: number;
  end: number;
  value: number;
  /** Digits after the decimal mark, 0 for whole numbers. */
  decimals: number;
  /** `1,234` and `1.234` could be a decimal before a scale word ("1,234 млн"). */
  oneGroupMark: boolean;
  words: boolean;
  /** A number word that needs a counter or scale after it (`беш`, `one`) and has none yet. */
  needsCue: boolean;
}

function digitGroup(text: string, i: number): Group | undefined {
  for (const [re, form] of DIGIT_FORMS) {
    const m = at(re, text, i);
    if (!m) continue;
    const s = m[0];
    const plain =
      form === 'space'
        ? s.replace(/[^\d,]/g, '').replace(',', '.')
        : form === 'comma'
          ? s.replace(/,/g, '')
          : form === 'point'
            ? s.replace(/\./g, '').replace(',', '.')
            : s.replace(',', '.');
    const decimals = plain.includes('.') ? plain.length - plain.indexOf('.') - 1 : 0;
    const oneGroupMark = (form === 'comma' || form === 'point') && /^\d{1,3}[.,]\d{3}$/.test(s);
    return {
      start: i,
      end: i + s.length,
      value: Number(plain),
      decimals,
      oneGroupMark,
      words: false,
      needsCue: false,
    };
  }
  return undefined;
}

/** Place value of a number word, so that "двадцать пять" adds up and "пять двадцать" does not. */
const place = (v: number) => (v >= 100 ? 100 : v >= 10 ? 10 : 1);

function wordGroup(text: string, i: number): Group | undefined {
  let value = 0;
  let last = Infinity;
  let end = i;
  let needsCue = true;
  let cur = wordAt(text, i);
  while (cur) {
    const w = numeralWord(cur.text);
    if (!w) break;
    if (w.hundred && value > 0 && value < 10) value *= 100;
    else if (w.hundred && value === 0) value = 100;
    else if (!w.hundred && place(w.value) < last) value += w.value;
    else break;
    last = w.hundred ? 100 : place(w.value);
    end = cur.end;
    if (w.alone || w.counted) needsCue = false;
    if (w.counted) break;
    const next = skip(text, end);
    // English joins tens and units with a hyphen: twenty-five.
    const gap = text.slice(end, next) === '' && text[end] === '-' ? end + 1 : next;
    cur = gap > end ? wordAt(text, gap) : undefined;
  }
  return end > i
    ? { start: i, end, value, decimals: 0, oneGroupMark: false, words: true, needsCue }
    : undefined;
}

export const groupAt = (text: string, i: number) =>
  /\d/.test(text[i] ?? '') ? digitGroup(text, i) : wordGroup(text, i);

/** `value × scale`, exact for decimal mantissas ("1,2 млн" is 1 200 000, not 1 199 999.99…). */
function scaled(g: Group, scale: number): number {
  const value = g.oneGroupMark ? g.value / 1000 : g.value; // "1,234 млн": the mark was a decimal one
  const decimals = g.oneGroupMark ? 3 : g.decimals;
  return scale >= 10 ** decimals ? Math.round(value * scale) : value * scale;
}

export interface Phrase {
  value: number;
  end: number;
  rounded: boolean;
  scaledUp: boolean;
}

/** The scale word right after `i` (spaces allowed, or none: "62минг"). */
function scaleAfter(text: string, i: number) {
  const w = wordAt(text, skip(text, i));
  const s = w && scaleWord(w.text);
  return s && w ? { ...s, end: w.end } : undefined;
}

/** A group and what follows it: a scale word, then smaller parts ("3 млрд 564 миллионов", "13 минг 661"). */
export function phrase(text: string, g: Group): Phrase | undefined {
  const s = scaleAfter(text, g.end);
  if (!s) {
    if (g.needsCue && !counterAfter(text, g.end)) return undefined;
    const range = rangeScale(text, g);
    return range
      ? { value: scaled(g, range), end: g.end, rounded: true, scaledUp: true }
      : { value: g.value, end: g.end, rounded: false, scaledUp: false };
  }
  let value = scaled(g, s.scale);
  let end = s.end;
  let rounded = true;
  let scale = s.scale;
  let bare = s.bare && g.decimals === 0 && !g.oneGroupMark;
  while (bare) {
    const next = skip(text, end);
    const g2 = groupAt(text, next);
    if (!g2 || g2.decimals || next === end) break;
    const s2 = scaleAfter(text, g2.end);
    const part = s2 ? scaled(g2, s2.scale) : g2.value;
    if (part >= scale) break;
    value += part;
    end = s2 ? s2.end : g2.end;
    rounded = !!s2;
    bare = !!s2 && s2.bare;
    scale = s2?.scale ?? 1;
  }
  return { value, end, rounded, scaledUp: true };
}

/** The scale of a range's second number, which the first shares: "10–15 минг" is 10 000 to 15 000. */
function rangeScale(text: string, g: Group): number | undefined {
  const dash = skip(text, g.end);
  if (!DASH.test(text[dash] ?? '')) return undefined;
  const g2 = groupAt(text, skip(text, dash + 1));
  const s = g2 && g2.start > g.end && scaleAfter(text, g2.end);
  return s && g2 && g2.value > g.value ? s.scale : undefined;
}

/** True when an Uzbek counter follows: "беш нафар", "ўн та". */
function counterAfter(text: string, i: number): boolean {
  const w = wordAt(text, skip(text, i));
  return !!w && COUNTER_WORDS.has(w.text.toLowerCase());
}
