/**
 * From filled templates to a snapshot file: decode, read the cells, build the records,
 * check them with the dataset's own loader (so rules across files apply), and write
 * `snapshots/<date>.json` only when there is no problem at all. Several files (one per
 * district, say) make one snapshot. Never overwrites.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../model/dataset.ts';
import { formatListFile } from '../model/list-file.ts';
import { loadDataset } from '../model/load.ts';
import type { Problem } from '../model/problems.ts';
import type { SnapshotFile } from '../model/types.ts';
import { type CellProblem, byCell } from './cells.ts';
import type { Separator } from './csv-read.ts';
import type { Encoding } from './decode.ts';
import type { FileInput } from './file-input.ts';
import { isoDate } from './numbers.ts';
import { type NewPlaces, newPlaces, placeCell, writePlaces } from './places-update.ts';
import { readInput, recordsOf } from './read-file.ts';
import type { RowOptions, RowRecord } from './rows.ts';
import { isProposalFile, readProposal } from './proposal.ts';
import { loadTrial } from './trial.ts';

/** A filled template: its name (for messages) and its bytes. */
export interface SheetFile {
  /** Shown in messages. */
  name: string;
  /** The file's content. */
  bytes: Uint8Array;
}

/** Options of `importTemplates`. */
export interface ImportOptions {
  /** Dataset folder. */
  data: string;
  /** Publication date `YYYY-MM-DD`: the snapshot's file name. */
  published: string;
  /** Folder to write the snapshot to; default `<data>/snapshots`. */
  out?: string;
  /** False for a dry run: check everything, write nothing. */
  write?: boolean;
}

/** A problem in a cell of one of the files. */
export type FileCellProblem = CellProblem & { file: string };

/** How one file was read. */
export interface FileRead {
  /** As given. */
  name: string;
  /** Encoding found (CSV). */
  encoding?: Encoding;
  /** Separator found (CSV). */
  separator?: Separator;
  /** Sheets read (workbook). */
  sheets?: string[];
  /** True for a proposal of `npm run extract` (JSON) rather than a spreadsheet. */
  proposal?: boolean;
}

/** What an import did, or every reason it did not. */
export interface ImportReport {
  /** True when there was no problem (and the snapshot was written, unless a dry run). */
  ok: boolean;
  /** Problems in the filled templates, by file then cell, top to bottom. */
  cellProblems: FileCellProblem[];
  /** Problems that are not in a cell: the date, the output file, the dataset itself. */
  otherProblems: Problem[];
  /** The snapshot built (also when it was not written). */
  snapshot?: SnapshotFile;
  /** The snapshot file written, if any. */
  written?: string;
  /** How each file was read. */
  files: FileRead[];
  /** What the person importing should know: formulas read as values, hidden rows, ignored sheets. */
  notes?: { file: string; note: string }[];
  /** Places the workbooks' places sheets add to places.json (written with the snapshot). */
  newPlaces?: string[];
}

/** A record with the file it came from. */
type Sourced = RowRecord & { file: string };

const option = (rule: string, message: string, value?: unknown): Problem => ({
  file: '--date',
  path: '',
  rule,
  message,
  value,
});

/** Where a problem of the added snapshot (`$.records[3].values.population`) is in the sheets. */
export function cellOf(p: Problem, records: readonly Sourced[]): FileCellProblem {
  const m = /^\$\.records\[(\d+)\](?:\.(\w+))?(?:\.(\w+))?/.exec(p.path);
  const rec = m ? records[Number(m[1])] : undefined;
  const value =
    p.value === undefined ? undefined : typeof p.value === 'string' ? p.value : JSON.stringify(p.value);
  if (!rec) return { file: p.file, cell: '', rule: p.rule, message: p.message, value };
  const field = m![2] === 'values' ? m![3]! : (m![2] ?? '');
  const column =
    { place: 'place_id', date: 'date', provenance: 'source' }[field] ??
    (m![2] === 'values' ? field : undefined);
  return {
    file: rec.file,
    cell: rec.cells[field] ?? `row ${rec.row}`,
    column,
    rule: p.rule,
    message: p.message,
    value,
  };
}

/** How the loader names the added snapshot in its messages, to be replaced by cells. */
const ADDED = '<added>';

/** Rewrites `<added> $.records[2].values.iron_registered` in a message as `filled.csv M8`. */
export function cellsIn(message: string, records: readonly Sourced[]): string {
  return message.replace(
    /<added> \$\.records\[(\d+)\](?:\.values\.(\w+))?/g,
    (all, i: string, metric?: string) => {
      const rec = records[Number(i)];
      return rec ? `${rec.file} ${(metric && rec.cells[metric]) || `row ${rec.row}`}` : all;
    },
  );
}

/** Problems with the publication date and the output file. */
function dateProblems(published: string, latest: string | undefined, target: string): Problem[] {
  if (existsSync(target))
    return [
      {
        file: target,
        path: '$',
        rule: 'snapshot-exists',
        message:
          'snapshots are never edited once written: publish corrections in a new snapshot with a later date (its rows may revise earlier dates)',
      },
    ];
  if (latest && published <= latest)
    return [
      option(
        'published-after-latest',
        `a new snapshot is published after the latest one (${latest})`,
        published,
      ),
    ];
  return [];
}

/** An import refused before any file is read. */
const refused = (otherProblems: Problem[]): ImportReport => ({
  ok: false,
  cellProblems: [],
  otherProblems,
  files: [],
});

