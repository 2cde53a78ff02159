/**
 * From a press release's text to a proposal: every number read once (src/text/numbers),
 * what it counts from the catalogue's words, its qualifier, its place, its quote; the
 * officials and channels named; and every other number listed as unfiled. Nothing is
 * written here and nothing is published: a person reviews the proposal, then imports it.
 */
import type { Dataset, PlaceEntry } from '../model/dataset.ts';
import type {
  ProposalChannel,
  ProposalFile,
  ProposalOfficial,
  ProposalRecord,
  ProposalUnfiled,
} from '../schema/proposal.ts';
import { readNumbers } from '../text/numbers.ts';
import { decide, type Figure, type TextModel, type Unfiled } from './figures.ts';
import type { PageText } from './html.ts';
import { metricMatches, metricPhrases } from './metric-words.ts';
import { channelsIn, officialOf, personNames, withoutNames, type OfficialFound } from './people.ts';
import { fileable, placeResolver, type PlaceState } from './place-context.ts';
import { findMentions, nameIndex, type Mention } from './place-names.ts';
import { sourceOf, languageOf, type SourceFound } from './source.ts';
import { clauses, rangeAt, sentences, tokenize, type Range } from './tokens.ts';

/** What the person gave on the command line. */
export interface ExtractOptions {
  /** Shown as the proposal's `file`. */
  file: string;
  /** Every value goes to this place. */
  place?: string;
  /** The id of the source in sources.json. */
  source?: string;
  /** The publication date, when the text does not give it. */
  date?: string;
}

/** A proposal, and how its source was found; or why none could be made. */
export type ExtractResult =
  { ok: true; proposal: ProposalFile; source: SourceFound } | { ok: false; error: string };

/** The place of `--place`, or why it cannot take values. */
function givenPlace(
  ds: Dataset,
  place: string | undefined,
): { ok: true; given: PlaceEntry | undefined } | { ok: false; error: string } {
  const given = place === undefined ? undefined : ds.placeById.get(place);
  if (place !== undefined && !given) return { ok: false, error: `--place: no place has the id "${place}"` };
  if (given && !fileable(ds, given))
    return {
      ok: false,
      error: `--place: ${given.id} is an illustrative place (its name is generated): nothing is filed to it`,
    };
  return { ok: true, given };
}

/** The text read once: tokens, numbers, sentences, places, officials and metric words. */
function readText(ds: Dataset, text: string, given: PlaceEntry | undefined) {
  const tokens = tokenize(text);
  const numbers = readNumbers(text);
  const sents = sentences(text);
  const mentions = findMentions(text, tokens, numbers, nameIndex(ds), new Set(sents.map((s) => s.start)));
  const resolve = placeResolver(ds, text, mentions);
  const placeAt = given ? (): PlaceState => ({ place: given.id, from: '--place' }) : resolve;
  const names = personNames(text, tokens);
  const sectorAt = (i: number) => sectorNumberAt(mentions, tokens[i]!.start);
  const officials = names.flatMap((n) => officialOf(text, tokens, n, sectorAt) ?? []);
  const privateNames = names.filter((n) => !officials.some((o) => o.name === n));
  const model: TextModel = {
    text,
    tokens,
    numbers,
    sentences: sents,
    clauses: clauses(text),
    matches: metricMatches(tokens, metricPhrases(ds.metrics)),
    units: new Map(ds.metrics.map((m) => [m.id, m.unit])),
    cueKeys: blankPlaceNames(tokens, mentions),
    privateNames,
    placeAt,
  };
  return { model, officials };
}

/** Numbers not filed, in the order of the text, each with its sentence (private names left out). */
function toUnfiled(model: TextModel, unfiled: readonly Unfiled[]): ProposalUnfiled[] {
  return [...unfiled]
    .sort((a, b) => a.n.start - b.n.start)
    .map((u): ProposalUnfiled => ({
      raw: u.n.raw,
      reason: u.reason,
      sentence: sentenceOf(model.text, model.sentences, u.n.start, model.privateNames),
    }));
}

/** Reads the text of a press release into a proposal. */
export function extractProposal(
  ds: Dataset,
  input: { text: string; page?: PageText },
  options: ExtractOptions,
): ExtractResult {
  const { text, page } = input;
  const source = sourceOf(ds, text, page, options);
  if ('error' in source) return { ok: false, error: source.error };
  const place = givenPlace(ds, options.place);
  if (!place.ok) return place;
  const { model, officials } = readText(ds, text, place.given);
  const decisions = model.numbers.map((_, k) => decide(model, k));
  const { records, again } = toRecords(
    text,
    decisions.filter((d): d is Figure => d.kind === 'figure'),
    source.entry.id,
    source.entry.date,
  );
  const proposal: ProposalFile = {
    proposal: 1,
    file: options.file,
    language: languageOf(text),
    source: { status: source.status, entry: source.entry },
    records,
    officials: toOfficials(ds, text, officials, model.placeAt),
    channels: toChannels(text, model.tokens, model.sentences, model.placeAt),
    unfiled: toUnfiled(model, [...decisions.filter((d): d is Unfiled => d.kind === 'unfiled'), ...again]),
  };
  return { ok: true, proposal, source };
}

