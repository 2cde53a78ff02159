import { describe, it, expect } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { standaloneSvg, FILE_WIDTH, CHART_PNG_WIDTHS } from './files.ts';
import { embeddableCharts } from '../charts/registry.ts';
import { siteData } from '../site/data.ts';
import { locales } from '../i18n/locales.ts';
import { el } from '../charts/shared/svg-nodes.ts';
import { renderOptions } from '../png/render.ts';
import type { ChartSpec } from '../charts/shared/chart-spec.ts';

const data = siteData();
/** resvg parses SVG as strict XML: it throws on an HTML entity or a stray `<`. */
const parses = (svg: string) => new Resvg(svg, renderOptions(1200));

describe('standaloneSvg', () => {
  it('is XML that resvg reads, for every chart of sector 2 in every locale (their numbers and dates carry no-break spaces)', () => {
    for (const locale of locales) {
      const specs = embeddableCharts(data, 'fa.ozbekiston.s2', locale);
      expect(specs.length).toBeGreaterThan(3);
      for (const spec of specs) {
        const svg = standaloneSvg(spec, ['Ochiq Sektor, 2\u00a0December 2020']);
        expect(svg).not.toContain('&nbsp;');
        expect(() => parses(svg), `${locale} ${spec.id}`).not.toThrow();
      }
    }
  });

  it('shows the title above the chart, escaped, and keeps a margin around the drawing', () => {
    const spec = {
      id: 'c',
      title: '<script>alert(1)</script> & 62\u00a0000',
      desc: 'd',
      height: 40,
      nodes: [el('text', { x: '100%', 'text-anchor': 'end' }, 'right')],
    } as unknown as ChartSpec;
    const svg = standaloneSvg(spec, ['footer']);
    expect(svg).toContain(
      '<text class="file-title" x="16" y="31">&lt;script&gt;alert(1)&lt;/script&gt; &amp; 62&#160;000</text>',
    );
    expect(svg).toContain(`<svg x="16" y="44" width="${FILE_WIDTH}" height="40" overflow="visible">`);
    expect(svg).toMatch(
      new RegExp(`^<\\?xml[^>]*>\\n<svg xmlns="http://www.w3.org/2000/svg" width="${FILE_WIDTH + 32}"`),
    );
    expect(() => parses(svg)).not.toThrow();
  });

  it('is 800 px wide, so its PNGs are drawn at whole-pixel hatch tiles (1.5× and 3×)', () => {
    const spec = embeddableCharts(data, 'fa.ozbekiston.s2', 'en')[0]!;
    const width = Number(/<svg xmlns="[^"]+" width="(\d+)"/.exec(standaloneSvg(spec, []))![1]);
    expect(CHART_PNG_WIDTHS.map((w) => w / width)).toEqual([1.5, 3]);
  });

  it('wraps a long title instead of letting it run off the image', () => {
    const spec = {
      id: 'c',
      title: 'A long finding about families lifted out of poverty '.repeat(3),
      desc: 'd',
      height: 40,
      nodes: [],
    } as unknown as ChartSpec;
    expect(standaloneSvg(spec, []).match(/class="file-title"/g)!.length).toBeGreaterThan(1);
  });
});
