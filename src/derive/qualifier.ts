/** How exactness carries through sums and ratios: a derived figure is as weak as its weakest input. */
import type { Qualifier } from '../model/types.ts';

/** The qualifier of a sum (or product) of values with these qualifiers. */
export function combineQualifiers(qualifiers: readonly Qualifier[]): Qualifier {
  const set = new Set(qualifiers.filter((q) => q !== 'exact'));
  if (set.size === 0) return 'exact';
  if (set.has('approximately') || set.size > 1) return 'approximately';
  return [...set][0]!;
}

/** Dividing by a lower bound gives an upper bound, and the other way round. */
export function flipQualifier(q: Qualifier): Qualifier {
  return q === 'at-least' ? 'at-most' : q === 'at-most' ? 'at-least' : q;
}

/** The qualifier of `numerator / denominator`. */
export function ratioQualifier(numerator: Qualifier, denominator: Qualifier): Qualifier {
  return combineQualifiers([numerator, flipQualifier(denominator)]);
}
