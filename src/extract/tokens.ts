/**
 * The words of a text with their place in it and a spelling-insensitive key (the search
 * module's: any script, any case, doubled letters folded, so «дафттар» is «дафтар»), and
 * where its sentences and clauses begin and end.
 */
import { searchKey } from '../search/key.ts';

/** A word of the text. */
export interface Token {
  /** As written (quote marks inside a word, as in «дафтар”га», kept). */
  text: string;
  /** `searchKey` of the word without its quote marks. */
  key: string;
  start: number;
  end: number;
  /** True when it begins with a capital letter. */
  capital: boolean;
}

/** A stretch of the text: `[start, end)`. */
export interface Range {
  start: number;
  end: number;
}

const QUOTES = /[”"»“«„]/g;
// Letters and digits; apostrophes inside a word, and a closing quote followed by a suffix («дафтар”га»), keep it one word.
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['ʻʼ’‘`´]|[”"»“«„]+(?=\p{L}))[\p{L}\p{M}\p{N}]+)*/gu;

/** The key of a word or phrase: the search key, without quote marks. */
export const keyOf = (text: string): string => searchKey(text.replace(QUOTES, ''));

/** Every word of `text`, in order. */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    key: keyOf(m[0]),
    start: m.index,
    end: m.index + m[0].length,
    capital: /^\p{Lu}/u.test(m[0]),
  }));
}

/** Sentences: they end at `.`, `!`, `?` or `…` before a capital, digit, quote or dash, and at line breaks. */
export function sentences(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  const END = /[.!?…]+(?=\s+[\p{Lu}\p{N}“«"„—–-]|\s*$)|\n/gu;
  for (const m of text.matchAll(END)) {
    const end = m.index + m[0].length;
    if (text.slice(start, end).trim()) out.push(trimRange(text, { start, end }));
    start = end;
  }
  if (text.slice(start).trim()) out.push(trimRange(text, { start, end: text.length }));
  return out;
}

/** Clauses: parts of sentences between commas, semicolons, colons, brackets and spaced dashes. */
export function clauses(text: string): Range[] {
  return sentences(text).flatMap((s) => {
    const out: Range[] = [];
    let start = s.start;
    // A comma between digits is a decimal or thousands mark, not a clause break.
    const BREAK = /(?<!\d),|,(?!\d)|[;:()]|\s[—–-]\s/g;
    for (const m of text.slice(s.start, s.end).matchAll(BREAK)) {
      const at = s.start + m.index;
      if (text.slice(start, at).trim()) out.push(trimRange(text, { start, end: at }));
      start = at + m[0].length;
    }
    if (text.slice(start, s.end).trim()) out.push(trimRange(text, { start, end: s.end }));
    return out;
  });
}

/** The range without surrounding spaces. */
function trimRange(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The range among `ranges` (in order, not overlapping) that holds offset `at`. */
export function rangeAt(ranges: readonly Range[], at: number): Range | undefined {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (at < r.start) hi = mid - 1;
    else if (at >= r.end) lo = mid + 1;
    else return r;
  }
  return undefined;
}

/** The index of the first token that starts at or after `offset`. */
export function tokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
