import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { headersFor, parseHeadersFile } from './headers.ts';

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));

describe('headersFor', () => {
  it('later rules override earlier ones and `! Name` removes a header', () => {
    const r = parseHeadersFile('/*\n  A: 1\n  B: 2\n/x/*\n  ! B\n  A: 3\n');
    expect(headersFor(r, '/x/y')).toEqual({ a: '3' });
    expect(headersFor(r, '/z')).toEqual({ a: '1', b: '2' });
  });

  it('the site’s pages ask not to be framed', () => {
    const h = headersFor(rules, '/en/fergana/');
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(h['x-frame-options']).toBe('DENY');
  });

  it('embed pages may be framed anywhere and are not indexed', () => {
    const h = headersFor(rules, '/embed/en/fergana/chart-progress/');
    expect(h['content-security-policy']).toContain('frame-ancestors *');
    expect(h['content-security-policy']).not.toContain("frame-ancestors 'none'");
    expect(h['x-frame-options']).toBeUndefined();
    expect(h['x-robots-tag']).toBe('noindex');
  });

  it('bundled scripts load in sandboxed frames (origin null)', () => {
    expect(headersFor(rules, '/_astro/x.js')['access-control-allow-origin']).toBe('*');
  });
});

/** The directives of a CSP, by name. */
const directives = (csp: string | undefined) =>
  new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([k, ...v]) => [k!, v]),
  );

/** One path of each kind the site serves. */
const KINDS = {
  page: '/en/fergana/ozbekiston/',
  home: '/',
  embed: '/embed/en/fergana/chart-progress/',
  api: '/api/v1/places.json',
  script: '/_astro/map.abc123.js',
  csv: '/data/places/fa.csv',
  chartSvg: '/charts/en/fa/chart-progress.svg',
  chartCsv: '/charts/fa/chart-progress.csv',
  feed: '/en/feed.xml',
};

describe('the headers of public/_headers', () => {
  it('every file is sent with nosniff, a referrer policy and no powerful features', () => {
    for (const [kind, path] of Object.entries(KINDS)) {
      const h = headersFor(rules, path);
      expect(h['x-content-type-options'], kind).toBe('nosniff');
      expect(h['referrer-policy'], kind).toBe('strict-origin-when-cross-origin');
      expect(h['permissions-policy'], kind).toContain('geolocation=()');
    }
  });

  it('only the API and bundled scripts may be read by other origins', () => {
    for (const [kind, path] of Object.entries(KINDS)) {
      expect(headersFor(rules, path)['access-control-allow-origin'], kind).toBe(
        ['api', 'script'].includes(kind) ? '*' : undefined,
      );
    }
  });

  it('every file but embeds forbids framing, by CSP and X-Frame-Options', () => {
    for (const [kind, path] of Object.entries(KINDS)) {
      const h = headersFor(rules, path);
      if (kind === 'embed') continue;
      expect(directives(h['content-security-policy']).get('frame-ancestors'), kind).toEqual(["'none'"]);
      expect(h['x-frame-options'], kind).toBe('DENY');
    }
  });

  it('the page CSP adds to Astro’s <meta> CSP and never contradicts it', () => {
    // Astro's meta CSP sets script-src and style-src with hashes; a header that also set them
    // (or default-src) would be enforced as well and could block the hashed inline code.
    for (const kind of ['page', 'home', 'embed'] as const) {
      const d = directives(headersFor(rules, KINDS[kind])['content-security-policy']);
      expect(
        [...d.keys()].filter((k) =>
          ['default-src', 'script-src', 'style-src', 'script-src-elem', 'style-src-elem'].includes(k),
        ),
        kind,
      ).toEqual([]);
      expect(d.get('object-src'), kind).toEqual(["'none'"]);
      expect(d.get('base-uri'), kind).toEqual(["'self'"]);
    }
  });

  it('chart files, opened on their own, may load nothing and run nothing', () => {
    for (const kind of ['chartSvg', 'chartCsv'] as const) {
      const d = directives(headersFor(rules, KINDS[kind])['content-security-policy']);
      expect(d.get('default-src'), kind).toEqual(["'none'"]);
      expect(d.has('sandbox'), kind).toBe(true);
      expect(d.get('script-src'), kind).toBeUndefined();
    }
  });

  it('feeds are Atom', () => {
    expect(headersFor(rules, KINDS.feed)['content-type']).toBe('application/atom+xml; charset=utf-8');
  });
});

describe('parseHeadersFile', () => {
  it('skips comments and blank lines and keeps colons inside values', () => {
    expect(parseHeadersFile('# note\n\n/a/*\n  # inside\n  Link: <https://x/>; rel=preload\n')).toEqual([
      { pattern: '/a/*', headers: [['link', '<https://x/>; rel=preload']] },
    ]);
  });
});
