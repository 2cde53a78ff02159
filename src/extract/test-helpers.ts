/** What the extractor's tests share: the demo dataset, fixtures, and a proposal without its wording. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../model/dataset.ts';
import { loadDataset } from '../model/load.ts';
import type { ProposalFile } from '../schema/proposal.ts';
import { extractProposal, type ExtractOptions } from './extract.ts';
import { readInput } from './input.ts';

/** The seed press release, beside the project. */
export const SEED = join(import.meta.dirname, '../../../shared/seed/press-release-2020-12-02.uz-Cyrl.txt');
/** This folder's fixtures. */
export const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);

let cached: Dataset | undefined;
/** The demo dataset (`data/`), loaded once. */
export function demo(): Dataset {
  if (cached) return cached;
  const r = loadDataset(join(import.meta.dirname, '../../data'));
  if (!r.ok) throw new Error(`data/ does not load: ${r.problems.map((p) => p.message).join('; ')}`);
  return (cached = r.dataset);
}

/** The proposal for a text, or throws with the reason. */
export function proposalOf(text: string, options: Partial<ExtractOptions> = {}, ds = demo()): ProposalFile {
  const r = extractProposal(ds, { text }, { file: 'test.txt', ...options });
  if (!r.ok) throw new Error(r.error);
  return r.proposal;
}

/** The proposal for a file, read as `npm run extract` reads it. */
export function proposalOfFile(
  path: string,
  options: Partial<ExtractOptions> = {},
  ds = demo(),
): ProposalFile {
  const input = readInput(path, readFileSync(path));
  if (!input.ok) throw new Error(input.reason);
  const r = extractProposal(ds, input, { file: path, ...options });
  if (!r.ok) throw new Error(r.error);
  return r.proposal;
}

/** A proposal's records without their wording (quotes differ between scripts): place, date, metric, value, unsure or not. */
export const figuresOf = (p: ProposalFile) =>
  p.records.map((r) => {
    const [metric, v] = Object.entries(r.values)[0]!;
    return {
      place: r.place,
      date: r.date,
      metric,
      value: typeof v === 'number' ? v : v.value,
      qualifier: typeof v === 'number' ? 'exact' : v.qualifier,
      unsure: r.unsure !== undefined,
    };
  });

/** The officials and channels of a proposal without their wording. */
export const peopleOf = (p: ProposalFile) => ({
  officials: p.officials.map((o) => ({ place: o.place, leads: o.leads })),
  channels: p.channels.map((c) => ({ kind: c.kind, place: c.place })),
});
