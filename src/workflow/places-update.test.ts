import { describe, it, expect } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadDatasetOrThrow } from '../model/load.ts';
import { buildTree } from '../model/tree.ts';
import { diffDatasets } from './diff.ts';
import { formatDiff } from './diff-format.ts';
import { importTemplates, type ImportReport } from './import.ts';
import { SHEETS } from './template-text.ts';
import { loadTrial } from './trial.ts';
import { filled, templateOf, type Typing } from './fixtures/workbooks.ts';
import { tinyDir } from './fixtures/sheets.ts';

const DATE = '2021-01-04';
const P = SHEETS.places;
const places = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'places.json'), 'utf8')).places as Record<string, unknown>[];
const where = (r: ImportReport) => r.cellProblems.map((p) => `${p.cell} ${p.rule}`);

/** Imports the district template of `d` with `typing` typed in. */
async function run(dir: string, typing: Typing, write = true): Promise<ImportReport> {
  const bytes = await filled(await templateOf(dir, 'd'), typing);
  return importTemplates([{ name: 'd.xlsx', bytes }], { data: dir, published: DATE, write });
}

// Columns of the places sheet: A parent, B kind, C sector, D name_uz_latn, E name_uz_cyrl, F leader_name, G channel_url, H source, I quote.
const NEW_SECTOR_AND_MAHALLAS: Typing = {
  [P]: {
    B3: 'sector',
    C3: '3 — ichki ishlar boʻlimi boshligʻi',
    F3: 'Aziz Karimov',
    G3: 'https://t.me/sektor3',
    H3: 'press',
    I3: '3-sektor rahbari Aziz Karimov',
    B4: 'mahalla',
    C4: '3',
    E4: 'Янги ҳаёт',
    B5: 'mahalla',
    C5: '2 — prokuror',
    D5: 'Gʻalaba',
  },
  [SHEETS.corrections]: { B3: 'Yangi hayot', G3: 777 }, // a value for the new mahalla, found by its transliterated name
};

