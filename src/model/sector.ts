/**
 * What follows from a sector's parent and number alone: its id (`fa.ozbekiston.s2`), slug
 * (`sector-2`) and names ("2-sektor"). The demo generator, the benchmark and the places
 * sheet of the import all make sectors this way.
 */
import type { Sector } from './types.ts';

/** A sector's names in the four forms. */
export const sectorNames = (n: number) => ({
  'uz-Latn': `${n}-sektor`,
  'uz-Cyrl': `${n}-сектор`,
  ru: `Сектор ${n}`,
  en: `Sector ${n}`,
});

/** Sector `n` of a region, district or city, with nothing else known about it. */
export const sectorPlace = (parent: string, n: number): Sector => ({
  id: `${parent}.s${n}`,
  slug: `sector-${n}`,
  kind: 'sector',
  parent,
  number: n,
  names: sectorNames(n),
});
