// The rules that compare figures with what else the dataset states: a stated mahalla count
// against the listed mahallas, a sourced value against the words of its quote.
import { describe, it, expect } from 'vitest';
import { formatProblem } from './problems.ts';
import { tinyFiles, tinyWith, type Files } from './fixtures/tiny.ts';
import { expectRule, problemsOf } from './fixtures/expect-rule.ts';

const snap = 'snapshots/2020-12-02.json';

describe('mahalla-count', () => {
  it('accepts a stated count that matches the listed mahallas, at district and region-sector level', () => {
    const files = tinyWith((f) => {
      f['places.json'].places[1].sector = 1;
      f['places.json'].places.push({
        id: 'r.s1',
        slug: 'sector-1',
        kind: 'sector',
        parent: 'r',
        number: 1,
        names: { 'uz-Latn': '1-sektor' },
      });
      f['snapshots/2020-12-02.json'].records.push({
        place: 'r.s1',
        date: '2020-12-02',
        provenance: 'illustrative',
        values: { mahallas: 3 },
      });
      f['snapshots/2020-12-02.json'].records.push({
        place: 'd.s1',
        date: '2020-12-02',
        provenance: 'illustrative',
        values: { mahallas: 2 },
      });
    });
    expect(problemsOf(files).map(formatProblem)).toEqual([]);
  });
  it('rejects a stated count that does not match', () => {
    const files = tinyWith((f) =>
      f['snapshots/2020-12-02.json'].records.push({
        place: 'd.s1',
        date: '2020-12-02',
        provenance: 'illustrative',
        values: { mahallas: 18 },
      }),
    );
    expectRule(files, 'mahalla-count', snap, '$.records[5].values.mahallas');
  });
});

describe('quote-has-value', () => {
  const withQuote = (quote: string, value: unknown) =>
    tinyWith((f) => {
      f[snap].records[0] = {
        place: 'd.s1',
        date: '2020-12-02',
        provenance: { source: 'press', quote },
        values: { population: value },
      };
    });
  const rules = (files: Files) => problemsOf(files).map((p) => p.rule);

  it("accepts the demo's quotes: a number, a number with a word for thousands, and a lower bound", () => {
    expect(rules(withQuote('уларнинг 660 таси камбағалликдан чиқарилди', 660))).not.toContain(
      'quote-has-value',
    );
    expect(rules(withQuote('62 мингдан ортиқ аҳоли', { value: 62000, qualifier: 'at-least' }))).not.toContain(
      'quote-has-value',
    );
    expect(rules(withQuote('62 000 residents', 62000))).not.toContain('quote-has-value');
  });

  it('refuses a value the quote does not hold, or holds only inside a longer number', () => {
    expect(rules(withQuote('уларнинг 660 таси камбағалликдан чиқарилди', 900))).toContain('quote-has-value');
    expect(rules(withQuote('6600 families', 660))).toContain('quote-has-value');
    expect(rules(withQuote('62 мингдан ортиқ аҳоли', 62))).toContain('quote-has-value');
  });
});
