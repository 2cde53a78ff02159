/** The benchmark's budgets (issue 7) and how a measured figure is judged against them. */

/** One budget line: what was measured, the limit, and whether it passes. */
export interface BudgetLine {
  name: string;
  figure: string;
  limit: string;
  pass: boolean;
}

export const KIB = 1024;
/** Country-scale cold build of the HTML pages, seconds (on 2 cores). */
export const BUILD_SECONDS = 90;
/** Peak memory of the build, MiB (1.5 GB). */
export const PEAK_RSS_MB = 1536;
/** A page without a map, everything it loads, compressed. */
export const NO_MAP_PAGE = 30 * KIB;
/** A page with a map, everything it loads, compressed. */
export const MAP_PAGE = 120 * KIB;

const kib = (n: number) => `${(n / KIB).toFixed(1)} KiB`;

/** The line for a measured value against an upper limit. */
export function atMost(name: string, value: number, limit: number, show: (n: number) => string = String): BudgetLine {
  return { name, figure: show(value), limit: `≤ ${show(limit)}`, pass: value <= limit };
}

/** The line for one sample page's compressed total (gzip, the larger of the two encodings). */
export function pageBudget(kind: string, gzipTotal: number, brotliTotal: number, hasMap: boolean): BudgetLine {
  const limit = hasMap ? MAP_PAGE : NO_MAP_PAGE;
  const line = atMost(`${kind} page (${hasMap ? 'map' : 'no map'}), compressed in all`, gzipTotal, limit, kib);
  return { ...line, figure: `${kib(gzipTotal)} gzip / ${kib(brotliTotal)} br` };
}

/** A printable budget line: "name  figure  limit  PASS|FAIL". */
export function formatBudget(b: BudgetLine): string {
  return `${b.name.padEnd(48)} ${b.figure.padStart(26)}  ${b.limit.padEnd(12)} ${b.pass ? 'PASS' : 'FAIL'}`;
}
