import { describe, it, expect } from 'vitest';
import { crc32, inflateSync } from 'node:zlib';
import { encodePng } from './encode.ts';
import { pngSize, PNG_SIGNATURE } from './png-size.ts';

/** The chunks of a PNG, each with whether its CRC is right. */
function chunks(png: Buffer): { type: string; data: Buffer; crcOk: boolean }[] {
  const out = [];
  for (let o = 8; o < png.length;) {
    const length = png.readUInt32BE(o);
    const type = png.toString('latin1', o + 4, o + 8);
    const data = png.subarray(o + 8, o + 8 + length);
    out.push({
      type,
      data,
      crcOk: png.readUInt32BE(o + 8 + length) === crc32(png.subarray(o + 4, o + 8 + length)),
    });
    o += 12 + length;
  }
  return out;
}

describe('encodePng', () => {
  // 3×2 opaque pixels: red, green, blue / white, black, grey.
  const rgba = new Uint8Array([
    255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255, 0, 0, 0, 255, 128, 128, 128, 255,
  ]);

  it('writes a PNG whose chunks are IHDR, IDAT, IEND with right CRCs, and whose rows hold the pixels as RGB', () => {
    const png = encodePng(rgba, 3, 2);
    expect([...png.subarray(0, 8)]).toEqual([...PNG_SIGNATURE]);
    expect(pngSize(png)).toEqual({ width: 3, height: 2 });
    const cs = chunks(png);
    expect(cs.map((c) => [c.type, c.crcOk])).toEqual([
      ['IHDR', true],
      ['IDAT', true],
      ['IEND', true],
    ]);
    expect([...cs[0]!.data.subarray(8)]).toEqual([8, 2, 0, 0, 0]);
    expect([...inflateSync(cs[1]!.data)]).toEqual([
      0, 255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 255, 255, 255, 0, 0, 0, 128, 128, 128,
    ]);
  });

  it('refuses transparent pixels and a pixel count that does not match the size', () => {
    const transparent = rgba.slice();
    transparent[7] = 0;
    expect(() => encodePng(transparent, 3, 2)).toThrow(/transparent/);
    expect(() => encodePng(rgba, 2, 2)).toThrow(/for 2×2/);
  });
});
