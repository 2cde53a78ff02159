/**
 * Reads a dataset folder: each file is parsed strictly and checked against its schema,
 * then the files are checked against each other. All problems are collected; the
 * dataset is returned only when there are none.
 */
import { readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PlacesFile, MetricsFile, SourcesFile, SnapshotFile, SiteFile } from '../schema/index.ts';
import { fillNames } from '../translit/uz.ts';
import { readJsonFile } from './read-json.ts';
import { parseWith } from './parse.ts';
import { type Problem, DataError } from './problems.ts';
import type { Dataset, StoredValue, SnapshotInfo } from './dataset.ts';
import type { z } from 'zod';
import { checkDataset } from './check.ts';

const SNAPSHOT_NAME = /^\d{4}-\d{2}-\d{2}\.json$/;

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/** Reads files of the folder, collecting every problem. */
function reader(dir: string, problems: Problem[]) {
  const shown = (name: string) => relative(process.cwd(), join(dir, name)) || name;
  function read<S extends z.ZodType>(name: string, schema: S): z.output<S> | undefined {
    const raw = readJsonFile(join(dir, name), shown(name));
    if (!raw.ok) return void problems.push(...raw.problems);
    const parsed = parseWith(schema, raw.data, shown(name));
    if (!parsed.ok) return void problems.push(...parsed.problems);
    return parsed.data;
  }
  return { shown, read };
}

type Reader = ReturnType<typeof reader>;

/** The `.json` files of `snapshots/`, in name order. */
function snapshotNames(dir: string): string[] {
  const snapshotDir = join(dir, 'snapshots');
  return existsSync(snapshotDir)
    ? readdirSync(snapshotDir)
        .filter((n) => n.endsWith('.json'))
        .sort()
    : [];
}

/** One stored value per metric of each record, with where it is written. */
function storedValues(snap: z.output<typeof SnapshotFile>, file: string): StoredValue[] {
  return snap.records.flatMap((rec, i) =>
    Object.entries(rec.values).map(([metric, v]): StoredValue => {
      const [value, qualifier] = typeof v === 'number' ? [v, 'exact' as const] : [v.value, v.qualifier];
      return {
        place: rec.place,
        metric,
        date: rec.date,
        value,
        qualifier,
        provenance: rec.provenance,
        published: snap.published,
        file,
        path: `$.records[${i}].values.${metric}`,
      };
    }),
  );
}

/** Every snapshot file: named by its publication date, read and flattened to values. */
function readSnapshots(dir: string, { shown, read }: Reader, problems: Problem[]) {
  const names = snapshotNames(dir);
  if (names.length === 0) {
    problems.push({
      file: shown('snapshots'),
      path: '$',
      rule: 'has-snapshots',
      message: 'no snapshot files (snapshots/YYYY-MM-DD.json)',
    });
  }
  const snapshots: SnapshotInfo[] = [];
  const values: StoredValue[] = [];
  for (const name of names) {
    const file = shown(join('snapshots', name));
    if (!SNAPSHOT_NAME.test(name)) {
      problems.push({
        file,
        path: '$',
        rule: 'snapshot-file-name',
        message: 'snapshot files are named YYYY-MM-DD.json',
      });
      continue;
    }
    const snap = read(join('snapshots', name), SnapshotFile);
    if (!snap) continue;
    if (`${snap.published}.json` !== name) {
      problems.push({
        file,
        path: '$.published',
        rule: 'snapshot-file-name',
        message: `file name must be ${snap.published}.json`,
        value: snap.published,
      });
    }
    snapshots.push({ published: snap.published, file, note: snap.note });
    values.push(...storedValues(snap, file));
  }
  return { snapshots, values };
}

/** Loads and validates the dataset in `dir`. */
export function loadDataset(dir: string): LoadResult {
  const problems: Problem[] = [];
  const files = reader(dir, problems);
  const { shown, read } = files;
  const site = read('site.json', SiteFile);
  const places = read('places.json', PlacesFile);
  const metrics = read('metrics.json', MetricsFile);
  const sources = read('sources.json', SourcesFile);
  const { snapshots, values } = readSnapshots(dir, files, problems);
  if (!site || !places || !metrics || !sources || problems.length) {
    return { ok: false, problems };
  }

  const entries = places.places.map((p) => ({ ...p, ...fillNames(p.names) }));
  const dataset: Dataset = {
    dir,
    site,
    places: entries,
    placeById: new Map(entries.map((p) => [p.id, p])),
    metrics: metrics.metrics,
    metricById: new Map(metrics.metrics.map((m) => [m.id, m])),
    rules: metrics.rules,
    sources: sources.sources,
    sourceById: new Map(sources.sources.map((s) => [s.id, s])),
    snapshots: snapshots.sort((a, b) => a.published.localeCompare(b.published)),
    values,
  };
  const crossProblems = checkDataset(dataset, {
    places: shown('places.json'),
    metrics: shown('metrics.json'),
    sources: shown('sources.json'),
  });
  return crossProblems.length ? { ok: false, problems: crossProblems } : { ok: true, dataset };
}

/** Loads `dir` or throws a `DataError` listing every problem. */
export function loadDatasetOrThrow(dir: string): Dataset {
  const result = loadDataset(dir);
  if (!result.ok) throw new DataError(result.problems);
  return result.dataset;
}
