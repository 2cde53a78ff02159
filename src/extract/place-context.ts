/**
 * Which place a number is about: the last place named before it, read the way a person
 * reads a press release («Ўзбекистон тумани прокурори, 2-сектор раҳбари …» then «2-сектор
 * ҳудудида 16 та мактаб» is sector 2 of that district). A place named without its kind
 * word, an ambiguous name, a name the dataset lacks, or an illustrative place leave the
 * number without a sure place.
 */
import type { Dataset, PlaceEntry } from '../model/dataset.ts';
import type { Mention } from './place-names.ts';

/** The place a number takes, or why it has none. */
export interface PlaceState {
  /** Place id, or null. */
  place: string | null;
  /** Why the place is not sure (the number is then unsure). */
  problem?: string;
  /** The words that named it, for the reviewer. */
  from: string;
}

interface Ctx {
  region?: PlaceEntry;
  district?: PlaceEntry;
  sector?: PlaceEntry;
  mahalla?: PlaceEntry;
  problem?: string;
  from: string[];
}

/**
 * True when values may be filed to the place. Illustrative mahallas have generated names
 * and do not exist; a sector exists wherever its district or city does (every one has
 * four by law), even when the demo marks its make-up (which mahallas) as illustrative.
 */
export function fileable(ds: Dataset, p: PlaceEntry): boolean {
  if (p.kind === 'sector') {
    const parent = ds.placeById.get(p.parent);
    return !!parent && fileable(ds, parent);
  }
  return p.illustrative !== true;
}

const quoted = (s: string) => `«${s}»`;

function sectorOf(ds: Dataset, parent: PlaceEntry, n: number): PlaceEntry | undefined {
  return ds.places.find((p) => p.kind === 'sector' && p.parent === parent.id && p.number === n);
}

function parentOf(ds: Dataset, p: PlaceEntry): PlaceEntry | undefined {
  return 'parent' in p ? ds.placeById.get(p.parent) : undefined;
}

type MentionOf<K extends Mention['kind']> = Extract<Mention, { kind: K }>;

/** The context after a sector is named: of the region, or of the district in question. */
function applySector(ds: Dataset, ctx: Ctx, m: MentionOf<'sector'>): Ctx {
  const parent =
    m.level === 'region' ? ctx.region : (ctx.district ?? (ctx.sector && parentOf(ds, ctx.sector)));
  const from = m.level === 'here' && ctx.district && !ctx.problem ? [ctx.from[0]!, m.text] : [m.text];
  if (!parent || ctx.problem)
    return {
      region: ctx.region,
      problem: `${quoted(m.text)}: the text does not say whose sector this is (no district, city or region named before it)`,
      from,
    };
  const sector = sectorOf(ds, parent, m.number);
  const base = { region: ctx.region, district: m.level === 'here' ? ctx.district : undefined, from };
  if (!sector) return { ...base, problem: `${parent.id} has no sector ${m.number} in the dataset` };
  return {
    ...base,
    sector,
    problem: fileable(ds, sector) ? undefined : `${sector.id} is illustrative: nothing is filed to it`,
  };
}

/** The context after a place of the dataset is named: it and the places above it. */
function applyPlace(ds: Dataset, m: MentionOf<'place'>): Ctx {
  const p = m.place;
  const parent = parentOf(ds, p);
  const next: Ctx =
    p.kind === 'region'
      ? { region: p, from: [m.text] }
      : p.kind === 'mahalla'
        ? { region: parent && parentOf(ds, parent), district: parent, mahalla: p, from: [m.text] }
        : { region: parent, district: p, from: [m.text] };
  if (!fileable(ds, p))
    next.problem = `${quoted(m.text)} is an illustrative place in this dataset (its name is generated): nothing is filed to it`;
  else if (m.bare)
    next.problem = `${quoted(m.text)} is named without its kind word (тумани, шаҳри, вилояти): check that ${p.id} is meant`;
  return next;
}

/** The context after a mention. */
function apply(ds: Dataset, ctx: Ctx, m: Mention): Ctx {
  // A mahalla name several districts have: the one of the district in question, if there is one.
  const local =
    m.kind === 'ambiguous' && ctx.district
      ? m.candidates.filter((c) => c.kind === 'mahalla' && c.parent === ctx.district!.id)
      : [];
  if (m.kind === 'ambiguous' && local.length === 1)
    return apply(ds, ctx, {
      start: m.start,
      end: m.end,
      text: m.text,
      kind: 'place',
      place: local[0]!,
      bare: false,
    });
  if (m.kind === 'ambiguous')
    return {
      problem: `${quoted(m.text)} may name any of ${m.candidates.map((c) => c.id).join(', ')}: give --place, or name the place with its kind word (тумани, шаҳри, вилояти)`,
      from: [m.text],
    };
  // An unknown mahalla is still in the district in question; an unknown district is in the region.
  if (m.kind === 'unknown')
    return {
      region: ctx.region,
      district: m.what === 'mahalla' ? ctx.district : undefined,
      problem: `${quoted(m.text.replace(/[«»“”"]/g, ''))} (a ${m.what}) is not in the dataset`,
      from: [m.text],
    };
  return m.kind === 'sector' ? applySector(ds, ctx, m) : applyPlace(ds, m);
}

/** True when a sector is named right before its district («в 3-м секторе Кувинского района»). */
function sectorBeforeItsDistrict(text: string, m: Mention, next: Mention | undefined): boolean {
  return (
    m.kind === 'sector' &&
    m.level === 'here' &&
    next?.kind === 'place' &&
    (next.place.kind === 'district' || next.place.kind === 'city') &&
    /^\s*$/.test(text.slice(m.end, next.start))
  );
}

/** The place at each point of the text, from the mentions in order. */
export function placeResolver(
  ds: Dataset,
  text: string,
  mentions: readonly Mention[],
): (offset: number) => PlaceState {
  const states: { at: number; ctx: Ctx }[] = [];
  let ctx: Ctx = { from: [] };
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const next = mentions[i + 1];
    if (sectorBeforeItsDistrict(text, m, next)) {
      ctx = apply(ds, apply(ds, ctx, next!), m);
      states.push({ at: next!.end, ctx });
      i++;
      continue;
    }
    ctx = apply(ds, ctx, m);
    states.push({ at: m.end, ctx });
  }
  return (offset) => {
    let lo = 0;
    let hi = states.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (states[mid]!.at <= offset) lo = mid + 1;
      else hi = mid;
    }
    const found = states[lo - 1]?.ctx;
    if (!found) return { place: null, problem: 'no place is named before this number', from: '' };
    const place = found.mahalla ?? found.sector ?? found.district ?? found.region;
    const from = found.from.join(' › ');
    if (found.problem)
      return {
        place: found.problem.includes('without its kind word') && place ? place.id : null,
        problem: found.problem,
        from,
      };
    return place
      ? { place: place.id, from }
      : { place: null, problem: 'no place is named before this number', from };
  };
}
