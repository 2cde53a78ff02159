/**
 * Loads a dataset as it would be with one snapshot file added (or left out), without
 * touching the dataset folder: the files are copied to a temporary folder and checked by
 * the real loader, so every cross-file rule applies. Problems are reported against the
 * real folder's files; those in the added snapshot are marked.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Dataset } from '../model/dataset.ts';
import { loadDataset } from '../model/load.ts';
import type { Problem } from '../model/problems.ts';

/** A problem of the trial dataset; `added` when it is in the added snapshot file. */
export interface TrialProblem extends Problem {
  added: boolean;
}

/** The dataset, or every problem, of a trial load. */
export type TrialResult = { ok: true; dataset: Dataset } | { ok: false; problems: TrialProblem[] };

const TOP_FILES = ['site.json', 'places.json', 'metrics.json', 'sources.json'];

/** Copies the dataset files of `dataDir` into a new temporary folder, leaving out snapshot `omit`. */
function copyDataset(dataDir: string, omit: string): string {
  const tmp = mkdtempSync(join(tmpdir(), 'ochiq-trial-'));
  for (const f of TOP_FILES) if (existsSync(join(dataDir, f))) copyFileSync(join(dataDir, f), join(tmp, f));
  mkdirSync(join(tmp, 'snapshots'));
  const snaps = join(dataDir, 'snapshots');
  for (const f of existsSync(snaps) ? readdirSync(snaps) : []) {
    if (f !== omit) copyFileSync(join(snaps, f), join(tmp, 'snapshots', f));
  }
  return tmp;
}

/**
 * Loads `dataDir` with snapshot `name` (e.g. `2021-01-04.json`) set to `text`, or without
 * it when `text` is undefined. `addedAs` is how the added file is named in messages.
 * `places`, when given, replaces places.json (new places from a workbook).
 */
export function loadTrial(
  dataDir: string,
  name: string,
  text: string | undefined,
  addedAs: string,
  places?: string,
): TrialResult {
  const tmp = copyDataset(dataDir, name);
  try {
    if (text !== undefined) writeFileSync(join(tmp, 'snapshots', name), text);
    if (places !== undefined) writeFileSync(join(tmp, 'places.json'), places);
    const result = loadDataset(tmp);
    if (result.ok) return result;
    const added = resolve(tmp, 'snapshots', name);
    const shownTmp = relative(process.cwd(), tmp) || '.';
    const shownData = relative(process.cwd(), resolve(dataDir)) || '.';
    const shownAdded = relative(process.cwd(), added);
    // Paths inside messages name the temporary copy; point them at the real files instead.
    const rename = (s: string) => s.split(shownAdded).join(addedAs).split(shownTmp).join(shownData);
    return {
      ok: false,
      problems: result.problems.map((p) => ({
        ...p,
        file: rename(p.file),
        message: rename(p.message),
        added: resolve(p.file) === added,
      })),
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
