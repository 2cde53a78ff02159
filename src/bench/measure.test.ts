import { describe, expect, it } from 'vitest';
import { pageRefs, scriptImports, scriptStylesheets, sizesOf } from './measure.ts';
import { pageBudget } from './budgets.ts';

describe('pageRefs', () => {
  it('finds the stylesheets, scripts, map data and search index a page loads', () => {
    const html = '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script><figure data-map-src="/map/uz/fa.json"></figure><form data-index="/search/uz.json"></form><a href="/uz/x/">x</a>';
    expect(pageRefs(html)).toEqual({ css: ['/_astro/a.css'], js: ['/_astro/b.js'], data: ['/map/uz/fa.json', '/search/uz.json'] });
  });
});

describe('scriptImports', () => {
  it('lists static and dynamic relative imports once each', () => {
    expect(scriptImports('import{a}from"./x.js";import"./y.js";const m=import("./x.js")')).toEqual(['x.js', 'y.js']);
    // Rolldown writes dynamic imports with backticks.
    expect(scriptImports('n(()=>import(`./map.C4bD.js`),[])')).toEqual(['map.C4bD.js']);
  });
});

describe('scriptStylesheets', () => {
  it('finds the stylesheet a script links itself (Leaflet’s, linked by the map)', () => {
    expect(scriptStylesheets('var a=`/_astro/leaflet.DaED.css`;l.href=a;b("/_astro/x.js")')).toEqual(['/_astro/leaflet.DaED.css']);
  });
});

describe('sizesOf', () => {
  it('compresses repetitive text below its raw size', () => {
    const s = sizesOf('mahalla '.repeat(1000));
    expect(s.raw).toBe(8000);
    expect(s.gzip).toBeLessThan(200);
    expect(s.brotli).toBeLessThan(200);
  });
});

describe('pageBudget', () => {
  it('holds pages without a map to 30 KiB and map pages to 120 KiB', () => {
    expect(pageBudget('home', 31 * 1024, 20 * 1024, false).pass).toBe(false);
    expect(pageBudget('region', 31 * 1024, 20 * 1024, true).pass).toBe(true);
  });
});
