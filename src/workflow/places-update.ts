/**
 * New places from the places sheets, added to places.json. The checks that can name a
 * cell run here (an id, slug or sector number already taken or given twice, a mahalla in
 * a sector that does not exist); the dataset's loader then checks the result like any
 * places.json, and its problems in the new entries are traced back to their cells.
 * Existing places are never changed. Places added earlier for the same publication date
 * (an import whose snapshot was deleted after the preview) are replaced by what is given now.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Dataset } from '../model/dataset.ts';
import { formatListFile } from '../model/list-file.ts';
import type { Problem } from '../model/problems.ts';
import type { CellProblem } from './cells.ts';
import type { PlaceColumn } from './columns.ts';
import { type NewPlace, isPlacesLabelRow, placeColumns, readPlaceRow } from './new-places.ts';
import type { PlacesSheet } from './file-input.ts';
import { loadTrial } from './trial.ts';

/** A new place with the file it came from. */
export type AddedPlace = NewPlace & { file: string };

/** What the places sheets change. */
export interface PlacesUpdate {
  /** New places in sheet order. */
  added: AddedPlace[];
  /** The new places.json, or undefined when it stays as it is. */
  text?: string;
  /** Entries of places.json kept as they were; the new ones follow them. */
  kept: number;
  /** Problems at cells of the places sheets. */
  problems: (CellProblem & { file: string })[];
}

/** Where a field of a new place was given, for a problem about it. */
function fieldCell(a: AddedPlace, path: string): string {
  const name: PlaceColumn = a.place.names['uz-Latn'] ? 'name_uz_latn' : 'name_uz_cyrl';
  const field = /^\.(\w+)/.exec(path)?.[1] ?? '';
  const key: PlaceColumn =
    (
      {
        number: 'sector',
        sector: 'sector',
        parent: 'parent',
        leader: 'leader_name',
        channels: 'channel_url',
        kind: 'kind',
      } as Record<string, PlaceColumn>
    )[field] ?? (a.place.kind === 'sector' ? 'sector' : name);
  return a.cells[key] ?? a.cells.kind ?? '';
}

/** Keys of ids, slugs and sector numbers the existing places (other than pending ones) take, and who takes them. */
function takenKeys(ds: Dataset, pending: ReadonlySet<string>): Map<string, string> {
  const existing = ds.places.filter((p) => !pending.has(p.id));
  const taken = new Map<string, string>(
    existing.flatMap((p) => [
      [`id:${p.id}`, `${p.id} in places.json`],
      [`slug:${'parent' in p ? p.parent : ''}/${p.slug}`, `${p.id} in places.json`],
    ]),
  );
  for (const p of existing)
    if (p.kind === 'sector') taken.set(`sector:${p.parent}#${p.number}`, `${p.id} in places.json`);
  return taken;
}

/** Keys a new place takes: a sector its number and id, a mahalla its id and slug. */
function keysOf(p: NewPlace['place']): string[] {
  const parent = 'parent' in p ? p.parent : '';
  return p.kind === 'sector'
    ? [`sector:${parent}#${p.number}`, `id:${p.id}`]
    : [`id:${p.id}`, `slug:${parent}/${p.slug}`];
}

/** Why a new place cannot be added beside those taken: a key already taken, or a sector-like slug. */
function clash(a: AddedPlace, keys: readonly string[], taken: ReadonlyMap<string, string>) {
  const p = a.place;
  const parent = 'parent' in p ? p.parent : '';
  const hit = keys.find((k) => taken.has(k));
  const rule = p.kind === 'sector' ? 'unique-sector' : hit?.startsWith('id:') ? 'unique-id' : 'unique-slug';
  const what = p.kind === 'sector' ? `sector ${p.number} of ${parent}` : `a mahalla "${p.slug}" of ${parent}`;
  if (hit)
    return {
      file: a.file,
      cell: fieldCell(a, ''),
      rule,
      message: `${what} is already there (${taken.get(hit)}): is it listed twice?`,
      value: p.id,
    };
  if (p.kind === 'mahalla' && /^sector-\d$/.test(p.slug))
    return {
      file: a.file,
      cell: fieldCell(a, ''),
      rule: 'reserved-slug',
      message: "a mahalla's web address may not look like a sector's: add a word to the name",
      value: p.slug,
    };
  return undefined;
}

