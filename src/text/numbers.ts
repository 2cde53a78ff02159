/**
 * Reads every number in a text as people write them in Uzbek (Cyrillic and Latin), Russian
 * and English: "62 000", "62,000", "62 минг", "62 мингдан", "13 минг 661", "13,5 мингдан",
 * "1,2 млн", "3 млрд 564 миллионов", "более семи тысяч", "62 thousand". Numbers are read
 * whole: 660 is never found inside 6600. Ordinals ("2-сектор"), years, dates, times, phone
 * numbers, percentages and labels ("ПФ-5635") are read too and said to be so, so that a
 * caller can leave them out. This is the one number reader of the project: the extractor
 * and the quote-holds-value rule both use it.
 */
import { isMonth, isYearWord, numeralWord } from './numerals.ts';
import { DASH, groupAt, phrase, skip, wordAt, type Group, type Phrase } from './phrase.ts';
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
