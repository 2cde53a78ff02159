/**
 * Which metric a number counts, from the words the catalogue keeps for each metric
 * (`words` in metrics.json). A phrase matches where each of its words begins a word of the
 * text, in any script. Words right after the number (what it counts) come first, then any
 * later in its part of the clause, then those before it; among them the longest phrase
 * wins, so «мактабгача таълим ташкилоти» is not «мактаб», and «камбағалликдан чиқарилди»
 * (lifted) outweighs «Темир дафтар» (registered).
 */
import type { Metric } from '../model/types.ts';
import { keyOf, type Token } from './tokens.ts';

/** A catalogue phrase as keys. */
export interface MetricPhrase {
  metric: string;
  keys: string[];
  /** Letters in the keys: longer phrases win. */
  weight: number;
}

/** Every phrase of every stored metric, in every form. */
export function metricPhrases(metrics: readonly Metric[]): MetricPhrase[] {
  const seen = new Set<string>();
  const out: MetricPhrase[] = [];
  for (const m of metrics) {
    if (m.derived || !m.words) continue;
    for (const phrase of Object.values(m.words).flat()) {
      const keys = keyOf(phrase ?? '')
        .split(' ')
        .filter(Boolean);
      const id = `${m.id}|${keys.join(' ')}`;
      if (!keys.length || seen.has(id)) continue;
      seen.add(id);
      out.push({ metric: m.id, keys, weight: keys.join('').length });
    }
  }
  return out;
}

/** A phrase found in the text: tokens `[from, to)` of the token list. */
export interface MetricMatch {
  metric: string;
  from: number;
  to: number;
  weight: number;
}

/** Every phrase match among `tokens` (indices into it). */
export function metricMatches(tokens: readonly Token[], phrases: readonly MetricPhrase[]): MetricMatch[] {
  const out: MetricMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const p of phrases) {
      if (p.keys.every((k, j) => tokens[i + j]?.key.startsWith(k)))
        out.push({ metric: p.metric, from: i, to: i + p.keys.length, weight: p.weight });
    }
  }
  return out;
}

/** Where a number's words are: its window `[first, last)` of token indices, and the token of what it counts. */
export interface NumberWords {
  /** First token of the window (after the previous number, from the clause start). */
  first: number;
  /** Token after the window (the next number, or the clause end). */
  last: number;
  /** First token after the number. */
  after: number;
  /** The token naming what is counted (after counters and qualifiers), or -1. */
  counted: number;
}

/** The metric match a number takes, or undefined when no phrase of the catalogue is near it. */
export function pickMetric(
  matches: readonly MetricMatch[],
  w: NumberWords,
  fits: (metric: string) => boolean,
): MetricMatch | undefined {
  // Matches are in token order: start at the window's first.
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]!.from < w.first) lo = mid + 1;
    else hi = mid;
  }
  const inside: MetricMatch[] = [];
  for (let i = lo; i < matches.length && matches[i]!.from < w.last; i++)
    if (matches[i]!.to <= w.last && fits(matches[i]!.metric)) inside.push(matches[i]!);
  const tiers = [
    inside.filter((m) => m.from === w.counted),
    inside.filter((m) => m.from >= w.after),
    inside.filter((m) => m.to <= w.after),
  ];
  for (const tier of tiers) {
    if (!tier.length) continue;
    // Longest first; at equal length, the nearest to the number.
    const dist = (m: MetricMatch) => (m.from >= w.after ? m.from - w.after : w.after - m.to);
    return [...tier].sort((a, b) => b.weight - a.weight || dist(a) - dist(b))[0];
  }
  return undefined;
}
