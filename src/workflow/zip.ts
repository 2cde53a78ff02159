/**
 * The zip container of an .xlsx. Reading checks every size in the central directory
 * before anything is inflated, and inflates each part with its declared size as a hard
 * cap, so neither a zip bomb nor a directory that lies about sizes can exhaust memory.
 * Writing helpers stamp every part with one time, so a workbook is the same bytes twice.
 */
import { inflateRawSync } from 'node:zlib';
import { LIMITS, Refusal, mb } from './refusal.ts';

/** One part of the archive, as its central directory describes it. */
export interface ZipEntry {
  /** Path inside the archive, e.g. `xl/workbook.xml`. */
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** Size once inflated, as declared. */
  size: number;
  /** Offset of the part's local header. */
  localOffset: number;
  /** Offset of its central directory record. */
  centralOffset: number;
}

const END = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const buf = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const damaged = (why: string) =>
  new Refusal(
    'xlsx-damaged',
    `the workbook is damaged (${why}): open it in Excel, save it again and import the new file`,
  );

/** Offset of the end-of-central-directory record, searched back over the longest comment allowed. */
function findEnd(b: Buffer): number {
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--)
    if (b.readUInt32LE(i) === END) return i;
  return -1;
}

/** The parts listed in the central directory; refuses archives over the limits before reading any part. */
export function zipEntries(
  bytes: Uint8Array,
  limits: { entries: number; unpackedBytes: number } = LIMITS,
): ZipEntry[] {
  const b = buf(bytes);
  const end = findEnd(b);
  if (end < 0) throw damaged('no zip directory at its end: was it cut off while copying?');
  const count = b.readUInt16LE(end + 10);
  const dirSize = b.readUInt32LE(end + 12);
  const dirOffset = b.readUInt32LE(end + 16);
  if (count === 0xffff || dirOffset === 0xffffffff)
    throw new Refusal(
      'workbook-size',
      'the workbook is a ZIP64 archive, which only very large files need: is it the right file?',
    );
  if (count > limits.entries)
    throw new Refusal(
      'workbook-size',
      `the workbook has ${count} parts, more than the ${limits.entries} a template can have: is it the right file?`,
    );
  if (dirOffset + dirSize > end) throw damaged('its zip directory points outside the file');
  const entries: ZipEntry[] = [];
  let total = 0;
  for (let p = dirOffset, i = 0; i < count; i++) {
    if (p + 46 > end || b.readUInt32LE(p) !== CENTRAL) throw damaged('a zip directory record is missing');
    const nameLength = b.readUInt16LE(p + 28);
    const entry: ZipEntry = {
      name: b.toString('utf8', p + 46, p + 46 + nameLength),
      method: b.readUInt16LE(p + 10),
      compressedSize: b.readUInt32LE(p + 20),
      size: b.readUInt32LE(p + 24),
      localOffset: b.readUInt32LE(p + 42),
      centralOffset: p,
    };
    total += entry.size;
    if (entry.size === 0xffffffff || total > limits.unpackedBytes)
      throw new Refusal(
        'workbook-size',
        `the workbook unpacks to more than ${mb(limits.unpackedBytes)} (its parts say ${entry.size === 0xffffffff ? 'over 4 GB' : mb(total)}), more than a template can hold: is it the right file?`,
      );
    entries.push(entry);
    p += 46 + nameLength + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  return entries;
}

/** The inflated bytes of one part, never more than its declared size. */
export function entryBytes(bytes: Uint8Array, e: ZipEntry): Buffer {
  const b = buf(bytes);
  const p = e.localOffset;
  if (p + 30 > b.length || b.readUInt32LE(p) !== LOCAL) throw damaged(`part ${e.name} is missing`);
  const start = p + 30 + b.readUInt16LE(p + 26) + b.readUInt16LE(p + 28);
  const data = b.subarray(start, start + e.compressedSize);
  if (data.length !== e.compressedSize) throw damaged(`part ${e.name} is cut off`);
  if (e.method === 0) {
    if (data.length !== e.size) throw damaged(`part ${e.name} has the wrong size`);
    return data;
  }
  if (e.method !== 8)
    throw damaged(`part ${e.name} uses compression method ${e.method}, which Excel does not write`);
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw new Refusal(
        'workbook-size',
        `part ${e.name} unpacks to more than the ${e.size} bytes its zip directory states: the file is damaged or made to exhaust memory`,
      );
    throw damaged(`part ${e.name} cannot be unpacked`);
  }
  if (out.length !== e.size)
    throw damaged(`part ${e.name} unpacks to ${out.length} bytes, not the ${e.size} stated`);
  return out;
}

/** MS-DOS time and date fields (2-second steps) of a moment, in UTC. */
export function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

/** A copy of the archive with every part's modification time set to `when` (zip writers stamp "now"). */
export function withFixedTimes(bytes: Uint8Array, when: Date): Uint8Array {
  const b = Buffer.from(bytes);
  const { time, date } = dosTime(when);
  for (const e of zipEntries(b, { entries: Infinity, unpackedBytes: Infinity })) {
    b.writeUInt16LE(time, e.centralOffset + 12);
    b.writeUInt16LE(date, e.centralOffset + 14);
    b.writeUInt16LE(time, e.localOffset + 10);
    b.writeUInt16LE(date, e.localOffset + 12);
  }
  return b;
}
