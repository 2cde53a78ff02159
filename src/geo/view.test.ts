import { describe, it, expect } from 'vitest';
import { siteData } from '../site/data.ts';
import { importBoundaries } from './importer.ts';
import { readCrosswalk } from './crosswalk.ts';
import { buildGeography } from './model.ts';
import { buildSubject } from './subject.ts';
import { mapMetric, mapMetrics, mapAreas, classesFor } from './view.ts';
import { gridFile } from './fixtures.ts';

const data = siteData();
const { ds, tree } = data;
const rows = readCrosswalk().filter((r) => r.regionIso === 'UZ-FA');
const geo = buildGeography(importBoundaries(JSON.stringify(gridFile(rows)), rows).topology, ds, tree);
const metric = (id: string) => ds.metricById.get(id)!;

describe('mapMetric', () => {
  it("shows Oʻzbekiston's sector 2 share as sourced and the other sectors as illustrative", () => {
    const subject = buildSubject(ds, tree, geo, 'fa.ozbekiston')!;
    const m = mapMetric(data, subject, metric('iron_lifted_share'), 'en');
    expect(m.values['fa.ozbekiston.s2']).toMatchObject({ text: '79.4%', illustrative: false });
    expect(m.values['fa.ozbekiston.s1']!.illustrative).toBe(true);
    expect(m.legend.at(-1)).toMatchObject({ illustrative: true, text: 'illustrative value (hatched)' });
  });

  it('fills hidden small counts as hidden and says "fewer than 5", never a number', () => {
    const sector = ds.places.find(
      (p) =>
        p.kind === 'sector' &&
        tree.mahallas(p.id).some((x) => data.figuresOf(x.id).get('labour_migrants')?.at(-1)?.value === null),
    )!;
    const m = mapMetric(data, buildSubject(ds, tree, geo, sector.id)!, metric('labour_migrants'), 'en');
    const hidden = Object.values(m.values).filter((v) => v.fill === 'hidden');
    expect(hidden.length).toBeGreaterThan(0);
    for (const v of hidden) expect(['fewer than 5', 'not shown']).toContain(v.text);
    expect(m.legend.some((l) => l.fill === 'hidden')).toBe(true);
  });

  it("puts a value in the class its level's limits give, with the legend in the page's language", () => {
    const subject = buildSubject(ds, tree, geo, 'fa')!;
    const m = mapMetric(data, subject, metric('population'), 'ru');
    const c = classesFor(data, 'population', 'district');
    const v = data.figuresOf('fa.ozbekiston').get('population')!.at(-1)!.value!;
    const expected = c.colours[c.breaks.filter((b) => v >= b).length];
    expect(m.values['fa.ozbekiston']!.fill).toBe(expected);
    expect(m.legend[0]!.text).toMatch(/^меньше /);
  });
});

describe('mapMetrics and mapAreas', () => {
  it('opens with the share lifted out of poverty and links every area to its page', () => {
    const subject = buildSubject(ds, tree, geo, 'fa.ozbekiston.s2')!;
    expect(mapMetrics(data, subject, 'uz')[0]!.id).toBe('iron_lifted_share');
    const areas = mapAreas(data, subject, 'uz');
    expect(areas).toHaveLength(tree.children('fa.ozbekiston.s2').length);
    expect(areas.find((a) => a.name === 'Qaynar')?.href).toBe('/uz/fergana/ozbekiston/qaynar/');
  });
});
