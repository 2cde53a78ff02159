/**
 * The built site's files sorted into the kinds a reader of the benchmark asks about (place
 * pages, embeds, archive, API and downloads, chart files, images…), with their counts and
 * bytes, so the next person sees where the weight is.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { walk } from './measure.ts';

/** The kinds of output, in the order the table prints them. */
export const OUTPUT_KINDS = [
  'place pages',
  'archive pages',
  'other pages',
  'latest embeds',
  'pinned embeds',
  'API',
  'downloads',
  'chart files',
  'images',
  'map data',
  'search index',
  'assets',
  'other',
] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

/** Files and bytes of one kind. */
export interface KindTotal {
  kind: OutputKind;
  files: number;
  bytes: number;
}

const LOCALE = /^(uz|uz-cyrl|ru|en)\//;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Pages under a locale folder: archive pages, the site's own pages, and place pages. */
function localeKind(rest: string): OutputKind {
  const first = rest.split('/')[0]!;
  if (first === 'archive') return 'archive pages';
  if (!rest.includes('/') || ['a-z', 'about'].includes(first)) return 'other pages';
  return 'place pages';
}

/** The kind of one output file, from its path relative to the output folder. */
export function outputKind(path: string): OutputKind {
  const [top, second] = path.split('/');
  if (/\.(png|jpe?g|webp|avif|gif)$/i.test(path) || top === 'og') return 'images';
  if (top === 'embed') {
    const afterLocale = path.split('/')[2] ?? '';
    return DATE.test(afterLocale) ? 'pinned embeds' : 'latest embeds';
  }
  if (LOCALE.test(path)) return localeKind(path.slice(path.indexOf('/') + 1));
  if (second === undefined) return path.endsWith('.html') ? 'other pages' : 'other';
  const byFolder: Record<string, OutputKind> = {
    api: 'API',
    data: 'downloads',
    charts: 'chart files',
    map: 'map data',
    search: 'search index',
    _astro: 'assets',
  };
  return byFolder[top!] ?? 'other';
}

/** Files and bytes per kind of a built site, every kind listed (zeros included), in table order. */
export function outputByKind(dist: string): KindTotal[] {
  const totals = new Map<OutputKind, KindTotal>(OUTPUT_KINDS.map((kind) => [kind, { kind, files: 0, bytes: 0 }]));
  for (const f of walk(dist)) {
    const t = totals.get(outputKind(f))!;
    t.files++;
    t.bytes += statSync(join(dist, f)).size;
  }
  return [...totals.values()];
}

/** The per-kind table as printed lines, with a total line. */
export function formatKinds(rows: readonly KindTotal[]): string[] {
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  const line = (name: string, files: number, bytes: number) =>
    `${name.padEnd(16)} ${files.toLocaleString('en').padStart(9)} ${mb(bytes).padStart(11)}`;
  const files = rows.reduce((s, r) => s + r.files, 0);
  const bytes = rows.reduce((s, r) => s + r.bytes, 0);
  return [
    `${'kind'.padEnd(16)} ${'files'.padStart(9)} ${'bytes'.padStart(11)}`,
    ...rows.filter((r) => r.files > 0).map((r) => line(r.kind, r.files, r.bytes)),
    line('total', files, bytes),
  ];
}
