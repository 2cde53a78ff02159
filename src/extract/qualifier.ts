/**
 * How exact a number in a text is, from the words around it: «дан ортиқ», «ziyod», «более»,
 * «свыше», «more than» → at least; «қарийб», «яқин», «около», «about» → approximately;
 * «гача», «до», «up to» → at most; a number written down to a scale word ("1,4 тысячи")
 * with no word → approximately.
 */
import type { Qualifier } from '../model/types.ts';
import type { ReadNumber } from '../text/numbers.ts';
import { keyOf, type Token } from './tokens.ts';

const phrases = (words: string) => words.split('|').map((w) => keyOf(w).split(' '));

const BEFORE: readonly [Qualifier, string[][]][] = [
  [
    'at-least',
    phrases('более|свыше|больше|не менее|по меньшей мере|kamida|камида|more than|over|at least|upwards of'),
  ],
  [
    'approximately',
    phrases(
      'около|примерно|почти|приблизительно|порядка|қарийб|qariyb|тахминан|taxminan|about|around|nearly|approximately|almost|some',
    ),
  ],
  ['at-most', phrases('до|не более|менее|меньше|up to|at most|less than|under|fewer than')],
];
const AFTER: readonly [Qualifier, string[][]][] = [
  ['at-least', phrases('ортиқ|зиёд|кўпроқ|ortiq|ziyod|koʻproq|dan ortiq|dan ziyod|дан ортиқ|дан зиёд|plus')],
  ['approximately', phrases('яқин|yaqin|га яқин|ga yaqin|атрофида|atrofida')],
];
/** Counters between the number and a qualifier after it, with their endings: «831 тадан ортиқ», «870 нафарга яқин». */
const COUNTER = /^(ta|nafar|dona)?(dan|ga)?$/;

/** A qualifier and the words that said it (token indices, or none). */
export interface QualifierRead {
  qualifier: Qualifier;
  /** Tokens `[from, to)` of the qualifier's words, when words said it. */
  from?: number;
  to?: number;
}

const startsAt = (tokens: readonly Token[], i: number, keys: readonly string[]) =>
  keys.every((k, j) => tokens[i + j]?.key === k);

/**
 * The qualifier of number `n`: tokens `[first, own)` are before it in its clause, `after`
 * is its first token after, `last` the end of its clause.
 */
export function qualifierOf(
  n: ReadNumber,
  tokens: readonly Token[],
  first: number,
  own: number,
  after: number,
  last: number,
): QualifierRead {
  for (const [q, list] of BEFORE) {
    for (const keys of list) {
      const i = own - keys.length;
      if (i >= first && startsAt(tokens, i, keys)) return { qualifier: q, from: i, to: own };
    }
  }
  let j = after;
  while (j < last && j < after + 2 && COUNTER.test(tokens[j]!.key)) j++;
  for (const [q, list] of AFTER)
    for (const keys of list)
      if (j < last && startsAt(tokens, j, keys)) return { qualifier: q, from: after, to: j + keys.length };
  // A suffix on the number's last word: «минггача», «100 тагача» (at most), «мингга яқин» handled above.
  const tail = (j < last ? tokens[j]?.key : undefined) ?? '';
  if (/gacha$/.test(keyOf(n.raw)) || /^(ta)?gacha$/.test(tail))
    return { qualifier: 'at-most', from: after, to: /gacha$/.test(tail) ? j + 1 : after };
  if (n.rounded) return { qualifier: 'approximately' };
  return { qualifier: 'exact' };
}
