/**
 * What each number of a text is: a value of a metric (with its qualifier, quote and place,
 * unsure when it is a flow or its place is not sure), or something to list as unfiled
 * (an ordinal, a year, a sum of money, people helped, or a count of no metric).
 */
import type { Qualifier } from '../model/types.ts';
import type { ReadNumber } from '../text/numbers.ts';
import { isMonth } from '../text/numerals.ts';
import {
  ACTIVITY,
  COUNTED_NOT_A_METRIC,
  COUNTED_PAIRS,
  FLOW,
  SIGN_BEFORE,
  SKIP_AFTER,
  findCue,
} from './cues.ts';
import { pickMetric, type MetricMatch } from './metric-words.ts';
import type { PlaceState } from './place-context.ts';
import { qualifierOf } from './qualifier.ts';
import { keyOf, rangeAt, tokenFrom, type Range, type Token } from './tokens.ts';

/** Everything read from the text once, that every number's decision uses. */
export interface TextModel {
  text: string;
  tokens: Token[];
  numbers: ReadNumber[];
  sentences: Range[];
  clauses: Range[];
  matches: MetricMatch[];
  /** Metric id → unit (families, people…). */
  units: Map<string, string>;
  /** Keys of the tokens with place names blanked, so that «Янги ҳаёт» маҳалла is not "new". */
  cueKeys: string[];
  /** Private persons' names: never in a quote. */
  privateNames: Range[];
  /** The place at an offset. */
  placeAt: (offset: number) => PlaceState;
}

/** A number proposed as a value. */
export interface Figure {
  kind: 'figure';
  n: ReadNumber;
  metric: string;
  qualifier: Qualifier;
  quote: Range;
  place: PlaceState;
  unsure: string[];
}

/** A number not proposed. */
export interface Unfiled {
  kind: 'unfiled';
  n: ReadNumber;
  reason: string;
}

const KIND_REASON: Record<string, string> = {
  ordinal: 'an ordinal (it names, as "2-сектор" does; it counts nothing)',
  year: 'a year',
  date: 'a date',
  time: 'a time of day',
  phone: 'a phone number',
  percent: 'a percentage (shares are computed by the site from counts)',
  label: 'a label or document number',
};
const PRONOUNS = new Set(
  ['уларнинг', 'шундан', 'шулардан', 'улардан', 'ularning', 'shundan', 'shulardan', 'ulardan'].map(keyOf),
);
const PRONOUN_PAIRS = ['из них', 'из которых', 'of them', 'of which', 'of whom'].map((p) =>
  keyOf(p).split(' '),
);

/** The unit the words right after a number give: «оила» families, «нафар» people. */
function countedUnit(keys: readonly string[]): string | undefined {
  if (keys.some((k) => /^(oila(?!viy)|semy|semey|semi$|famil)/.test(k))) return 'families';
  if (keys.some((k) => /^(nafar|kishi|chelovek|people|person)/.test(k))) return 'people';
  return undefined;
}
const UNITS_FOR: Record<string, string[]> = { families: ['families'], people: ['people', 'entries'] };

/** Decides what number `k` of the model is. */
export function decide(model: TextModel, k: number): Figure | Unfiled {
  const { text, tokens, numbers } = model;
  const n = numbers[k]!;
  if (n.kind !== 'number') return { kind: 'unfiled', n, reason: KIND_REASON[n.kind] ?? n.kind };
  if (!Number.isInteger(n.value))
    return { kind: 'unfiled', n, reason: 'not a whole number (counts are whole numbers)' };
  const sign = SIGN_BEFORE.find(([re]) => re.test(text.slice(Math.max(0, n.start - 3), n.start)));
  if (sign) return { kind: 'unfiled', n, reason: sign[1] };
  const clause = rangeAt(model.clauses, n.start) ?? { start: n.start, end: n.end };
  const prev = numbers[k - 1];
  const next = numbers[k + 1];
  const first = tokenFrom(
    tokens,
    Math.max(clause.start, prev && prev.end > clause.start ? prev.end : clause.start),
  );
  const last = tokenFrom(
    tokens,
    Math.min(clause.end, next && next.start < clause.end ? next.start : clause.end),
  );
  const own = tokenFrom(tokens, n.start);
  const after = tokenFrom(tokens, n.end);
  let counted = after;
  while (counted < last && SKIP_AFTER.has(tokens[counted]!.key)) counted++;
  const countedKey = counted < last ? tokens[counted]!.key : '';
  const blocked =
    COUNTED_NOT_A_METRIC.find(([re]) => re.test(countedKey))?.[1] ??
    COUNTED_PAIRS.find(([a, re]) => countedKey === a && re.test(tokens[counted + 1]?.key ?? ''))?.[2];
  if (blocked) return { kind: 'unfiled', n, reason: blocked };
  const clauseFirst = tokenFrom(tokens, clause.start);
  const clauseLast = tokenFrom(tokens, clause.end);
  const activity = findCue(model.cueKeys.slice(clauseFirst, clauseLast), ACTIVITY);
  if (activity) return { kind: 'unfiled', n, reason: activity.reason };
  const unit = countedUnit(tokens.slice(after, Math.min(counted + 1, last)).map((t) => t.key));
  const fits = (metric: string) => !unit || (UNITS_FOR[unit] ?? []).includes(model.units.get(metric) ?? '');
  const match = pickMetric(
    model.matches,
    { first, last, after, counted: counted < last ? counted : -1 },
    fits,
  );
  if (!match) return { kind: 'unfiled', n, reason: 'no metric of the catalogue is named near it' };
  const q = qualifierOf(n, tokens, first, own, after, last);
  const quote = quoteOf(model, n, { first, last, own, after, counted, clauseLast }, match, q);
  const place = model.placeAt(n.start);
  return {
    kind: 'figure',
    n,
    metric: match.metric,
    qualifier: q.qualifier,
    quote,
    place,
    unsure: [...flowsOf(model, n), ...(place.problem ? [place.problem] : [])],
  };
}

