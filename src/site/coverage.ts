/** Publication coverage of the site's dataset, nationally and per region, computed once per build. */
import { coverage, type Coverage } from '../derive/coverage.ts';
import { siteData, type SiteData } from './data.ts';

const cache = new Map<string, Coverage>();

/** Coverage of the whole country, or of one region. */
export function siteCoverage(regionId?: string): Coverage {
  const key = regionId ?? '';
  let c = cache.get(key);
  if (!c) {
    const { ds, tree } = siteData();
    c = coverage(ds, tree, regionId);
    cache.set(key, c);
  }
  return c;
}

/** Each region's coverage, in places.json order. */
export const regionCoverages = (): [string, Coverage][] =>
  siteData()
    .ds.places.filter((p) => p.kind === 'region' && !p.replacedBy)
    .map((r) => [r.id, siteCoverage(r.id)]);

/**
 * Whether a place has any figure of its own (stored or derived): the one test of "published"
 * for pages, tables, maps and charts.
 */
export const hasFigures = (data: SiteData, placeId: string) => data.figuresOf(placeId).size > 0;
