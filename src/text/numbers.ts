/**
 * Reads every number in a text as people write them in Uzbek (Cyrillic and Latin), Russian
 * and English: "62 000", "62,000", "62 минг", "62 мингдан", "13 минг 661", "13,5 мингдан",
 * "1,2 млн", "3 млрд 564 миллионов", "более семи тысяч", "62 thousand". Numbers are read
 * whole: 660 is never found inside 6600. Ordinals ("2-сектор"), years, dates, times, phone
 * numbers, percentages and labels ("ПФ-5635") are read too and said to be so, so that a
 * caller can leave them out. This is the one number reader of the project: the extractor
 * and the quote-holds-value rule both use it.
 */
import { COUNTER_WORDS, isMonth, isYearWord, numeralWord, scaleWord } from './numerals.ts';
import { fixedSpans, type SpanKind } from './spans.ts';

/** What a number found in a text is. */
export type NumberKind = 'number' | 'percent' | 'ordinal' | 'label' | 'year' | SpanKind;

/** A number found in a text. */
export interface ReadNumber {
  /** Its value (a percentage's value is the percent, 79.4; a phone's, date's or time's is its digits run together). */
  value: number;
  /** Where it starts in the text (UTF-16 offset). */
  start: number;
  /** Where it ends (exclusive). */
  end: number;
  /** `text.slice(start, end)`: "62 мингдан", "2-сектор". */
  raw: string;
  /** True when written down to a scale word, with nothing below it: "62 минг", "1,4 тысячи" (not "13 минг 661"). */
  rounded: boolean;
  /** True for ordinals ("2-сектор", "5-bosqich", "3rd"): they name, they do not count. */
  ordinal: boolean;
  /** What it is: only `number` is a quantity. */
  kind: NumberKind;
}

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
const DASH = /[-‐‑–—]/;

/** The match of sticky `re` at `i`, or undefined. */
function at(re: RegExp, text: string, i: number): RegExpExecArray | undefined {
  re.lastIndex = i;
  return re.exec(text) ?? undefined;
}

const skip = (text: string, i: number): number => i + (at(SPACES, text, i)?.[0].length ?? 0);
const wordAt = (text: string, i: number) => {
  const m = at(WORD, text, i);
  return m ? { text: m[0], start: i, end: i + m[0].length } : undefined;
};

