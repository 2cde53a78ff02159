/**
 * Where a text names a place: a region, district or city with its kind word («Ўзбекистон
 * тумани», «Oʻzbekiston tumanida», «Узбекистанского района», «город Фергана»), a mahalla
 * by its name and «маҳалла»/«МФЙ», a sector («2-сектор», «вилоят 2-сектор», «сектор 2»,
 * «Прокурор секторида»). Names are compared by search key (any script, any case) with
 * endings allowed («туманида», «района»). A name without its kind word is a mention too,
 * but an ambiguous one when several places share it («Фарғона») and an unsure one otherwise.
 */
import type { Dataset, PlaceEntry } from '../model/dataset.ts';
import type { ReadNumber } from '../text/numbers.ts';
import { keyOf, tokenFrom, type Token } from './tokens.ts';

/** A place named in the text. */
export type Mention = { start: number; end: number; text: string } & (
  | { kind: 'place'; place: PlaceEntry; bare: boolean }
  | { kind: 'sector'; number: number; level: 'region' | 'here' }
  | { kind: 'ambiguous'; candidates: PlaceEntry[] }
  | { kind: 'unknown'; what: string }
);

const KIND_WORDS = new Set([
  'tumani',
  'tuman',
  'shahri',
  'shahar',
  'viloyati',
  'viloyat',
  'rayon',
  'gorod',
  'oblast',
  'district',
  'city',
  'region',
  'respublikasi',
  'respublika',
  'republic',
]);
const MAHALLA_WORDS = /^(mahal|mfy|shod|sgm|citizens)/;
/** Kind words as they follow a name («Янгиобод маҳалласи», «Қува тумани», «Кувинский район»). */
const POSSESSIVE_KIND = /^(mahalasi|tumani|shahri|rayon|district|city)/;
const SURNAME_LIKE = /(ov|ev|ova|eva)$/;
const COUNTRY = new Set(['ozbekiston', 'uzbekistan', 'ozbekistan']);
const REGION_WORDS = /^(viloyat|oblast|region)/;
const SECTOR_WORD = /^(sektor|sector)/;
/** The sector a position leads: 1 hokim, 2 prosecutor, 3 internal affairs, 4 tax inspectorate. */
export const POSITION_SECTOR: readonly [RegExp, number][] = [
  [/^(hokim|governor|mayor)/, 1],
  [/^(prokuror|prosecutor)/, 2],
  [/^(ichki|vnutren|internal|iib)/, 3],
  [/^(solik|nalog|tax)/, 4],
];

/** A word of a name as compared: long words lose a final vowel or two, so endings can follow. */
const stem = (k: string) => (k.length >= 5 ? k.replace(/[aeiouy]{1,2}$/, '') : k);
/** Kind words also written in their plain form before another noun: «Марғилон шаҳар ҳокимлиги». */
const PLAIN_FORM: Record<string, string> = { shahri: 'shahar' };
const fits = (token: string, word: string) =>
  (token.startsWith(stem(word)) && token.length - stem(word).length <= 7) ||
  (PLAIN_FORM[word] !== undefined && token.startsWith(PLAIN_FORM[word]!));

/** One way of writing a place's name, as stems. */
interface NameForm {
  place: PlaceEntry;
  words: string[];
  /** Without the kind word, for districts, cities and regions. */
  bare: string[];
}

/** Name forms of every region, district, city and mahalla, by the first letters of their first word. */
export type NameIndex = Map<string, NameForm[]>;

export function nameIndex(ds: Dataset): NameIndex {
  const index: NameIndex = new Map();
  for (const p of ds.places) {
    if (p.kind === 'sector') continue;
    for (const form of new Set(Object.values(p.names).map(keyOf))) {
      const words = form.split(' ').filter(Boolean);
      const bare = words.filter((w) => !KIND_WORDS.has(w));
      if (!bare.length) continue;
      const entry = { place: p, words, bare };
      for (const first of new Set([words[0]!, bare[0]!])) {
        const k = stem(first).slice(0, 3);
        (index.get(k) ?? index.set(k, []).get(k)!).push(entry);
      }
    }
  }
  return index;
}

