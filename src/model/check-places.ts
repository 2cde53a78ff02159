/** Cross-checks of places.json, metrics.json and sources.json against each other. */
import type { Dataset } from './dataset.ts';
import type { Problem } from './problems.ts';
import type { Provenance } from './types.ts';

/** Slugs a region may not take, because the site uses them for its own pages. */
export const RESERVED_SLUGS = new Set([
  'about',
  'a-z',
  'api',
  'charts',
  'embed',
  'archive',
  'search',
  'map',
  'data',
  'feed',
  'assets',
  '_astro',
]);

/** Files the problems are reported against. */
export interface FileNames {
  places: string;
  metrics: string;
  sources: string;
}

const PARENT_KINDS: Record<string, string[]> = {
  district: ['region'],
  city: ['region'],
  sector: ['region', 'district', 'city'],
  mahalla: ['district', 'city'],
};

/** Reports a problem of `$.places[i]`: the path after it, the rule, the message, the value. */
type At = (i: number, rest: string, rule: string, message: string, value?: unknown) => void;

/** Records the first index of a key; a later one is reported against the first. */
function firstUse(seen: Map<string, number>, key: string, i: number, twice: (first: number) => void): void {
  const first = seen.get(key);
  if (first !== undefined) twice(first);
  else seen.set(key, i);
}

type Place = Dataset['places'][number];

/** The parent must be a place of the dataset, of a kind that may hold this place. */
function checkParent(ds: Dataset, p: Place, i: number, at: At): void {
  if (!('parent' in p)) return;
  const parent = ds.placeById.get(p.parent);
  if (!parent)
    at(i, '.parent', 'known-place', `parent "${p.parent}" is not a place of the dataset`, p.parent);
  else if (!PARENT_KINDS[p.kind]?.includes(parent.kind))
    at(
      i,
      '.parent',
      'parent-kind',
      `a ${p.kind} belongs to a ${PARENT_KINDS[p.kind]?.join(' or ')}, not a ${parent.kind}`,
      p.parent,
    );
}

/** Slugs the site uses, or a sector's, are refused; siblings' slugs differ (they make URLs). */
function checkSlug(p: Place, i: number, at: At, siblings: Map<string, number>): void {
  if (p.kind === 'region' && RESERVED_SLUGS.has(p.slug))
    at(i, '.slug', 'reserved-slug', `slug "${p.slug}" is used by the site itself`, p.slug);
  if (p.kind === 'mahalla' && /^sector-\d$/.test(p.slug))
    at(i, '.slug', 'reserved-slug', 'mahalla slugs may not look like sector slugs', p.slug);
  firstUse(siblings, `${'parent' in p ? p.parent : ''}/${p.slug}`, i, (first) =>
    at(
      i,
      '.slug',
      'unique-slug',
      `slug "${p.slug}" is already used by $.places[${first}] under the same parent`,
      p.slug,
    ),
  );
}

/** One place: its parent, slug, sector number (unique under the parent) and successors. */
function checkPlace(
  ds: Dataset,
  p: Place,
  i: number,
  at: At,
  seen: { slugs: Map<string, number>; sectors: Map<string, number> },
): void {
  checkParent(ds, p, i, at);
  checkSlug(p, i, at, seen.slugs);
  if (p.kind === 'sector')
    firstUse(seen.sectors, `${p.parent}#${p.number}`, i, (first) =>
      at(
        i,
        '.number',
        'unique-sector',
        `sector ${p.number} of "${p.parent}" is already $.places[${first}]`,
        p.number,
      ),
    );
  p.replacedBy?.ids.forEach((id, j) => {
    if (!ds.placeById.has(id))
      at(i, `.replacedBy.ids[${j}]`, 'known-place', `successor "${id}" is not a place of the dataset`, id);
  });
}