/** A number before any scale word: digits, or number words. */
interface Group {
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

const groupAt = (text: string, i: number) =>
  /\d/.test(text[i] ?? '') ? digitGroup(text, i) : wordGroup(text, i);

/** `value × scale`, exact for decimal mantissas ("1,2 млн" is 1 200 000, not 1 199 999.99…). */
function scaled(g: Group, scale: number): number {
  const value = g.oneGroupMark ? g.value / 1000 : g.value; // "1,234 млн": the mark was a decimal one
  const decimals = g.oneGroupMark ? 3 : g.decimals;
  return scale >= 10 ** decimals ? Math.round(value * scale) : value * scale;
}

interface Phrase {
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
function phrase(text: string, g: Group): Phrase | undefined {
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

const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{M}]/u.test(ch);
const isYear = (g: Group, text: string) =>
  g.decimals === 0 && /^\d{4}$/.test(text.slice(g.start, g.end)) && g.value >= 1900 && g.value <= 2100;
// Russian case endings written after a hyphen keep a cardinal: "2-х", "5-ти", "7-ми".
const CARDINAL_ENDING = /^(?:х|ух|ти|ми|мя|ю)$/u;

/** Kind and end of a plain digit group from what is around it. */
function classify(text: string, g: Group, p: Phrase): { kind: NumberKind; end: number } {
  const before = text.slice(Math.max(0, g.start - 4), g.start);
  if (
    /(?:№|\bNo\.?|\bN)\s*$/u.test(before) ||
    isLetter(text[g.start - 1]) ||
    (DASH.test(text[g.start - 1] ?? '') && isLetter(text[g.start - 2]))
  )
    return { kind: 'label', end: wordAfterDash(text, p.end)?.end ?? p.end };
  const pct = /^[ \u00A0]?(?:%|фоиз\p{L}*|foiz\p{L}*|процент\p{L}*|percent|per cent)/iu.exec(
    text.slice(p.end, p.end + 16),
  );
  if (pct) return { kind: 'percent', end: p.end + pct[0].length };
  if (p.scaledUp || g.words) return { kind: 'number', end: p.end };
  const dashed = wordAfterDash(text, p.end);
  if (dashed) {
    if (isYear(g, text) && isYearWord(dashed.text)) return { kind: 'year', end: dashed.end };
    if (isMonth(dashed.text)) return { kind: 'date', end: dashed.end };
    if (CARDINAL_ENDING.test(dashed.text.toLowerCase())) return { kind: 'number', end: dashed.end };
    return { kind: 'ordinal', end: dashed.end };
  }
  const glued = /^(?:st|nd|rd|th)(?![\p{L}])/u.exec(text.slice(p.end, p.end + 3));
  if (glued && g.decimals === 0) return { kind: 'ordinal', end: p.end + glued[0].length };
  const next = wordAt(text, skip(text, p.end));
  if (next && isYear(g, text) && isYearWord(next.text)) return { kind: 'year', end: p.end };
  if (next && g.decimals === 0 && g.value <= 31 && isMonth(next.text)) return { kind: 'date', end: p.end };
  const prev = /([\p{L}]+)[ \u00A0]+$/u.exec(text.slice(Math.max(0, g.start - 12), g.start));
  if (prev && g.decimals === 0 && g.value <= 31 && /^[a-z]/i.test(prev[1]!) && isMonth(prev[1]!))
    return { kind: 'date', end: p.end };
  return { kind: 'number', end: p.end };
}

/** The word written right after a hyphen at `i` ("2-сектор"), or undefined. */
function wordAfterDash(text: string, i: number) {
  return DASH.test(text[i] ?? '') ? wordAt(text, i + 1) : undefined;
}

/** Reads the number starting at `i` (a digit or a number word), or undefined when there is none. */
function readAt(text: string, i: number): ReadNumber | undefined {
  const g = groupAt(text, i);
  if (!g) return undefined;
  const p = phrase(text, g);
  if (!p) return undefined;
  const { kind, end } = classify(text, g, p);
  return {
    value: p.value,
    start: i,
    end,
    raw: text.slice(i, end),
    rounded: p.rounded,
    ordinal: kind === 'ordinal',
    kind,
  };
}

/** "2019–2020 йиллар": a year range's first year is a year too. */
function yearRanges(found: ReadNumber[], text: string): ReadNumber[] {
  return found.map((n, k) => {
    const next = found[k + 1];
    const joined = next?.kind === 'year' && /^[-‐‑–—]$/.test(text.slice(n.end, next.start).trim());
    return joined && n.kind === 'number' && /^\d{4}$/.test(n.raw) ? { ...n, kind: 'year' } : n;
  });
}

const TOKEN = /\d|[\p{L}\p{M}]+(?:['`’‘ʻʼ´][\p{L}\p{M}]+)*/gu;

/** Every number in `text`, in order, none overlapping. */
export function readNumbers(text: string): ReadNumber[] {
  const spans = fixedSpans(text);
  const found: ReadNumber[] = [];
  let s = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const i = m.index;
    while (spans[s] && spans[s]!.end <= i) s++;
    const span = spans[s];
    if (span && span.start <= i) {
      const raw = text.slice(span.start, span.end);
      found.push({
        value: Number(raw.replace(/\D/g, '')),
        start: span.start,
        end: span.end,
        raw,
        rounded: false,
        ordinal: false,
        kind: span.kind,
      });
      TOKEN.lastIndex = span.end;
      continue;
    }
    const isDigit = /\d/.test(m[0]);
    if (!isDigit && !numeralWord(m[0])) continue;
    const n = readAt(text, i);
    if (!n) continue;
    // A number must not run into a phone number or date that starts inside it.
    if (span && span.start < n.end) continue;
    found.push(n);
    TOKEN.lastIndex = n.end;
  }
  return yearRanges(found, text);
}

/** The quantities of a text: numbers that count, without ordinals, years, dates, phones, percentages or labels. */
export const readQuantities = (text: string): ReadNumber[] =>
  readNumbers(text).filter((n) => n.kind === 'number');

/**
 * True when a quantity read from `quote` equals `value`: numbers are matched whole after
 * removing spaces and thousands separators, with the words for thousands, millions and
 * billions ("62 мингдан ортиқ" holds 62000; "6600" does not hold 660; "2-сектор" does not hold 2).
 */
export function quoteHoldsValue(quote: string, value: number): boolean {
  return readQuantities(quote).some((n) => n.value === value);
}