/** Token keys with the words of place names blanked («Янги ҳаёт» is a mahalla, not "new"). */
function blankPlaceNames(tokens: ReturnType<typeof tokenize>, mentions: readonly Mention[]): string[] {
  const names = mentions.filter((m) => m.kind !== 'sector');
  let k = 0;
  return tokens.map((t) => {
    while (names[k] && names[k]!.end <= t.start) k++;
    return names[k] && names[k]!.start <= t.start && t.end <= names[k]!.end ? '' : t.key;
  });
}

/** The number of the sector mention at an offset, if any. */
function sectorNumberAt(mentions: readonly Mention[], offset: number): number | undefined {
  const m = mentions.find((x) => x.kind === 'sector' && x.start <= offset && offset < x.end);
  return m?.kind === 'sector' ? m.number : undefined;
}

/** The sentence around an offset, private names left out. */
function sentenceOf(text: string, sents: readonly Range[], at: number, names: readonly Range[]): string {
  const s = rangeAt(sents, at) ?? { start: at, end: Math.min(text.length, at + 80) };
  return withoutNames(text.slice(s.start, s.end), s.start, names).replace(/\s+/g, ' ');
}

/** Records from figures; a figure given twice for a place is listed once, two different ones are both unsure. */
function toRecords(
  text: string,
  figures: readonly Figure[],
  source: string,
  date: string,
): { records: ProposalRecord[]; again: Unfiled[] } {
  const again: Unfiled[] = [];
  const kept: Figure[] = [];
  for (const f of figures) {
    const same = kept.find(
      (k) => k.metric === f.metric && k.place.place === f.place.place && f.place.place !== null,
    );
    if (same && same.n.value === f.n.value)
      again.push({
        kind: 'unfiled',
        n: f.n,
        reason: `the same figure again (${f.metric} of ${f.place.place})`,
      });
    else kept.push(f);
  }
  return {
    again,
    records: kept.map((f): ProposalRecord => {
      // Two different sure values of one metric for one place: a person must choose (flows are unsure anyway).
      const others = f.unsure.length
        ? []
        : kept.filter(
            (k) =>
              k !== f &&
              !k.unsure.length &&
              k.metric === f.metric &&
              k.place.place === f.place.place &&
              f.place.place !== null,
          );
      const unsure = [
        ...f.unsure,
        ...(others.length
          ? [
              `the text gives ${f.metric} of this place more than once: ${[f, ...others].map((x) => x.n.raw).join(', ')}`,
            ]
          : []),
      ];
      const value = f.qualifier === 'exact' ? f.n.value : { value: f.n.value, qualifier: f.qualifier };
      return {
        place: f.place.place,
        date,
        provenance: { source, quote: text.slice(f.quote.start, f.quote.end) },
        values: { [f.metric]: value },
        ...(unsure.length ? { unsure: unsure.join('; ') } : {}),
        ...(f.place.from ? { placeFrom: f.place.from } : {}),
      };
    }),
  };
}

const up = (ds: Dataset, p: PlaceEntry | undefined, kinds: readonly string[]): PlaceEntry | undefined => {
  let cur = p;
  while (cur && !kinds.includes(cur.kind)) cur = 'parent' in cur ? ds.placeById.get(cur.parent) : undefined;
  return cur;
};

/** Officials with the place of their position and the sector they lead. */
function toOfficials(
  ds: Dataset,
  text: string,
  found: readonly OfficialFound[],
  placeAt: (o: number) => PlaceState,
): ProposalOfficial[] {
  const out: ProposalOfficial[] = [];
  for (const o of found) {
    if (out.some((x) => x.name === o.name.text)) continue;
    const state = placeAt(o.position.end);
    const here = state.place && !state.problem ? ds.placeById.get(state.place) : undefined;
    const base = o.regional ? up(ds, here, ['region']) : up(ds, here, ['district', 'city', 'region']);
    const leads =
      base && o.sector
        ? ds.places.find((p) => p.kind === 'sector' && p.parent === base.id && p.number === o.sector)
        : undefined;
    out.push({
      name: o.name.text,
      position: o.position.text,
      place: base?.id ?? null,
      leads: leads?.id ?? null,
      quote: text.slice(o.position.start, o.name.end),
    });
  }
  return out;
}

/** Channels with the words that name them, to the end of their clause. */
function toChannels(
  text: string,
  tokens: ReturnType<typeof tokenize>,
  sents: readonly Range[],
  placeAt: (o: number) => PlaceState,
): ProposalChannel[] {
  const parts = clauses(text);
  const out: ProposalChannel[] = [];
  for (const c of channelsIn(tokens)) {
    const start = tokens[c.from]!.start;
    const clause = rangeAt(parts, start) ?? { start, end: tokens[c.to - 1]!.end };
    const quote = text.slice(start, clause.end).replace(/[\s.,;:!?]+$/, '');
    const sentence = rangeAt(sents, start) ?? clause;
    const link = /https?:\/\/[^\s"'<>)]+|(?<![\w/.])t\.me\/[A-Za-z0-9_]+/.exec(
      text.slice(sentence.start, sentence.end),
    )?.[0];
    const url = link
      ? (link.startsWith('http') ? link : `https://${link}`).replace(/[.,;]+$/, '')
      : undefined;
    const state = placeAt(start);
    const place = state.problem ? null : state.place;
    if (out.some((x) => x.kind === c.kind && x.place === place)) continue;
    out.push({ kind: c.kind, ...(url ? { url } : {}), place, quote });
  }
  return out;
}
