import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatKinds, outputByKind, outputKind } from './output-kinds.ts';

describe('outputKind', () => {
  it.each([
    ['uz/fergana/oltiariq/index.html', 'place pages'],
    ['uz-cyrl/fergana/index.html', 'place pages'],
    ['en/archive/2020-12-02/index.html', 'archive pages'],
    ['ru/index.html', 'other pages'],
    ['en/about/index.html', 'other pages'],
    ['uz/feed.xml', 'other pages'],
    ['404.html', 'other pages'],
    ['embed/uz/fergana/oltiariq/index.html', 'latest embeds'],
    ['embed/ru/2020-12-02/fergana/oltiariq/index.html', 'pinned embeds'],
    ['api/v1/places/fa.oltiariq.json', 'API'],
    ['data/places/fa.oltiariq.csv', 'downloads'],
    ['charts/uz/fa.oltiariq/chart-progress.svg', 'chart files'],
    ['og/uz/fa.oltiariq.png', 'images'],
    ['og/uz/fa.oltiariq.svg', 'images'],
    ['map/uz/fa.json', 'map data'],
    ['search/uz.json', 'search index'],
    ['_astro/site.abc.css', 'assets'],
    ['sitemap-0.xml', 'other'],
    ['_redirects', 'other'],
  ])('files %s under %s', (path, kind) => {
    expect(outputKind(path)).toBe(kind);
  });
});

describe('outputByKind', () => {
  it('counts the files and bytes of each kind and lists every kind', () => {
    const dist = mkdtempSync(join(tmpdir(), 'kinds-'));
    const put = (path: string, bytes: number) => {
      mkdirSync(dirname(join(dist, path)), { recursive: true });
      writeFileSync(join(dist, path), 'x'.repeat(bytes));
    };
    put('uz/fergana/index.html', 100);
    put('ru/fergana/index.html', 50);
    put('embed/uz/2020-01-01/fergana/index.html', 7);
    const rows = outputByKind(dist);
    expect(rows.find((r) => r.kind === 'place pages')).toEqual({ kind: 'place pages', files: 2, bytes: 150 });
    expect(rows.find((r) => r.kind === 'pinned embeds')).toEqual({ kind: 'pinned embeds', files: 1, bytes: 7 });
    expect(rows.find((r) => r.kind === 'API')).toEqual({ kind: 'API', files: 0, bytes: 0 });
    expect(formatKinds(rows).at(-1)).toMatch(/^total\s+3\s+0\.0 MB$/);
  });
});
