import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import { PlacesFile, MetricsFile, SourcesFile, SnapshotFile, SiteFile } from './index.ts';

// The formats must stay free of transforms so their JSON Schema can be generated from them,
// and the generated schema is what re-users read: it must name every field the validator
// knows, with the same ones required.
describe('z.toJSONSchema of every file format', () => {
  for (const [name, schema] of Object.entries({
    PlacesFile,
    MetricsFile,
    SourcesFile,
    SnapshotFile,
    SiteFile,
  })) {
    it(`generates a JSON Schema for ${name} that lists every field, required ones as required`, () => {
      const json = z.toJSONSchema(schema, { io: 'input' }) as {
        type?: string;
        properties?: Record<string, unknown>;
        required?: string[];
      };
      const shape = schema.shape as Record<string, z.ZodType>;
      // A field may be left out of a file when reading it without the field succeeds.
      const required = Object.keys(shape).filter((k) => !shape[k]!.safeParse(undefined).success);
      expect(json.type).toBe('object');
      expect(Object.keys(json.properties ?? {}).sort()).toEqual(Object.keys(shape).sort());
      expect([...(json.required ?? [])].sort()).toEqual(required.sort());
    });
  }
});
