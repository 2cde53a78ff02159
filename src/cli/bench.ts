/**
 * `npm run bench [-- --region] [-- --scale 0.25] [-- --seed N] [-- --timeout 900] [-- --max-mb 14000]
 * [-- --runs 3] [-- --no-build] [-- --no-lighthouse] [-- --no-images]`: generates the country-scale
 * illustrative dataset (or takes the default dataset with --region), runs the whole build
 * command on it (timed, memory summed over its processes), draws the raster images apart
 * with an empty cache and again with the warm one, counts the output per kind, weighs and
 * runs Lighthouse on one page of each type, prints the budget lines and writes
 * `bench/results.json`.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BENCH_SEED, generateCountry } from '../bench/country.ts';
import { readReference } from '../demo/reference.ts';
import { writeDemo } from '../demo/write.ts';
import { loadDataset } from '../model/load.ts';
import { formatProblem } from '../model/problems.ts';
import { runBuild, type BuildRun } from '../bench/build-run.ts';
import { outputByKind } from '../bench/output-kinds.ts';
import { lighthousePages, type LighthouseRuns } from '../bench/lighthouse-run.ts';
import { samplePages } from '../bench/samples.ts';
import { pageWeight } from '../bench/measure.ts';
import { budgetLines, printReport, type BenchResults, type ImageRuns } from '../bench/report.ts';
import { runPngStage } from '../png/stage.ts';
import { runCli } from './run.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: args } = parseArgs({
  options: {
    region: { type: 'boolean' },
    'no-lighthouse': { type: 'boolean' },
    'no-images': { type: 'boolean' },
    scale: { type: 'string' },
    seed: { type: 'string' },
    runs: { type: 'string' },
    timeout: { type: 'string' },
    'max-mb': { type: 'string' },
    'no-build': { type: 'boolean' },
  },
});
const mode = args.region ? 'default' : 'country';
const scale = Number(args.scale ?? 1);
const seed = Number(args.seed ?? BENCH_SEED);
const benchDir = join(root, '.build/bench');
const dataDir = args.region ? join(root, 'data') : join(benchDir, 'data');
const distDir = join(benchDir, args.region ? 'default-dist' : 'dist');
const coldCache = join(benchDir, 'png-cold');
const boundaries =
  process.env.BOUNDARIES_SRC ?? resolve(root, '../shared/geo/geoBoundaries-UZB-ADM2.geojson');
const secs = (t0: number) => (performance.now() - t0) / 1000;

/** Writes the seeded country dataset and copies the hand-written catalogue files next to it. */
function generate(): number {
  const t0 = performance.now();
  const reference = readReference(resolve(root, process.env.REFERENCE_DIR ?? '../shared/reference'));
  rmSync(dataDir, { recursive: true, force: true });
  writeDemo(dataDir, generateCountry({ seed, scale, reference }));
  for (const f of ['metrics.json', 'sources.json', 'site.json'])
    copyFileSync(join(root, 'data', f), join(dataDir, f));
  return secs(t0);
}

/** The dataset's size, and the sample pages, from a validation of it. */
function readDataset() {
  const t0 = performance.now();
  const loaded = loadDataset(dataDir);
  if (!loaded.ok) {
    for (const p of loaded.problems.slice(0, 50)) console.error(formatProblem(p));
    throw new Error(`${loaded.problems.length} problem(s) in ${dataDir}`);
  }
  const { places, snapshots } = loaded.dataset;
  const count = (...kinds: string[]) => places.filter((p) => kinds.includes(p.kind)).length;
  const size = {
    regions: count('region'),
    districts: count('district', 'city'),
    sectors: count('sector'),
    mahallas: count('mahalla'),
    snapshots: snapshots.length,
    validate_seconds: secs(t0),
  };
  return { size, pages: samplePages(places) };
}

/**
 * The whole build command, as `npm run build` runs it: in country mode without images
 * (drawn apart below); in default mode with them, from an empty image cache.
 */
function build(): Promise<BuildRun> {
  rmSync(distDir, { recursive: true, force: true });
  rmSync(coldCache, { recursive: true, force: true });
  const argv = [process.execPath, join(root, 'src/cli/build.ts'), '--data', dataDir, '--out', distDir];
  const env = { ...process.env, BOUNDARIES_SRC: boundaries, PNG_CACHE_DIR: coldCache };
  const limits = { timeoutS: Number(args.timeout ?? 900), maxMb: Number(args['max-mb'] ?? 14_000) };
  return runBuild(mode === 'country' ? [...argv, '--no-images'] : argv, root, env, limits);
}

/** Raster images with an empty cache, then again with the cache the first run filled. */
async function images(): Promise<ImageRuns> {
  rmSync(coldCache, { recursive: true, force: true });
  const cold = await runPngStage(distDir, { cacheDir: coldCache });
  const warm = await runPngStage(distDir, { cacheDir: coldCache });
  return { cold, warm };
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

async function main(): Promise<void> {
  const generateSeconds = args.region || args['no-build'] ? 0 : generate();
  const { size, pages } = readDataset();
  console.log(
    `bench (${mode}${mode === 'country' ? `, scale ${scale}, seed ${seed}` : ''}): ${JSON.stringify(size)}`,
  );
  const run: BuildRun = args['no-build']
    ? {
        seconds: NaN,
        peakMb: NaN,
        processes: 0,
        completed: existsSync(distDir),
        exit: 'not built (--no-build)',
      }
    : await build();
  console.log(`build: ${run.exit}, ${run.seconds.toFixed(1)} s, peak ${run.peakMb.toFixed(0)} MiB summed`);
  const imageRuns = run.completed && mode === 'country' && !args['no-images'] ? await images() : undefined;
  // The sample sector's embed page: every chart of it, as a frame loads it.
  pages.embed = pages.sector!.replace(/^\/uz\//, '/embed/uz/');
  const weights = run.completed
    ? Object.fromEntries(
        Object.entries(pages).map(([k, path]) => [k, { path, ...pageWeight(distDir, path) }]),
      )
    : {};
  mkdirSync(join(root, 'bench'), { recursive: true });
  const lighthouse: LighthouseRuns =
    run.completed && !args['no-lighthouse']
      ? await lighthousePages(root, distDir, pages, Number(args.runs ?? 3))
      : {};
  const results: BenchResults = {
    mode,
    ...(mode === 'country' ? { seed, scale } : {}),
    dataset: { ...size, generate_seconds: generateSeconds },
    build: run,
    images: imageRuns ?? null,
    output: existsSync(distDir) ? outputByKind(distDir) : [],
    page_types: weights,
    lighthouse,
    npm_audit: audit(),
    budgets: [],
  };
  results.budgets = budgetLines(results);
  printReport(results);
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwrote bench/results.json');
}

await runCli('bench', main);
