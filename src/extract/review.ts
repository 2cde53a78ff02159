/**
 * The review list `npm run extract` prints: the same as the proposal, for a person to
 * check value by value against its quote before importing it.
 */
import type { Dataset } from '../model/dataset.ts';
import type { Value } from '../model/types.ts';
import type { ProposalFile } from '../schema/proposal.ts';
import { keyOf } from './tokens.ts';

const valueText = (v: Value) => (typeof v === 'number' ? String(v) : `${v.value} (${v.qualifier})`);
const short = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** What places.json already says about an official or a channel. */
function known(ds: Dataset, sector: string | null, what: 'leader' | string, name?: string): string {
  const p = sector ? ds.placeById.get(sector) : undefined;
  if (!p || p.kind !== 'sector') return '';
  if (what === 'leader') {
    const names = Object.values(p.leader?.name ?? {}).map(keyOf);
    return name && names.includes(keyOf(name))
      ? ' [already in places.json]'
      : names.length
        ? ' [places.json names another leader]'
        : ' [new]';
  }
  return (p.channels ?? []).some((c) => c.kind === what) ? ' [already in places.json]' : ' [new]';
}

/** The review list of a proposal written to `out`. */
export function reviewList(ds: Dataset, proposal: ProposalFile, out: string, sourceNote: string): string {
  const unsure = proposal.records.filter((r) => r.unsure || r.place === null).length;
  const lines = [
    `Proposal written to ${out} (${proposal.language}): ${proposal.records.length} value(s), ${unsure} unsure, ${proposal.unfiled.length} number(s) unfiled.`,
    `Source: ${proposal.source.entry.id} (${proposal.source.status}: ${sourceNote})`,
    '',
    'Values (check each against its quote):',
  ];
  proposal.records.forEach((r, i) => {
    const [metric, value] = Object.entries(r.values)[0] ?? ['?', 0];
    const mark = r.unsure || r.place === null ? '?' : ' ';
    lines.push(
      `${mark} ${String(i + 1).padStart(2)}. ${r.place ?? '(no place)'}  ${r.date}  ${metric} = ${valueText(value)}  «${short(r.provenance.quote)}»`,
    );
    if (r.placeFrom) lines.push(`       place from: ${r.placeFrom}`);
    if (r.unsure) lines.push(`       UNSURE: ${r.unsure}`);
  });
  if (!proposal.records.length) lines.push('  (none)');
  lines.push('', 'Officials (not imported: add them to places.json by hand if they are new):');
  for (const o of proposal.officials)
    lines.push(
      `  ${o.name}: ${o.position} (${o.place ?? 'place not told'}${o.leads ? `; leads ${o.leads}` : ''})${known(ds, o.leads, 'leader', o.name)}  «${short(o.quote)}»`,
    );
  if (!proposal.officials.length) lines.push('  (none)');
  lines.push('', 'Channels (not imported):');
  for (const c of proposal.channels)
    lines.push(
      `  ${c.kind}${c.url ? ` ${c.url}` : ''} (${c.place ?? 'place not told'})${known(ds, c.place, c.kind)}  «${short(c.quote)}»`,
    );
  if (!proposal.channels.length) lines.push('  (none)');
  lines.push('', 'Unfiled numbers (not proposed):');
  for (const u of proposal.unfiled) lines.push(`  ${u.raw}: ${u.reason}  «${short(u.sentence, 110)}»`);
  if (!proposal.unfiled.length) lines.push('  (none)');
  lines.push(
    '',
    'Next: check every value against the text; correct or delete records; give a place to records without one;',
    'delete "unsure" from a record once you have checked it; then',
    `  npm run import -- ${out} --date YYYY-MM-DD`,
  );
  if (proposal.source.status === 'draft')
    lines.push(
      `First add the draft "source" of the proposal to sources.json (its id: ${proposal.source.entry.id}).`,
    );
  return `${lines.join('\n')}\n`;
}
