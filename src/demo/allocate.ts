/** Splits a published total into whole-number parts, so generated mahallas add up to it. */
import type { Random } from '../geo/random.ts';

/**
 * Whole numbers `out[i]` in `[lo[i], hi[i]]`, roughly proportional to `weights`,
 * that add up to exactly `total`. Throws when the bounds make that impossible.
 */
export function allocate(
  total: number,
  weights: readonly number[],
  lo: readonly number[],
  hi: readonly number[],
  rng: Random,
): number[] {
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  if (sum(lo) > total || sum(hi) < total)
    throw new RangeError(`cannot split ${total} within [${sum(lo)}, ${sum(hi)}]`);
  const w = sum(weights);
  const out = weights.map((x, i) => Math.min(hi[i]!, Math.max(lo[i]!, Math.floor((total * x) / w))));
  // Flooring and clamping leave a small difference; spread it one unit at a time.
  let diff = total - sum(out);
  while (diff !== 0) {
    const step = Math.sign(diff);
    const room = out.flatMap((v, i) => ((step > 0 ? v < hi[i]! : v > lo[i]!) ? [i] : []));
    const i = rng.pick(room);
    out[i] = out[i]! + step;
    diff -= step;
  }
  return out;
}
