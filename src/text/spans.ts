/**
 * Digit runs that are not quantities and must be read as one piece before anything else:
 * phone numbers, calendar dates and clock times. "+998 73 244-12-34" would otherwise read
 * as a count of 73 244, and "2020-12-02" as three numbers.
 */

/** What a fixed span is. */
export type SpanKind = 'phone' | 'date' | 'time';

/** A phone number, date or time found in a text. */
export interface FixedSpan {
  kind: SpanKind;
  start: number;
  end: number;
}

const SEP = '[\\s\\-\\u00A0]*';
const PATTERNS: readonly [RegExp, SpanKind][] = [
  // After a word for telephone, any run of digits, spaces, dashes and brackets is the number ("ишонч телефони 1008").
  [
    /(?<![\p{L}])(?:телефон\p{L}*|тел\.?|telefon\p{L}*|tel\.?|phone|hotline)[: \u00A0]*(?<span>\+?\(?\d[\d \u00A0\-()]*\d)/giu,
    'phone',
  ],
  [
    new RegExp(`(?<![\\d])\\+?998${SEP}\\(?\\d{2}\\)?${SEP}\\d{3}${SEP}\\d{2}${SEP}\\d{2}(?!\\d)`, 'gu'),
    'phone',
  ],
  [new RegExp(`\\(\\d{2,3}\\)${SEP}\\d{3}${SEP}\\d{2}${SEP}\\d{2}(?!\\d)`, 'gu'), 'phone'],
  // 71 239 12 34 and 71 239-12-34: the 2-3-2-2 shape of Uzbek numbers, which counts do not have.
  [/(?<![\d.,])\d{2}[\s\u00A0]\d{3}[\s\-\u00A0]\d{2}[\s\-\u00A0]\d{2}(?![\d])/gu, 'phone'],
  [/(?<![\d-])\d{3}-\d{2}-\d{2}(?![\d-])/gu, 'phone'],
  [/(?<![\d.])\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?(?![\d])/gu, 'date'],
  [/(?<![\d.,])\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?![\d.,]\d)(?!\d)/gu, 'date'],
  [/(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])/gu, 'time'],
];

/** Phone numbers, dates and times in `text`, in order and not overlapping (the earlier, then longer, wins). */
export function fixedSpans(text: string): FixedSpan[] {
  const found: FixedSpan[] = [];
  for (const [re, kind] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const span = m.groups?.span;
      const start = span === undefined ? m.index : m.index + m[0].lastIndexOf(span);
      if (kind === 'phone' && (span ?? m[0]).replace(/\D/g, '').length < 4) continue; // "телефон 3 та" counts phones
      found.push({ kind, start, end: start + (span ?? m[0]).length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FixedSpan[] = [];
  for (const s of found) if (!kept.length || s.start >= kept.at(-1)!.end) kept.push(s);
  return kept;
}
