/**
 * The PNG stage of the build: every link preview card (`og/<locale>/<place>.svg`) gets its
 * 1200×630 `<place>.png`, for the crawlers (Telegram, Facebook…) that run no script.
 * Charts get no PNG files: the reader's browser draws them from the chart's SVG on request
 * (src/client/png-download.ts). PNGs already in the cache are copied; the others are drawn
 * by a pool of worker threads and cached.
 */
import { Worker } from 'node:worker_threads';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR, cacheKey, cachedPath, pruneCache, storePng } from './cache.ts';
import { rendererId } from './render.ts';
import type { RenderJob, RenderReply } from './worker.ts';

/** What the stage draws: link preview cards. */
type PngKind = 'og';

/** Width (px) of each kind. The og card's SVG is 1200×630, so its PNG is too. */
const PNG_WIDTH: Record<PngKind, number> = { og: 1200 };

interface PngTask {
  kind: PngKind;
  /** Paths relative to the output folder. */
  svg: string;
  png: string;
}

export interface PngStageResult {
  /** PNG files written, and their bytes. */
  files: number;
  bytes: number;
  /** Drawn now, and copied from the cache. */
  rendered: number;
  cached: number;
  seconds: number;
  /** Per kind: files, drawn now, and milliseconds of drawing summed over workers. */
  byKind: Record<PngKind, { files: number; rendered: number; ms: number }>;
}

interface PngStageOptions {
  /** Cache folder (default `.build/cache/png/`). */
  cacheDir?: string;
  /** Worker threads (default 2: the build machine has two cores). */
  workers?: number;
}

/** Every `.svg` below `dir/sub`, as paths relative to `dir`, sorted. */
function svgsBelow(dir: string, sub: string): string[] {
  const base = join(dir, sub);
  if (!existsSync(base)) return [];
  const walk = (rel: string): string[] =>
    readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(rel, e.name)) : e.name.endsWith('.svg') ? [join(rel, e.name)] : [],
    );
  return walk(sub).sort();
}

/** What the stage makes in an output folder: one PNG per og card. */
export function pngTasks(dir: string): PngTask[] {
  return svgsBelow(dir, 'og').map((svg): PngTask => ({
    kind: 'og',
    svg,
    png: svg.replace(/\.svg$/, '.png'),
  }));
}

/**
 * Runs jobs on `size` worker threads; `onDone` gets each PNG as it arrives (so they are
 * not all held in memory). Rejects on the first failure, naming the file.
 */
function renderPool(
  size: number,
  jobs: readonly { svg: () => string; width: number; label: string }[],
  onDone: (i: number, png: Uint8Array, ms: number) => void,
): Promise<void> {
  if (jobs.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const workers = Array.from(
      { length: Math.min(size, jobs.length) },
      () => new Worker(new URL('./worker.ts', import.meta.url)),
    );
    let next = 0;
    let done = 0;
    let failed = false;
    const stop = () => Promise.all(workers.map((w) => w.terminate()));
    const fail = (e: Error) => {
      if (failed) return;
      failed = true;
      void stop().then(() => reject(e));
    };
    const feed = (w: Worker) => {
      if (next >= jobs.length) return;
      const id = next++;
      w.postMessage({ id, svg: jobs[id]!.svg(), width: jobs[id]!.width } satisfies RenderJob);
    };
    for (const w of workers) {
      w.on('message', (r: RenderReply) => {
        if (failed) return;
        if ('error' in r)
          return fail(new Error(`${jobs[r.id]!.label}: resvg could not render it: ${r.error}`));
        try {
          onDone(r.id, r.png, r.ms);
        } catch (e) {
          return fail(e as Error);
        }
        if (++done === jobs.length) void stop().then(() => resolve());
        else feed(w);
      });
      w.on('error', fail);
      feed(w);
    }
  });
}

/** Makes every PNG of an output folder (see the module comment); throws, naming the file, if one cannot be drawn. */
export async function runPngStage(dir: string, options: PngStageOptions = {}): Promise<PngStageResult> {
  const started = performance.now();
  const cacheDir = options.cacheDir ?? CACHE_DIR;
  const renderer = rendererId();
  const tasks = pngTasks(dir);
  const byKind: PngStageResult['byKind'] = { og: { files: 0, rendered: 0, ms: 0 } };
  const misses: { task: PngTask; key: string; size: number }[] = [];
  for (const task of tasks) {
    byKind[task.kind].files++;
    const svgFile = join(dir, task.svg);
    const key = cacheKey(readFileSync(svgFile, 'utf8'), PNG_WIDTH[task.kind], renderer);
    const hit = cachedPath(cacheDir, key);
    if (hit) copyFileSync(hit, join(dir, task.png));
    else misses.push({ task, key, size: statSync(svgFile).size * PNG_WIDTH[task.kind] });
  }
  // Largest first, so that neither worker is left with a long job at the end.
  misses.sort((a, b) => b.size - a.size || a.task.png.localeCompare(b.task.png));
  const jobs = misses.map(({ task }) => ({
    svg: () => readFileSync(join(dir, task.svg), 'utf8'),
    width: PNG_WIDTH[task.kind],
    label: task.svg,
  }));
  await renderPool(options.workers ?? 2, jobs, (i, png, ms) => {
    const { task, key } = misses[i]!;
    writeFileSync(join(dir, task.png), png);
    storePng(cacheDir, key, png);
    byKind[task.kind].rendered++;
    byKind[task.kind].ms += ms;
  });
  pruneCache(cacheDir);
  const bytes = tasks.reduce((sum, t) => sum + statSync(join(dir, t.png)).size, 0);
  return {
    files: tasks.length,
    bytes,
    rendered: misses.length,
    cached: tasks.length - misses.length,
    seconds: (performance.now() - started) / 1000,
    byKind,
  };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const perPng = (k: { rendered: number; ms: number }) =>
  k.rendered ? ` ${Math.round(k.ms / k.rendered)} ms each` : '';

/** The stage's one line in the build log. */
export function formatPngStage(r: PngStageResult): string {
  const k = r.byKind;
  return (
    `PNG: ${r.files} files, ${mb(r.bytes)} (link preview cards ${k.og.files}${perPng(k.og)}; chart PNGs are drawn in the browser); ` +
    `rendered ${r.rendered}, from cache ${r.cached}; ${r.seconds.toFixed(1)} s`
  );
}
