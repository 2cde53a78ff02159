/** Measurements of a built site for the benchmark: what one page costs, as served, and the folder's totals. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** Raw, gzip (level 9) and brotli (quality 11) bytes. */
export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

/** The files one page makes the browser load, as site paths (`/_astro/…`). */
export interface PageAssets {
  html: string;
  css: string[];
  js: string[];
  /** The map JSON (`data-map-src`) and the search index (`data-index`, fetched on first search use). */
  data: string[];
}

/** What one page weighs, per kind of file. */
export type PageWeight = Record<'html' | 'css' | 'js' | 'data', Sizes> & { total: Sizes; hasMap: boolean; searchIndex: Sizes };

const zero = (): Sizes => ({ raw: 0, gzip: 0, brotli: 0 });
const add = (a: Sizes, b: Sizes): Sizes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });

/** Sizes of one file's bytes, compressed as a static host would. */
export function sizesOf(bytes: Buffer | string): Sizes {
  return {
    raw: Buffer.byteLength(bytes),
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Site paths of the stylesheets, module scripts and data files an HTML page refers to. */
export function pageRefs(html: string): Omit<PageAssets, 'html'> {
  const all = (re: RegExp) => [...new Set([...html.matchAll(re)].map((m) => m[1]!))];
  return {
    css: all(/<link[^>]*rel="stylesheet"[^>]*href="(\/[^"]+)"/g),
    js: all(/<script[^>]*\ssrc="(\/[^"]+)"/g),
    data: [...all(/data-map-src="(\/[^"]+)"/g), ...all(/data-index="(\/[^"]+)"/g)],
  };
}

/** Relative chunks a bundled script imports (`import "./x.js"`, `from "./x.js"`, `import("./x.js")`, `` import(`./x.js`) ``). */
export function scriptImports(code: string): string[] {
  return [...new Set([...code.matchAll(/(?:import|from)\s*\(?\s*["'`](\.\/[^"'`]+\.js)["'`]/g)].map((m) => m[1]!.slice(2)))];
}

/** Stylesheets a bundled script links itself (`"/_astro/leaflet.x.css"`), as site paths. */
export function scriptStylesheets(code: string): string[] {
  return [...new Set([...code.matchAll(/["'`](\/_astro\/[^"'`]+\.css)["'`]/g)].map((m) => m[1]!))];
}

/** The page at site path `path` (e.g. `/uz/fergana/`) and everything it loads, chunks included. */
export function pageAssets(dist: string, path: string): PageAssets {
  const html = join(path, 'index.html');
  const refs = pageRefs(readFileSync(join(dist, html), 'utf8'));
  const js = new Set<string>();
  const visit = (url: string) => {
    if (js.has(url) || !existsSync(join(dist, url))) return;
    js.add(url);
    const dir = url.slice(0, url.lastIndexOf('/') + 1);
    for (const rel of scriptImports(readFileSync(join(dist, url), 'utf8'))) visit(dir + rel);
  };
  refs.js.forEach(visit);
  const linked = [...js].flatMap((url) => scriptStylesheets(readFileSync(join(dist, url), 'utf8')));
  return { html, css: [...new Set([...refs.css, ...linked])], js: [...js], data: refs.data };
}

/** Compressed weight of a page and what it loads; files are compressed one by one, as served. */
export function pageWeight(dist: string, path: string): PageWeight {
  const a = pageAssets(dist, path);
  const sum = (files: string[]) => files.filter((f) => existsSync(join(dist, f))).reduce((s, f) => add(s, sizesOf(readFileSync(join(dist, f)))), zero());
  const html = sum([a.html]), css = sum(a.css), js = sum(a.js), data = sum(a.data);
  const searchIndex = sum(a.data.filter((f) => f.startsWith('/search/')));
  return { html, css, js, data, total: [html, css, js, data].reduce(add), hasMap: a.data.some((f) => f.startsWith('/map/')), searchIndex };
}

/** Every file under `dir`, as paths relative to it. */
export function walk(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    return e.isDirectory() ? walk(dir, rel) : [rel];
  });
}

