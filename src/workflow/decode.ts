/**
 * Turns the bytes of a CSV file into text. Excel saves "CSV UTF-8" with a byte-order
 * mark, plain "CSV" in the Windows code page (Cyrillic: Windows-1251), and "Unicode
 * text" as UTF-16 with a byte-order mark; LibreOffice asks, and usually says UTF-8.
 */

/** Which encoding the bytes were read in. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

/** The text of a file and the encoding it was found to be in. */
export interface Decoded {
  /** The text, without a byte-order mark. */
  text: string;
  /** The encoding found. */
  encoding: Encoding;
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** Decodes `bytes`: UTF-16 by its byte-order mark, UTF-8 when valid (mark or not), else Windows-1251. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, 0xff, 0xfe))
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, 0xfe, 0xff))
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const body = startsWith(bytes, 0xef, 0xbb, 0xbf) ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: a Cyrillic Windows saves CSV in its ANSI code page, which is 1251.
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  }
}
