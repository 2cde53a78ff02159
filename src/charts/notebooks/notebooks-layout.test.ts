import { describe, it, expect } from 'vitest';
import { layoutNotebooks, panelBox, NOTEBOOKS } from './notebooks-layout.ts';
import type { NotebooksModel, NotebookPanel } from './notebooks-model.ts';
import { renderSvg } from '../shared/svg-nodes.ts';
import { golden } from '../shared/golden.ts';
import { v, few, hidden, none, ILLUSTRATIVE, find, texts, LOCALES } from '../shared/chart-fixtures.ts';
import type { ChartValue } from '../shared/chart-spec.ts';

const DATES = ['2020-07-01', '2020-08-01', '2020-09-01', '2020-10-01', '2020-11-02', '2020-12-02'];
const panel = (metric: string, short: string, values: ChartValue[]): NotebookPanel => ({
  metric,
  short,
  label: short,
  unit: 'entries',
  values,
});

/** Chashma: women's entries missing on 1 September, then hidden; migrants always fewer than 5. */
const chashma: NotebooksModel = {
  id: 'chart-notebooks',
  place: { text: 'Chashma', lang: 'en' },
  dates: DATES,
  panels: [
    panel('iron_registered', 'Iron Notebook', [v(47), v(47), v(49), v(51), v(54), v(56)]),
    panel('youth_entries', 'Youth Notebook', [v(27), v(33), v(27), v(32), v(28), v(31)]),
    panel('women_entries', 'Women’s Notebook', [v(6), v(5), none, hidden, hidden, hidden]),
    panel('labour_migrants', 'Labour migrants', [few, few, few, few, few, few]),
  ],
  sources: ILLUSTRATIVE,
};

describe('panelBox', () => {
  it('lays four panels out two by two', () => {
    expect([0, 1, 2, 3].map(panelBox)).toEqual([
      { x0: 0, top: 0 },
      { x0: 53, top: 0 },
      { x0: 0, top: NOTEBOOKS.h + NOTEBOOKS.rowGap },
      { x0: 53, top: NOTEBOOKS.h + NOTEBOOKS.rowGap },
    ]);
  });
});

describe('layoutNotebooks', () => {
  it('states each register’s latest value, hidden ones in words', () => {
    const spec = layoutNotebooks(chashma, 'en');
    expect(spec.title).toBe(
      'Chashma, December 2020: Iron Notebook — 56, Youth Notebook — 31, Women’s Notebook — not shown, Labour migrants — fewer than 5',
    );
    expect(find(spec.nodes, 'text', 'value').map((n) => n.text)).toEqual([
      '56',
      '31',
      'not shown',
      'fewer than 5',
    ]);
  });

  it('draws "fewer than 5" as bands up to 5, never as a number', () => {
    const spec = layoutNotebooks(chashma, 'en');
    const bands = find(spec.nodes, 'rect').filter((r) => r.attrs.fill === 'url(#chart-notebooks-band)');
    expect(bands).toHaveLength(6);
    expect(texts(spec.nodes).filter((s) => /^[1-4]$/.test(s))).toEqual([]);
    expect(spec.legend.map((l) => l.label)).toContain('fewer than 5 (a count from 1 to 4)');
  });

  it('leaves a gap for the missing snapshot and says it is not a zero', () => {
    const spec = layoutNotebooks(chashma, 'en');
    // Women's panel: a line from July to August only; no mark for September.
    const women = find(spec.nodes, 'g', 'mark').filter((g) => String(g.attrs['data-cells']).endsWith('-3'));
    expect(women.map((g) => g.attrs['data-cells'])).toEqual(['0-3', '1-3', '3-3', '4-3', '5-3']);
    expect(spec.table.rows[2]![3]!.text).toBe('no data');
    expect(spec.notes).toContain('A gap in a line means that snapshot has no value; it is not a zero.');
  });

  it('sizes itself to the panels it has', () => {
    const two = layoutNotebooks({ ...chashma, panels: chashma.panels.slice(0, 2) }, 'en');
    expect(two.height).toBe(NOTEBOOKS.h);
    expect(layoutNotebooks(chashma, 'en').height).toBe(2 * NOTEBOOKS.h + NOTEBOOKS.rowGap);
  });

  it('handles one snapshot and all zero: one centred point per panel, on the baseline', () => {
    const one = layoutNotebooks(
      { ...chashma, dates: ['2020-12-02'], panels: [panel('youth_entries', 'Youth Notebook', [v(0)])] },
      'en',
    );
    const [dot] = find(one.nodes, 'circle');
    expect(dot!.attrs.cx).toBe('23.5%');
    expect(dot!.attrs.cy).toBe(NOTEBOOKS.plotBottom);
    expect(find(one.nodes, 'path')).toEqual([]);
    expect(one.title).toBe('Chashma, December 2020: Youth Notebook — 0');
  });

  it.each(LOCALES)('matches its golden SVG in %s', (locale) => {
    const g = golden(
      new URL(`./__golden__/chashma.${locale}.svg`, import.meta.url),
      renderSvg(layoutNotebooks(chashma, locale)),
    );
    expect(g.actual).toBe(g.expected);
  });
});
