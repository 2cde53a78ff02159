/**
 * `npm run bench [-- --region] [-- --scale 0.25] [-- --seed N] [-- --timeout 900] [-- --max-rss-mb 14000] [-- --no-build] [-- --no-lighthouse] [-- --no-images] [-- --cold-images]`:
 * generates the country-scale illustrative dataset (or takes the Fergana demo with --region),
 * builds it with the boundaries, measures build time, peak memory and what sample pages
 * weigh, prints a table and the budget lines, and writes `bench/results.json`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BENCH_SEED, generateCountry } from '../bench/country.ts';
import { readReference } from '../demo/reference.ts';
import { writeDemo } from '../demo/write.ts';
import { loadDataset } from '../model/load.ts';
import { formatProblem } from '../model/problems.ts';
import type { PlaceEntry } from '../model/dataset.ts';
import {
  distTotals,
  findEmbed,
  maxRssFromTimeV,
  pageWeight,
  treePeak,
  type PageWeight,
} from '../bench/measure.ts';
import {
  atMost,
  formatBudget,
  pageBudget,
  BUILD_SECONDS,
  PEAK_RSS_MB,
  type BudgetLine,
} from '../bench/budgets.ts';
import { lighthouseBudgets, runLighthouse, type LighthouseResult } from '../bench/lighthouse.ts';
import { formatPngStage, runPngStage, type PngStageResult } from '../png/stage.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: args } = parseArgs({
  options: {
    region: { type: 'boolean' },
    'no-lighthouse': { type: 'boolean' },
    'no-images': { type: 'boolean' },
    'cold-images': { type: 'boolean' },
    scale: { type: 'string' },
    seed: { type: 'string' },
    timeout: { type: 'string' },
    'max-rss-mb': { type: 'string' },
    'no-build': { type: 'boolean' },
  },
});
const mode = args.region ? 'region' : 'country';
const scale = Number(args.scale ?? 1);
const seed = Number(args.seed ?? BENCH_SEED);
const timeoutS = Number(args.timeout ?? 900);
// Past this the build is stopped, so it cannot push the machine into the OOM killer.
const maxRssMb = Number(args['max-rss-mb'] ?? 14_000);
const dataDir = args.region ? join(root, 'data') : join(root, '.build/bench/data');
const distDir = join(root, '.build/bench', args.region ? 'region-dist' : 'dist');
const boundaries =
  process.env.BOUNDARIES_SRC ?? resolve(root, '../shared/geo/geoBoundaries-UZB-ADM2.geojson');
const secs = (t0: number) => (performance.now() - t0) / 1000;

/** Writes the seeded country dataset and copies the hand-written catalogue files next to it. */
function generate(): number {
  const t0 = performance.now();
  const files = generateCountry({
    seed,
    scale,
    reference: readReference(resolve(root, process.env.REFERENCE_DIR ?? '../shared/reference')),
  });
  rmSync(dataDir, { recursive: true, force: true });
  writeDemo(dataDir, files);
  for (const f of ['metrics.json', 'sources.json', 'site.json'])
    copyFileSync(join(root, 'data', f), join(dataDir, f));
  return secs(t0);
}

interface BuildRun {
  seconds: number;
  peakRssMb: number | undefined;
  /** Largest VmHWM seen by polling the build's process tree every 500 ms. */
  polledMb: number;
  completed: boolean;
  exit: string;
}

