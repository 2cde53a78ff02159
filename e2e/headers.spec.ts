/**
 * The response headers of one file of each kind, as `npm run serve` sends them from the
 * build's `_headers` (as Netlify or Cloudflare Pages would), match the README's table.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DEMO, NGINX, HAS_NGINX } from '../playwright.config.ts';
import { KINDS } from './header-kinds.ts';

const README = readFileSync('README.md', 'utf8');

// `npm run serve` applies the build's `_headers`; nginx runs the README's configuration as a deployer copies it.
const SERVERS = [['npm run serve', DEMO], ...(HAS_NGINX ? [['nginx', NGINX]] : [])] as const;

for (const [server, base] of SERVERS) {
  for (const [kind, { url, type, headers }] of Object.entries(KINDS)) {
    test(`${server}: a ${kind} (${url}) is sent with the headers the README lists`, async ({ request }) => {
      const res = await request.get(`${base}${url}`);
      expect(res.status()).toBe(kind === 'not found' ? 404 : 200);
      const got = res.headers();
      expect(got['content-type']).toBe(type);
      for (const [name, value] of Object.entries(headers)) {
        expect(got[name.toLowerCase()], name).toBe(value ?? undefined);
        if (value !== null)
          expect(README, `README lists ${name}: ${value}`).toContain(`\`${name}: ${value}\``);
      }
    });
  }
}

test('the module scripts under /_astro/ may be loaded from other origins (sandboxed embeds)', async ({
  page,
  request,
}) => {
  await page.goto(`${DEMO}/embed/en/fergana/#chart-progress`);
  const src = await page.locator('script[type="module"][src^="/_astro/"]').first().getAttribute('src');
  const res = await request.get(`${DEMO}${src}`);
  expect(res.headers()['content-type']).toBe('text/javascript; charset=utf-8');
  expect(res.headers()['access-control-allow-origin']).toBe('*');
  expect(res.headers()['x-content-type-options']).toBe('nosniff');
  expect(README).toContain('`Access-Control-Allow-Origin: *`');
});

test('the README shows the same rules for nginx', () => {
  for (const line of [
    'add_header X-Content-Type-Options nosniff always;',
    'add_header X-Frame-Options DENY always;',
    "add_header Content-Security-Policy \"frame-ancestors 'none'",
  ]) {
    expect(README).toContain(line);
  }
});
