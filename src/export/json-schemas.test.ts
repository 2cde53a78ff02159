import { describe, it, expect } from 'vitest';
import { jsonSchema, schemaSources } from './json-schemas.ts';

/** Every `additionalProperties` value found in a schema, with its path. */
function closedObjects(node: unknown, path = '$'): string[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => closedObjects(n, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) =>
    k === 'additionalProperties' && v === false ? [path] : closedObjects(v, `${path}.${k}`),
  );
}

describe('jsonSchema', () => {
  const names = Object.keys(schemaSources);

  it('leaves every object of the API open, so a client validating a later v1 file does not fail on a new field', () => {
    for (const name of names.filter((n) => schemaSources[n]!.io === 'output'))
      expect(closedObjects(jsonSchema(name)), name).toEqual([]);
  });

  it('keeps the input files closed, as the validator reads them (rule known-keys)', () => {
    for (const name of names.filter((n) => schemaSources[n]!.io === 'input'))
      expect(closedObjects(jsonSchema(name)).length, name).toBeGreaterThan(0);
  });

  it('keeps the typed maps of the API (names by language form) as they are', () => {
    const place = JSON.stringify(jsonSchema('api-places'));
    expect(place).toContain('"uz-Latn"');
  });
});
