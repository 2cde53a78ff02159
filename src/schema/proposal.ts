/**
 * A proposal written by `npm run extract`: the figures a press release seems to give, each
 * with its quote, for a person to check before `npm run import` turns it into a snapshot.
 * Never a published file: it lives in a git-ignored folder until it is imported.
 */
import { z } from 'zod';
import { Id, IsoDate, Text } from './common.ts';
import { MetricId } from './metrics.ts';
import { Value } from './snapshot.ts';
import { Source } from './sources.ts';

/** The document the figures were read from, and the wording that holds the value. */
export const ProposalProvenance = z.strictObject({
  /** Id of the source: an entry of `sources.json`, or the draft `source` of the proposal. */
  source: Id,
  /** The fragment of the text that holds the number, verbatim. */
  quote: Text,
});

/** One proposed value. */
export const ProposalRecord = z.strictObject({
  /** Id of the place, or null when no place could be told; such a record is not imported. */
  place: Id.nullable(),
  /** Date the value refers to. */
  date: IsoDate,
  /** Where the value comes from. */
  provenance: ProposalProvenance,
  /** One metric and its value. */
  values: z.record(MetricId, Value),
  /** Why the value needs a person's decision; delete it once checked, or the import refuses the record. */
  unsure: Text.optional(),
  /** How the place was found, for the reviewer (the words that named it). */
  placeFrom: Text.optional(),
});

/** An official named in the text with their position. */
export const ProposalOfficial = z.strictObject({
  /** The name as written. */
  name: Text,
  /** The position as written, e.g. «Ўзбекистон тумани прокурори, 2-сектор раҳбари». */
  position: Text,
  /** The place the position is about, where it could be told. */
  place: Id.nullable(),
  /** The sector the official leads: stated («2-сектор раҳбари»), or by the position (a hokim leads sector 1). */
  leads: Id.nullable(),
  /** Position and name, verbatim. */
  quote: Text,
});

/** A public channel the text says was set up. */
export const ProposalChannel = z.strictObject({
  /** What kind of channel. */
  kind: z.enum(['telegram', 'website', 'other']),
  /** Its address, only where the text gives one. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** The place it serves, where it could be told. */
  place: Id.nullable(),
  /** The words that say so, verbatim. */
  quote: Text,
});

/** A number not proposed as a value, with why and where. */
export const ProposalUnfiled = z.strictObject({
  /** The number as written. */
  raw: Text,
  /** What it is: an ordinal, a year, a sum of money, people helped, or a count of no metric. */
  reason: Text,
  /** Its sentence, with names of private persons left out. */
  sentence: Text,
});

/** The proposal file. */
export const ProposalFile = z.strictObject({
  /** Marks the file as a proposal (the importer tells it from a spreadsheet by it). */
  proposal: z.literal(1),
  /** The file it was read from. */
  file: Text,
  /** Language and script the text was found to be in. */
  language: z.enum(['uz-Latn', 'uz-Cyrl', 'ru', 'en']),
  /** The source: an existing entry of `sources.json` (`existing`), or a draft to add there (`draft`). */
  source: z.strictObject({ status: z.enum(['existing', 'draft']), entry: Source }),
  /** One record per value found. */
  records: z.array(ProposalRecord),
  /** Officials named with their position. */
  officials: z.array(ProposalOfficial),
  /** Channels the text mentions. */
  channels: z.array(ProposalChannel),
  /** Every other number of the text. */
  unfiled: z.array(ProposalUnfiled),
});

export type ProposalRecord = z.infer<typeof ProposalRecord>;
export type ProposalOfficial = z.infer<typeof ProposalOfficial>;
export type ProposalChannel = z.infer<typeof ProposalChannel>;
export type ProposalUnfiled = z.infer<typeof ProposalUnfiled>;
export type ProposalFile = z.infer<typeof ProposalFile>;
