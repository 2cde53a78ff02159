import { describe, it, expect } from 'vitest';
import { layoutProgress, liftedWidth } from './progress-layout.ts';
import type { ProgressModel } from './progress-model.ts';
import { renderSvg } from '../shared/svg-nodes.ts';
import { golden } from '../shared/golden.ts';
import {
  v,
  few,
  hidden,
  none,
  ILLUSTRATIVE,
  SOURCED,
  find,
  texts,
  LOCALES,
} from '../shared/chart-fixtures.ts';

const base = (over: Partial<ProgressModel> = {}): ProgressModel => ({
  id: 'chart-progress',
  placeId: 'fa.ozbekiston.s2',
  place: { text: 'Sector 2', lang: 'en' },
  date: '2020-12-02',
  registered: v(831, { sourced: true }),
  lifted: v(660, { sourced: true }),
  share: v(660 / 831, { sourced: true }),
  shareDerivedFromSourced: true,
  labels: {
    registered: 'Families in the Iron Notebook',
    lifted: 'Families lifted out of poverty',
    share: 'Share lifted out of poverty',
  },
  sources: SOURCED,
  ...over,
});

describe('liftedWidth', () => {
  it('is the share in per cent, capped at 100', () => {
    expect(liftedWidth(base())).toBeCloseTo(79.42, 2);
    expect(liftedWidth(base({ share: v(1.2) }))).toBe(100);
  });

  it('falls back to lifted ÷ registered, and is undefined when a count is hidden', () => {
    expect(liftedWidth(base({ share: none }))).toBeCloseTo(79.42, 2);
    expect(liftedWidth(base({ share: none, lifted: few }))).toBeUndefined();
  });
});

describe('layoutProgress', () => {
  it('states the sourced finding of sector 2 and says the share is derived', () => {
    const spec = layoutProgress(base(), 'en');
    expect(spec.title).toBe('Sector 2 has lifted 660 of 831 families (79.4%) out of poverty');
    expect(spec.notes.join(' ')).toContain('The share 79.4% is derived from the sourced figures');
    expect(find(spec.nodes, 'rect').map((r) => r.attrs.width)).toEqual(['100%', '79.4%']);
    // Sourced bars are solid: no hatch pattern at all.
    expect(find(spec.nodes, 'pattern')).toEqual([]);
    expect(spec.table.rows[0]!.map((c) => c.text)).toEqual(['Sector 2', '831', '660', '79.4%']);
  });

  it('hatches illustrative bars and puts the word "illustrative" in the legend', () => {
    const spec = layoutProgress(
      base({
        registered: v(39),
        lifted: v(29),
        share: v(29 / 39),
        shareDerivedFromSourced: false,
        sources: ILLUSTRATIVE,
      }),
      'en',
    );
    expect(
      find(spec.nodes, 'rect')
        .slice(-2)
        .map((r) => r.attrs.fill),
    ).toEqual(['url(#chart-progress-hatch-rest)', 'url(#chart-progress-hatch-primary)']);
    expect(spec.legend.map((l) => l.label)).toContain('illustrative');
    expect(spec.notes).toContain('The share is derived: lifted ÷ registered.');
  });

  it('draws a hidden registered count as a "fewer than 5" band, never as a number', () => {
    const spec = layoutProgress(
      base({ registered: few, lifted: few, share: hidden, sources: ILLUSTRATIVE }),
      'en',
    );
    expect(spec.title).toBe('Sector 2: Iron Notebook counts are too small to publish');
    expect(find(spec.nodes, 'rect').at(-1)!.attrs.fill).toBe('url(#chart-progress-band)');
    expect(texts(spec.nodes).join(' ')).not.toMatch(/\b[1-4]\b/);
    expect(texts(spec.nodes)).toContain('Registered: fewer than 5');
    expect(spec.legend.map((l) => l.label)).toContain('fewer than 5 (a count from 1 to 4)');
  });

  it('draws a hidden lifted count as a band up to 5 of the registered bar', () => {
    const spec = layoutProgress(
      base({ registered: v(40), lifted: few, share: hidden, sources: ILLUSTRATIVE }),
      'en',
    );
    const band = find(spec.nodes, 'rect').find((r) => r.attrs.fill === 'url(#chart-progress-band)');
    expect(band?.attrs.width).toBe('12.5%');
    expect(spec.title).toBe('Sector 2: 40 families in the Iron Notebook, fewer than 5 lifted out of poverty');
  });

  it('with nothing registered, draws no bar and says so', () => {
    const spec = layoutProgress(
      base({ registered: v(0), lifted: v(0), share: none, sources: ILLUSTRATIVE }),
      'en',
    );
    expect(find(spec.nodes, 'rect')).toEqual([]);
    expect(spec.title).toBe('Sector 2: no families in the Iron Notebook');
  });

  it('with no figures, says none were published', () => {
    const spec = layoutProgress(
      base({ registered: none, lifted: none, share: none, sources: ILLUSTRATIVE }),
      'en',
    );
    expect(spec.title).toBe('Sector 2: no Iron Notebook figures published');
    expect(spec.table.rows[0]!.slice(1).map((c) => c.text)).toEqual(['no data', 'no data', 'no data']);
  });

  it('shows a lower bound as one', () => {
    const spec = layoutProgress(base({ registered: v(831, { qualifier: 'at-least', sourced: true }) }), 'en');
    expect(texts(spec.nodes)).toContain('Registered: 831+');
  });

  it('adds where a mahalla stands among its sector', () => {
    const spec = layoutProgress(
      base({
        place: { text: 'Qaynar', lang: 'en' },
        standing: { rank: 12, of: 18, parent: { text: 'Sector 2', lang: 'en' }, ranked: 'mahallas' },
      }),
      'en',
    );
    expect(spec.notes).toContain(
      'Qaynar ranks 12th of 18 among the mahallas of Sector 2 by share lifted out of poverty.',
    );
  });

  it.each(LOCALES)('matches its golden SVG in %s', (locale) => {
    const sourced = golden(
      new URL(`./__golden__/sourced.${locale}.svg`, import.meta.url),
      renderSvg(layoutProgress(base(), locale)),
    );
    expect(sourced.actual).toBe(sourced.expected);
    const small = golden(
      new URL(`./__golden__/small.${locale}.svg`, import.meta.url),
      renderSvg(
        layoutProgress(
          base({ registered: v(40), lifted: few, share: hidden, sources: ILLUSTRATIVE }),
          locale,
        ),
      ),
    );
    expect(small.actual).toBe(small.expected);
  });
});