const matchAt = (tokens: readonly Token[], i: number, words: readonly string[]) =>
  words.every((w, j) => tokens[i + j] !== undefined && fits(tokens[i + j]!.key, w));
const span = (text: string, tokens: readonly Token[], from: number, to: number) => ({
  start: tokens[from]!.start,
  end: tokens[to - 1]!.end,
  text: text.slice(tokens[from]!.start, tokens[to - 1]!.end),
});

/**
 * The mention made by the longest of the forms found at token `i` (`length`: its words),
 * naming one place or, when several places have a form that long, ambiguous; and the token after it.
 */
function longest(
  text: string,
  tokens: readonly Token[],
  i: number,
  found: readonly NameForm[],
  length: (f: NameForm) => number,
  bare: boolean,
): [Mention, number] | undefined {
  if (!found.length) return undefined;
  const n = Math.max(...found.map(length));
  const places = [...new Set(found.filter((f) => length(f) === n).map((f) => f.place))];
  const s = span(text, tokens, i, i + n);
  return [
    places.length === 1
      ? { ...s, kind: 'place', place: places[0]!, bare }
      : { ...s, kind: 'ambiguous', candidates: places },
    i + n,
  ];
}

/** Forms written with the kind word: districts, cities, regions; mahallas with «маҳалла» or «МФЙ» before or after. */
function withKindWord(tokens: readonly Token[], i: number, forms: readonly NameForm[]): NameForm[] {
  const mahallaWordAt = (k: number) => tokens[k] !== undefined && MAHALLA_WORDS.test(tokens[k]!.key);
  return [
    ...forms.filter(
      (f) => f.place.kind !== 'mahalla' && f.words.length > f.bare.length && matchAt(tokens, i, f.words),
    ),
    ...forms.filter(
      (f) =>
        f.place.kind === 'mahalla' &&
        tokens[i]!.capital &&
        matchAt(tokens, i, f.words) &&
        (mahallaWordAt(i + f.words.length) || mahallaWordAt(i - 1)),
    ),
  ];
}

/** Forms of districts, cities and regions written without their kind word («Қувада»). */
function withoutKindWord(tokens: readonly Token[], i: number, forms: readonly NameForm[]): NameForm[] {
  const t = tokens[i]!;
  return forms.filter(
    (f) =>
      f.place.kind !== 'mahalla' && matchAt(tokens, i, f.bare) && t.key.length - stem(f.bare[0]!).length <= 4,
  );
}