/** Runs `astro build` niced, under GNU time if present (else polling VmHWM), killed after the timeout. */
function build(): Promise<BuildRun> {
  rmSync(distDir, { recursive: true, force: true });
  const timeV = existsSync('/usr/bin/time');
  const astro = [process.execPath, join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'];
  const cmd = timeV ? ['/usr/bin/time', '-v', 'nice', '-n', '10', ...astro] : ['nice', '-n', '10', ...astro];
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    OUT_DIR: distDir,
    BOUNDARIES_SRC: boundaries,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const t0 = performance.now();
  const child = spawn(cmd[0]!, cmd.slice(1), {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let stderr = '';
  let polled = 0;
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  let timedOut = false;
  let tooBig = false;
  const poll = setInterval(() => {
    polled = Math.max(polled, treePeak(child.pid!));
    if (polled > maxRssMb && !tooBig) ((tooBig = true), process.kill(-child.pid!, 'SIGKILL'));
  }, 500);
  const timer = setTimeout(() => ((timedOut = true), process.kill(-child.pid!, 'SIGKILL')), timeoutS * 1000);
  return new Promise((done) =>
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      clearInterval(poll);
      const seconds = secs(t0);
      const shown = stderr
        .split('\n')
        .filter((l) => !/^\s+[A-Z][^:]*: /.test(l) && !l.startsWith('\tCommand being timed'))
        .join('\n')
        .trim();
      if (code !== 0 && shown) console.error(shown.slice(-4000));
      const rss = timeV ? maxRssFromTimeV(stderr) : polled || undefined;
      done({
        seconds,
        peakRssMb: rss,
        polledMb: polled,
        completed: code === 0 && !timedOut && !tooBig,
        exit: timedOut
          ? `killed after ${timeoutS} s`
          : tooBig
            ? `killed at ${maxRssMb} MiB RSS`
            : `exit ${code ?? signal}`,
      });
    }),
  );
}

/** Sample pages: home, the Fergana (or first) region, its largest district, that district's largest sector, a mahalla in it. */
function samples(places: readonly PlaceEntry[]): Record<string, string> {
  const kids = (id: string) => places.filter((p) => 'parent' in p && p.parent === id);
  const region =
    places.find((p) => p.kind === 'region' && p.iso === 'UZ-FA') ?? places.find((p) => p.kind === 'region')!;
  const size = (d: PlaceEntry) => kids(d.id).filter((p) => p.kind === 'mahalla').length;
  const district = kids(region.id)
    .filter((p) => p.kind === 'district' || p.kind === 'city')
    .sort((a, b) => size(b) - size(a))[0]!;
  const inSector = (n: number) => kids(district.id).filter((p) => p.kind === 'mahalla' && p.sector === n);
  const sector = [1, 2, 3, 4].sort((a, b) => inSector(b).length - inSector(a).length)[0]!;
  const mahalla = inSector(sector)[0]!;
  const base = `/uz/${region.slug}/`;
  return {
    home: '/uz/',
    region: base,
    district: `${base}${district.slug}/`,
    sector: `${base}${district.slug}/sector-${sector}/`,
    mahalla: `${base}${district.slug}/${mahalla.slug}/`,
  };
}

/** High and critical advisories of the production dependencies, or why they are unavailable. */
function audit(): { high: number; critical: number } | string {
  const r = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  try {
    const v = (JSON.parse(r.stdout) as { metadata?: { vulnerabilities?: Record<string, number> } }).metadata
      ?.vulnerabilities;
    return v
      ? { high: v.high ?? 0, critical: v.critical ?? 0 }
      : 'unavailable (no metadata in npm audit output)';
  } catch {
    return `unavailable (${(r.error?.message ?? r.stderr.trim().split('\n').at(-1) ?? `exit ${r.status}`).slice(0, 120)})`;
  }
}

/** Lighthouse on each sample page, with the build served as a static host would (headers, compression). */
async function lighthouse(pages: Record<string, string>): Promise<Record<string, LighthouseResult | string>> {
  const port = 4391;
  const server = spawn(
    process.execPath,
    [join(root, 'src/cli/serve.ts'), '--dir', distDir, '--port', String(port)],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise((ready) => server.stdout!.once('data', ready));
  const out: Record<string, LighthouseResult | string> = {};
  try {
    for (const [kind, path] of Object.entries(pages)) {
      out[kind] = runLighthouse(
        root,
        `http://localhost:${port}${path}`,
        join(root, `bench/lighthouse-${kind}.json`),
      );
      const r = out[kind];
      console.log(
        `lighthouse ${kind}: ${typeof r === 'string' ? r : `P ${r.performance} A ${r.accessibility} BP ${r.bestPractices} SEO ${r.seo} · TBT ${Math.round(r.tbtMs)} ms · CLS ${r.cls.toFixed(3)} · LCP ${Math.round(r.lcpMs)} ms`}`,
      );
    }
  } finally {
    server.kill();
  }
  return out;
}

const kib = (n: number) => (n / 1024).toFixed(1);
const cell = (s: { gzip: number; brotli: number }) => `${kib(s.gzip)}/${kib(s.brotli)}`.padStart(13);

async function main(): Promise<void> {
  const generateSeconds = args.region || args['no-build'] ? 0 : generate();
  let t0 = performance.now();
  const loaded = loadDataset(dataDir);
  if (!loaded.ok) {
    for (const p of loaded.problems.slice(0, 50)) console.error(formatProblem(p));
    throw new Error(`${loaded.problems.length} problem(s) in ${dataDir}`);
  }
  const validateSeconds = secs(t0);
  const places = loaded.dataset.places;
  const count = (k: string) => places.filter((p) => p.kind === k).length;
  console.log(
    `bench (${mode}${mode === 'country' ? `, scale ${scale}, seed ${seed}` : ''}): ${count('region')} regions, ${count('district') + count('city')} districts/cities, ${count('mahalla')} mahallas; generated in ${generateSeconds.toFixed(1)} s, validated in ${validateSeconds.toFixed(1)} s`,
  );
  t0 = performance.now();
  const run: BuildRun = args['no-build']
    ? {
        seconds: NaN,
        peakRssMb: undefined,
        polledMb: 0,
        completed: existsSync(distDir),
        exit: 'not built (--no-build)',
      }
    : await build();
  console.log(
    `build (HTML and files, no images): ${run.exit}, ${run.seconds.toFixed(1)} s, peak RSS ${run.peakRssMb?.toFixed(0) ?? '?'} MiB`,
  );
  // Image assets are their own stage, timed apart from the HTML build, with the build's
  // cache (.build/cache/png) unless --cold-images asks for an empty one.
  let images: PngStageResult | undefined;
  if (run.completed && !args['no-build'] && !args['no-images']) {
    const cacheDir = args['cold-images'] ? join(root, '.build/bench/png-cold') : undefined;
    if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
    images = await runPngStage(distDir, cacheDir ? { cacheDir } : {});
    console.log(formatPngStage(images));
  }
  const totals = existsSync(distDir)
    ? distTotals(distDir)
    : { pages: 0, bytes: 0, imageFiles: 0, imageBytes: 0 };
  console.log(`${totals.pages} pages written${run.completed ? '' : ' (PARTIAL)'}`);

  const weights: Record<string, PageWeight & { path: string }> = {};
  if (run.completed) {
    const pages = samples(places);
    const embed = findEmbed(distDir);
    if (embed) pages.embed = embed;
    for (const [kind, path] of Object.entries(pages)) weights[kind] = { path, ...pageWeight(distDir, path) };
  }
  const pps = totals.pages / run.seconds;
  const budgets: BudgetLine[] = [
    atMost(
      `${mode}${mode === 'country' && scale < 1 ? ` ×${scale}` : ''} cold build${run.completed ? '' : ' (INCOMPLETE)'}`,
      run.completed ? run.seconds : Infinity,
      BUILD_SECONDS,
      (n) => (Number.isFinite(n) ? `${n.toFixed(1)} s` : `> ${run.seconds.toFixed(0)} s`),
    ),
    atMost('peak memory of the build (RSS)', run.peakRssMb ?? Infinity, PEAK_RSS_MB, (n) =>
      Number.isFinite(n) ? `${n.toFixed(0)} MiB` : 'unmeasured',
    ),
    ...Object.entries(weights).map(([kind, w]) => pageBudget(kind, w.total.gzip, w.total.brotli, w.hasMap)),
  ];
  mkdirSync(join(root, 'bench'), { recursive: true });
  const scores =
    run.completed && !args['no-lighthouse']
      ? await lighthouse(Object.fromEntries(Object.entries(weights).map(([k, w]) => [k, w.path])))
      : {};
  for (const [kind, r] of Object.entries(scores))
    if (typeof r !== 'string') budgets.push(...lighthouseBudgets(kind, r, weights[kind]!.hasMap));
  const advisories = audit();

  console.log(
    `\n${'page'.padEnd(9)} ${'path'.padEnd(44)} ${'HTML'.padStart(13)} ${'CSS'.padStart(13)} ${'JS'.padStart(13)} ${'data'.padStart(13)} ${'total'.padStart(13)}   (KiB gzip/brotli)`,
  );
  for (const [kind, w] of Object.entries(weights)) {
    console.log(
      `${kind.padEnd(9)} ${w.path.padEnd(44)} ${cell(w.html)} ${cell(w.css)} ${cell(w.js)} ${cell(w.data)} ${cell(w.total)}${w.searchIndex.gzip ? `   (search index ${kib(w.searchIndex.gzip)} gzip of the data)` : ''}`,
    );
  }
  console.log(
    `\npages ${totals.pages} · build ${run.seconds.toFixed(1)} s · ${pps.toFixed(0)} pages/s · peak RSS ${run.peakRssMb?.toFixed(0) ?? '?'} MiB (polled ${run.polledMb.toFixed(0)}) · dist ${(totals.bytes / 2 ** 20).toFixed(1)} MiB · images ${totals.imageFiles} files, ${(totals.imageBytes / 2 ** 20).toFixed(1)} MiB in ${images ? `${images.seconds.toFixed(1)} s (${images.rendered} rendered, ${images.cached} from cache)` : '? s'}, apart from the HTML build`,
  );
  console.log('\nbudgets');
  for (const b of budgets) console.log(formatBudget(b));
  for (const [kind, r] of Object.entries(scores))
    if (typeof r === 'string') console.log(`lighthouse ${kind}: ${r}`);
  console.log(
    `npm audit --omit=dev: ${typeof advisories === 'string' ? advisories : `${advisories.high} high, ${advisories.critical} critical (informational)`}`,
  );

  const results = {
    mode,
    seed: mode === 'country' ? seed : undefined,
    scale: mode === 'country' ? scale : undefined,
    dataset: {
      regions: count('region'),
      districts: count('district') + count('city'),
      mahallas: count('mahalla'),
      generate_seconds: generateSeconds,
      validate_seconds: validateSeconds,
    },
    completed: run.completed,
    exit: run.exit,
    pages: totals.pages,
    build_seconds: run.seconds,
    pages_per_second: pps,
    peak_rss_mb: run.peakRssMb ?? null,
    peak_rss_mb_polled: run.polledMb,
    dist_bytes: totals.bytes,
    image_assets: {
      files: totals.imageFiles,
      bytes: totals.imageBytes,
      seconds: images?.seconds ?? null,
      rendered: images?.rendered ?? null,
      from_cache: images?.cached ?? null,
      by_kind: images?.byKind ?? null,
    },
    page_types: weights,
    budgets,
    lighthouse: scores,
    npm_audit: advisories,
  };
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwrote bench/results.json');
}

main().catch((e: unknown) => {
  console.error(`bench: ${(e as Error).message}`);
  process.exitCode = 1;
});
