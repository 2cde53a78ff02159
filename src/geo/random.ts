/**
 * A small seeded PRNG (mulberry32): the map's illustrative mahalla points, the demo
 * dataset and the benchmark's are reproducible byte for byte. It lives here, below the
 * tools, because the site's own map uses it; the generators import it from here.
 * Independent streams are forked by label, so adding a draw in one part of the
 * generator does not shift the numbers of every other part.
 */

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** A float in [min, max). */
  float(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
}

/** mulberry32: 32-bit state, good enough for demo data and identical on every platform. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The offset basis for a seed. Seeds 0–9 used to XOR into the basis exactly the bits that
 * their own digit ('0' + seed) XORs out again, so all ten gave one stream; they now get a
 * spread basis. Every other seed keeps its basis, so committed data and pinned links stay.
 */
const basisOf = (seed: number) =>
  (seed < 10 ? 0x811c9dc5 ^ Math.imul(seed + 1, 0x9e3779b1) : 0x811c9dc5 ^ seed) >>> 0;

/** FNV-1a over UTF-16 code units: turns a seed and a label into a stream seed. */
function hashLabel(seed: number, label: string): number {
  let h = basisOf(seed >>> 0);
  const text = `${seed >>> 0}:${label}`;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min)
      throw new RangeError(`bad range ${min}..${max}`);
    return min + Math.floor(next() * (max - min + 1));
  };
  return {
    next,
    int,
    float: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick(items) {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[int(0, items.length - 1)]!;
    },
    shuffle(items) {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
  };
}

/** A stream of its own for one purpose, e.g. `fork(seed, "values:fa.quva.navbahor")`. */
export function fork(seed: number, label: string): Random {
  return createRandom(hashLabel(seed, label));
}
