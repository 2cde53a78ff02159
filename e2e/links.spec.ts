import { test, expect } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DIR, HOSTILE_DIR } from '../playwright.config.ts';

/** Every file below a folder, as paths relative to it. */
function files(dir: string, base = ''): string[] {
  return readdirSync(join(dir, base)).flatMap((name) => {
    const rel = join(base, name);
    return statSync(join(dir, rel)).isDirectory() ? files(dir, rel) : [rel];
  });
}

/** Internal links and assets of a page that lead nowhere, and in-page anchors with no target. */
function brokenLinks(dir: string, page: string): string[] {
  const html = readFileSync(join(dir, page), 'utf8');
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  const broken: string[] = [];
  for (const [, attr, raw] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
    const url = raw!.replace(/&amp;/g, '&');
    if (/^(https?:|mailto:|data:)/.test(url)) continue; // external: not ours to check here
    if (url.startsWith('#')) {
      if (url.length > 1 && !ids.has(decodeURIComponent(url.slice(1))))
        broken.push(`${page}: ${attr} ${url}`);
      continue;
    }
    const path = decodeURIComponent(url.split(/[?#]/)[0]!);
    const target = path.endsWith('/') ? join(dir, path, 'index.html') : join(dir, path);
    if (!path.startsWith('/') || !existsSync(target)) broken.push(`${page}: ${attr} ${url}`);
  }
  return broken;
}

for (const [name, dir] of [
  ['demo', DEMO_DIR],
  ['hostile', HOSTILE_DIR],
] as const) {
  test(`the ${name} build has no broken internal link, asset or anchor`, () => {
    const pages = files(dir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    const broken = pages.flatMap((p) => brokenLinks(dir, p));
    expect(broken.slice(0, 20)).toEqual([]);
  });
}