describe('importTemplates, given a places sheet', () => {
  it("adds a district's sectors and mahallas to places.json, leaving every existing place as it was", async () => {
    const dir = tinyDir();
    const before = places(dir);
    const r = await run(dir, NEW_SECTOR_AND_MAHALLAS);
    expect(r.cellProblems).toEqual([]);
    expect(r.newPlaces).toEqual(['d.s3', 'd.yangi-hayot', 'd.galaba']);
    const after = places(dir);
    expect(after.slice(0, before.length)).toEqual(before); // ids, slugs and all else unchanged
    expect(after.slice(before.length)).toEqual([
      {
        id: 'd.s3',
        slug: 'sector-3',
        kind: 'sector',
        parent: 'd',
        number: 3,
        names: { 'uz-Latn': '3-sektor', 'uz-Cyrl': '3-сектор', ru: 'Сектор 3', en: 'Sector 3' },
        added: DATE,
        leader: {
          name: { 'uz-Latn': 'Aziz Karimov' },
          provenance: { source: 'press', quote: '3-sektor rahbari Aziz Karimov' },
          asOf: '2020-12-02',
        },
        channels: [
          {
            kind: 'telegram',
            url: 'https://t.me/sektor3',
            provenance: { source: 'press', quote: '3-sektor rahbari Aziz Karimov' },
            asOf: '2020-12-02',
          },
        ],
      },
      {
        id: 'd.yangi-hayot',
        slug: 'yangi-hayot',
        kind: 'mahalla',
        parent: 'd',
        sector: 3,
        names: { 'uz-Cyrl': 'Янги ҳаёт' },
        added: DATE,
      },
      {
        id: 'd.galaba',
        slug: 'galaba',
        kind: 'mahalla',
        parent: 'd',
        sector: 2,
        names: { 'uz-Latn': 'Gʻalaba' },
        added: DATE,
      },
    ]);
    const ds = loadDatasetOrThrow(dir);
    expect(ds.placeById.get('d.yangi-hayot')!.transliterated).toEqual(['uz-Latn', 'ru', 'en']); // flagged, as for any name in one script
    expect(ds.values.filter((v) => v.published === DATE).map((v) => [v.place, v.metric, v.value])).toEqual([
      ['d.yangi-hayot', 'population', 777],
    ]);
  });

  it('shows the new places in the diff preview', async () => {
    const dir = tinyDir();
    await run(dir, NEW_SECTOR_AND_MAHALLAS);
    const name = `${DATE}.json`;
    const text = readFileSync(join(dir, 'snapshots', name), 'utf8');
    const before = loadTrial(dir, name, undefined, name);
    const after = loadTrial(dir, name, text, name);
    if (!before.ok || !after.ok) throw new Error('trial failed');
    const diff = diffDatasets(before.dataset, after.dataset, DATE, { threshold: 0.5 });
    expect(diff.newPlaces).toEqual(['d.galaba', 'd.s3', 'd.yangi-hayot']); // tree order: sector 2's mahalla first
    const shown = formatDiff(after.dataset, buildTree(after.dataset), diff);
    expect(shown).toContain('3 new place(s), added to places.json with this snapshot:');
    expect(shown).toContain(
      '+ d.yangi-hayot · Viloyat › Tuman › Yangi hayot (mahalla in sector 3; Yangi hayot* / Янги ҳаёт / Янги хаёт* / Yangi hayot*; * transliterated, check the spelling)',
    );
  });

  it('replaces, on a second import for the same date, the places an import whose snapshot was deleted added', async () => {
    const dir = tinyDir();
    await run(dir, NEW_SECTOR_AND_MAHALLAS);
    rmSync(join(dir, 'snapshots', `${DATE}.json`)); // the preview showed a mistake
    const fixed = {
      ...NEW_SECTOR_AND_MAHALLAS,
      [P]: { ...NEW_SECTOR_AND_MAHALLAS[P], E4: 'Янги ҳаёт', D5: 'Gʻalaba-2' },
    };
    const r = await run(dir, fixed);
    expect(r.cellProblems).toEqual([]);
    expect(
      places(dir)
        .filter((p) => p.added === DATE)
        .map((p) => p.id),
    ).toEqual(['d.s3', 'd.yangi-hayot', 'd.galaba-2']);
  });

  it('writes nothing on a dry run', async () => {
    const dir = tinyDir();
    const before = readFileSync(join(dir, 'places.json'), 'utf8');
    const r = await run(dir, NEW_SECTOR_AND_MAHALLAS, false);
    expect([r.ok, r.written, r.newPlaces]).toEqual([true, undefined, ['d.s3', 'd.yangi-hayot', 'd.galaba']]);
    expect(readFileSync(join(dir, 'places.json'), 'utf8')).toBe(before);
  });

  it('names each mistake by cell: a taken sector or slug, a missing sector, a name without a source, a script mix-up', async () => {
    const dir = tinyDir();
    const r = await run(dir, {
      [P]: {
        B3: 'sector',
        C3: 1, // d.s1 exists
        B4: 'sector',
        C4: 4,
        F4: 'Ism Familiya', // a name without a source
        B5: 'mahalla',
        C5: 3,
        D5: 'Yangi', // no sector 3
        B6: 'mahalla',
        C6: 1,
        D6: 'Bir', // slug "bir" is d.m1's
        B7: 'mahalla',
        C7: 2,
        D7: 'Янги', // Cyrillic in the Latin column
        B8: 'mahalla',
        C8: 2,
        D8: 'Yangi (1)', // no slug can be made
        B9: 'town',
        C9: 2,
        D9: 'Tinch',
        A10: 'r',
        B10: 'mahalla',
        C10: 2,
        D10: 'Tinch', // a region is no parent for a mahalla
      },
    });
    expect(where(r)).toEqual([
      `${P}!C3 unique-sector`,
      `${P}!F4 needs-source`,
      `${P}!C5 known-sector`,
      `${P}!D6 unique-slug`,
      `${P}!D7 name-script`,
      `${P}!D8 slug`,
      `${P}!B9 kind`,
      `${P}!A10 known-place`,
    ]);
    expect(r.cellProblems[0]!.message).toBe(
      'sector 1 of d is already there (d.s1 in places.json): is it listed twice?',
    );
    expect(r.written).toBeUndefined();
  });
});
