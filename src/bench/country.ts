/**
 * The benchmark's country-scale illustrative dataset: every ADM2 unit of the boundary
 * file (199 districts and cities in 14 regions), four sectors each, about 9,400 mahallas
 * and 12 monthly snapshots. Seeded: same seed and scale, same bytes. Never committed.
 *
 * Districts join to boundary shapes by SOATO code (`src/geo/model.ts`); the committed
 * crosswalk knows only Fergana's, so only Fergana's 19 units get real codes and shapes.
 * The others get SOATO-like codes (region code + 2xx/4xx) that join to nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Place, Sector, Mahalla, SnapshotRecord } from '../model/types.ts';
import { parseCsv, readReference, type Reference } from '../demo/reference.ts';
import { fork, type Random } from '../demo/random.ts';
import { allocate } from '../demo/allocate.ts';
import { toSlug, districtSlug } from '../demo/slug.ts';
import { MAHALLA_NAMES } from '../demo/mahalla-names.ts';
import { drawFinal, MAHALLA_METRICS, type MahallaMetric } from '../demo/series.ts';
import { sectorNames } from '../demo/places.ts';
import { illustrativeNote } from '../demo/notes.ts';
import { formatListFile } from '../demo/format.ts';

/** One unit of `geoboundaries-adm2-regions.csv`. */
export interface Adm2Row {
  shapeName: string;
  regionIso: string;
}

/** What the country generator reads: the demo's reference, the ADM2 list and Fergana's shape names. */
export interface CountryReference extends Reference {
  adm2: Adm2Row[];
  /** geoBoundaries shape name → index into `districts` (Fergana's official rows). */
  fergana: Map<string, number>;
}

/** Options of `generateCountry`. */
export interface CountryOptions {
  seed?: number;
  reference: CountryReference;
  /** Share of each region's districts kept (at least one each); 1 = the whole country. */
  scale?: number;
}

/** Mahallas in the whole country (the order of magnitude the Mahalla Register gives). */
export const COUNTRY_MAHALLAS = 9400;
/** The benchmark's twelve monthly publication dates. */
export const COUNTRY_DATES = Array.from({ length: 12 }, (_, i) => `2020-${String(i + 1).padStart(2, '0')}-01`);
export const BENCH_SEED = 20201202;
const SECTORS = [1, 2, 3, 4] as const;

