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
import { ProposalFile } from '../schema/proposal.ts';
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

/** Reads a proposal's records; every problem is added to `problems`. */
export function readProposal(
  ds: Dataset,
  f: NamedBytes,
  options: Pick<RowOptions, 'published' | 'seen'>,
  problems: CellProblem[],
): RowRecord[] {
  const json = parseJsonText(new TextDecoder().decode(f.bytes), f.name);
  if (!json.ok)
    return (
      void problems.push(...json.problems.map((p) => ({ cell: p.path, rule: p.rule, message: p.message }))),
      []
    );
  const parsed = parseWith(ProposalFile, json.data, f.name);
  if (!parsed.ok)
    return (
      void problems.push(
        ...parsed.problems.map((p) => ({
          cell: p.path,
          rule: p.rule,
          message: p.message,
          value: p.value === undefined ? undefined : JSON.stringify(p.value),
        })),
      ),
      []
    );
  const proposal = parsed.data;
  const out: RowRecord[] = [];
  proposal.records.forEach((r, i) => {
    const cell = `records[${i}]`;
    const values = Object.entries(r.values);
    const what = `${values.map(([m, v]) => `${m} = ${shown(v)}`).join(', ')} «${r.provenance.quote.slice(0, 60)}»`;
    const fail = (rule: string, message: string, value?: string) =>
      problems.push({ cell, rule, message, value });
    const before = problems.length;
    if (r.place === null)
      fail(
        'proposal-place',
        `no place for ${what}: give the id of the place it is about, or delete the record`,
      );
    else {
      const place = ds.placeById.get(r.place);
      if (!place) fail('known-place', `no place has this id in places.json (${what})`, r.place);
      else if (!fileable(ds, place))
        fail(
          'illustrative-place',
          `${r.place} is an illustrative place (its name is generated): sourced values are never filed to it (${what})`,
          r.place,
        );
    }
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
    if (r.date > options.published)
      fail(
        'date-not-after-published',
        `values published on ${options.published} cannot refer to a later date`,
        r.date,
      );
    if (problems.length > before) return;
    const key = `${r.place}|${r.date}`;
    const earlier = options.seen.get(key) ?? [];
    const clash = earlier.find((e) => values.some(([m]) => e.metrics.has(m)));
    if (clash)
      return void fail(
        'unique-row',
        `${r.place} already has ${values.map(([m]) => m).join(', ')} for ${r.date} in ${clash.file === f.name ? '' : `${clash.file} `}records[${clash.row - 1}]`,
        r.place!,
      );
    options.seen.set(key, [
      ...earlier,
      { file: f.name, row: i + 1, metrics: new Set(values.map(([m]) => m)) },
    ]);
    const cells: Record<string, string> = {
      place: cell,
      date: cell,
      provenance: cell,
      ...Object.fromEntries(values.map(([m]) => [m, cell])),
    };
    out.push({
      row: i + 1,
      record: {
        place: r.place!,
        date: r.date,
        provenance: { source: r.provenance.source, quote: r.provenance.quote },
        values: r.values,
      },
      cells,
    });
  });
  if (!proposal.records.length)
    problems.push({ cell: 'records', rule: 'no-values', message: 'the proposal has no records' });
  return out;
}
