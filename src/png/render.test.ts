import { describe, it, expect } from 'vitest';
import { renderPng, rendererId, FONT_FILES } from './render.ts';
import { pngSize, PNG_SIGNATURE } from './png-size.ts';

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="120"><rect width="100%" height="100%" fill="#fff"/><text x="10" y="60" font-family="sans-serif">Oʻzbekiston ўқғҳ</text></svg>';

describe('renderPng', () => {
  it('returns a PNG of the width asked for, the height following the SVG', () => {
    for (const width of [1200, 2400]) {
      const png = renderPng(SVG, width);
      expect([...png.subarray(0, 8)]).toEqual([...PNG_SIGNATURE]);
      expect(pngSize(png)).toEqual({ width, height: (120 * width) / 640 });
    }
  });

  it('gives the same bytes for the same SVG (fonts are the package’s, not the system’s)', () => {
    expect(renderPng(SVG, 1200).equals(renderPng(SVG, 1200))).toBe(true);
  });

  it('throws on SVG that is not XML, such as an HTML entity', () => {
    expect(() =>
      renderPng(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>a&nbsp;b</text></svg>',
        100,
      ),
    ).toThrow(/nbsp/);
  });
});

describe('rendererId', () => {
  it('names the resvg version and a hash of each font file', () => {
    expect(FONT_FILES.map((f) => f.split('/').pop())).toEqual(['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']);
    expect(rendererId()).toMatch(/^resvg-js@\d+\.\d+\.\d+ .* fonts:[0-9a-f]{16},[0-9a-f]{16}$/);
  });
});

describe('pngSize', () => {
  it('reads width and height from the IHDR chunk', () => {
    const bytes = new Uint8Array(24);
    bytes.set(PNG_SIGNATURE);
    bytes.set([0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x04, 0xb0, 0, 0, 0x02, 0x76], 8);
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
  });

  it('refuses bytes that are not a PNG', () => {
    expect(() => pngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toThrow(
      /not a PNG/,
    );
  });
});
