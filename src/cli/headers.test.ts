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
