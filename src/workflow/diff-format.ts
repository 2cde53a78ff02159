/** The preview as text for a terminal: per place a heading, one line per change, then one line per flag. */
import type { Dataset } from '../model/dataset.ts';
import type { Tree } from '../model/tree.ts';
import type { Change, Diff, Side } from './diff.ts';
import { QUALIFIER_MARK } from './diff-flags.ts';

const HIDDEN = {
  'fewer-than-5': ', shown as "fewer than 5"',
  'protects-small': ', hidden to protect a small number',
} as const;

/** A value as the metric's unit reads: shares in per cent, rates with two decimals, counts whole. */
function number(ds: Dataset, metric: string, v: number): string {
  const unit = ds.metricById.get(metric)?.unit;
  if (unit === 'share') return `${(v * 100).toFixed(1)} %`;
  if (unit === 'per-10000') return v.toFixed(2);
  return String(v);
}

/** One side: `62000+ (2020-12-02, sum)`. */
export function sideText(ds: Dataset, metric: string, s: Side): string {
  const how = s.how === 'stated' ? '' : `, ${s.how}`;
  return `${number(ds, metric, s.value)}${QUALIFIER_MARK[s.qualifier]} (${s.date}${how}${s.suppressed ? HIDDEN[s.suppressed] : ''})`;
}

/** The difference, for counts: `+19 (+2.3 %)`. */
function delta(ds: Dataset, c: Change): string {
  if (!c.before || ds.metricById.get(c.metric)?.derived) return '';
  const d = c.after.value - c.before.value;
  const share = c.before.value ? ` (${d >= 0 ? '+' : ''}${((d / c.before.value) * 100).toFixed(1)} %)` : '';
  return `  ${d >= 0 ? '+' : ''}${d}${share}`;
}

/** One line per change. */
export function changeLine(ds: Dataset, c: Change): string {
  const before = c.before ? sideText(ds, c.metric, c.before) : 'no value';
  const what = c.kind === 'revision' ? ' [revises an earlier date]' : '';
  return `  ${c.metric}: ${before} → ${sideText(ds, c.metric, c.after)}${delta(ds, c)}${what}`;
}

/** "Fargʻona viloyati › Oʻzbekiston tumani › 2-sektor". */
const placePath = (tree: Tree, id: string) =>
  tree
    .ancestry(id)
    .map((p) => p.names['uz-Latn'])
    .join(' › ') || id;

/** A new place: `+ id · path (mahalla, sector 2; Янги ҳаёт*, …)`, `*` marking transliterated forms. */
export function newPlaceLine(ds: Dataset, tree: Tree, id: string): string {
  const p = ds.placeById.get(id);
  if (!p) return `+ ${id}`;
  const where =
    p.kind === 'sector'
      ? `sector ${p.number}`
      : p.kind === 'mahalla'
        ? `mahalla in sector ${p.sector}`
        : p.kind;
  const names = (['uz-Latn', 'uz-Cyrl', 'ru', 'en'] as const)
    .map((f) => `${p.names[f]}${p.transliterated.includes(f) ? '*' : ''}`)
    .join(' / ');
  const marked = p.transliterated.length ? '; * transliterated, check the spelling' : '';
  return `+ ${id} · ${placePath(tree, id)} (${where}; ${names}${marked})`;
}

/** The whole preview; `flagsOnly` leaves the changes out. */
export function formatDiff(ds: Dataset, tree: Tree, diff: Diff, flagsOnly = false): string {
  const lines = [
    `Snapshot of ${diff.published} against the published snapshot of ${diff.against ?? '(none)'}:`,
  ];
  if (diff.newPlaces.length)
    lines.push(
      '',
      `${diff.newPlaces.length} new place(s), added to places.json with this snapshot:`,
      ...diff.newPlaces.map((id) => newPlaceLine(ds, tree, id)),
    );
  if (!flagsOnly) {
    let place = '';
    for (const c of diff.changes) {
      if (c.place !== place) (lines.push('', `${c.place} · ${placePath(tree, c.place)}`), (place = c.place));
      lines.push(changeLine(ds, c));
    }
    if (!diff.changes.length) lines.push('', 'No published figure would change.');
  }
  lines.push(
    '',
    diff.flags.length ? `${diff.flags.length} flag(s) to look at before publishing:` : 'Nothing flagged.',
  );
  for (const f of diff.flags)
    lines.push(
      `! ${f.kind}: ${f.place} (${placePath(tree, f.place)})${f.metric ? ` ${f.metric}` : ''}: ${f.message}`,
    );
  const places = new Set(diff.changes.map((c) => c.place)).size;
  lines.push(
    '',
    `${diff.changes.length} figure(s) of ${places} place(s) would change; ${diff.flags.length} flag(s).`,
  );
  return `${lines.join('\n')}\n`;
}
