/**
 * The response headers of one file of each kind, as `npm run serve` sends them from the
 * build's `_headers` (as Netlify or Cloudflare Pages would), match the README's table.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DEMO } from '../playwright.config.ts';

const README = readFileSync('README.md', 'utf8');

const EVERY = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'geolocation=(), camera=(), microphone=()',
};
const NO_FRAMING = {
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
};
const CHART_FILE = { ...EVERY, 'X-Frame-Options': 'DENY', 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox", 'Access-Control-Allow-Origin': null };

/** Per kind of file: a URL, its content type, and the headers it must have (null: must not have). */
const KINDS: Record<string, { url: string; type: string; headers: Record<string, string | null> }> = {
  page: { url: '/en/fergana/ozbekiston/', type: 'text/html; charset=utf-8', headers: { ...EVERY, ...NO_FRAMING, 'Access-Control-Allow-Origin': null } },
  'not found': { url: '/en/no-such-page/', type: 'text/html; charset=utf-8', headers: { ...EVERY, ...NO_FRAMING } },
  embed: {
    url: '/embed/en/fergana/chart-progress/',
    type: 'text/html; charset=utf-8',
    headers: { ...EVERY, 'X-Frame-Options': null, 'Content-Security-Policy': "frame-ancestors *; base-uri 'self'; form-action 'self'; object-src 'none'", 'X-Robots-Tag': 'noindex' },
  },
  'API JSON': { url: '/api/v1/places/fa.ozbekiston.s2.json', type: 'application/json; charset=utf-8', headers: { ...EVERY, ...NO_FRAMING, 'Access-Control-Allow-Origin': '*' } },
  'data CSV': { url: '/data/places/fa.ozbekiston.s2.csv', type: 'text/csv; charset=utf-8', headers: { ...EVERY, ...NO_FRAMING, 'Access-Control-Allow-Origin': null } },
  'chart SVG': { url: '/charts/en/fa.ozbekiston/chart-progress.svg', type: 'image/svg+xml', headers: CHART_FILE },
  'chart CSV': { url: '/charts/fa.ozbekiston/chart-progress.csv', type: 'text/csv; charset=utf-8', headers: CHART_FILE },
  'chart PNG': { url: '/charts/en/fa.ozbekiston/chart-progress.png', type: 'image/png', headers: CHART_FILE },
  feed: { url: '/en/feed.xml', type: 'application/atom+xml; charset=utf-8', headers: { ...EVERY, ...NO_FRAMING } },
  'search index': { url: '/search/en.json', type: 'application/json; charset=utf-8', headers: { ...EVERY, 'Access-Control-Allow-Origin': null } },
};

for (const [kind, { url, type, headers }] of Object.entries(KINDS)) {
  test(`a ${kind} (${url}) is sent with the headers the README lists`, async ({ request }) => {
    const res = await request.get(`${DEMO}${url}`);
    expect(res.status()).toBe(kind === 'not found' ? 404 : 200);
    const got = res.headers();
    expect(got['content-type']).toBe(type);
    for (const [name, value] of Object.entries(headers)) {
      expect(got[name.toLowerCase()], name).toBe(value ?? undefined);
      if (value !== null) expect(README, `README lists ${name}: ${value}`).toContain(`\`${name}: ${value}\``);
    }
  });
}

test('the module scripts under /_astro/ may be loaded from other origins (sandboxed embeds)', async ({ page, request }) => {
  await page.goto(`${DEMO}/embed/en/fergana/chart-progress/`);
  const src = await page.locator('script[type="module"][src^="/_astro/"]').first().getAttribute('src');
  const res = await request.get(`${DEMO}${src}`);
  expect(res.headers()['content-type']).toBe('text/javascript; charset=utf-8');
  expect(res.headers()['access-control-allow-origin']).toBe('*');
  expect(res.headers()['x-content-type-options']).toBe('nosniff');
  expect(README).toContain('`Access-Control-Allow-Origin: *`');
});

test('the README shows the same rules for nginx', () => {
  for (const line of ['add_header X-Content-Type-Options nosniff always;', 'add_header X-Frame-Options DENY always;', "add_header Content-Security-Policy \"frame-ancestors 'none'"]) {
    expect(README).toContain(line);
  }
});
