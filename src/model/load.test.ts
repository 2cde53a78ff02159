import { describe, it, expect } from 'vitest';
import { loadDataset } from './load.ts';
import { formatProblem } from './problems.ts';
import { tinyFiles, tinyWith, writeDataset } from './fixtures/tiny.ts';
import { expectRule, problemsOf } from './fixtures/expect-rule.ts';
import { RULE_CASES } from './fixtures/rule-cases.ts';

const snap = 'snapshots/2020-12-02.json';

describe('loadDataset', () => {
  it('accepts the valid tiny dataset', () => {
    const result = loadDataset(writeDataset(tinyFiles()));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('fills missing name forms and flags them as transliterated', () => {
    const result = loadDataset(writeDataset(tinyFiles()));
    if (!result.ok) throw new Error('invalid');
    const m3 = result.dataset.placeById.get('d.m3')!;
    expect(m3.names['uz-Latn']).toBe('Uch');
    expect(m3.transliterated).toContain('uz-Latn');
    expect(m3.transliterated).not.toContain('uz-Cyrl');
  });

  for (const [name, files, rule, file, path] of RULE_CASES) {
    it(`rejects ${name} with rule ${rule}`, () => expectRule(files, rule, file, path));
  }

  it('reports every problem at once, not just the first', () => {
    const files = tinyWith((f) => {
      f[snap].records[1].values.population = -1;
      f[snap].records[2].date = 'yesterday';
    });
    const rules = problemsOf(files).map((p) => p.rule);
    expect(rules).toEqual(expect.arrayContaining(['non-negative', 'iso-date']));
  });

  it('checks rules between values alongside other cross-file problems', () => {
    const files = tinyWith((f) => {
      f[snap].records[1].date = '2021-01-01';
      f[snap].records[0].values.iron_lifted = 900;
    });
    const rules = problemsOf(files).map((p) => p.rule);
    expect(rules).toEqual(expect.arrayContaining(['date-not-after-published', 'iron-lifted-le-registered']));
  });
});
