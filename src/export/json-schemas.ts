/**
 * JSON Schemas of the input files and of the API's documents, generated from the zod
 * schemas with `z.toJSONSchema` (never written by hand).
 */
import { z } from 'zod';
import { PlacesFile, MetricsFile, SourcesFile, SnapshotFile, SiteFile } from '../schema/index.ts';
import {
  ApiIndex,
  ApiPlaces,
  ApiPlaceSeries,
  ApiMetrics,
  ApiSources,
  ApiSnapshots,
  ApiSnapshot,
} from './api-schema.ts';
import { SCHEMAS } from './api-docs.ts';
import { ApiCoverage } from './coverage-doc.ts';

/** The zod schema behind each published JSON Schema; input files are described as they are read. */
export const schemaSources: Record<string, { schema: z.ZodType; io: 'input' | 'output' }> = {
  places: { schema: PlacesFile, io: 'input' },
  metrics: { schema: MetricsFile, io: 'input' },
  sources: { schema: SourcesFile, io: 'input' },
  snapshot: { schema: SnapshotFile, io: 'input' },
  site: { schema: SiteFile, io: 'input' },
  'api-index': { schema: ApiIndex, io: 'output' },
  'api-places': { schema: ApiPlaces, io: 'output' },
  'api-place': { schema: ApiPlaceSeries, io: 'output' },
  'api-metrics': { schema: ApiMetrics, io: 'output' },
  'api-sources': { schema: ApiSources, io: 'output' },
  'api-snapshots': { schema: ApiSnapshots, io: 'output' },
  'api-snapshot': { schema: ApiSnapshot, io: 'output' },
  'api-coverage': { schema: ApiCoverage, io: 'output' },
};

/**
 * The API's schemas leave objects open: v1 may gain fields and clients ignore unknown ones,
 * so a schema that refused them would fail a re-user on a later v1 file. Input files stay
 * closed (the validator refuses unknown keys, rule `known-keys`).
 */
export function openObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(openObjects);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([k, v]) => !(k === 'additionalProperties' && v === false))
      .map(([k, v]) => [k, openObjects(v)]),
  );
}

/** The JSON Schema named `name` (see `SCHEMAS`), with a title saying what it describes. */
export function jsonSchema(name: string): Record<string, unknown> {
  const source = schemaSources[name];
  const entry = SCHEMAS.find((s) => s.name === name);
  if (!source || !entry) throw new Error(`no schema named ${name}`);
  const raw = z.toJSONSchema(source.schema, { io: source.io });
  const generated = (source.io === 'output' ? openObjects(raw) : raw) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: generated.title ?? `Ochiq Sektor: ${entry.describes}`,
    description: `Generated from the zod schema; describes ${entry.describes}.`,
    ...rest,
  };
}
