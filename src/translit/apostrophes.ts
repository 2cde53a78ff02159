// Apostrophe handling for Uzbek Latin text.
// Uzbek Latin uses two distinct marks: the modifier letter turned comma ʻ (U+02BB)
// in oʻ/gʻ, and the tutuq belgisi ʼ (U+02BC) for the glottal stop. People type
// any of several look-alike characters instead, so we normalise them for display
// and strip them for search matching.

/** The oʻ/gʻ mark: MODIFIER LETTER TURNED COMMA. */
export const OKINA = '\u02BB';
/** The tutuq belgisi (glottal stop): MODIFIER LETTER APOSTROPHE. */
export const TUTUQ = '\u02BC';

/** Every character people type for an Uzbek apostrophe. */
export const APOSTROPHE_VARIANTS: readonly string[] = [
  "'", // U+0027 APOSTROPHE
  '`', // U+0060 GRAVE ACCENT
  '\u2019', // ’ RIGHT SINGLE QUOTATION MARK
  '\u2018', // ‘ LEFT SINGLE QUOTATION MARK
  OKINA, // ʻ
  TUTUQ, // ʼ
  '\u00B4', // ´ ACUTE ACCENT
];

// Global flag: intended for String.prototype.replace only (a global regex keeps
// lastIndex state, so do not use it with .test()).
export const APOSTROPHE_RE = /['`\u2019\u2018\u02BB\u02BC\u00B4]/g;

/** True if `ch` is one of the apostrophe variants. */
export function isApostrophe(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && APOSTROPHE_VARIANTS.includes(ch);
}

/** True if `ch` is a letter that is not itself an apostrophe (ʻ ʼ are Unicode letters, Lm). */
function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && !isApostrophe(ch) && /[\p{L}\p{M}]/u.test(ch);
}

function isOorG(ch: string | undefined): boolean {
  return ch === 'o' || ch === 'O' || ch === 'g' || ch === 'G';
}

/** Index where the run of letters/apostrophes ending just before `i` starts. */
function wordStart(chars: readonly string[], i: number): number {
  let j = i;
  while (j > 0 && (isLetter(chars[j - 1]) || isApostrophe(chars[j - 1]))) j--;
  return j;
}

/** The correct mark for the apostrophe at `i`, or null to leave it as typed. */
function markFor(chars: readonly string[], i: number): string | null {
  const prev = chars[i - 1];
  const next = chars[i + 1];
  // Opening quotes, stand-alone marks: not part of a word.
  if (!isLetter(prev)) return null;
  if (isLetter(next)) return isOorG(prev) ? OKINA : TUTUQ;
  // Word-final: only gʻ occurs there (togʻ, bogʻ); anything else is a closing quote.
  if (prev !== 'g' && prev !== 'G') return null;
  // ...unless the word opened with a quote, as in 'Tog' → keep it a quote pair.
  const start = wordStart(chars, i);
  return isApostrophe(chars[start]) && start < i ? null : OKINA;
}

/**
 * Normalise typed apostrophes in Uzbek Latin text for display:
 * after o/O/g/G → ʻ (U+02BB), between other letters → ʼ (U+02BC).
 * Apostrophes that are not attached to a word (quotes) are left alone.
 */
export function normalizeUzLatin(s: string): string {
  const chars = Array.from(s);
  return chars.map((ch, i) => (isApostrophe(ch) ? (markFor(chars, i) ?? ch) : ch)).join('');
}

/** Remove every apostrophe variant, for search keys and plain-ASCII forms. */
export function foldApostrophes(s: string): string {
  return s.replace(APOSTROPHE_RE, '');
}
