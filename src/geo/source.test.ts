import { describe, it, expect, afterAll } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBoundaries, readPlaceBoundaries } from './source.ts';
import { BoundaryError } from './importer.ts';
import { readCrosswalk } from './crosswalk.ts';
import { gridFile, adm2, unit, rect } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'boundaries-'));
const good = join(dir, 'good.geojson');
writeFileSync(good, JSON.stringify(gridFile(readCrosswalk().filter((r) => r.regionIso === 'UZ-FA'))));
const bad = join(dir, 'bad.geojson');
writeFileSync(bad, JSON.stringify(adm2([unit(readCrosswalk()[0]!.shapeId, 'Broken', null)])));
const nowhere = join(dir, 'cache', 'adm2.topo.json');
const noShared = join(dir, 'no-shared', 'boundaries.geojson');
const server = createServer((_, res) => res.end(JSON.stringify(gridFile(readCrosswalk().slice(0, 2)))));
const port = await new Promise<number>((ok) =>
  server.listen(0, '127.0.0.1', () => ok((server.address() as AddressInfo).port)),
);
afterAll(() => server.close());

describe('findBoundaries', () => {
  it('builds without boundaries when BOUNDARIES=none, whatever else is set', async () => {
    expect(await findBoundaries({ BOUNDARIES: 'none', BOUNDARIES_SRC: good }, nowhere)).toEqual({
      ok: false,
      tried: ['BOUNDARIES=none'],
    });
  });

  it('imports BOUNDARIES_SRC first', async () => {
    const found = await findBoundaries({ BOUNDARIES_SRC: good }, nowhere);
    expect(found.ok && found.from).toBe(good);
    expect(found.ok && found.topology.objects.units.geometries).toHaveLength(19);
  });

  it('stops the build on a source that is there but broken, naming the feature', async () => {
    await expect(findBoundaries({ BOUNDARIES_SRC: bad }, nowhere)).rejects.toThrow(BoundaryError);
    await expect(findBoundaries({ BOUNDARIES_SRC: bad }, nowhere)).rejects.toThrow(
      /"Broken".*empty geometry/,
    );
  });

  it('says what it tried when nothing is found (offline, nothing imported, no URL)', async () => {
    const found = await findBoundaries({ BOUNDARIES_SRC: join(dir, 'missing.geojson') }, nowhere, noShared);
    expect(found.ok).toBe(false);
    expect(!found.ok && found.tried).toEqual([
      expect.stringMatching(/^BOUNDARIES_SRC=.*missing\.geojson: ENOENT/),
      `${nowhere}: not there`,
      `${noShared}: not there`,
      'BOUNDARIES_URL: not set',
    ]);
  });

  it('refuses a download whose SHA-256 is not the pinned one', async () => {
    const found = await findBoundaries(
      { BOUNDARIES_URL: `http://127.0.0.1:${port}/adm2.geojson` },
      nowhere,
      noShared,
    );
    expect(!found.ok && found.tried.at(-1)).toMatch(/SHA-256 [0-9a-f]{64} is not the pinned b7ffa2f9/);
  });

  it('reads an earlier import when no source is given', async () => {
    const cache = join(dir, 'saved.topo.json');
    const found = await findBoundaries({ BOUNDARIES_SRC: good }, nowhere);
    writeFileSync(cache, JSON.stringify(found.ok && found.topology));
    const again = await findBoundaries({}, cache);
    expect(again.ok && again.from).toBe(cache);
  });

  it("skips an earlier import made with an older crosswalk, and reads the shared folder's file without any setting", async () => {
    const cache = join(dir, 'stale.topo.json');
    const found = await findBoundaries({ BOUNDARIES_SRC: good }, nowhere);
    const topo = found.ok ? found.topology : undefined;
    for (const g of topo!.objects.units.geometries) delete (g.properties as { soato?: string }).soato;
    writeFileSync(cache, JSON.stringify(topo));
    const again = await findBoundaries({}, cache, good);
    expect(again.ok && again.from).toBe(good);
    const none = await findBoundaries({}, cache, noShared);
    expect(!none.ok && none.tried[0]).toBe(
      `${cache}: made with an older src/geo/crosswalk.csv (run npm run boundaries again)`,
    );
  });
});

describe('readPlaceBoundaries', () => {
  const file = join(dir, 'places.geojson');
  const feature = (place: string, geometry: unknown) => ({
    type: 'Feature',
    properties: { place },
    geometry,
  });
  const isOurs = (id: string) => id === 'fa.ozbekiston.qaynar';

  it('reads real polygons by place id', () => {
    writeFileSync(
      file,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [feature('fa.ozbekiston.qaynar', rect(71, 40, 71.01, 40.01))],
      }),
    );
    expect([...readPlaceBoundaries(file, isOurs).keys()]).toEqual(['fa.ozbekiston.qaynar']);
    expect(readPlaceBoundaries(undefined, isOurs).size).toBe(0);
  });

  it('names the feature of an unknown place or a broken geometry', () => {
    writeFileSync(
      file,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [feature('fa.atlantis', rect(71, 40, 71.01, 40.01)), feature('fa.ozbekiston.qaynar', null)],
      }),
    );
    expect(() => readPlaceBoundaries(file, isOurs)).toThrow(
      /features\[0\]: "fa.atlantis" is not a sector or mahalla[\s\S]*features\[1\]: geometry: empty geometry/,
    );
  });
});
