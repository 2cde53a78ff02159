/** The benchmark's budgets (issues 7 and 13) and how a measured figure is judged against them. */

/** One budget line: what was measured, the limit, and whether it passes. */
export interface BudgetLine {
  name: string;
  figure: string;
  limit: string;
  pass: boolean;
}

export const KIB = 1024;
/** The country's cold build, everything a deploy needs but raster images, seconds on 2 cores. */
export const BUILD_SECONDS = 90;
/** Its memory summed over every process at the peak, MiB (1.5 GB). */
export const PEAK_MB = 1.5e9 / 2 ** 20;
/** Raster images (link-preview cards) drawn with an empty cache, seconds. */
export const IMAGES_COLD_SECONDS = 180;
/** The whole output, archive included: files and bytes a static host must take. */
export const OUTPUT_FILES = 150_000;
export const OUTPUT_BYTES = 3e9;
/** Stretch: Cloudflare Pages' paid plans (100,000 files) and GitHub Pages (1 GB). */
export const OUTPUT_FILES_STRETCH = 100_000;
export const OUTPUT_BYTES_STRETCH = 1e9;
/** The default dataset's cold build, images included (`npm run build` on a fresh clone), seconds. */
export const DEFAULT_BUILD_SECONDS = 60;
/** Largest contentful paint of every page type with a map, median of 3 Lighthouse runs, ms. */
export const LCP_MS = 1050;
/** A page without a map, everything it loads, compressed. */
export const NO_MAP_PAGE = 30 * KIB;
/** A page with a map, everything it loads, compressed. */
export const MAP_PAGE = 120 * KIB;

const kib = (n: number) => `${(n / KIB).toFixed(1)} KiB`;
export const seconds = (n: number): string => (Number.isFinite(n) ? `${n.toFixed(1)} s` : 'not measured');
export const mib = (n: number): string => (Number.isFinite(n) ? `${n.toFixed(0)} MiB` : 'not measured');
export const count = (n: number): string => n.toLocaleString('en');
export const gb = (n: number): string => `${(n / 1e9).toFixed(2)} GB`;

/** The line for a measured value against an upper limit (a value not measured fails). */
export function atMost(name: string, value: number, limit: number, show: (n: number) => string = String): BudgetLine {
  return { name, figure: show(value), limit: `≤ ${show(limit)}`, pass: value <= limit };
}

/** The line for one sample page's compressed total (gzip, the larger of the two encodings). */
export function pageBudget(kind: string, gzipTotal: number, brotliTotal: number, hasMap: boolean): BudgetLine {
  const limit = hasMap ? MAP_PAGE : NO_MAP_PAGE;
  const line = atMost(`${kind} page (${hasMap ? 'map' : 'no map'}), compressed in all`, gzipTotal, limit, kib);
  return { ...line, figure: `${kib(gzipTotal)} gzip / ${kib(brotliTotal)} br` };
}

/** The four lines of the whole output against the host limits, the stretch ones marked so. */
export function outputBudgets(files: number, bytes: number): BudgetLine[] {
  return [
    atMost('output files, archive included', files, OUTPUT_FILES, count),
    atMost('output bytes, archive included', bytes, OUTPUT_BYTES, gb),
    atMost('stretch: output files (Cloudflare Pages paid)', files, OUTPUT_FILES_STRETCH, count),
    atMost('stretch: output bytes (GitHub Pages)', bytes, OUTPUT_BYTES_STRETCH, gb),
  ];
}

/** A printable budget line: "name  figure  limit  PASS|FAIL". */
export function formatBudget(b: BudgetLine): string {
  return `${b.name.padEnd(48)} ${b.figure.padStart(26)}  ${b.limit.padEnd(14)} ${b.pass ? 'PASS' : 'FAIL'}`;
}
