import { describe, it, expect } from 'vitest';
import { crc32, inflateRawSync } from 'node:zlib';
import { Refusal } from './refusal.ts';
import { dosTime, entryBytes, withFixedTimes, zipEntries } from './zip.ts';
import { part, zeros, zipBomb, zipOf } from './fixtures/hostile-files.ts';

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof Refusal) return `${e.rule}: ${e.message}`;
    throw e;
  }
  return 'no refusal';
};

describe('zipEntries', () => {
  it('lists the parts with their sizes, and entryBytes unpacks them', () => {
    const zip = zipOf([part('a.xml', '<a/>'), part('b/c.xml', 'x'.repeat(5000))]);
    const entries = zipEntries(zip);
    expect(entries.map((e) => [e.name, e.size])).toEqual([
      ['a.xml', 4],
      ['b/c.xml', 5000],
    ]);
    expect(entryBytes(zip, entries[1]!).toString()).toBe('x'.repeat(5000));
  });

  it('refuses, before unpacking anything, an archive whose parts add up to more than the limit', () => {
    expect(refusal(() => zipEntries(zipBomb(200)))).toMatch(
      /^workbook-size: the workbook unpacks to more than 100 MB \(its parts say 200 MB\)/,
    );
    expect(
      refusal(() => zipEntries(zipOf([part('a', 'x'), part('b', 'y')]), { entries: 1, unpackedBytes: 1e6 })),
    ).toMatch(/^workbook-size: the workbook has 2 parts/);
  });

  it('refuses a file cut off before its zip directory', () => {
    const zip = zipOf([part('a.xml', '<a/>')]);
    expect(refusal(() => zipEntries(zip.subarray(0, zip.length - 30)))).toMatch(/^xlsx-damaged: .*cut off/);
  });
});

describe('entryBytes', () => {
  it('stops unpacking a part at the size its directory states, however much more it holds', () => {
    const zip = zipBomb(64, 1000); // 64 MiB of zeros stated as 1000 bytes
    const sheet = zipEntries(zip).find((e) => e.name.endsWith('sheet1.xml'))!;
    expect(sheet.size).toBe(1000);
    expect(refusal(() => entryBytes(zip, sheet))).toMatch(
      /^workbook-size: part xl\/worksheets\/sheet1.xml unpacks to more than the 1000 bytes its zip directory states/,
    );
  });

  it('refuses a part whose size differs from the size stated', () => {
    const raw = Buffer.from('hello');
    const short = zipOf([
      { name: 'a', data: Buffer.from(raw), size: 5, crc: crc32(raw), stored: true, declared: 9 },
    ]);
    expect(refusal(() => entryBytes(short, zipEntries(short)[0]!))).toMatch(/^xlsx-damaged: .*wrong size/);
  });

  it('is given deflate streams that really are that large (the test bomb is honest)', () => {
    expect(inflateRawSync(zeros(3)).length).toBe(3 * 2 ** 20);
  });
});

describe('withFixedTimes', () => {
  it("sets every part's time in the local headers and the directory, leaving the rest as it was", () => {
    const zip = zipOf([part('a.xml', '<a/>'), part('b.xml', '<b/>')]);
    const fixed = Buffer.from(withFixedTimes(zip, new Date('2021-01-04T00:00:00Z')));
    const { time, date } = dosTime(new Date('2021-01-04T00:00:00Z'));
    expect(date).toBe(((2021 - 1980) << 9) | (1 << 5) | 4);
    for (const e of zipEntries(fixed)) {
      expect([fixed.readUInt16LE(e.localOffset + 10), fixed.readUInt16LE(e.localOffset + 12)]).toEqual([
        time,
        date,
      ]);
      expect([fixed.readUInt16LE(e.centralOffset + 12), fixed.readUInt16LE(e.centralOffset + 14)]).toEqual([
        time,
        date,
      ]);
      expect(entryBytes(fixed, e).toString()).toBe(entryBytes(zip, e).toString());
    }
  });
});
