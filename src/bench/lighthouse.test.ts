import { describe, expect, it } from 'vitest';
import { lcpBudget, lighthouseBudgets, summarise } from './lighthouse.ts';

const report = {
  categories: {
    performance: { score: 0.96, auditRefs: [{ id: 'total-blocking-time', weight: 30 }, { id: 'dom-size', weight: 0 }] },
    accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
    'best-practices': { score: 1, auditRefs: [] },
    seo: { score: 0.5, auditRefs: [{ id: 'is-crawlable', weight: 4.6 }] },
  },
  audits: {
    'total-blocking-time': { score: 0.8, numericValue: 180.4, displayValue: '180 ms' },
    'dom-size': { score: 0.1 },
    'color-contrast': { score: 1 },
    'is-crawlable': { score: 0 },
    'cumulative-layout-shift': { score: 1, numericValue: 0 },
    'largest-contentful-paint': { score: 1, numericValue: 900 },
  },
};

describe('summarise', () => {
  it('keeps scores in per cent, the metrics, and the weighted audits that failed', () => {
    const r = summarise(report);
    expect(r).toMatchObject({ performance: 96, accessibility: 100, bestPractices: 100, seo: 50, tbtMs: 180.4, cls: 0, lcpMs: 900 });
    expect(r.failing).toEqual(['performance:total-blocking-time (180 ms)', 'seo:is-crawlable']);
  });
});

describe('lighthouseBudgets', () => {
  const r = summarise(report);
  it('holds map pages to performance 95 and others to 100', () => {
    const perf = (hasMap: boolean) => lighthouseBudgets('sector', r, hasMap).find((b) => b.name.endsWith('performance'))!;
    expect(perf(true).pass).toBe(true);
    expect(perf(false).pass).toBe(false);
  });
  it('fails blocking time over 150 ms and leaves SEO out for embeds only', () => {
    expect(lighthouseBudgets('sector', r, true).find((b) => b.name.endsWith('total blocking time'))).toMatchObject({ figure: '180 ms', pass: false });
    expect(lighthouseBudgets('embed', r, false).some((b) => b.name.endsWith('SEO'))).toBe(false);
    expect(lighthouseBudgets('home', r, false).find((b) => b.name.endsWith('SEO'))?.pass).toBe(false);
  });
});

describe('lcpBudget', () => {
  const run = (lcpMs: number) => ({ ...summarise(report), lcpMs });
  it('judges the median of the runs, not the best one', () => {
    expect(lcpBudget('district', [run(900), run(1200), run(1100)])).toMatchObject({ figure: '1100 ms (900, 1100, 1200)', pass: false });
    expect(lcpBudget('district', [run(1300), run(1000), run(700)])).toMatchObject({ figure: '1000 ms (700, 1000, 1300)', pass: true });
  });
});
