import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../charts/registry.ts';
import { readmeNginx } from './nginx.ts';
import { movedAddresses, parseRedirects, redirectsFile, redirectTarget } from './redirects.ts';

const rules = movedAddresses(CHART_IDS);

describe('redirectTarget', () => {
  it("leads a chart's old embed page to its place's embed page, at the chart", () => {
    expect(redirectTarget(rules, '/embed/en/fergana/ozbekiston/sector-2/chart-progress/')).toBe(
      '/embed/en/fergana/ozbekiston/sector-2/#chart-progress',
    );
    expect(redirectTarget(rules, '/embed/uz-cyrl/fergana/chart-ranking/')).toBe(
      '/embed/uz-cyrl/fergana/#chart-ranking',
    );
    expect(redirectTarget(rules, '/embed/ru/fergana/oltiariq/chart-trend-appeals/')).toBe(
      '/embed/ru/fergana/oltiariq/#chart-trend-appeals',
    );
  });
  it("leads a chart's PNG addresses, 1200 and 2400 px, to its SVG", () => {
    expect(redirectTarget(rules, '/charts/en/fa.oltiariq/chart-notebooks.png')).toBe(
      '/charts/en/fa.oltiariq/chart-notebooks.svg',
    );
    expect(redirectTarget(rules, '/charts/uz/fa/chart-institutions@2x.png')).toBe(
      '/charts/uz/fa/chart-institutions.svg',
    );
  });
  it('leaves the addresses that still exist alone', () => {
    for (const path of [
      '/embed/en/fergana/',
      '/embed/en/2020-12-02/fergana/ozbekiston/sector-2/',
      '/charts/en/fa/chart-progress.svg',
      '/og/en/fa.png',
      '/en/fergana/chart-progress/',
    ])
      expect(redirectTarget(rules, path)).toBeUndefined();
  });
});

describe('redirectsFile', () => {
  it('reads back as the same rules, within Cloudflare Pages’ 100 dynamic redirects', () => {
    expect(parseRedirects(redirectsFile(rules))).toEqual(rules);
    expect(rules.length).toBe(CHART_IDS.length * 5);
    expect(rules.length).toBeLessThanOrEqual(100);
  });
  it('names the line it cannot read', () => {
    expect(() => parseRedirects('/a /b 302')).toThrow('"/a /b 302"');
  });
});

describe("the README's nginx configuration", () => {
  // Its `location ~ regex { return 301 target; }` blocks, applied as nginx would.
  const { server } = readmeNginx(readFileSync('README.md', 'utf8'));
  const returns = [...server.matchAll(/location ~ (\S+) \{\s*return 301 (\S+);/g)].map((m) => ({
    re: new RegExp(m[1]!),
    to: m[2]!,
  }));
  const nginxTarget = (path: string) => {
    const hit = returns.find((r) => r.re.test(path));
    return hit && path.replace(hit.re, hit.to);
  };
  it('redirects every moved address where the _redirects file does', () => {
    const sample: Record<string, string> = {
      locale: 'uz-cyrl',
      place: 'fa.oltiariq',
      p1: 'fergana',
      p2: 'oltiariq',
      p3: 'sector-4',
    };
    const examples = rules.map((r) => r.from.replace(/:([a-z0-9]+)/gi, (_, n: string) => sample[n]!));
    expect(examples.map(nginxTarget)).toEqual(examples.map((p) => redirectTarget(rules, p)));
    expect(nginxTarget('/embed/uz/2020-12-02/fergana/')).toBeUndefined();
  });
});
