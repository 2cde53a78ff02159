/**
 * A PNG encoder for rendered charts and cards: opaque RGB, no row filter, deflate level 6
 * (Node's zlib). On these flat-coloured, hatched images that is about a third smaller and
 * faster than resvg's own encoder, which tries filters that suit photographs.
 */
import { crc32, deflateSync } from 'node:zlib';
import { PNG_SIGNATURE } from './png-size.ts';

/** What decides the encoder's bytes besides the pixels, for the cache key. */
export const ENCODER_ID = `rgb-filter0-deflate6 zlib@${process.versions.zlib}`;

/** One chunk: length, type, data, CRC of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * RGBA pixels (as resvg renders them: premultiplied, which equals straight alpha when
 * opaque) as an RGB PNG. Throws on a transparent pixel: every image here is drawn on white.
 */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  if (rgba.length !== width * height * 4)
    throw new Error(`encodePng: ${rgba.length} bytes for ${width}×${height} pixels`);
  const stride = width * 3 + 1;
  const raw = new Uint8Array(stride * height);
  let alpha = 255;
  for (let y = 0, s = 0; y < height; y++) {
    raw[y * stride] = 0; // filter type 0 (none)
    for (let o = y * stride + 1, end = o + width * 3; o < end; o += 3, s += 4) {
      raw[o] = rgba[s]!;
      raw[o + 1] = rgba[s + 1]!;
      raw[o + 2] = rgba[s + 2]!;
      alpha &= rgba[s + 3]!;
    }
  }
  if (alpha !== 255) throw new Error('encodePng: the image has transparent pixels');
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, deflate, filter method 0, not interlaced
  return Buffer.concat([
    Buffer.from(PNG_SIGNATURE),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 6 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
