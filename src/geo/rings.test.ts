import { describe, it, expect } from 'vitest';
import type { Polygon } from 'geojson';
import { ringArea, rewindD3, rewindRfc, boxWithAspect, mercator, contains, bboxOf } from './rings.ts';
import { rect } from './fixtures.ts';

const withHole: Polygon = {
  type: 'Polygon',
  coordinates: [rect(0, 0, 10, 10).coordinates[0]!, rect(4, 4, 6, 6).coordinates[0]!.toReversed()],
};

describe('rewindD3 and rewindRfc', () => {
  it('turns exterior rings clockwise for d3 and counter-clockwise for RFC 7946, holes the other way', () => {
    const d3 = rewindD3(withHole);
    expect(ringArea(d3.coordinates[0]!)).toBeLessThan(0);
    expect(ringArea(d3.coordinates[1]!)).toBeGreaterThan(0);
    const rfc = rewindRfc(d3);
    expect(ringArea(rfc.coordinates[0]!)).toBeGreaterThan(0);
    expect(ringArea(rfc.coordinates[1]!)).toBeLessThan(0);
  });
});

describe('contains', () => {
  it('finds points inside a polygon but not in its hole', () => {
    expect(contains(withHole, [1, 1])).toBe(true);
    expect(contains(withHole, [5, 5])).toBe(false);
    expect(contains(withHole, [11, 5])).toBe(false);
  });
});

describe('boxWithAspect', () => {
  it('widens a flat box in Mercator space to the least height/width allowed, keeping its centre', () => {
    const { box, aspect } = boxWithAspect(bboxOf([rect(70, 40, 73, 40.5)]), 0.5, 1);
    expect(aspect).toBeCloseTo(0.5, 6);
    const [w, s, e, n] = box;
    expect((mercator.y(n) - mercator.y(s)) / (mercator.x(e) - mercator.x(w))).toBeCloseTo(0.5, 6);
    expect((mercator.y(n) + mercator.y(s)) / 2).toBeCloseTo((mercator.y(40.5) + mercator.y(40)) / 2, 9);
    expect(w).toBeLessThan(70);
    expect(e).toBeGreaterThan(73);
  });

  it('inverts Web Mercator exactly', () => {
    expect(mercator.lat(mercator.y(40.3831))).toBeCloseTo(40.3831, 9);
    expect(mercator.lon(mercator.x(71.7843))).toBeCloseTo(71.7843, 9);
  });
});