/** What the files gave: their records, how each was read, notes and problems at cells. */
interface FilesRead {
  records: Sourced[];
  read: FileRead[];
  notes: { file: string; note: string }[];
  cellProblems: FileCellProblem[];
}

/** Each file by the reader of its kind: a reviewed proposal, or a CSV or workbook already decoded. */
function readFiles(
  ds: Dataset,
  files: readonly SheetFile[],
  inputs: ReadonlyMap<SheetFile, FileInput>,
  places: NewPlaces,
  published: string,
): FilesRead {
  const out: FilesRead = { records: [], read: [], notes: [], cellProblems: [...places.problems] };
  const seen: RowOptions['seen'] = new Map();
  for (const f of files) {
    const problems: CellProblem[] = [];
    const inFile = <T>(x: T) => ({ ...x, file: f.name });
    if (isProposalFile(f)) {
      // A reviewed proposal of `npm run extract`: its records, named `records[3]` in problems.
      out.read.push({ name: f.name, encoding: 'utf-8', separator: ',', proposal: true });
      out.records.push(...readProposal(ds, f, { published, seen }, problems).map(inFile));
      out.cellProblems.push(...problems.map(inFile));
      continue;
    }
    const input = inputs.get(f)!;
    out.read.push(input.read);
    out.notes.push(...input.notes.map((note) => ({ file: f.name, note })));
    out.records.push(
      ...recordsOf(places.dataset, input, { published, fileName: f.name, seen }, problems).map(inFile),
    );
    out.cellProblems.push(...problems.sort(byCell).map(inFile));
  }
  return out;
}

/** The trial load's problems: those of the added snapshot and places sheets at cells, the rest as they are. */
function trialProblems(
  data: string,
  name: string,
  json: string,
  places: NewPlaces,
  records: readonly Sourced[],
): { cell: FileCellProblem[]; other: Problem[] } {
  const placesText = places.update.text;
  if (!records.length && placesText === undefined) return { cell: [], other: [] };
  const trial = loadTrial(data, name, json, ADDED, placesText);
  if (trial.ok) return { cell: [], other: [] };
  const named = <P extends Problem>(p: P): P => ({ ...p, message: cellsIn(p.message, records) });
  const inPlaces = trial.problems.filter((p) => !p.added && placeCell(places.update, data, p));
  return {
    cell: [
      ...trial.problems.filter((p) => p.added).map((p) => cellOf(named(p), records)),
      ...inPlaces.map((p) => placeCell(places.update, data, named(p))!),
    ],
    other: trial.problems.filter((p) => !p.added && !inPlaces.includes(p)).map(named),
  };
}

/** Writes the snapshot, then the places it adds; a file that appeared meanwhile is never replaced. */
function writeSnapshot(dir: string, target: string, json: string, data: string, placesText?: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(target, json, { flag: 'wx' }); // "wx": never replace a file that appeared meanwhile
  try {
    if (placesText !== undefined) writePlaces(data, placesText); // after the snapshot, which may not be replaced
  } catch (e) {
    rmSync(target); // a snapshot naming places that were not written would break the dataset
    throw e;
  }
}

/** Reads the filled templates and writes one snapshot when nothing is wrong. */
export function importTemplates(files: readonly SheetFile[], options: ImportOptions): ImportReport {
  const { published, data } = options;
  const dm = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  if (!dm || !isoDate(+dm[1]!, +dm[2]!, +dm[3]!))
    return refused([
      option('iso-date', 'the publication date must be a calendar date written YYYY-MM-DD', published),
    ]);
  const base = loadDataset(data);
  if (!base.ok) return refused(base.problems);
  const ds = base.dataset;
  const name = `${published}.json`;
  const dir = options.out ?? join(data, 'snapshots');
  const target = join(dir, name);
  const otherProblems = dateProblems(published, ds.snapshots.at(-1)?.published, target);

  // Each file read by the reader of its kind (CSV, workbook); new places first, so rows can name them.
  const inputs = new Map(files.filter((f) => !isProposalFile(f)).map((f) => [f, readInput(f, ds)]));
  const places = newPlaces(
    ds,
    data,
    name,
    [...inputs].map(([f, input]) => ({ file: f.name, ...input })),
    published,
  );
  const { records, read, notes, cellProblems } = readFiles(ds, files, inputs, places, published);
  if (records.length === 0 && cellProblems.length === 0 && !places.update.added.length)
    cellProblems.push({
      file: files[0]?.name ?? '',
      cell: '',
      rule: 'no-values',
      message: 'no row has a value: fill in at least one number',
    });

  const snapshot: SnapshotFile = { published, records: records.map((r) => r.record) };
  const json = formatListFile(snapshot, 'records');
  const trial = trialProblems(data, name, json, places, records);
  cellProblems.push(...trial.cell);
  otherProblems.push(...trial.other);
  const order = new Map(files.map((f, i) => [f.name, i]));
  cellProblems.sort((a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1) || byCell(a, b));
  const ok = cellProblems.length === 0 && otherProblems.length === 0;
  const report: ImportReport = {
    ok,
    cellProblems,
    otherProblems,
    snapshot,
    files: read,
    notes,
    newPlaces: places.update.added.map((a) => a.place.id),
  };
  if (ok && options.write !== false) {
    writeSnapshot(dir, target, json, data, places.update.text);
    report.written = target;
  }
  return report;
}
