/** What the API says about itself: version, endpoints, schemas, versioning rule, changelog. */

/** Version of this API (semver): additive changes raise the minor number, breaking ones start `/api/v2/`. */
export const API_VERSION = '1.1.0';

/** The versioning rule, as `/api/v1/index.json` and the about page state it. */
export const VERSIONING =
  'Semantic versioning. Additive changes (a new field, endpoint or metric) raise the minor version and stay under /api/v1/; ' +
  'clients must ignore fields they do not know. A breaking change (a field removed, renamed or changing meaning or type) ' +
  'is published under a new /api/v2/, and /api/v1/ stays published alongside it.';

/** Changes of the API, newest first. */
export const CHANGELOG: readonly { version: string; date: string; changes: readonly string[] }[] = [
  {
    version: '1.1.0',
    date: '2026-11-30',
    changes: [
      '/api/v1/coverage.json and /data/coverage.csv: publication coverage, nationally and per region.',
      'metrics.json: each metric may have `words`, the words that name it in published texts per written form (uz-Latn, uz-Cyrl, ru, en), as `npm run extract` reads press releases with them.',
    ],
  },
  {
    version: '1.0.0',
    date: '2026-11-26',
    changes: [
      'First version: index, places, metrics, sources, snapshots, per-place series, JSON Schemas of the input and output formats.',
    ],
  },
];

/** How small counts are protected in a published snapshot (the `protection` field). */
export const PROTECTION =
  'Counts from 1 to 4 of the sensitive metrics (notebooks, labour migrants) at mahalla level are hidden (no value, suppressed "fewer-than-5"), ' +
  'and where a sector would hide only one, the next smallest is hidden too ("protects-small"). A value still in force is hidden exactly when ' +
  "the place's page hides it. A superseded value (one that a later snapshot revised) is hidden when it is 1 to 4 or when the value that " +
  'replaced it is hidden, and a second value of its sector is hidden where it would be the only hidden one.';

/** Every endpoint, with the schema (by name) its documents follow. */
export const ENDPOINTS: readonly { path: string; description: string; schema: string | null }[] = [
  {
    path: '/api/v1/index.json',
    description: 'This document: endpoints, schemas, versioning rule and changelog.',
    schema: 'api-index',
  },
  {
    path: '/api/v1/places.json',
    description: 'Every place: id, kind, names in four forms, parent, sector, SOATO code, page paths.',
    schema: 'api-places',
  },
  {
    path: '/api/v1/places/{id}.json',
    description:
      'Every figure of one place, for every metric and date, with provenance, derivation, qualifier and revisions.',
    schema: 'api-place',
  },
  {
    path: '/api/v1/metrics.json',
    description: 'The metric catalogue: labels, units, definitions, derived metrics and rules.',
    schema: 'api-metrics',
  },
  {
    path: '/api/v1/sources.json',
    description: 'Documents that sourced figures cite.',
    schema: 'api-sources',
  },
  {
    path: '/api/v1/snapshots.json',
    description: 'Every published snapshot with its date and files.',
    schema: 'api-snapshots',
  },
  {
    path: '/api/v1/coverage.json',
    description:
      'Publication coverage: districts and cities (and places below them) with sourced, illustrative or no figures, nationally and per region.',
    schema: 'api-coverage',
  },
  {
    path: '/api/v1/snapshots/{date}.json',
    description: 'One snapshot as published, small counts protected.',
    schema: 'api-snapshot',
  },
  {
    path: '/api/v1/schema/{name}.schema.json',
    description:
      'JSON Schemas (draft 2020-12) generated from the zod schemas of the input files and of these documents.',
    schema: null,
  },
  {
    path: '/data/places/{id}.csv',
    description: 'Every figure of one place as CSV (UTF-8 with BOM); columns in /data/README.txt.',
    schema: null,
  },
  {
    path: '/data/snapshots/{date}.csv',
    description: 'One snapshot as CSV, small counts protected; columns in /data/README.txt.',
    schema: null,
  },
  {
    path: '/data/snapshots/{date}.json',
    description: 'One snapshot as JSON, the same document as /api/v1/snapshots/{date}.json.',
    schema: 'api-snapshot',
  },
  {
    path: '/data/coverage.csv',
    description: 'Publication coverage as CSV: one row per scope (country, each region) and kind of place.',
    schema: null,
  },
];

/** The schema of an input file: named as the file (`places` is places.json) unless told. */
const inputSchema = (name: string, file = `${name}.json`) => ({ name, describes: `Input file ${file}` });
/** The schema of an API document: `api-places` is /api/v1/places.json unless told. */
const apiSchema = (name: string, path = `/api/v1/${name}.json`) => ({ name: `api-${name}`, describes: path });

/** Every JSON Schema served under `/api/v1/schema/`, by name. */
export const SCHEMAS: readonly { name: string; describes: string }[] = [
  ...['places', 'metrics', 'sources'].map((n) => inputSchema(n)),
  inputSchema('snapshot', 'snapshots/YYYY-MM-DD.json'),
  inputSchema('site'),
  apiSchema('index'),
  apiSchema('places'),
  apiSchema('place', '/api/v1/places/{id}.json'),
  ...['metrics', 'sources', 'snapshots', 'coverage'].map((n) => apiSchema(n)),
  apiSchema('snapshot', '/api/v1/snapshots/{date}.json and /data/snapshots/{date}.json'),
];
