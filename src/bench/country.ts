/**
 * The benchmark's country-scale illustrative dataset: the real tree of the whole country
 * (14 regions and the 206 districts and cities of `districts.csv`, with the ids, slugs,
 * names and SOATO codes of `data/places.json`), four generated sectors each, about 9,400
 * generated mahallas and 12 monthly snapshots. Seeded: same seed and scale, same bytes.
 * Never committed. Districts join to boundary shapes by their real SOATO codes.
 */
import type { Place, Sector, Mahalla, SnapshotRecord } from '../model/types.ts';
import type { Reference } from '../demo/reference.ts';
import { fork, type Random } from '../geo/random.ts';
import { allocate } from '../demo/allocate.ts';
import { toSlug } from '../demo/slug.ts';
import { MAHALLA_NAMES } from '../demo/mahalla-names.ts';
import { drawFinal, MAHALLA_METRICS, type MahallaMetric } from '../demo/series.ts';
import { bareRegion } from '../demo/places.ts';
import { sectorPlace } from '../model/sector.ts';
import { illustrativeNote } from '../demo/notes.ts';
import { formatListFile } from '../model/list-file.ts';

/** Options of `generateCountry`. */
export interface CountryOptions {
  seed?: number;
  /** Regions and districts of the country (`readReference`). */
  reference: Reference;
  /** Share of each region's districts kept (at least one each); 1 = the whole country. */
  scale?: number;
}

/** Mahallas in the whole country (the order of magnitude the Mahalla Register gives). */
export const COUNTRY_MAHALLAS = 9400;
/** The benchmark's twelve monthly publication dates. */
export const COUNTRY_DATES = Array.from({ length: 12 }, (_, i) => `2020-${String(i + 1).padStart(2, '0')}-01`);
export const BENCH_SEED = 20201202;
const SECTORS = [1, 2, 3, 4] as const;

function sector(parent: string, n: number): Sector {
  return { ...sectorPlace(parent, n), illustrative: true };
}

/** One generated district: its place and how many mahallas each of its sectors has. */
interface DistrictPlan {
  place: Place;
  counts: number[];
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
  for (const row of reference.regions) {
    const [region, ...districts] = bareRegion(row, reference.districts.filter((d) => d.region === row.iso));
    places.push(region!, ...SECTORS.map((n) => sector(region!.id, n)));
    const kept = districts.slice(0, Math.max(1, Math.ceil(districts.length * scale)));
    // Which region sector a district belongs to is not published: round-robin, as in the demo.
    kept.forEach((place, i) => plans.push({ place: { ...place, sector: (i % 4) + 1 } as Place, counts: [] }));
  }
  const share = plans.length / reference.districts.length;
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
