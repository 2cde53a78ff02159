import { describe, it, expect } from 'vitest';
import { decodeBytes } from './decode.ts';
import { encode1251, utf8 } from './fixtures/sheets.ts';

describe('decodeBytes', () => {
  const text = 'place_id;name_uz_cyrl\r\nd.m1;Бир\r\n';

  it('reads UTF-8 with the byte-order mark Excel writes, dropping the mark', () => {
    expect(decodeBytes(utf8(text, true))).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads UTF-8 without a byte-order mark', () => {
    expect(decodeBytes(utf8(text))).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads bytes that are not UTF-8 as Windows-1251', () => {
    const bytes = encode1251(text);
    expect(bytes.length).toBe(text.length); // one byte per letter: not UTF-8
    expect(decodeBytes(bytes)).toEqual({ text, encoding: 'windows-1251' });
  });

  it('reads UTF-16 with its byte-order mark (Excel "Unicode text")', () => {
    const body = Buffer.from(text, 'utf16le');
    const bytes = new Uint8Array([0xff, 0xfe, ...body]);
    expect(decodeBytes(bytes)).toEqual({ text, encoding: 'utf-16le' });
  });
});