// Two shape names in the boundary file carry a Cyrillic "а"; slugs and Latin names need ASCII.
const HOMOGLYPHS: Record<string, string> = { а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x' };
const latin = (s: string) => s.replace(/[аеорсх]/g, (c) => HOMOGLYPHS[c]!);

/** Reads regions, Fergana's districts and the ADM2 list from the reference folder. */
export function readCountryReference(dir: string): CountryReference {
  const base = readReference(dir);
  const adm2 = parseCsv(readFileSync(join(dir, 'geoboundaries-adm2-regions.csv'), 'utf8')).map((r) => ({ shapeName: r.shape_name!, regionIso: r.region_iso_3166_2! }));
  const shapeNames = parseCsv(readFileSync(join(dir, 'fergana-districts.csv'), 'utf8')).map((r) => r.geoboundaries_shape_name!);
  return { ...base, adm2, fergana: new Map(shapeNames.map((n, i) => [n, i])) };
}

/** A region's slug from its English name: "Andijan Region" → "andijan", "Tashkent City" → "tashkent-city". */
export function regionSlug(nameEn: string): string {
  return toSlug(nameEn.replace(/\s+Region$/, '').replace(/^Republic of\s+/, ''));
}

function sector(parent: string, n: number): Sector {
  return { id: `${parent}.s${n}`, slug: `sector-${n}`, kind: 'sector', parent, number: n, names: sectorNames(n), illustrative: true };
}

/** One generated district: its place and how many mahallas each of its sectors has. */
interface DistrictPlan {
  place: Place;
  counts: number[];
}

/** The districts of one region, Fergana's with official names and SOATO codes. */
function regionDistricts(ref: CountryReference, iso: string, regionId: string, regionSoato: string, scale: number): Place[] {
  const rows = ref.adm2.filter((r) => r.regionIso === iso);
  const kept = rows.slice(0, Math.max(1, Math.ceil(rows.length * scale)));
  let district = 200, city = 400;
  return kept.map((row, i) => {
    const official = ref.fergana.get(row.shapeName);
    const sectorOf = (i % 4) + 1;
    if (official !== undefined) {
      const d = ref.districts[official]!;
      return { id: `${regionId}.${districtSlug(d.names.en)}`, slug: districtSlug(d.names.en), kind: d.kind, parent: regionId, sector: sectorOf, soato: d.soato, names: d.names };
    }
    const isCity = / city$/.test(row.shapeName);
    const name = latin(row.shapeName.replace(/ city$/, ''));
    const slug = toSlug(latin(row.shapeName));
    // SOATO-like: region code, then 2xx for districts and 4xx for cities, as the real codes run.
    const soato = `${regionSoato}${isCity ? (city += 3) : (district += 3)}`;
    const names = { 'uz-Latn': `${name} ${isCity ? 'shahri' : 'tumani'}`, en: `${name} ${isCity ? 'City' : 'District'}` };
    return { id: `${regionId}.${slug}`, slug, kind: isCity ? 'city' : 'district', parent: regionId, sector: sectorOf, soato, names, illustrative: true } as Place;
  });
}

/** Mahallas per district (sum ≈ COUNTRY_MAHALLAS × share of districts kept), split over its four sectors. */
function mahallaCounts(n: number, total: number, rng: Random): number[][] {
  const perDistrict = allocate(total, Array.from({ length: n }, () => rng.float(0.4, 1.6)), Array(n).fill(8), Array(n).fill(96), rng);
  return perDistrict.map((m) => allocate(m, SECTORS.map(() => rng.float(0.6, 1.4)), [1, 1, 1, 1], [24, 24, 24, 24], rng));
}

/** A district's mahallas, named from the demo's list (unique within the district). */
function districtMahallas(seed: number, d: DistrictPlan): Mahalla[] {
  const total = d.counts.reduce((a, b) => a + b, 0);
  const names = fork(seed, `mahalla-names:${d.place.id}`).shuffle(MAHALLA_NAMES).slice(0, total);
  if (names.length < total) throw new Error(`${d.place.id} needs ${total} mahalla names, the list has ${MAHALLA_NAMES.length}`);
  return SECTORS.flatMap((n) =>
    names.splice(0, d.counts[n - 1]!).sort().map((name): Mahalla => {
      const slug = toSlug(name);
      return { id: `${d.place.id}.${slug}`, slug, kind: 'mahalla', parent: d.place.id, sector: n, names: { 'uz-Latn': name }, illustrative: true };
    }),
  );
}

/** Twelve months of one mahalla's stored metrics, growing towards `drawFinal`'s values. */
export function monthlySeries(rng: Random): Record<MahallaMetric, number[]> {
  const f = drawFinal(rng);
  const months = COUNTRY_DATES.length;
  const grow = (final: number, lo: number, hi: number) => {
    const out = [final];
    while (out.length < months) out.unshift(Math.max(0, out[0]! - rng.int(Math.ceil(out[0]! * lo), Math.ceil(out[0]! * hi))));
    return out;
  };
  const around = (level: number) => COUNTRY_DATES.map(() => Math.max(0, Math.round(level * rng.float(0.85, 1.15))));
  const registered = grow(f.iron_registered, 0, 0.04);
  const perMonth = f.population * rng.float(0.0008, 0.004);
  const received: number[] = [];
  for (let t = 0, sum = 0; t < months; t++) received.push(sum), (sum += Math.round(perMonth * rng.float(0.6, 1.4)));
  const share = rng.float(0.72, 0.95);
  const resolved = received.reduce<number[]>((acc, r) => [...acc, Math.min(r, Math.max(acc.at(-1) ?? 0, Math.round(r * share)))], []);
  const migrantsLevel = rng.chance(0.3) ? rng.int(1, 4) : f.population * rng.float(0.004, 0.03);
  const constant = (x: number) => COUNTRY_DATES.map(() => x);
  return {
    population: grow(f.population, 0, 0.003),
    iron_registered: registered,
    iron_lifted: grow(f.iron_lifted, 0.01, 0.06).map((x, i) => Math.min(x, registered[i]!)),
    youth_entries: around(f.population * rng.float(0.002, 0.012)),
    women_entries: around(f.population * rng.float(0.0015, 0.009)),
    labour_migrants: migrantsLevel < 5 ? constant(Math.round(migrantsLevel)) : around(migrantsLevel),
    schools: constant(f.schools),
    preschools: constant(f.preschools),
    health_facilities: constant(f.health_facilities),
    appeals_received: received,
    appeals_resolved: resolved,
  };
}

/** Relative path → file text for `places.json` and `snapshots/*.json`. Same seed and scale, same bytes. */
export function generateCountry({ seed = BENCH_SEED, reference, scale = 1 }: CountryOptions): Map<string, string> {
  if (!(scale > 0 && scale <= 1)) throw new RangeError(`scale must be in (0, 1], got ${scale}`);
  const places: Place[] = [];
  const plans: DistrictPlan[] = [];
  for (const region of reference.regions) {
    const regionId = region.iso.slice(3).toLowerCase();
    places.push({ id: regionId, slug: regionSlug(region.names.en), kind: 'region', iso: region.iso, soato: region.soato, names: region.names }, ...SECTORS.map((n) => sector(regionId, n)));
    for (const place of regionDistricts(reference, region.iso, regionId, region.soato, scale)) plans.push({ place, counts: [] });
  }
  const share = plans.length / reference.adm2.length;
  mahallaCounts(plans.length, Math.round(COUNTRY_MAHALLAS * share), fork(seed, 'country-counts')).forEach((c, i) => (plans[i]!.counts = c));
  const mahallas: Mahalla[] = [];
  for (const d of plans) {
    const own = districtMahallas(seed, d);
    places.push(d.place, ...SECTORS.map((n) => sector(d.place.id, n)), ...own);
    mahallas.push(...own);
  }
  const series = mahallas.map((m) => [m.id, monthlySeries(fork(seed, `values:${m.id}`))] as const);
  const files = new Map<string, string>([['places.json', formatListFile({ places }, 'places')]]);
  COUNTRY_DATES.forEach((date, t) => {
    const records: SnapshotRecord[] = series.map(([place, s]) => ({
      place,
      date,
      provenance: 'illustrative',
      values: Object.fromEntries(MAHALLA_METRICS.map((k) => [k, s[k][t]!])),
    }));
    files.set(`snapshots/${date}.json`, formatListFile({ published: date, note: illustrativeNote(date), records }, 'records'));
  });
  return files;
}
