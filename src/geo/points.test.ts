import { describe, it, expect } from 'vitest';
import { spreadPoints, assignBySector } from './points.ts';
import { contains } from './rings.ts';
import { rect } from './fixtures.ts';

describe('spreadPoints', () => {
  const district = rect(71, 40, 71.2, 40.1);
  it('puts every point inside the district, the same points for the same label', () => {
    const pts = spreadPoints(district, 20, 'fa.test');
    expect(pts).toHaveLength(20);
    for (const p of pts) expect(contains(district, p)).toBe(true);
    expect(spreadPoints(district, 20, 'fa.test')).toEqual(pts);
    expect(spreadPoints(district, 20, 'fa.other')).not.toEqual(pts);
  });

  it('keeps points apart (no two closer than a fifth of an even spacing)', () => {
    const pts = spreadPoints(district, 20, 'fa.test');
    const even = Math.sqrt((0.2 * 0.1) / 20);
    let min = Infinity;
    for (const a of pts)
      for (const b of pts) if (a !== b) min = Math.min(min, Math.hypot(a[0] - b[0], a[1] - b[1]));
    expect(min).toBeGreaterThan(even / 5);
  });
});

describe('assignBySector', () => {
  it('hands each sector a run of neighbouring angles around the centre', () => {
    const items = [1, 2, 3, 4, 1, 2, 3, 4].map((sector, i) => ({ id: i, sector }));
    const ring = Array.from(
      { length: 8 },
      (_, i) => [Math.cos((i * Math.PI) / 4), Math.sin((i * Math.PI) / 4)] as [number, number],
    );
    const got = assignBySector(items, ring);
    const angle = (p: [number, number]) => Math.atan2(p[1], p[0]);
    for (const s of [1, 2, 3, 4]) {
      const [a, b] = items.filter((x) => x.sector === s).map((x) => angle(got.get(x)!));
      expect(Math.abs(a! - b!), `sector ${s}`).toBeCloseTo(Math.PI / 4, 6);
    }
  });
});
