/**
 * Illustrative monthly values of one mahalla. Each series is drawn backwards from its
 * value on the latest date, so the sourced sector's totals can be fixed first and the
 * cumulative registers (Iron Notebook, appeals) only ever grow towards them.
 */
import type { Random } from '../geo/random.ts';
import { DATES, monthsSinceNewYear } from './calendar.ts';
import { allocate } from './allocate.ts';
import { figure } from './facts.ts';

/** The stored metrics a mahalla record carries, in the order of metrics.json. */
export const MAHALLA_METRICS = [
  'population',
  'iron_registered',
  'iron_lifted',
  'youth_entries',
  'women_entries',
  'labour_migrants',
  'schools',
  'preschools',
  'health_facilities',
  'appeals_received',
  'appeals_resolved',
] as const;
export type MahallaMetric = (typeof MAHALLA_METRICS)[number];

/** One value per date of DATES, per metric. */
export type Series = Record<MahallaMetric, number[]>;

/** What a mahalla looks like on the latest date. */
export interface Final {
  population: number;
  iron_registered: number;
  iron_lifted: number;
  schools: number;
  preschools: number;
  health_facilities: number;
}

export const POPULATION = { min: 1500, max: 7000 } as const;
// Latest populations keep a margin inside the range so the drift backwards stays in it.
const FINAL_POPULATION = { min: 1600, max: 6900 } as const;
/** How far above "more than 62,000" the generated sector-2 population lies. */
export const POPULATION_MARGIN = { min: 200, max: 2400 } as const;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** A mahalla the source says nothing about. */
export function drawFinal(rng: Random): Final {
  const population = rng.int(FINAL_POPULATION.min, FINAL_POPULATION.max);
  const iron_registered = Math.round(population * rng.float(0.006, 0.02));
  const u = rng.next();
  return {
    population,
    iron_registered,
    iron_lifted: Math.round(iron_registered * rng.float(0.55, 0.9)),
    schools: clamp(Math.round(population / 2600 + rng.float(-0.7, 0.7)), 0, 3),
    preschools: clamp(Math.round(population / 2800 + rng.float(-0.8, 0.8)), 0, 3),
    health_facilities: u < 0.05 ? 2 : u < 0.32 ? 1 : 0,
  };
}

/** `n` mahallas whose latest values add up to the sourced sector's published figures. */
export function drawSourcedFinals(n: number, rng: Random): Final[] {
  const fill = (x: number) => Array.from({ length: n }, () => x);
  const noisy = (base: readonly number[], lo: number, hi: number) => base.map((b) => b * rng.float(lo, hi));
  const target = figure('population') + rng.int(POPULATION_MARGIN.min, POPULATION_MARGIN.max);
  const population = allocate(
    target,
    noisy(fill(1), 0.6, 1.4),
    fill(FINAL_POPULATION.min),
    fill(FINAL_POPULATION.max),
    rng,
  );
  const registered = allocate(
    figure('iron_registered'),
    noisy(population, 0.7, 1.3),
    fill(15),
    fill(110),
    rng,
  );
  const lifted = allocate(
    figure('iron_lifted'),
    noisy(registered, 0.7, 1),
    registered.map((r) => Math.floor(r / 2)),
    registered,
    rng,
  );
  const institutions = (metric: string, max: number) =>
    allocate(figure(metric), noisy(population, 0.5, 1.5), fill(0), fill(max), rng);
  const schools = institutions('schools', 3);
  const preschools = institutions('preschools', 3);
  const health = institutions('health_facilities', 2);
  return population.map((p, i) => ({
    population: p,
    iron_registered: registered[i]!,
    iron_lifted: lifted[i]!,
    schools: schools[i]!,
    preschools: preschools[i]!,
    health_facilities: health[i]!,
  }));
}

/** A cumulative count drawn backwards: each earlier month loses a share of `[lo, hi]`. */
function backwards(final: number, lo: number, hi: number, rng: Random): number[] {
  const out = [final];
  while (out.length < DATES.length) {
    const next = out[0]!;
    out.unshift(Math.max(0, next - rng.int(Math.ceil(next * lo), Math.ceil(next * hi))));
  }
  return out;
}

/** A count that goes up and down a little around `level`. */
const around = (level: number, spread: number, rng: Random) =>
  DATES.map(() => Math.max(0, Math.round(level * rng.float(1 - spread, 1 + spread))));

/** Labour migrants: some mahallas have none, a fair share 1–4 (exercises small-number suppression). */
function migrants(population: number, rng: Random): number[] {
  const u = rng.next();
  if (u < 0.12) return DATES.map(() => 0);
  if (u < 0.37) return DATES.map(() => rng.int(1, 4));
  const level = population * rng.float(0.004, 0.03);
  return around(level, 0.1, rng).map((x) => Math.max(5, x));
}

/** Appeals received and resolved, both counted since 1 January, resolved ≤ received. */
function appeals(population: number, rng: Random): { received: number[]; resolved: number[] } {
  const perMonth = population * rng.float(0.0008, 0.004);
  const share = rng.float(0.72, 0.95);
  const received: number[] = [];
  const resolved: number[] = [];
  let months = 0;
  let total = 0;
  for (const date of DATES) {
    for (; months < monthsSinceNewYear(date); months++) total += Math.round(perMonth * rng.float(0.6, 1.4));
    const done = Math.min(total, Math.round(total * share * rng.float(0.96, 1)));
    received.push(total);
    resolved.push(Math.max(resolved.at(-1) ?? 0, done));
  }
  return { received, resolved };
}

/** Every metric of one mahalla on every date, ending at `final`. */
export function buildSeries(final: Final, rng: Random): Series {
  const population = [final.population];
  while (population.length < DATES.length) {
    const next = population[0]!;
    population.unshift(Math.max(POPULATION.min, next - rng.int(0, Math.round(next * 0.003))));
  }
  const registered = backwards(final.iron_registered, 0, 0.05, rng);
  // Lifting out of poverty moves faster than registration; never more than registered.
  const lifted = backwards(final.iron_lifted, 0.02, 0.09, rng).map((x, i) => Math.min(x, registered[i]!));
  const { received, resolved } = appeals(final.population, rng);
  const constant = (x: number) => DATES.map(() => x);
  return {
    population,
    iron_registered: registered,
    iron_lifted: lifted,
    youth_entries: around(final.population * rng.float(0.002, 0.012), 0.15, rng),
    women_entries: around(final.population * rng.float(0.0015, 0.009), 0.15, rng),
    labour_migrants: migrants(final.population, rng),
    schools: constant(final.schools),
    preschools: constant(final.preschools),
    health_facilities: constant(final.health_facilities),
    appeals_received: received,
    appeals_resolved: resolved,
  };
}