interface Window {
  first: number;
  last: number;
  own: number;
  after: number;
  counted: number;
  clauseLast: number;
}

/** The fragment that holds the number: its qualifier, what it counts, and the metric's words. */
function quoteOf(
  model: TextModel,
  n: ReadNumber,
  w: Window,
  m: MetricMatch,
  q: { from?: number; to?: number },
): Range {
  const { tokens } = model;
  let start = n.start;
  let end = n.end;
  if (q.from !== undefined && q.to !== undefined && q.to > q.from)
    ((start = Math.min(start, tokens[q.from]!.start)), (end = Math.max(end, tokens[q.to - 1]!.end)));
  if (m.from >= w.after) end = Math.max(end, tokens[m.to - 1]!.end);
  else {
    start = Math.min(start, tokens[m.from]!.start);
    if (w.counted < w.last) end = Math.max(end, tokens[w.counted]!.end);
    // The verb that ends a short clause belongs with the number: «831 та оила рўйхатга олиниб».
    const rest = tokenFrom(tokens, end);
    if (w.clauseLast - rest <= 3 && w.clauseLast > rest) end = tokens[w.clauseLast - 1]!.end;
  }
  const before = tokens[w.own - 1];
  if (before && before.start >= tokens[w.first]?.start! && PRONOUNS.has(before.key))
    start = Math.min(start, before.start);
  const pair = PRONOUN_PAIRS.find((p) => p.every((key, j) => tokens[w.own - p.length + j]?.key === key));
  if (pair && w.own - pair.length >= w.first) start = Math.min(start, tokens[w.own - pair.length]!.start);
  for (const name of model.privateNames) {
    if (name.end <= start || name.start >= end) continue;
    if (name.start < n.start) start = tokens[tokenFrom(tokens, name.end)]?.start ?? n.start;
    else end = name.start;
  }
  while (end > start && /[\s,.;:«“"(]/.test(model.text[end - 1]!)) end--;
  return { start: Math.min(start, n.start), end: Math.max(end, n.end) };
}

/** Why a value may be a flow rather than the metric's total: words of its sentence, or a year in it. */
function flowsOf(model: TextModel, n: ReadNumber): string[] {
  const sentence = rangeAt(model.sentences, n.start) ?? { start: n.start, end: n.end };
  const from = tokenFrom(model.tokens, sentence.start);
  const to = tokenFrom(model.tokens, sentence.end);
  const keys = model.cueKeys.slice(from, to);
  const out: string[] = [];
  const flow = findCue(keys, FLOW);
  if (flow) out.push(flow.reason);
  // «В апреле», «aprel oyida»: a month named on its own is a period; «1 мая» is a date the figure holds for.
  const month = model.tokens
    .slice(from, to)
    .find(
      (t, i, all) =>
        isMonth(t.text) &&
        !/^\d/.test(all[i - 1]?.text ?? '') &&
        !/\d\s*[-‐‑–—]?\s*$/.test(model.text.slice(Math.max(0, t.start - 3), t.start)),
    );
  if (month && !flow) out.push(`a flow of a period (${month.text}), not the total`);
  const asOf =
    keys.some((k) => /^(holat|sostoyan|asof)/.test(k)) ||
    /as of/i.test(model.text.slice(sentence.start, sentence.end));
  const year = model.numbers.find(
    (x) => x.kind === 'year' && x.start >= sentence.start && x.end <= sentence.end,
  );
  if (year && !asOf)
    out.push(`the sentence names a year (${year.raw}): a figure of that year, not the total?`);
  return out;
}
