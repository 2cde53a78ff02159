/**
 * The place tree of the demo: every region and every district and city of the country
 * (official names and codes). Only Fergana has more: its four sectors, and each of its
 * 19 districts and cities with four sectors and their mahallas. Which districts a region
 * sector groups and which mahallas a district has are generated, so those places are
 * flagged `illustrative`. Nothing is invented below the other regions' districts.
 */
import type { Place, Sector, Mahalla } from '../model/types.ts';
import type { DistrictRow, Reference, RegionRow } from './reference.ts';
import { fork } from '../geo/random.ts';
import { sectorPlace } from '../model/sector.ts';
import { toSlug, districtSlug, regionSlug } from './slug.ts';
import { MAHALLA_NAMES } from './mahalla-names.ts';
import * as facts from './facts.ts';

const REGION = { id: 'fa', slug: 'fergana', iso: 'UZ-FA' } as const;
const SECTORS = [1, 2, 3, 4] as const;
/** Mahallas per sector where the source says nothing. */
export const MAHALLAS_PER_SECTOR = { min: 4, max: 14 } as const;

/** A generated mahalla, with what the value generator needs to know about it. */
export interface MahallaInfo {
  id: string;
  district: string;
  sector: number;
  /** True for the 18 mahallas of the sourced sector, whose values must add up to its figures. */
  sourced: boolean;
}

export interface PlacesResult {
  places: Place[];
  mahallas: MahallaInfo[];
  /** Id of the sector the press release gives figures for. */
  sourcedSector: string;
}

function sector(parent: string, n: number, extra: Partial<Sector> = {}): Sector {
  return { ...sectorPlace(parent, n), illustrative: true, ...extra };
}

function regionPlaces(ref: Reference): Place[] {
  const row = ref.regions.find((r) => r.iso === REGION.iso);
  if (!row) throw new Error(`regions.csv has no ${REGION.iso}`);
  const region: Place = {
    id: REGION.id,
    slug: REGION.slug,
    kind: 'region',
    iso: row.iso,
    soato: row.soato,
    names: row.names,
  };
  const extras: Record<number, Partial<Sector>> = {
    1: { leader: facts.REGION_SECTOR1_LEADER },
    2: { headquarters: facts.REGION_SECTOR2_HEADQUARTERS },
  };
  return [region, ...SECTORS.map((n) => sector(REGION.id, n, extras[n]))];
}

/** How many mahallas each of a district's sectors has; the sourced sector has the published 18. */
function mahallaCounts(seed: number, districtId: string, sourced: boolean): number[] {
  const rng = fork(seed, `mahalla-counts:${districtId}`);
  return SECTORS.map((n) =>
    sourced && n === facts.SOURCED_SECTOR_NUMBER
      ? facts.figure('mahallas')
      : rng.int(MAHALLAS_PER_SECTOR.min, MAHALLAS_PER_SECTOR.max),
  );
}

const bySlug = (a: Mahalla, b: Mahalla) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/** A district's mahallas, sector by sector, each sector's sorted by slug. */
function districtMahallas(seed: number, districtId: string, sourced: boolean): Mahalla[] {
  const counts = mahallaCounts(seed, districtId, sourced);
  // The real mahalla takes one of the sourced sector's places and is not drawn from the list.
  const drawn = counts.reduce((a, b) => a + b, 0) - (sourced ? 1 : 0);
  const pool = MAHALLA_NAMES.filter((n) => toSlug(n) !== facts.QAYNAR.slug);
  if (drawn > pool.length)
    throw new Error(`${districtId} needs ${drawn} mahalla names, the list has ${pool.length}`);
  const names = fork(seed, `mahalla-names:${districtId}`).shuffle(pool).slice(0, drawn);
  const out: Mahalla[] = [];
  for (const n of SECTORS) {
    const own: Mahalla[] = [];
    if (sourced && n === facts.SOURCED_SECTOR_NUMBER) {
      own.push({
        id: `${districtId}.${facts.QAYNAR.slug}`,
        slug: facts.QAYNAR.slug,
        kind: 'mahalla',
        parent: districtId,
        sector: n,
        names: facts.QAYNAR.names,
        note: facts.QAYNAR.note,
      });
    }
    while (own.length < counts[n - 1]!) {
      const name = names.shift()!;
      const slug = toSlug(name);
      own.push({
        id: `${districtId}.${slug}`,
        slug,
        kind: 'mahalla',
        parent: districtId,
        sector: n,
        names: { 'uz-Latn': name },
        illustrative: true,
      });
    }
    out.push(...own.sort(bySlug));
  }
  return out;
}

/** A region's id: its ISO 3166-2 code without `UZ-`, lower case (`fa`, `qr`). */
export const regionId = (iso: string) => iso.replace(/^UZ-/, '').toLowerCase();

/**
 * A region and its districts and cities, with real names and codes only: the ids and slugs
 * the site uses (the country benchmark builds on the same ones, so its URLs are the site's).
 */
export function bareRegion(row: RegionRow, districts: readonly DistrictRow[]): Place[] {
  const id = regionId(row.iso);
  const region: Place = {
    id,
    slug: regionSlug(row.names.en),
    kind: 'region',
    iso: row.iso,
    soato: row.soato,
    names: row.names,
  };
  return [
    region,
    ...districts.map((d): Place => ({
      id: `${id}.${districtSlug(d.names.en)}`,
      slug: districtSlug(d.names.en),
      kind: d.kind,
      parent: id,
      soato: d.soato,
      names: d.names,
    })),
  ];
}

export function buildPlaces(ref: Reference, seed: number): PlacesResult {
  const places: Place[] = regionPlaces(ref);
  const mahallas: MahallaInfo[] = [];
  const sourcedSector = `${REGION.id}.${facts.SOURCED_DISTRICT_SLUG}.s${facts.SOURCED_SECTOR_NUMBER}`;
  ref.districts
    .filter((row) => row.region === REGION.iso)
    .forEach((row, i) => {
      const slug = districtSlug(row.names.en);
      const id = `${REGION.id}.${slug}`;
      const sourced = slug === facts.SOURCED_DISTRICT_SLUG;
      // Round-robin: which region sector a district belongs to is not published.
      places.push({
        id,
        slug,
        kind: row.kind,
        parent: REGION.id,
        sector: (i % 4) + 1,
        soato: row.soato,
        names: row.names,
      });
      for (const n of SECTORS) {
        const isSourced = sourced && n === facts.SOURCED_SECTOR_NUMBER;
        places.push(
          sector(id, n, isSourced ? { leader: facts.SECTOR2_LEADER, channels: facts.SECTOR2_CHANNELS } : {}),
        );
      }
      for (const m of districtMahallas(seed, id, sourced)) {
        places.push(m);
        mahallas.push({
          id: m.id,
          district: id,
          sector: m.sector,
          sourced: sourced && m.sector === facts.SOURCED_SECTOR_NUMBER,
        });
      }
    });
  if (!places.some((p) => p.id === sourcedSector))
    throw new Error(`the reference has no district "${facts.SOURCED_DISTRICT_SLUG}"`);
  // The rest of the country follows Fergana, so Fergana's lines keep their place in the file.
  for (const row of ref.regions) {
    if (row.iso !== REGION.iso)
      places.push(
        ...bareRegion(
          row,
          ref.districts.filter((d) => d.region === row.iso),
        ),
      );
  }
  return { places, mahallas, sourcedSector };
}
