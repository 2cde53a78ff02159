/** What the benchmark found, as the budget lines and the printed report (tables, then budgets). */
import type { PngStageResult } from '../png/stage.ts';
import type { BuildRun } from './build-run.ts';
import {
  atMost,
  formatBudget,
  mib,
  outputBudgets,
  pageBudget,
  seconds,
  BUILD_SECONDS,
  DEFAULT_BUILD_SECONDS,
  IMAGES_COLD_SECONDS,
  PEAK_MB,
  type BudgetLine,
} from './budgets.ts';
import { lcpBudget, lighthouseBudgets, type LighthouseResult } from './lighthouse.ts';
import type { LighthouseRuns } from './lighthouse-run.ts';
import type { PageWeight } from './measure.ts';
import { formatKinds, type KindTotal } from './output-kinds.ts';

/** Raster images drawn with an empty cache, then with the cache that run filled. */
export interface ImageRuns {
  cold: PngStageResult;
  warm: PngStageResult;
}

/** Everything `bench/results.json` holds. */
export interface BenchResults {
  mode: 'country' | 'default';
  seed?: number;
  scale?: number;
  dataset: Record<'regions' | 'districts' | 'sectors' | 'mahallas' | 'snapshots', number> & {
    generate_seconds: number;
    validate_seconds: number;
  };
  build: BuildRun;
  images: ImageRuns | null;
  output: KindTotal[];
  page_types: Record<string, PageWeight & { path: string }>;
  lighthouse: LighthouseRuns;
  npm_audit: { high: number; critical: number } | string;
  budgets: BudgetLine[];
}

const done = (r: LighthouseResult | string): r is LighthouseResult => typeof r !== 'string';

/** The run whose LCP is the median: its scores stand for the page type. */
function medianRun(runs: readonly LighthouseResult[]): LighthouseResult {
  return [...runs].sort((a, b) => a.lcpMs - b.lcpMs)[Math.floor(runs.length / 2)]!;
}

/** Lighthouse lines: scores of the median run; LCP (median of the runs) for every page with a map. */
function lighthouseLines(r: BenchResults): BudgetLine[] {
  return Object.entries(r.lighthouse).flatMap(([kind, all]) => {
    const runs = all.filter(done);
    if (runs.length === 0) return [];
    const hasMap = r.page_types[kind]?.hasMap ?? false;
    return [...lighthouseBudgets(kind, medianRun(runs), hasMap), ...(hasMap ? [lcpBudget(kind, runs)] : [])];
  });
}

/** Every budget line the results can be judged by; what was not measured fails. */
export function budgetLines(r: BenchResults): BudgetLine[] {
  const built = r.build.completed ? r.build.seconds : Infinity;
  const files = r.output.reduce((s, k) => s + k.files, 0);
  const bytes = r.output.reduce((s, k) => s + k.bytes, 0);
  const lines =
    r.mode === 'country'
      ? [
          atMost(`country cold build, no images${r.scale !== 1 ? ` (scale ${r.scale})` : ''}`, built, BUILD_SECONDS, seconds),
          atMost('peak memory, summed over its processes', r.build.peakMb, PEAK_MB, mib),
          atMost('images, empty cache', r.images?.cold.seconds ?? NaN, IMAGES_COLD_SECONDS, seconds),
          ...(r.build.completed ? outputBudgets(files, bytes) : []),
        ]
      : [atMost('default dataset cold build, images included', built, DEFAULT_BUILD_SECONDS, seconds)];
  const pages = Object.entries(r.page_types).map(([kind, w]) =>
    pageBudget(kind, w.total.gzip, w.total.brotli, w.hasMap),
  );
  return [...lines, ...pages, ...lighthouseLines(r)];
}

const kib = (n: number) => (n / 1024).toFixed(1);
const cell = (s: { gzip: number; brotli: number }) => `${kib(s.gzip)}/${kib(s.brotli)}`.padStart(13);

/** The sample pages' weights, one line each. */
function weightLines(r: BenchResults): string[] {
  const head = ['HTML', 'CSS', 'JS', 'data', 'total'].map((h) => h.padStart(13)).join(' ');
  return [
    `${'page'.padEnd(9)} ${'path'.padEnd(44)} ${head}   (KiB gzip/brotli)`,
    ...Object.entries(r.page_types).map(
      ([kind, w]) =>
        `${kind.padEnd(9)} ${w.path.padEnd(44)} ${[w.html, w.css, w.js, w.data, w.total].map(cell).join(' ')}`,
    ),
  ];
}

/** One line of the images' two runs. */
function imageLine(i: ImageRuns | null): string {
  if (!i) return 'images: not drawn';
  const one = (s: PngStageResult) => `${s.seconds.toFixed(1)} s (${s.rendered} drawn, ${s.cached} from cache)`;
  return `images: ${i.cold.files} files, ${(i.cold.bytes / 1e6).toFixed(1)} MB; empty cache ${one(i.cold)}; warm cache ${one(i.warm)}`;
}

/** Prints the report: dataset, build, output per kind, page weights, images, budgets. */
export function printReport(r: BenchResults): void {
  const b = r.build;
  console.log(
    `\nbuild: ${b.exit}, ${b.seconds.toFixed(1)} s, peak ${b.peakMb.toFixed(0)} MiB summed over up to ${b.processes} processes`,
  );
  console.log(`\noutput per kind\n${formatKinds(r.output).join('\n')}`);
  console.log(`\n${weightLines(r).join('\n')}`);
  console.log(`\n${imageLine(r.images)}`);
  for (const [kind, runs] of Object.entries(r.lighthouse))
    for (const x of runs) if (typeof x === 'string') console.log(`lighthouse ${kind}: ${x}`);
  console.log('\nbudgets');
  for (const line of r.budgets) console.log(formatBudget(line));
  const a = r.npm_audit;
  console.log(
    `npm audit --omit=dev: ${typeof a === 'string' ? a : `${a.high} high, ${a.critical} critical (informational)`}`,
  );
}
