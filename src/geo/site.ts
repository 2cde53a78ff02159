/**
 * The geography of the site being built: found once per build (see source.ts) and
 * joined to the site's dataset. Pages and the map data endpoint share it.
 */
import { siteData } from '../site/data.ts';
import { findBoundaries, readPlaceBoundaries, type Found } from './source.ts';
import { buildGeography, type Geography } from './model.ts';
import { areasBelow, buildSubject, subjectIdOf, type Subject } from './subject.ts';

/** Boundaries as found, and the geography when there are some. */
export interface SiteGeo {
  found: Found;
  geo?: Geography;
}

let cached: Promise<SiteGeo> | undefined;

/** The build's geography, loaded on first call. */
export function siteGeo(): Promise<SiteGeo> {
  cached ??= (async () => {
    const found = await findBoundaries();
    if (!found.ok) {
      console.warn(`[map] no boundaries: maps say how to install them (${found.tried.join('; ')})`);
      return { found };
    }
    const { ds, tree } = siteData();
    const real = readPlaceBoundaries(process.env.PLACE_BOUNDARIES, (id) =>
      ['sector', 'mahalla'].includes(ds.placeById.get(id)?.kind ?? ''),
    );
    const geo = buildGeography(found.topology, ds, tree, real);
    if (geo.missing.length) console.warn(`[map] no shape for ${geo.missing.map((p) => p.id).join(', ')}`);
    console.log(`[map] boundaries from ${found.from}`);
    return { found, geo };
  })();
  return cached;
}

/** What a place page's map is: none (nothing below), no boundaries, or a subject's map. */
export type PlaceMapState =
  { state: 'none' } | { state: 'no-boundaries' } | { state: 'map'; subject: Subject; selected?: string };

const subjects = new Map<string, Subject | undefined>();

/** The map of a subject (a place whose page draws its own map), made once per build. */
export async function subjectMap(id: string): Promise<Subject | undefined> {
  const { geo } = await siteGeo();
  if (!geo) return undefined;
  if (!subjects.has(id)) {
    const { ds, tree } = siteData();
    subjects.set(id, buildSubject(ds, tree, geo, id));
  }
  return subjects.get(id);
}

/** The map a place page opens with. */
export async function mapFor(placeId: string): Promise<PlaceMapState> {
  const { ds, tree } = siteData();
  const id = subjectIdOf(ds, tree, placeId);
  if (!id || !areasBelow(ds, tree, id).length) return { state: 'none' };
  const { geo } = await siteGeo();
  if (!geo) return { state: 'no-boundaries' };
  const subject = await subjectMap(id);
  if (!subject) return { state: 'none' };
  return { state: 'map', subject, ...(id !== placeId ? { selected: placeId } : {}) };
}