/** Cross-row checks: taken or repeated ids, slugs and sector numbers, and the sector of each mahalla. */
function crossCheck(
  ds: Dataset,
  pending: ReadonlySet<string>,
  rows: AddedPlace[],
  problems: PlacesUpdate['problems'],
): AddedPlace[] {
  const taken = takenKeys(ds, pending);
  const ok: AddedPlace[] = [];
  for (const a of rows) {
    const keys = keysOf(a.place);
    const problem = clash(a, keys, taken);
    if (problem) problems.push(problem);
    else {
      keys.forEach((k) => taken.set(k, fieldCell(a, '') || a.place.id));
      ok.push(a);
    }
  }
  return ok.filter((a) => {
    const p = a.place;
    if (p.kind !== 'mahalla' || taken.has(`sector:${p.parent}#${p.sector}`)) return true;
    problems.push({
      file: a.file,
      cell: fieldCell(a, '.sector'),
      rule: 'known-sector',
      message: `${p.parent} has no sector ${p.sector}: add the sector on a row of its own (kind sector)`,
      value: String(p.sector),
    });
    return false;
  });
}

/** Reads the places sheets of every file and makes the new places.json. */
export function placesUpdate(
  ds: Dataset,
  dataDir: string,
  inputs: readonly { file: string; places: readonly PlacesSheet[]; district?: string }[],
  published: string,
): PlacesUpdate {
  const pending = new Set(ds.places.filter((p) => p.added === published).map((p) => p.id));
  const problems: PlacesUpdate['problems'] = [];
  const rows: AddedPlace[] = [];
  for (const input of inputs) {
    for (const sheet of input.places) {
      const local: CellProblem[] = [];
      const columns = placeColumns(sheet.rows[0], sheet.ref, local);
      const ctx = { ds, published, pending, district: input.district, problems: local };
      for (const r of sheet.rows.slice(1)) {
        if (
          isPlacesLabelRow(r, columns) ||
          ['kind', 'sector', 'name_uz_latn', 'name_uz_cyrl'].every(
            (k) => !(r.cells[columns.get(k) ?? -1] ?? '').trim(),
          )
        )
          continue;
        const got = readPlaceRow(ctx, sheet.ref, columns, r);
        if (got) rows.push({ ...got, file: input.file });
      }
      problems.push(...local.map((p) => ({ ...p, file: input.file })));
    }
  }
  const added = crossCheck(ds, pending, rows, problems);
  if (added.length === 0 && pending.size === 0) return { added, kept: 0, problems };
  const file = JSON.parse(readFileSync(join(dataDir, 'places.json'), 'utf8')) as {
    places: { added?: string }[];
  };
  const kept = file.places.filter((p) => p.added !== published);
  return {
    added,
    kept: kept.length,
    problems,
    text: formatListFile({ ...file, places: [...kept, ...added.map((a) => a.place)] }, 'places'),
  };
}

/** The cell a loader problem about a new place points at, or undefined when it is about another file or place. */
export function placeCell(
  update: PlacesUpdate,
  dataDir: string,
  p: Problem,
): (CellProblem & { file: string }) | undefined {
  const m = /^\$\.places\[(\d+)\](.*)$/.exec(p.path);
  if (!m || resolve(p.file) !== resolve(dataDir, 'places.json')) return undefined;
  const a = update.added[Number(m[1]) - update.kept];
  if (!a) return undefined;
  const value =
    p.value === undefined ? undefined : typeof p.value === 'string' ? p.value : JSON.stringify(p.value);
  return {
    file: a.file,
    cell: fieldCell(a, m[2]!),
    rule: p.rule,
    message: p.message,
    ...(value !== undefined ? { value } : {}),
  };
}

/** The new places of the files, and the dataset with them (so that rows can name a new place). */
export interface NewPlaces {
  update: PlacesUpdate;
  /** The dataset, with the new places when they load without problems. */
  dataset: Dataset;
  /** Problems at cells of the places sheets, also those the loader finds. */
  problems: (CellProblem & { file: string })[];
}

/** Reads the places sheets and loads the dataset with the places they add (`name`: the snapshot's file name). */
export function newPlaces(
  ds: Dataset,
  dataDir: string,
  name: string,
  inputs: readonly { file: string; places: readonly PlacesSheet[]; district?: string }[],
  published: string,
): NewPlaces {
  const update = placesUpdate(ds, dataDir, inputs, published);
  if (update.text === undefined) return { update, dataset: ds, problems: update.problems };
  const trial = loadTrial(dataDir, name, undefined, name, update.text);
  if (trial.ok) return { update, dataset: trial.dataset, problems: update.problems };
  // Problems elsewhere (another file) cannot come from the new entries: name them at the first new place.
  const first = update.added[0];
  const fallback = (p: Problem) => ({
    file: first?.file ?? '',
    cell: first ? fieldCell(first, '') : '',
    rule: p.rule,
    message: `${p.file}: ${p.path}: ${p.message}`,
  });
  return {
    update,
    dataset: ds,
    problems: [
      ...update.problems,
      ...trial.problems.map((p) => placeCell(update, dataDir, p) ?? fallback(p)),
    ],
  };
}

/** Writes places.json whole or not at all (through a temporary file beside it). */
export function writePlaces(dataDir: string, text: string): void {
  const target = join(dataDir, 'places.json');
  const tmp = `${target}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, target);
}
