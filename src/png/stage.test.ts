import { describe, it, expect } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pngTasks, runPngStage, formatPngStage } from './stage.ts';
import { pngSize } from './png-size.ts';
import { cardSvg } from './card.ts';

const CHART =
  '<svg xmlns="http://www.w3.org/2000/svg" width="672" height="100"><rect width="100%" height="100%" fill="#fff"/><text x="16" y="50">Qaynar 62&#160;000</text></svg>';

/** An output folder with one chart SVG, its CSV, and one og card. */
function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'png-stage-'));
  mkdirSync(join(dir, 'charts/en/fa.x'), { recursive: true });
  writeFileSync(join(dir, 'charts/en/fa.x/chart-progress.svg'), CHART);
  mkdirSync(join(dir, 'charts/fa.x'), { recursive: true });
  writeFileSync(join(dir, 'charts/fa.x/chart-progress.csv'), 'a;b\n');
  mkdirSync(join(dir, 'og/en'), { recursive: true });
  const card = { lang: 'en', site: 'Ochiq Sektor', tagline: 't', title: '<Qaynar>', figure: 'f', date: 'd' };
  writeFileSync(join(dir, 'og/en/fa.x.svg'), cardSvg(card));
  return dir;
}

describe('pngTasks', () => {
  it('asks for one PNG per og card, and none for chart SVGs (the browser draws those) or other files', () => {
    expect(pngTasks(site()).map((t) => `${t.kind} ${t.png}`)).toEqual(['og og/en/fa.x.png']);
  });
});

describe('runPngStage', () => {
  it('writes PNGs of the stated sizes, and the second run takes every one from the cache with the same bytes', async () => {
    const cacheDir = join(mkdtempSync(join(tmpdir(), 'png-cache-')), 'png');
    const first = site();
    const a = await runPngStage(first, { cacheDir });
    expect({ files: a.files, rendered: a.rendered, cached: a.cached }).toEqual({
      files: 1,
      rendered: 1,
      cached: 0,
    });
    expect(pngSize(readFileSync(join(first, 'og/en/fa.x.png')))).toEqual({ width: 1200, height: 630 });
    expect(existsSync(join(first, 'charts/en/fa.x/chart-progress.png'))).toBe(false);

    const second = site();
    const b = await runPngStage(second, { cacheDir });
    expect({ rendered: b.rendered, cached: b.cached, bytes: b.bytes }).toEqual({
      rendered: 0,
      cached: 1,
      bytes: a.bytes,
    });
    for (const t of pngTasks(first))
      expect(readFileSync(join(second, t.png)).equals(readFileSync(join(first, t.png)))).toBe(true);
    expect(formatPngStage(b)).toMatch(/^PNG: 1 files, .*link preview cards 1.* rendered 0, from cache 1; /);
  });

  it('fails naming the SVG it cannot read, such as one with an HTML entity', async () => {
    const dir = site();
    writeFileSync(
      join(dir, 'og/en/fa.bad.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>a&nbsp;b</text></svg>',
    );
    await expect(runPngStage(dir, { cacheDir: mkdtempSync(join(tmpdir(), 'png-cache-')) })).rejects.toThrow(
      /og\/en\/fa\.bad\.svg: resvg could not render it: .*nbsp/,
    );
    expect(existsSync(join(dir, 'og/en/fa.bad.png'))).toBe(false);
  });
});
