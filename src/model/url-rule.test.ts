/** The `http-url` rule: every URL field of a dataset takes only http(s) addresses. */
import { describe, it, expect } from 'vitest';
import { loadDataset } from './load.ts';
import { formatProblem } from './problems.ts';
import { tinyWith, writeDataset } from './fixtures/tiny.ts';
import { SCRIPT_URLS, ODD_HTTP_URLS } from './fixtures/urls.ts';

/** Every URL field of the formats: where it is in the tiny dataset, and how to set it. */
const FIELDS: [string, string, (f: any, url: string) => void][] = [
  ['sources.json', '$.sources[0].url', (f, url) => (f['sources.json'].sources[0].url = url)],
  ['site.json', '$.corrections.url', (f, url) => (f['site.json'].corrections.url = url)],
  ['site.json', '$.licence.url', (f, url) => (f['site.json'].licence.url = url)],
  [
    'places.json',
    '$.places[2].channels[0].url',
    (f, url) => (f['places.json'].places[2].channels = [{ kind: 'telegram', url }]),
  ],
];

describe('loadDataset and the http-url rule', () => {
  for (const [file, path, set] of FIELDS) {
    for (const url of SCRIPT_URLS) {
      it(`rejects ${JSON.stringify(url)} in ${file} ${path}`, () => {
        const result = loadDataset(writeDataset(tinyWith((f) => set(f, url))));
        const problems = result.ok ? [] : result.problems;
        const hit = problems.find((p) => p.rule === 'http-url' && p.path === path);
        expect(hit, problems.map(formatProblem).join('\n') || 'no problem reported').toBeDefined();
        expect(hit!.file.endsWith(file)).toBe(true);
      });
    }
  }

  it('accepts http(s) addresses with markup characters and keeps them exactly as written', () => {
    for (const url of ODD_HTTP_URLS) {
      const result = loadDataset(writeDataset(tinyWith((f) => (f['sources.json'].sources[0].url = url))));
      expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
      if (result.ok) expect(result.dataset.sources.find((s) => s.id === 'press')?.url).toBe(url);
    }
  });
});
