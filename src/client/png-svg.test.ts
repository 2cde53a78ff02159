import { describe, it, expect } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { fontFaceCss, pngFileName, scaledSvg, PNG_FONT_FAMILY } from './png-svg.ts';
import { CHART_PNG_WIDTHS, standaloneSvg } from '../embed/files.ts';
import { embeddableCharts } from '../charts/registry.ts';
import { siteData } from '../site/data.ts';

const TINY_TTF = 'data:font/ttf;base64,AAEAAAALAIAAAwAwT1MvMg==';
const CSS = fontFaceCss([
  { weight: 400, dataUrl: TINY_TTF },
  { weight: 700, dataUrl: TINY_TTF },
]);

describe('fontFaceCss', () => {
  it('declares one face per weight under our own family name, and sets every text in it', () => {
    expect(CSS).toBe(
      `@font-face{font-family:"${PNG_FONT_FAMILY}";font-style:normal;font-weight:400;src:url("${TINY_TTF}") format("truetype")}` +
        `@font-face{font-family:"${PNG_FONT_FAMILY}";font-style:normal;font-weight:700;src:url("${TINY_TTF}") format("truetype")}` +
        `svg text{font-family:"${PNG_FONT_FAMILY}"}`,
    );
  });

  it('refuses anything but a base64 TrueType data: URL, so nothing can break out of url("…")', () => {
    for (const dataUrl of [
      'data:font/ttf;base64,AA")}text{fill:red',
      'data:text/css;base64,AAAA',
      'https://example.org/f.ttf',
      'data:font/ttf;base64,',
      'data:font/ttf;base64,AA&lt;',
    ]) {
      expect(() => fontFaceCss([{ weight: 400, dataUrl }]), dataUrl).toThrow(/not a base64 data: URL/);
    }
  });
});

describe('scaledSvg', () => {
  const spec = embeddableCharts(siteData(), 'fa.ozbekiston.s2', 'en').find((s) => s.id === 'chart-progress')!;
  const file = standaloneSvg(spec, ['Ochiq Sektor, 2\u00a0December 2020']);
  const fileHeight = Number(/<svg xmlns="[^"]+" width="800" height="(\d+)"/.exec(file)![1]);

  it('makes the chart file 1200 and 2400 px wide, the height following (1.5× and 3×), with the fonts’ rules first inside it', () => {
    for (const width of CHART_PNG_WIDTHS) {
      const out = scaledSvg(file, CSS, width);
      expect({ width: out.width, height: out.height }).toEqual({
        width,
        height: Math.round((fileHeight * width) / 800),
      });
      expect(out.svg).toContain(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${out.height}" viewBox="0 0 800 ${fileHeight}" role="img"><style>${CSS}</style><title>`,
      );
      // Still XML that a strict parser reads, and its own size is the PNG's.
      const image = new Resvg(out.svg, { font: { loadSystemFonts: false } }).render();
      expect([image.width, image.height]).toEqual([out.width, out.height]);
    }
    expect(scaledSvg(file, CSS, 2400).height).toBe(3 * fileHeight);
  });

  it('leaves the rest of the file as it was', () => {
    const out = scaledSvg(file, '', 1200).svg;
    expect(out.replace(/^([\s\S]*?<svg)[^>]*>/, '$1>').replace('<style></style>', '')).toBe(
      file.replace(/^([\s\S]*?<svg)[^>]*>/, '$1>'),
    );
  });

  it('adds a viewBox when the file has none, so the drawing scales instead of gaining blank room', () => {
    const out = scaledSvg(
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="101"><text>a</text></svg>',
      '',
      1200,
    );
    expect(out.svg).toBe(
      '<svg viewBox="0 0 400 101" xmlns="http://www.w3.org/2000/svg" width="1200" height="303"><style></style><text>a</text></svg>',
    );
  });

  it('refuses a file without a size, a width that is not whole pixels, and CSS that would break the XML', () => {
    expect(() =>
      scaledSvg('<svg xmlns="http://www.w3.org/2000/svg" width="100%"><text>a</text></svg>', '', 1200),
    ).toThrow(/width and a height/);
    expect(() =>
      scaledSvg('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', '', 1200),
    ).toThrow(/no <svg> element/);
    expect(() => scaledSvg('<p>not svg</p>', '', 1200)).toThrow(/no <svg> element/);
    expect(() => scaledSvg(file, '', 1200.5)).toThrow(/whole number/);
    expect(() => scaledSvg(file, 'text{}</style><script>alert(1)</script>', 1200)).toThrow(
      /breaks?|break the SVG/,
    );
  });
});

describe('pngFileName', () => {
  it('names the place, the chart, the language and the width', () => {
    expect(pngFileName('/charts/en/fa.ozbekiston.s2/chart-progress.svg', 1200)).toBe(
      'fa.ozbekiston.s2-chart-progress-en-1200px.png',
    );
    expect(pngFileName('http://localhost:4321/charts/uz-cyrl/fa/chart-ranking.svg?x=1', 2400)).toBe(
      'fa-chart-ranking-uz-cyrl-2400px.png',
    );
  });

  it('keeps only characters that are safe in a file name', () => {
    expect(pngFileName('/charts/en/a b:c/<x>.svg', 1200)).toBe('a-b-c--x--en-1200px.png');
  });
});
