/**
 * Lighthouse (mobile, default simulated throttling) on one page of a served build, and
 * the budget lines its scores are judged by. Lighthouse runs as its CLI in a child
 * process with Debian's Chromium (CHROME_PATH), so a crash cannot take the bench down.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { LCP_MS, type BudgetLine } from './budgets.ts';

/** What the bench keeps of one Lighthouse report. */
export interface LighthouseResult {
  /** Category scores, 0–100. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Total blocking time, ms. */
  tbtMs: number;
  cls: number;
  lcpMs: number;
  /** Audits of weight > 0 that did not score 1, for the reader of results.json. */
  failing: string[];
}

interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; displayValue?: string }>;
}

/** The fields the bench keeps, from a Lighthouse JSON report. */
export function summarise(report: Report): LighthouseResult {
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const value = (id: string) => report.audits[id]?.numericValue ?? NaN;
  const failing = Object.entries(report.categories).flatMap(([cat, c]) =>
    c.auditRefs
      .filter((r) => r.weight > 0 && report.audits[r.id]?.score !== null && (report.audits[r.id]?.score ?? 1) < 1)
      .map((r) => `${cat}:${r.id}${report.audits[r.id]?.displayValue ? ` (${report.audits[r.id]!.displayValue})` : ''}`),
  );
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    lcpMs: value('largest-contentful-paint'),
    failing,
  };
}

/** The Chromium Lighthouse drives: CHROME_PATH, else CHROMIUM_PATH (as for Playwright), else Debian's. */
export const chromePath = (): string => process.env.CHROME_PATH || process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Runs Lighthouse on a URL; a string says why it could not. */
export function runLighthouse(root: string, url: string, outFile: string): LighthouseResult | string {
  const bin = join(root, 'node_modules/lighthouse/cli/index.js');
  if (!existsSync(bin)) return 'lighthouse not installed';
  if (!existsSync(chromePath())) return `no Chromium at ${chromePath()} (set CHROME_PATH)`;
  rmSync(outFile, { force: true });
  const flags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';
  const r = spawnSync(
    process.execPath,
    [bin, url, '--output=json', `--output-path=${outFile}`, '--quiet', `--chrome-flags=${flags}`, '--only-categories=performance,accessibility,best-practices,seo'],
    { env: { ...process.env, CHROME_PATH: chromePath() }, encoding: 'utf8', timeout: 180_000 },
  );
  if (!existsSync(outFile)) return `lighthouse failed (${(r.stderr || r.error?.message || `exit ${r.status}`).trim().split('\n').at(-1)?.slice(0, 160)})`;
  return summarise(JSON.parse(readFileSync(outFile, 'utf8')) as Report);
}

/** The budget lines of one page's report; embeds, being noindex, are not held to SEO. */
export function lighthouseBudgets(kind: string, r: LighthouseResult, hasMap: boolean): BudgetLine[] {
  const line = (name: string, figure: number, limit: string, pass: boolean, show = String(figure)): BudgetLine => ({ name: `lighthouse ${kind}: ${name}`, figure: show, limit, pass });
  const perfLimit = hasMap ? 95 : 100;
  return [
    line('performance', r.performance, `≥ ${perfLimit}`, r.performance >= perfLimit),
    line('accessibility', r.accessibility, '= 100', r.accessibility === 100),
    line('best practices', r.bestPractices, '= 100', r.bestPractices === 100),
    ...(kind === 'embed' ? [] : [line('SEO', r.seo, '= 100', r.seo === 100)]),
    line('total blocking time', r.tbtMs, '≤ 150 ms', r.tbtMs <= 150, `${Math.round(r.tbtMs)} ms`),
    line('cumulative layout shift', r.cls, '= 0', r.cls === 0, r.cls.toFixed(3)),
  ];
}

/** The LCP line of one page type: the median of its runs against the budget, for pages with a map. */
export function lcpBudget(kind: string, runs: readonly LighthouseResult[]): BudgetLine {
  const ms = runs.map((r) => r.lcpMs).sort((a, b) => a - b);
  const mid = ms.length ? ms[Math.floor(ms.length / 2)]! : NaN;
  return {
    name: `lighthouse ${kind}: LCP, median of ${ms.length}`,
    figure: `${Math.round(mid)} ms (${ms.map(Math.round).join(', ')})`,
    limit: `≤ ${LCP_MS} ms`,
    pass: mid <= LCP_MS,
  };
}
