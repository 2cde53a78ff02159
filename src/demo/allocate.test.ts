import { describe, it, expect } from 'vitest';
import { allocate } from './allocate.ts';
import { createRandom, fork } from '../geo/random.ts';
import { toSlug, districtSlug } from './slug.ts';
import { MAHALLA_NAMES } from './mahalla-names.ts';

describe('random', () => {
  it('repeats for a seed and differs between seeds and labels', () => {
    const draw = (r: ReturnType<typeof createRandom>) => Array.from({ length: 5 }, () => r.int(0, 1000));
    expect(draw(createRandom(7))).toEqual(draw(createRandom(7)));
    expect(draw(createRandom(7))).not.toEqual(draw(createRandom(8)));
    expect(draw(fork(7, 'a'))).not.toEqual(draw(fork(7, 'b')));
  });

  it('keeps int() inside its bounds', () => {
    const r = createRandom(1);
    const xs = Array.from({ length: 2000 }, () => r.int(4, 14));
    expect(Math.min(...xs)).toBe(4);
    expect(Math.max(...xs)).toBe(14);
  });
});

describe('allocate', () => {
  it('hits the total exactly within the bounds', () => {
    const r = createRandom(3);
    for (let k = 0; k < 50; k++) {
      const n = r.int(1, 20);
      const w = Array.from({ length: n }, () => r.float(0.1, 2));
      const hi = Array.from({ length: n }, () => r.int(1, 9));
      const total = r.int(
        0,
        hi.reduce((a, b) => a + b, 0),
      );
      const out = allocate(
        total,
        w,
        hi.map(() => 0),
        hi,
        r,
      );
      expect(out.reduce((a, b) => a + b, 0)).toBe(total);
      out.forEach((x, i) => expect(x).toBeLessThanOrEqual(hi[i]!));
      out.forEach((x) => expect(x).toBeGreaterThanOrEqual(0));
    }
  });

  it('refuses an impossible split', () => {
    expect(() => allocate(10, [1, 1], [0, 0], [3, 3], createRandom(1))).toThrow(RangeError);
    expect(() => allocate(1, [1, 1], [1, 1], [3, 3], createRandom(1))).toThrow(RangeError);
  });
});

describe('slugs and names', () => {
  it('makes ASCII slugs', () => {
    expect(districtSlug('Oʻzbekiston District')).toBe('ozbekiston');
    expect(districtSlug('Qoʻshtepa District')).toBe('qoshtepa');
    expect(districtSlug('Fergana City')).toBe('fergana-city');
    expect(toSlug('Yangi hayot')).toBe('yangi-hayot');
    expect(toSlug("Ma'rifat")).toBe('marifat');
    expect(() => toSlug('Қайнар')).toThrow();
  });

  it('has about 100 mahalla names with distinct slugs, typed with ʻ and ʼ only', () => {
    expect(MAHALLA_NAMES.length).toBeGreaterThanOrEqual(90);
    const slugs = MAHALLA_NAMES.map(toSlug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).not.toContain('qaynar');
    expect(MAHALLA_NAMES.join('')).not.toMatch(/['`\u2018\u2019]/);
    expect(MAHALLA_NAMES.some((n) => n.includes('\u02BB'))).toBe(true);
    expect(MAHALLA_NAMES.some((n) => n.includes('\u02BC'))).toBe(true);
    for (const n of MAHALLA_NAMES) expect(n, n).toMatch(/^[A-Za-z\u02BB\u02BC ]+$/);
  });
});
