import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import { PlacesFile, MetricsFile, SourcesFile, SnapshotFile, SiteFile } from './index.ts';

// The formats must stay free of transforms so their JSON Schema can be generated from them.
describe('z.toJSONSchema of every file format', () => {
  for (const [name, schema] of Object.entries({
    PlacesFile,
    MetricsFile,
    SourcesFile,
    SnapshotFile,
    SiteFile,
  })) {
    it(`generates a JSON Schema for ${name} with documented fields`, () => {
      const json = z.toJSONSchema(schema, { io: 'input' }) as {
        type?: string;
        properties?: Record<string, unknown>;
      };
      expect(json.type).toBe('object');
      expect(Object.keys(json.properties ?? {}).length).toBeGreaterThan(0);
    });
  }
});