/** A name the dataset does not have, told by its kind word or its quotes. */
function unknownAt(
  text: string,
  tokens: readonly Token[],
  i: number,
  starts: ReadonlySet<number>,
): [Mention, number] | undefined {
  const t = tokens[i]!;
  // In quotes before «маҳалла», or before «маҳалласи», «тумани», «шаҳри» (not a sentence's first word).
  const next = tokens[i + 1];
  const inQuotes = /[«“"„]\s*$/.test(text.slice(Math.max(0, t.start - 2), t.start));
  const kindWord = next && (POSSESSIVE_KIND.test(next.key) || (inQuotes && MAHALLA_WORDS.test(next.key)));
  if (kindWord && (inQuotes || !starts.has(t.start)) && !SURNAME_LIKE.test(t.key))
    return [
      {
        ...span(text, tokens, i, i + 2),
        kind: 'unknown',
        what: MAHALLA_WORDS.test(next.key) ? 'mahalla' : 'district or city',
      },
      i + 2,
    ];
  // «в махалле «Намунаобод»»: the kind word first, the name in quotes.
  const prev = tokens[i - 1];
  if (inQuotes && prev && MAHALLA_WORDS.test(prev.key))
    return [{ ...span(text, tokens, i - 1, i + 1), kind: 'unknown', what: 'mahalla' }, i + 1];
  return undefined;
}

/** The named place starting at token `i`, and the token after it. */
function placeAt(
  text: string,
  tokens: readonly Token[],
  i: number,
  index: NameIndex,
  starts: ReadonlySet<number>,
): [Mention, number] | undefined {
  const t = tokens[i]!;
  const forms = index.get(t.key.slice(0, 3)) ?? [];
  const full = longest(text, tokens, i, withKindWord(tokens, i, forms), (f) => f.words.length, false);
  if (full) return full;
  if (!t.capital || COUNTRY.has(t.key) || t.key.length < 4) return undefined;
  const bare = longest(text, tokens, i, withoutKindWord(tokens, i, forms), (f) => f.bare.length, true);
  return bare ?? unknownAt(text, tokens, i, starts);
}

/** Sectors named by number: «2-сектор», «2-го сектора», «вилоят 2-сектор», «сектор № 2», «sector 2». */
function sectorMentions(text: string, tokens: readonly Token[], numbers: readonly ReadNumber[]): Mention[] {
  const out: Mention[] = [];
  for (const n of numbers) {
    if (!Number.isInteger(n.value) || n.value < 1 || n.value > 4) continue;
    const after = tokenFrom(tokens, n.end);
    const firstOwn = tokenFrom(tokens, n.start);
    const before = tokens[firstOwn - 1];
    const ownWord = n.kind === 'ordinal' && SECTOR_WORD.test(keyOf(n.raw.replace(/^\d+[-‐‑–—]?/, '')));
    const nextWord = !!tokens[after] && SECTOR_WORD.test(tokens[after]!.key) && n.kind === 'ordinal';
    const wordBefore = before && SECTOR_WORD.test(before.key) && (n.kind === 'number' || n.kind === 'label');
    if (!ownWord && !nextWord && !wordBefore) continue;
    const lead = wordBefore ? tokens[firstOwn - 2] : before;
    // «вилоят 2-сектор», «2-го сектора области»: the region's sector.
    const trail = nextWord ? tokens[after + 1] : undefined;
    const level =
      (lead && REGION_WORDS.test(lead.key)) || (trail && /^(oblast|viloyat)/.test(trail.key))
        ? 'region'
        : 'here';
    const start = wordBefore ? before!.start : level === 'region' ? lead!.start : n.start;
    const end =
      level === 'region' && trail && /^(oblast|viloyat)/.test(trail.key)
        ? trail.end
        : nextWord
          ? tokens[after]!.end
          : n.end;
    out.push({ start, end, text: text.slice(start, end), kind: 'sector', number: n.value, level });
  }
  // «Прокурор секторида», «в секторе прокурора»: the sector of the prosecutor, sector 2.
  const positionSector = (t: Token | undefined) =>
    t ? POSITION_SECTOR.find(([re]) => re.test(t.key))?.[1] : undefined;
  const sectorNoun = (t: Token | undefined) => !!t && /^(sektor|sector)(i|ida|ining|a|e|om|u)?$/.test(t.key);
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    const n = sectorNoun(next) ? positionSector(t) : sectorNoun(t) ? positionSector(next) : undefined;
    if (n && next)
      out.push({
        start: t.start,
        end: next.end,
        text: text.slice(t.start, next.end),
        kind: 'sector',
        number: n,
        level: 'here',
      });
  });
  return out;
}

/** Every place named in the text, in order, none overlapping. */
export function findMentions(
  text: string,
  tokens: readonly Token[],
  numbers: readonly ReadNumber[],
  index: NameIndex,
  sentenceStarts: ReadonlySet<number>,
): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length;) {
    const found = /^\d/.test(tokens[i]!.text) ? undefined : placeAt(text, tokens, i, index, sentenceStarts);
    if (found) {
      out.push(found[0]);
      i = found[1];
    } else i++;
  }
  const all = [...out, ...sectorMentions(text, tokens, numbers)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  return all.filter((m, k) => !all.slice(0, k).some((o) => o.start <= m.start && m.start < o.end));
}
