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

export function checkPlaces(ds: Dataset, files: FileNames): Problem[] {
  const problems: Problem[] = [];
  const at = (i: number, rest: string, rule: string, message: string, value?: unknown) =>
    problems.push({ file: files.places, path: `$.places[${i}]${rest}`, rule, message, value });

  const seen = new Map<string, number>();
  ds.places.forEach((p, i) => {
    if (seen.has(p.id))
      at(i, '.id', 'unique-id', `id "${p.id}" is already used by $.places[${seen.get(p.id)}]`, p.id);
    else seen.set(p.id, i);
  });

  const urlSiblings = new Map<string, number>();
  const sectorNumbers = new Map<string, number>();
  ds.places.forEach((p, i) => {
    const parent = 'parent' in p ? ds.placeById.get(p.parent) : undefined;
    if ('parent' in p) {
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
    if (p.kind === 'region' && RESERVED_SLUGS.has(p.slug))
      at(i, '.slug', 'reserved-slug', `slug "${p.slug}" is used by the site itself`, p.slug);
    if (p.kind === 'mahalla' && /^sector-\d$/.test(p.slug))
      at(i, '.slug', 'reserved-slug', 'mahalla slugs may not look like sector slugs', p.slug);
    const key = `${'parent' in p ? p.parent : ''}/${p.slug}`;
    if (urlSiblings.has(key))
      at(
        i,
        '.slug',
        'unique-slug',
        `slug "${p.slug}" is already used by $.places[${urlSiblings.get(key)}] under the same parent`,
        p.slug,
      );
    else urlSiblings.set(key, i);
    if (p.kind === 'sector') {
      const k = `${p.parent}#${p.number}`;
      if (sectorNumbers.has(k))
        at(
          i,
          '.number',
          'unique-sector',
          `sector ${p.number} of "${p.parent}" is already $.places[${sectorNumbers.get(k)}]`,
          p.number,
        );
      else sectorNumbers.set(k, i);
    }
    p.replacedBy?.ids.forEach((id, j) => {
      if (!ds.placeById.has(id))
        at(i, `.replacedBy.ids[${j}]`, 'known-place', `successor "${id}" is not a place of the dataset`, id);
    });
  });

  // A district's or mahalla's sector number must name an existing sector of its parent.
  ds.places.forEach((p, i) => {
    if (
      (p.kind === 'mahalla' || p.kind === 'district' || p.kind === 'city') &&
      p.sector !== undefined &&
      ds.placeById.has(p.parent)
    ) {
      if (!sectorNumbers.has(`${p.parent}#${p.sector}`))
        at(i, '.sector', 'known-sector', `"${p.parent}" has no sector ${p.sector} in places.json`, p.sector);
    }
    if (p.kind === 'sector') {
      checkProvenance(p.leader?.provenance, `$.places[${i}].leader.provenance`, ds, files.places, problems);
      checkProvenance(
        p.headquarters?.provenance,
        `$.places[${i}].headquarters.provenance`,
        ds,
        files.places,
        problems,
      );
      p.channels?.forEach((c, j) =>
        checkProvenance(c.provenance, `$.places[${i}].channels[${j}].provenance`, ds, files.places, problems),
      );
    }
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
