/**
 * The hostile fixture (e2e/fixtures/hostile) must put a payload in every string field the
 * formats have: the fields are read from the zod schemas, so a new field fails this test
 * until the fixture covers it.
 */
import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PlacesFile, MetricsFile, SourcesFile, SnapshotFile, SiteFile } from '../schema/index.ts';
import { loadDataset } from './load.ts';
import { formatProblem } from './problems.ts';

const DIR = 'e2e/fixtures/hostile';

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
}

/** The string fields of a format, as paths like `$.places[].leader.name.ru`: free text, and URLs. */
function stringFields(
  schema: JsonSchema,
  path = '$',
  out = { text: new Set<string>(), url: new Set<string>() },
) {
  for (const s of [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) stringFields(s, path, out);
  if (schema.type === 'string' && schema.format === 'uri') out.url.add(path);
  else if (
    schema.type === 'string' &&
    !schema.pattern &&
    !schema.format &&
    !schema.enum &&
    schema.const === undefined
  )
    out.text.add(path);
  for (const [k, s] of Object.entries(schema.properties ?? {})) stringFields(s, `${path}.${k}`, out);
  if (schema.items) stringFields(schema.items, `${path}[]`, out);
  if (typeof schema.additionalProperties === 'object')
    stringFields(schema.additionalProperties, `${path}.*`, out);
  return out;
}

/** Every string of a JSON value with its path in the same form. */
function stringsOf(value: unknown, path = '$'): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v) => stringsOf(v, `${path}[]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringsOf(v, `${path}.${k}`));
  return [];
}

/** A string that would do harm if it reached an HTML sink, a spreadsheet or the page's direction. */
const hostile = (s: string) => /[<>"]|\{\{|\u202e|javascript:|^=/.test(s) || s.length >= 10_000;

const read = (file: string): unknown => JSON.parse(readFileSync(join(DIR, file), 'utf8'));
const snapshots = readdirSync(join(DIR, 'snapshots')).map((f) => `snapshots/${f}`);
const FILES: [string, z.ZodType, string[]][] = [
  ['places.json', PlacesFile, ['places.json']],
  ['metrics.json', MetricsFile, ['metrics.json']],
  ['sources.json', SourcesFile, ['sources.json']],
  ['site.json', SiteFile, ['site.json']],
  ['snapshots/*.json', SnapshotFile, snapshots],
];

describe('the hostile fixture', () => {
  it('is a valid dataset', () => {
    const result = loadDataset(DIR);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  for (const [name, schema, files] of FILES) {
    it(`has a payload in every string field of ${name}`, () => {
      const fields = stringFields(z.toJSONSchema(schema, { io: 'input' }) as JsonSchema);
      expect(fields.text.size).toBeGreaterThan(0);
      const found = files.flatMap((f) => stringsOf(read(f)));
      const covered = new Set(found.filter(([, s]) => hostile(s)).map(([p]) => p));
      expect([...fields.text, ...fields.url].filter((p) => !covered.has(p))).toEqual([]);
    });
  }

  it('has every kind of payload, in names of both scripts', () => {
    const all = FILES.flatMap(([, , files]) => files.flatMap((f) => stringsOf(read(f))));
    const values = all.map(([, s]) => s);
    for (const payload of [
      '<img src=x onerror=alert(1)>',
      '</script><script>alert(2)</script>',
      '<svg onload=alert(3)>',
      '" onmouseover="alert(4)" x="',
      '{{7*7}} ${alert(5)}',
      '=1+1',
      '\u202e',
      'javascript:alert(',
    ]) {
      expect(
        values.some((s) => s.includes(payload)),
        payload,
      ).toBe(true);
    }
    const names = all.filter(([p]) => /\.names\./.test(p)).map(([, s]) => s);
    expect(names.some((s) => s.length === 10_000 && s.includes('<'))).toBe(true);
    expect(names.some((s) => /[\u0400-\u04ff]/.test(s) && /</.test(s))).toBe(true);
    expect(names.some((s) => /^[\x20-\x7e\u02bb\u02bc]+$/.test(s) && /</.test(s))).toBe(true);
  });
});
