/**
 * A reviewed proposal of `npm run extract`, read by the importer like a filled template:
 * each record becomes a snapshot record, its problems are named by record
 * (`records[3]`). A record without a place, or still marked unsure, is refused by name,
 * as is a value for an illustrative place or a source not yet in sources.json.
 */
import type { Dataset } from '../model/dataset.ts';
import { parseWith } from '../model/parse.ts';
import { parseJsonText } from '../model/read-json.ts';
import type { Value } from '../model/types.ts';
import { ProposalFile, type ProposalRecord } from '../schema/proposal.ts';
import { fileable } from '../extract/place-context.ts';
import type { CellProblem } from './cells.ts';
import type { RowOptions, RowRecord } from './rows.ts';

/** A file given to the importer: its name and bytes. */
interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

/** True when a file given to the importer is a proposal (JSON) rather than a spreadsheet. */
export const isProposalFile = (f: NamedBytes): boolean =>
  /\.json$/i.test(f.name) || /^\uFEFF?\s*\{/.test(new TextDecoder().decode(f.bytes.subarray(0, 64)));

const shown = (v: Value) => (typeof v === 'number' ? String(v) : `${v.value} (${v.qualifier})`);

/** The proposal in the file, or undefined with its problems (JSON, then schema) added to `problems`. */
function parseProposal(f: NamedBytes, problems: CellProblem[]): ProposalFile | undefined {
  const json = parseJsonText(new TextDecoder().decode(f.bytes), f.name);
  if (!json.ok)
    return void problems.push(
      ...json.problems.map((p) => ({ cell: p.path, rule: p.rule, message: p.message })),
    );
  const parsed = parseWith(ProposalFile, json.data, f.name);
  if (!parsed.ok)
    return void problems.push(
      ...parsed.problems.map((p) => ({
        cell: p.path,
        rule: p.rule,
        message: p.message,
        value: p.value === undefined ? undefined : JSON.stringify(p.value),
      })),
    );
  return parsed.data;
}

type Fail = (rule: string, message: string, value?: string) => void;

/** A record's place must be a real place of the dataset; `what` names the record in messages. */
function checkPlace(ds: Dataset, place: string | null, what: string, fail: Fail): void {
  if (place === null)
    return fail(
      'proposal-place',
      `no place for ${what}: give the id of the place it is about, or delete the record`,
    );
  const entry = ds.placeById.get(place);
  if (!entry) fail('known-place', `no place has this id in places.json (${what})`, place);
  else if (!fileable(ds, entry))
    fail(
      'illustrative-place',
      `${place} is an illustrative place (its name is generated): sourced values are never filed to it (${what})`,
      place,
    );
}

/** A record is reviewed: a real place, no "unsure" left, a known source, a date not after publication. */
function checkRecord(
  ds: Dataset,
  proposal: ProposalFile,
  r: ProposalRecord,
  published: string,
  fail: Fail,
): void {
  const what = `${Object.entries(r.values)
    .map(([m, v]) => `${m} = ${shown(v)}`)
    .join(', ')} «${r.provenance.quote.slice(0, 60)}»`;
  checkPlace(ds, r.place, what, fail);
  if (r.unsure !== undefined)
    fail(
      'proposal-unsure',
      `still unsure: ${r.unsure}. Check ${what} against the text, then delete "unsure" (or the record)`,
    );
  if (!ds.sourceById.has(r.provenance.source)) {
    const draft = proposal.source.status === 'draft' && proposal.source.entry.id === r.provenance.source;
    fail(
      'known-source',
      draft
        ? 'the source is the proposal\'s draft: add its "source.entry" to sources.json first'
        : 'no source has this id in sources.json',
      r.provenance.source,
    );
  }
  if (r.date > published)
    fail('date-not-after-published', `values published on ${published} cannot refer to a later date`, r.date);
}

/** The snapshot record of a reviewed proposal record, every cell named `records[i]`. */
function rowRecord(r: ProposalRecord, i: number): RowRecord {
  const cell = `records[${i}]`;
  const cells: Record<string, string> = {
    place: cell,
    date: cell,
    provenance: cell,
    ...Object.fromEntries(Object.keys(r.values).map((m) => [m, cell])),
  };
  return {
    row: i + 1,
    record: {
      place: r.place!,
      date: r.date,
      provenance: { source: r.provenance.source, quote: r.provenance.quote },
      values: r.values,
    },
    cells,
  };
}

/** Reads a proposal's records; every problem is added to `problems`. */
export function readProposal(
  ds: Dataset,
  f: NamedBytes,
  options: Pick<RowOptions, 'published' | 'seen'>,
  problems: CellProblem[],
): RowRecord[] {
  const proposal = parseProposal(f, problems);
  if (!proposal) return [];
  const out: RowRecord[] = [];
  proposal.records.forEach((r, i) => {
    const fail: Fail = (rule, message, value) =>
      problems.push({ cell: `records[${i}]`, rule, message, value });
    const before = problems.length;
    checkRecord(ds, proposal, r, options.published, fail);
    if (problems.length > before) return;
    const metrics = Object.keys(r.values);
    const key = `${r.place}|${r.date}`;
    const earlier = options.seen.get(key) ?? [];
    const clash = earlier.find((e) => metrics.some((m) => e.metrics.has(m)));
    if (clash)
      return void fail(
        'unique-row',
        `${r.place} already has ${metrics.join(', ')} for ${r.date} in ${clash.file === f.name ? '' : `${clash.file} `}records[${clash.row - 1}]`,
        r.place!,
      );
    options.seen.set(key, [...earlier, { file: f.name, row: i + 1, metrics: new Set(metrics) }]);
    out.push(rowRecord(r, i));
  });
  if (!proposal.records.length)
    problems.push({ cell: 'records', rule: 'no-values', message: 'the proposal has no records' });
  return out;
}
