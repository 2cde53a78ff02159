/**
 * Illustrative mahalla positions: seeded points spread inside their district, handed out
 * so that each sector's mahallas lie together (sectors come out as wedges around the centre).
 */
import { fork } from './random.ts';
import { bboxOf, contains, type Areal } from './rings.ts';

/** Seed of the illustrative positions (the demo's seed). */
export const POINTS_SEED = 20201202;
const CANDIDATES = 12;

/** `[longitude, latitude]`. */
export type Point = [number, number];

/** Picks `n` well-spread points inside a district (best-candidate sampling), seeded by `label`. */
export function spreadPoints(district: Areal, n: number, label: string): Point[] {
  const rnd = fork(POINTS_SEED, `map:${label}`);
  const [w, s, e, nn] = bboxOf([district]);
  const inside = (): Point => {
    for (let tries = 0; tries < 10_000; tries++) {
      const p: Point = [rnd.float(w, e), rnd.float(s, nn)];
      if (contains(district, p)) return p;
    }
    throw new Error(`no point found inside ${label}`);
  };
  const kx = Math.cos((((s + nn) / 2) * Math.PI) / 180);
  const d2 = (a: Point, b: Point) => ((a[0] - b[0]) * kx) ** 2 + (a[1] - b[1]) ** 2;
  const out: Point[] = [];
  while (out.length < n) {
    let best = inside();
    let bestD = -1;
    for (let c = 0; c < (out.length ? CANDIDATES : 1); c++) {
      const p = c === 0 ? best : inside();
      const d = Math.min(...out.map((q) => d2(p, q)));
      if (d > bestD) [best, bestD] = [p, d];
    }
    out.push(best);
  }
  return out;
}

/**
 * Hands points to items grouped by sector: points sorted by angle around their mean go,
 * in turn, to sector 1's items, then sector 2's, so each sector gets one wedge.
 */
export function assignBySector<T extends { sector: number }>(
  items: readonly T[],
  points: readonly Point[],
): Map<T, Point> {
  const cx = points.reduce((a, p) => a + p[0], 0) / points.length;
  const cy = points.reduce((a, p) => a + p[1], 0) / points.length;
  const sorted = [...points].sort(
    (a, b) => Math.atan2(a[1] - cy, a[0] - cx) - Math.atan2(b[1] - cy, b[0] - cx),
  );
  const ordered = [...items].sort((a, b) => a.sector - b.sector);
  return new Map(ordered.map((item, i) => [item, sorted[i]!]));
}
