/**
 * The PNG cache: a folder of `<sha256>.png`, keyed by everything that decides the bytes,
 * so an unchanged chart is copied instead of drawn again. Writes are atomic (temp file,
 * then rename), so two builds sharing the folder never read half a file.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The default cache folder (git-ignored through `.build/`). */
export const CACHE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../.build/cache/png');

/** Entries not used for this long are removed after a stage run, so the folder cannot grow forever. */
const MAX_AGE_DAYS = 30;

/** The cache key of one PNG: SHA-256 of the SVG text, the width and the renderer id (version, options, fonts). */
export function cacheKey(svg: string, width: number, renderer: string): string {
  return createHash('sha256')
    .update(renderer)
    .update('\0')
    .update(String(width))
    .update('\0')
    .update(svg)
    .digest('hex');
}

/** Path of a key's file, if it is cached; marks it as used. */
export function cachedPath(dir: string, key: string): string | undefined {
  const path = join(dir, `${key}.png`);
  if (!existsSync(path)) return undefined;
  const now = new Date();
  utimesSync(path, now, now);
  return path;
}

let tmpCount = 0;

/** Stores a PNG under its key. */
export function storePng(dir: string, key: string, png: Uint8Array): void {
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${key}.${process.pid}.${tmpCount++}.tmp`);
  writeFileSync(tmp, png);
  renameSync(tmp, join(dir, `${key}.png`));
}

/** Removes entries older than `maxAgeDays` (and stale temp files); returns how many. */
export function pruneCache(dir: string, maxAgeDays = MAX_AGE_DAYS, now = Date.now()): number {
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (now - statSync(path).mtimeMs > maxAgeDays * 86_400_000) {
      rmSync(path, { force: true });
      removed++;
    }
  }
  return removed;
}
