import { describe, it, expect } from 'vitest';
import { loadDataset } from './load.ts';
import { formatProblem } from './problems.ts';
import { tinyFiles, tinyWith, writeDataset, type Files } from './fixtures/tiny.ts';

function problemsOf(files: Files) {
  const result = loadDataset(writeDataset(files));
  return result.ok ? [] : result.problems;
}

/** Asserts exactly which rule is reported, where. */
function expectRule(files: Files, rule: string, file: string, path: string) {
  const problems = problemsOf(files);
  const lines = problems.map(formatProblem);
  expect(problems.length, lines.join('\n')).toBeGreaterThan(0);
  const hit = problems.find((p) => p.rule === rule);
  expect(hit, `expected rule ${rule}, got:\n${lines.join('\n')}`).toBeDefined();
  expect(hit!.file.endsWith(file)).toBe(true);
  expect(hit!.path).toBe(path);
  // The one line a person reads names the file, the path and the rule.
  expect(formatProblem(hit!)).toContain(`${file}: ${path}: [${rule}]`);
}

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

  const cases: [string, Files, string, string, string][] = [
    [
      'malformed JSON',
      { ...tinyFiles(), [snap]: '{"published": "2020-12-02", records: []}' },
      'json-syntax',
      snap,
      '$',
    ],
    [
      'truncated JSON',
      { ...tinyFiles(), [snap]: JSON.stringify(tinyFiles()[snap]).slice(0, 120) },
      'json-complete',
      snap,
      '$',
    ],
    [
      'unknown place',
      tinyWith((f) => (f[snap].records[1].place = 'nowhere')),
      'known-place',
      snap,
      '$.records[1].place',
    ],
    [
      'unknown metric',
      tinyWith((f) => (f[snap].records[1].values.smiles = 3)),
      'known-metric',
      snap,
      '$.records[1].values.smiles',
    ],
    [
      'dangling parent',
      tinyWith((f) => (f['places.json'].places[1].parent = 'gone')),
      'known-place',
      'places.json',
      '$.places[1].parent',
    ],
    [
      'dangling source',
      tinyWith((f) => (f[snap].records[0].provenance.source = 'rumour')),
      'known-source',
      snap,
      '$.records[0].provenance.source',
    ],
    [
      'duplicate id',
      tinyWith((f) => (f['places.json'].places[5].id = 'd.m1')),
      'unique-id',
      'places.json',
      '$.places[5].id',
    ],
    [
      'duplicate slug',
      tinyWith((f) => (f['places.json'].places[5].slug = 'bir')),
      'unique-slug',
      'places.json',
      '$.places[5].slug',
    ],
    [
      'wrong type',
      tinyWith((f) => (f[snap].records[1].values.population = '1000')),
      'type',
      snap,
      '$.records[1].values.population',
    ],
    [
      'negative count',
      tinyWith((f) => (f[snap].records[1].values.population = -5)),
      'non-negative',
      snap,
      '$.records[1].values.population',
    ],
    [
      'non-finite number',
      {
        ...tinyFiles(),
        [snap]: JSON.stringify(tinyFiles()[snap]).replace('"population":1000', '"population":1e999'),
      },
      'finite-number',
      snap,
      '$.records[1].values.population',
    ],
    [
      'part above total',
      tinyWith((f) => (f[snap].records[0].values.iron_lifted = 900)),
      'iron-lifted-le-registered',
      snap,
      '$.records[0].values.iron_lifted',
    ],
    [
      'mahallas above their sector exact total',
      tinyWith((f) => (f[snap].records[2].values.iron_registered = 9)),
      'children-le-total',
      snap,
      '$.records[0].values.iron_registered',
    ],
    [
      'javascript: URL',
      tinyWith((f) => (f['sources.json'].sources[0].url = 'javascript:alert(1)')),
      'http-url',
      'sources.json',
      '$.sources[0].url',
    ],
    [
      '__proto__ key',
      {
        ...tinyFiles(),
        [snap]: JSON.stringify(tinyFiles()[snap]).replace(
          '"values":{"population":1000',
          '"values":{"__proto__":{"x":1},"population":1000',
        ),
      },
      'forbidden-key',
      snap,
      '$.records[1].values.__proto__',
    ],
    [
      'constructor key',
      tinyWith((f) => (f['places.json'].places[0].constructor = 1)),
      'forbidden-key',
      'places.json',
      '$.places[0].constructor',
    ],
    [
      'not an ISO date',
      tinyWith((f) => (f[snap].records[1].date = '02.12.2020')),
      'iso-date',
      snap,
      '$.records[1].date',
    ],
    [
      'impossible date',
      tinyWith((f) => (f[snap].records[1].date = '2020-02-30')),
      'iso-date',
      snap,
      '$.records[1].date',
    ],
    [
      'date after publication',
      tinyWith((f) => (f[snap].records[1].date = '2021-01-01')),
      'date-not-after-published',
      snap,
      '$.records[1].date',
    ],
    [
      'file name not its date',
      tinyWith((f) => (f[snap].published = '2020-12-03')),
      'snapshot-file-name',
      snap,
      '$.published',
    ],
    [
      'unknown key',
      tinyWith((f) => (f[snap].records[1].comment = 'hi')),
      'known-keys',
      snap,
      '$.records[1].comment',
    ],
    [
      'derived metric stored',
      tinyWith((f) => (f[snap].records[1].values.iron_lifted_share = 1)),
      'stored-metric',
      snap,
      '$.records[1].values.iron_lifted_share',
    ],
    [
      'duplicate value',
      tinyWith((f) =>
        f[snap].records.push({
          place: 'd.m1',
          date: '2020-12-02',
          provenance: 'illustrative',
          values: { schools: 1 },
        }),
      ),
      'unique-value',
      snap,
      '$.records[5].values.schools',
    ],
    [
      'sector that does not exist',
      tinyWith((f) => (f['places.json'].places[6].sector = 4)),
      'known-sector',
      'places.json',
      '$.places[6].sector',
    ],
    [
      'parent of the wrong kind',
      tinyWith((f) => (f['places.json'].places[4].parent = 'r')),
      'parent-kind',
      'places.json',
      '$.places[4].parent',
    ],
    [
      'name with no Uzbek form',
      tinyWith((f) => (f['places.json'].places[4].names = { en: 'One' })),
      'name-needs-uzbek',
      'places.json',
      '$.places[4].names',
    ],
    [
      'reserved region slug',
      tinyWith((f) => (f['places.json'].places[0].slug = 'about')),
      'reserved-slug',
      'places.json',
      '$.places[0].slug',
    ],
    [
      'region SOATO of the wrong length',
      tinyWith((f) => (f['places.json'].places[0].soato = '17300')),
      'soato-length',
      'places.json',
      '$.places[0].soato',
    ],
    [
      'district SOATO of the wrong length',
      tinyWith((f) => {
        f['places.json'].places[0].soato = '1730';
        f['places.json'].places[1].soato = '173020';
      }),
      'soato-length',
      'places.json',
      '$.places[1].soato',
    ],
    [
      'district SOATO outside its region',
      tinyWith((f) => {
        f['places.json'].places[0].soato = '1730';
        f['places.json'].places[1].soato = '1703202';
      }),
      'soato-in-region',
      'places.json',
      '$.places[1].soato',
    ],
    [
      'SOATO code used twice',
      tinyWith((f) => {
        f['places.json'].places[0].soato = '1730';
        f['places.json'].places[1].soato = '1730';
      }),
      'unique-soato',
      'places.json',
      '$.places[1].soato',
    ],
    [
      'SOATO code on a mahalla',
      tinyWith((f) => (f['places.json'].places[4].soato = '1730202')),
      'soato-length',
      'places.json',
      '$.places[4].soato',
    ],
    [
      'sourced value not in its quote',
      tinyWith((f) => (f[snap].records[0].values.iron_lifted = 9)),
      'quote-has-value',
      snap,
      '$.records[0].values.iron_lifted',
    ],
    [
      'fractional count',
      tinyWith((f) => (f[snap].records[1].values.population = 10.5)),
      'integer',
      snap,
      '$.records[1].values.population',
    ],
  ];

  for (const [name, files, rule, file, path] of cases) {
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
