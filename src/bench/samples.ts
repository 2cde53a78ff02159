/** The sample pages the benchmark weighs and runs Lighthouse on: one of each type. */
import type { PlaceEntry } from '../model/dataset.ts';

/** Home, the Fergana (or first) region, its largest district, that district's largest sector, a mahalla in it. */
export function samplePages(places: readonly PlaceEntry[]): Record<string, string> {
  const kids = (id: string) => places.filter((p) => 'parent' in p && p.parent === id);
  const region =
    places.find((p) => p.kind === 'region' && p.iso === 'UZ-FA') ?? places.find((p) => p.kind === 'region')!;
  const size = (d: PlaceEntry) => kids(d.id).filter((p) => p.kind === 'mahalla').length;
  const district = kids(region.id)
    .filter((p) => p.kind === 'district' || p.kind === 'city')
    .sort((a, b) => size(b) - size(a))[0]!;
  const inSector = (n: number) => kids(district.id).filter((p) => p.kind === 'mahalla' && p.sector === n);
  const sector = [1, 2, 3, 4].sort((a, b) => inSector(b).length - inSector(a).length)[0]!;
  const mahalla = inSector(sector)[0]!;
  const base = `/uz/${region.slug}/`;
  return {
    home: '/uz/',
    region: base,
    district: `${base}${district.slug}/`,
    sector: `${base}${district.slug}/sector-${sector}/`,
    mahalla: `${base}${district.slug}/${mahalla.slug}/`,
  };
}