/** A sector's leader, headquarters and channels cite known sources. */
function checkSectorSources(ds: Dataset, p: Place, i: number, file: string, problems: Problem[]): void {
  if (p.kind !== 'sector') return;
  checkProvenance(p.leader?.provenance, `$.places[${i}].leader.provenance`, ds, file, problems);
  checkProvenance(p.headquarters?.provenance, `$.places[${i}].headquarters.provenance`, ds, file, problems);
  p.channels?.forEach((c, j) =>
    checkProvenance(c.provenance, `$.places[${i}].channels[${j}].provenance`, ds, file, problems),
  );
}

export function checkPlaces(ds: Dataset, files: FileNames): Problem[] {
  const problems: Problem[] = [];
  const at: At = (i, rest, rule, message, value) =>
    problems.push({ file: files.places, path: `$.places[${i}]${rest}`, rule, message, value });

  const ids = new Map<string, number>();
  ds.places.forEach((p, i) =>
    firstUse(ids, p.id, i, (first) =>
      at(i, '.id', 'unique-id', `id "${p.id}" is already used by $.places[${first}]`, p.id),
    ),
  );

  const seen = { slugs: new Map<string, number>(), sectors: new Map<string, number>() };
  ds.places.forEach((p, i) => checkPlace(ds, p, i, at, seen));

  // A district's or mahalla's sector number must name an existing sector of its parent.
  ds.places.forEach((p, i) => {
    if (
      (p.kind === 'mahalla' || p.kind === 'district' || p.kind === 'city') &&
      p.sector !== undefined &&
      ds.placeById.has(p.parent) &&
      !seen.sectors.has(`${p.parent}#${p.sector}`)
    )
      at(i, '.sector', 'known-sector', `"${p.parent}" has no sector ${p.sector} in places.json`, p.sector);
    checkSectorSources(ds, p, i, files.places, problems);
  });
  return problems;
}

/** A cited source must exist in sources.json. */
export function checkProvenance(
  pv: Provenance | undefined,
  path: string,
  ds: Dataset,
  file: string,
  problems: Problem[],
): void {
  if (pv && pv !== 'illustrative' && !ds.sourceById.has(pv.source)) {
    problems.push({
      file,
      path: `${path}.source`,
      rule: 'known-source',
      message: `source "${pv.source}" is not in sources.json`,
      value: pv.source,
    });
  }
}

export function checkCatalogue(ds: Dataset, files: FileNames): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  ds.metrics.forEach((m, i) => {
    const at = (rest: string, rule: string, message: string, value?: unknown) =>
      problems.push({ file: files.metrics, path: `$.metrics[${i}]${rest}`, rule, message, value });
    if (seen.has(m.id)) at('.id', 'unique-id', `metric "${m.id}" is defined twice`, m.id);
    seen.add(m.id);
    if (m.derived) {
      for (const side of ['numerator', 'denominator'] as const) {
        const ref = ds.metricById.get(m.derived[side]);
        if (!ref)
          at(
            `.derived.${side}`,
            'known-metric',
            `metric "${m.derived[side]}" is not in the catalogue`,
            m.derived[side],
          );
        else if (ref.derived)
          at(
            `.derived.${side}`,
            'stored-metric',
            'a derived metric is computed from stored metrics only',
            m.derived[side],
          );
      }
    }
  });
  ds.rules.forEach((r, i) => {
    for (const side of ['part', 'total'] as const) {
      if (!ds.metricById.has(r[side]))
        problems.push({
          file: files.metrics,
          path: `$.rules[${i}].${side}`,
          rule: 'known-metric',
          message: `metric "${r[side]}" is not in the catalogue`,
          value: r[side],
        });
    }
  });
  const sourceSeen = new Set<string>();
  ds.sources.forEach((src, i) => {
    if (sourceSeen.has(src.id))
      problems.push({
        file: files.sources,
        path: `$.sources[${i}].id`,
        rule: 'unique-id',
        message: `source "${src.id}" is defined twice`,
        value: src.id,
      });
    sourceSeen.add(src.id);
  });
  return problems;
}
