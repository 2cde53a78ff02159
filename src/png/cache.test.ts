import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, utimesSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheKey, cachedPath, pruneCache, storePng } from './cache.ts';

describe('cacheKey', () => {
  it('is the same for the same SVG, width and renderer', () => {
    expect(cacheKey('<svg/>', 1200, 'r1')).toBe(cacheKey('<svg/>', 1200, 'r1'));
    expect(cacheKey('<svg/>', 1200, 'r1')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with the SVG text, the width or the renderer (resvg version, options, fonts)', () => {
    const base = cacheKey('<svg/>', 1200, 'r1');
    expect(cacheKey('<svg />', 1200, 'r1')).not.toBe(base);
    expect(cacheKey('<svg/>', 2400, 'r1')).not.toBe(base);
    expect(cacheKey('<svg/>', 1200, 'r2')).not.toBe(base);
  });

  it('cannot be confused by moving text between the parts', () => {
    expect(cacheKey('0<svg/>', 120, 'r')).not.toBe(cacheKey('<svg/>', 1200, 'r'));
  });
});

describe('storePng and cachedPath', () => {
  it('find a stored PNG by its key, and nothing for another key', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'png-cache-')), 'cache');
    expect(cachedPath(dir, 'a'.repeat(64))).toBeUndefined();
    storePng(dir, 'a'.repeat(64), new Uint8Array([1, 2, 3]));
    expect([...readFileSync(cachedPath(dir, 'a'.repeat(64))!)]).toEqual([1, 2, 3]);
    expect(cachedPath(dir, 'b'.repeat(64))).toBeUndefined();
  });
});

describe('pruneCache', () => {
  it('removes entries unused for longer than the limit and keeps the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'png-cache-'));
    writeFileSync(join(dir, 'old.png'), 'x');
    writeFileSync(join(dir, 'new.png'), 'x');
    const longAgo = new Date(Date.now() - 40 * 86_400_000);
    utimesSync(join(dir, 'old.png'), longAgo, longAgo);
    expect(pruneCache(dir, 30)).toBe(1);
    expect(existsSync(join(dir, 'old.png'))).toBe(false);
    expect(existsSync(join(dir, 'new.png'))).toBe(true);
  });
});
