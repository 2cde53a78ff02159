/**
 * `node src/cli/map-budget.ts [--dir dist] [--port 4361]`: prints the map's budgets for a
 * built site: bytes of map data and map JavaScript (gzip and brotli, as served), and in
 * Chromium at 4× CPU slowdown the time until the map is interactive and a metric switch.
 * It measures and prints; it is not a timed test.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findBoundaries } from '../geo/source.ts';
import { scriptImports } from '../bench/measure.ts';

const { values: args } = parseArgs({
  options: { dir: { type: 'string' }, port: { type: 'string' }, runs: { type: 'string' } },
});
const dir = resolve(args.dir ?? 'dist');
const port = Number(args.port ?? 4361);
const runs = Number(args.runs ?? 3);
const base = `http://localhost:${port}`;
const PAGES = {
  region: 'fergana',
  district: 'fergana/ozbekiston',
  sector: 'fergana/ozbekiston/sector-2',
  mahalla: 'fergana/ozbekiston/qaynar',
} as const;

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
const br = (b: Buffer | string) =>
  brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const mark = (value: number, limit: number) => (value <= limit ? 'within' : 'OVER');

/** One line of the report. */
function line(what: string, bytes: Buffer | string, limit: number, measure: 'gzip' | 'brotli' = 'gzip') {
  const g = gz(bytes),
    b = br(bytes);
  const m = measure === 'gzip' ? g : b;
  console.log(
    `${what.padEnd(46)} ${kib(Buffer.byteLength(bytes)).padStart(10)} raw ${kib(g).padStart(9)} gzip ${kib(b).padStart(9)} br   ${mark(m, limit)} ${kib(limit)} (${measure})`,
  );
}

/** The map data file a page reads (a mahalla page reads its sector's). */
function dataFile(path: string): string {
  const html = readFileSync(join(dir, 'uz', path, 'index.html'), 'utf8');
  const src = /data-map-src="([^"]+)"/.exec(html)?.[1];
  if (!src) throw new Error(`/uz/${path}/ has no map: were boundaries installed when it was built?`);
  return join(dir, src);
}

/** The map's code (the `map.*.js` chunk src/client/map-loader.ts imports on demand) and every chunk it imports. */
function mapScripts(): string[] {
  const entry = readdirSync(join(dir, '_astro'))
    .filter((f) => /^map\.[\w-]+\.js$/.test(f))
    .map((f) => `/_astro/${f}`);
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    for (const rel of scriptImports(readFileSync(join(dir, url), 'utf8'))) visit(`/_astro/${rel}`);
  };
  entry.forEach(visit);
  return [...seen];
}

console.log(`Map budgets for ${dir}\n\nBytes`);
for (const [kind, path] of Object.entries(PAGES))
  line(
    `map data, ${kind} page (${dataFile(path).slice(dir.length)})`,
    readFileSync(dataFile(path)),
    30 * 1024,
  );
const region = JSON.parse(readFileSync(dataFile(PAGES.region), 'utf8')) as { topology: unknown };
line('whole-region topology (Fergana, 19 units)', JSON.stringify(region.topology), 60 * 1024);
const found = await findBoundaries();
if (found.ok)
  line(
    `whole-country ADM2 topology (${found.topology.objects.units.geometries.length} units)`,
    JSON.stringify(found.topology),
    150 * 1024,
  );
else console.log(`whole-country topology: no boundaries found (${found.tried.join('; ')})`);
const scripts = mapScripts();
const js = Buffer.concat(scripts.map((s) => readFileSync(join(dir, s))));
const jsBr = scripts.reduce((a, s) => a + br(readFileSync(join(dir, s))), 0);
console.log(
  `${'map JavaScript (' + scripts.length + ' file(s), Leaflet + topojson-client + ours)'.padEnd(46)} ${kib(js.length).padStart(10)} raw ${kib(scripts.reduce((a, s) => a + gz(readFileSync(join(dir, s))), 0)).padStart(9)} gzip ${kib(jsBr).padStart(9)} br   ${mark(jsBr, 55 * 1024)} 55.0 KiB (brotli)`,
);
if (!existsSync(dir)) process.exit(1);
const server = spawn(process.execPath, ['src/cli/serve.ts', '--dir', dir, '--port', String(port)], {
  stdio: 'ignore',
});
try {
  for (
    let i = 0;
    i < 100 &&
    !(await fetch(`${base}/uz/`).then(
      (r) => r.ok,
      () => false,
    ));
    i++
  )
    await new Promise((r) => setTimeout(r, 100));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' });
  console.log(`\nChromium, 4× CPU slowdown, localhost; median of ${runs} runs`);
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const [kind, path] of Object.entries(PAGES)) {
    const ready: number[] = [],
      switched: number[] = [];
    for (let r = 0; r < runs; r++) {
      const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`${base}/uz/${path}/`);
      // Leaflet is built when the map nears the viewport: measured from navigation with the map in view.
      await page.locator('figure[data-map-src]').scrollIntoViewIfNeeded();
      await page.locator('figure[data-ready="true"]').waitFor({ timeout: 30_000 });
      ready.push(await page.evaluate(() => performance.getEntriesByName('map-ready')[0]!.startTime));
      switched.push(
        await page.evaluate(async () => {
          const select = document.querySelector<HTMLSelectElement>('select.map-metric')!;
          const t0 = performance.now();
          select.value = 'population';
          select.dispatchEvent(new Event('change'));
          // Until the next frame is painted: the re-colour the reader sees.
          await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
          return performance.now() - t0;
        }),
      );
      await context.close();
    }
    console.log(
      `${kind.padEnd(9)} page: map interactive ${median(ready).toFixed(0).padStart(5)} ms after navigation (${mark(median(ready), 2500)} 2500 ms); metric switch re-colours in ${median(switched).toFixed(0).padStart(4)} ms (${mark(median(switched), 100)} 100 ms)`,
    );
  }
  await browser.close();
} finally {
  server.kill();
}
