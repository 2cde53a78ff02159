import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { DEMO_DIR } from '../playwright.config.ts';

const LOCALES = ['uz', 'uz-cyrl', 'ru', 'en'];
const places = (
  JSON.parse(readFileSync('data/places.json', 'utf8')) as {
    places: { id: string; kind: string; slug: string; parent?: string }[];
  }
).places;
const byId = new Map(places.map((p) => [p.id, p]));
const path = (id: string): string => {
  const p = byId.get(id)!;
  return p.parent ? `${path(p.parent)}/${p.slug}` : p.slug;
};

test('dist holds a page for every place of the country in every locale, each in the sitemap', () => {
  const sitemap = readFileSync(`${DEMO_DIR}/sitemap-0.xml`, 'utf8');
  const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  expect(readFileSync(`${DEMO_DIR}/sitemap-index.xml`, 'utf8')).toContain('sitemap-0.xml');
  const kinds = new Map<string, number>();
  for (const locale of LOCALES) {
    for (const p of places) {
      const url = `/${locale}/${path(p.id)}/`;
      expect(existsSync(`${DEMO_DIR}${url}index.html`), url).toBe(true);
      expect(listed.has(url), url).toBe(true);
      kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
    }
    expect(listed.has(`/${locale}/`)).toBe(true);
    expect(listed.has(`/${locale}/about/`)).toBe(true);
  }
  expect(kinds.get('region')).toBe(4 * 14);
  expect(kinds.get('district')! + kinds.get('city')!).toBe(4 * 206);
  expect(kinds.get('sector')).toBe(4 * 80);
  expect(kinds.get('mahalla')).toBeGreaterThan(4 * 19 * 10);
});

test('no page carries a style attribute, an inline event handler or an unhashed inline script', () => {
  for (const locale of LOCALES) {
    for (const p of places.filter((_, i) => i % 7 === 0)) {
      const html = readFileSync(`${DEMO_DIR}/${locale}/${path(p.id)}/index.html`, 'utf8');
      expect(html).not.toMatch(/\sstyle=/);
      expect(html).not.toMatch(/\son[a-z]+=/i);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
  }
});
