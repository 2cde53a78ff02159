import { describe, it, expect } from 'vitest';
import { projectAreas, SVG_WIDTH } from './svg.ts';
import { rect } from './fixtures.ts';
import { mercator } from './rings.ts';

describe('projectAreas', () => {
  it('draws each area inside the frame, fitted to the box Leaflet will fit (golden, rounded)', () => {
    const p = projectAreas(
      new Map([
        ['a', rect(71, 40, 71.1, 40.1)],
        ['b', rect(71.1, 40, 71.2, 40.05)],
      ]),
    );
    expect(p.width).toBe(SVG_WIDTH);
    expect(p.height).toBe(427);
    // A margin of 2 % all round; the frame is exactly the box in Web Mercator: same scale both ways, as Leaflet draws it.
    const [w, s, e, n] = p.box;
    const sx = p.width / (mercator.x(e) - mercator.x(w));
    const sy = p.height / (mercator.y(n) - mercator.y(s));
    expect(sx / sy).toBeCloseTo(1, 2);
    expect(p.paths.get('a')).toBe('M12.3,414.5L12.3,12.5L320,12.5L320,414.5Z');
    expect(p.paths.get('b')).toBe('M320,414.5L320,213.6L627.7,213.6L627.7,414.5Z');
  });

  it('draws a polygon in RFC 7946 winding as the area, not the globe minus it', () => {
    const d = projectAreas(new Map([['a', rect(71, 40, 71.1, 40.1)]])).paths.get('a')!;
    const xs = [...d.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => Number(m[1]));
    expect(Math.max(...xs)).toBeLessThanOrEqual(SVG_WIDTH);
    expect(xs).toHaveLength(4);
  });
});
