/**
 * Precision and recall of the extractor on the seed and on the test texts, against a
 * person's reading of each (`fixtures/*.gold.json`; the seed's is facts.md). A proposed
 * record is right when its place, metric, value, qualifier and being unsure or not all
 * agree with one of the reading's records. Printed as a table; the closing note quotes it.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { cyrillicToLatin } from '../translit/uz.ts';
import { SEED, figuresOf, fixture, proposalOf, proposalOfFile } from './test-helpers.ts';

type Fig = Omit<ReturnType<typeof figuresOf>[number], 'date'>;
const strip = (fs: readonly (Fig & { date?: string })[]): Fig[] => fs.map(({ date: _, ...f }) => f);
const same = (a: Fig, b: Fig) =>
  a.place === b.place &&
  a.metric === b.metric &&
  a.value === b.value &&
  a.qualifier === b.qualifier &&
  a.unsure === b.unsure;

/** Right records (each reading record used once), precision and recall. */
function score(found: readonly Fig[], gold: readonly Fig[]) {
  const left = [...gold];
  let right = 0;
  for (const f of found) {
    const i = left.findIndex((g) => same(f, g));
    if (i >= 0) (right++, left.splice(i, 1));
  }
  return {
    proposed: found.length,
    gold: gold.length,
    right,
    precision: found.length ? right / found.length : 1,
    recall: gold.length ? right / gold.length : 1,
  };
}

const goldOf = (name: string) =>
  (JSON.parse(readFileSync(fixture(name), 'utf8')) as { records: Fig[] }).records;
const f = (metric: string, value: number, qualifier: Fig['qualifier'] = 'exact'): Fig => ({
  place: 'fa.ozbekiston.s2',
  metric,
  value,
  qualifier,
  unsure: false,
});
const FACTS = [
  f('mahallas', 18),
  f('population', 62000, 'at-least'),
  f('iron_registered', 831),
  f('iron_lifted', 660),
  f('schools', 16),
  f('preschools', 16),
  f('health_facilities', 5),
];
const seed = readFileSync(SEED, 'utf8');

const TEXTS: [string, () => Fig[], Fig[]][] = [
  ['seed (uz-Cyrl)', () => strip(figuresOf(proposalOf(seed))), FACTS],
  ['seed in Latin (uz-Latn)', () => strip(figuresOf(proposalOf(cyrillicToLatin(seed)))), FACTS],
  [
    'seed in Russian (ru)',
    () => strip(figuresOf(proposalOfFile(fixture('press-release-2020-12-02.ru.txt')))),
    FACTS,
  ],
  [
    'traps (uz-Cyrl)',
    () => strip(figuresOf(proposalOfFile(fixture('traps.uz-Cyrl.txt')))),
    goldOf('traps.gold.json'),
  ],
  ['traps (ru)', () => strip(figuresOf(proposalOfFile(fixture('traps.ru.txt')))), goldOf('traps.gold.json')],
  [
    'news page (uz-Latn, HTML)',
    () => strip(figuresOf(proposalOfFile(fixture('page.uz-Latn.html')))),
    goldOf('page.gold.json'),
  ],
  [
    'held-out text (uz-Latn)',
    () => strip(figuresOf(proposalOfFile(fixture('heldout.uz-Latn.txt')))),
    goldOf('heldout.gold.json'),
  ],
  [
    'held-out text 2 (ru)',
    () => strip(figuresOf(proposalOfFile(fixture('heldout2.ru.txt')))),
    goldOf('heldout2.gold.json'),
  ],
];

describe('precision and recall', () => {
  const rows = TEXTS.map(([name, run, gold]) => ({ name, ...score(run(), gold) }));

  it('are printed for the seed and every test text', () => {
    const pct = (x: number) => `${(x * 100).toFixed(0)} %`.padStart(6);
    const lines = rows.map(
      (r) =>
        `${r.name.padEnd(28)} ${String(r.proposed).padStart(8)} ${String(r.gold).padStart(6)} ${String(r.right).padStart(6)} ${pct(r.precision)} ${pct(r.recall)}`,
    );
    const total = score([], []);
    const sum = rows.reduce(
      (s, r) => ({
        ...s,
        proposed: s.proposed + r.proposed,
        gold: s.gold + r.gold,
        right: s.right + r.right,
      }),
      total,
    );
    lines.push(
      `${'all'.padEnd(28)} ${String(sum.proposed).padStart(8)} ${String(sum.gold).padStart(6)} ${String(sum.right).padStart(6)} ${pct(sum.right / sum.proposed)} ${pct(sum.right / sum.gold)}`,
    );
    console.log(`${'text'.padEnd(28)} proposed   gold  right  prec.  recall\n${lines.join('\n')}`);
    expect(rows).toHaveLength(TEXTS.length);
  });

  it('are complete on the seed in every script', () => {
    for (const r of rows.slice(0, 3)) expect([r.name, r.precision, r.recall]).toEqual([r.name, 1, 1]);
  });

  it('stay at or above 90 % on every test text', () => {
    for (const r of rows) {
      expect(r.precision, r.name).toBeGreaterThanOrEqual(0.9);
      expect(r.recall, r.name).toBeGreaterThanOrEqual(0.9);
    }
  });
});
