/**
 * From filled templates to a snapshot file: decode, read the cells, build the records,
 * check them with the dataset's own loader (so rules across files apply), and write
 * `snapshots/<date>.json` only when there is no problem at all. Several files (one per
 * district, say) make one snapshot. Never overwrites.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatListFile } from '../demo/format.ts';
import { loadDataset } from '../model/load.ts';
import type { Problem } from '../model/problems.ts';
import type { SnapshotFile } from '../model/types.ts';
import { type CellProblem, byCell } from './cells.ts';
import { readCsv, type Separator } from './csv-read.ts';
import { decodeBytes, type Encoding } from './decode.ts';
import { isoDate } from './numbers.ts';
import { readRecords, type RowOptions, type RowRecord } from './rows.ts';
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
  /** Encoding found. */
  encoding: Encoding;
  /** Separator found. */
  separator: Separator;
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
}

/** A record with the file it came from. */
type Sourced = RowRecord & { file: string };

const option = (rule: string, message: string, value?: unknown): Problem => ({ file: '--date', path: '', rule, message, value });

/** Where a problem of the added snapshot (`$.records[3].values.population`) is in the sheets. */
export function cellOf(p: Problem, records: readonly Sourced[]): FileCellProblem {
  const m = /^\$\.records\[(\d+)\](?:\.(\w+))?(?:\.(\w+))?/.exec(p.path);
  const rec = m ? records[Number(m[1])] : undefined;
  const value = p.value === undefined ? undefined : typeof p.value === 'string' ? p.value : JSON.stringify(p.value);
  if (!rec) return { file: p.file, cell: '', rule: p.rule, message: p.message, value };
  const field = m![2] === 'values' ? m![3]! : (m![2] ?? '');
  const column = { place: 'place_id', date: 'date', provenance: 'source' }[field] ?? (m![2] === 'values' ? field : undefined);
  return { file: rec.file, cell: rec.cells[field] ?? `row ${rec.row}`, column, rule: p.rule, message: p.message, value };
}

/** How the loader names the added snapshot in its messages, to be replaced by cells. */
const ADDED = '<added>';

/** Rewrites `<added> $.records[2].values.iron_registered` in a message as `filled.csv M8`. */
export function cellsIn(message: string, records: readonly Sourced[]): string {
  return message.replace(/<added> \$\.records\[(\d+)\](?:\.values\.(\w+))?/g, (all, i: string, metric?: string) => {
    const rec = records[Number(i)];
    return rec ? `${rec.file} ${(metric && rec.cells[metric]) || `row ${rec.row}`}` : all;
  });
}

/** Problems with the publication date and the output file. */
function dateProblems(published: string, latest: string | undefined, target: string): Problem[] {
  if (existsSync(target))
    return [{ file: target, path: '$', rule: 'snapshot-exists', message: 'snapshots are never edited once written: publish corrections in a new snapshot with a later date (its rows may revise earlier dates)' }];
  if (latest && published <= latest) return [option('published-after-latest', `a new snapshot is published after the latest one (${latest})`, published)];
  return [];
}

/** Reads the filled templates and writes one snapshot when nothing is wrong. */
export function importTemplates(files: readonly SheetFile[], options: ImportOptions): ImportReport {
  const { published, data } = options;
  const dm = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  if (!dm || !isoDate(+dm[1]!, +dm[2]!, +dm[3]!))
    return { ok: false, cellProblems: [], otherProblems: [option('iso-date', 'the publication date must be a calendar date written YYYY-MM-DD', published)], files: [] };
  const base = loadDataset(data);
  if (!base.ok) return { ok: false, cellProblems: [], otherProblems: base.problems, files: [] };
  const ds = base.dataset;
  const name = `${published}.json`;
  const target = join(options.out ?? join(data, 'snapshots'), name);
  const otherProblems = dateProblems(published, ds.snapshots.at(-1)?.published, target);

  const cellProblems: FileCellProblem[] = [];
  const records: Sourced[] = [];
  const read: FileRead[] = [];
  const seen: RowOptions['seen'] = new Map();
  for (const f of files) {
    const { text, encoding } = decodeBytes(f.bytes);
    const sheet = readCsv(text);
    read.push({ name: f.name, encoding, separator: sheet.separator });
    const problems = [...sheet.problems];
    const decimalMark = sheet.separator === ',' ? '.' : ',';
    records.push(...readRecords(ds, sheet, { published, decimalMark, fileName: f.name, seen }, problems).map((r) => ({ ...r, file: f.name })));
    cellProblems.push(...problems.sort(byCell).map((p) => ({ ...p, file: f.name })));
  }
  if (records.length === 0 && cellProblems.length === 0) cellProblems.push({ file: files[0]?.name ?? '', cell: '', rule: 'no-values', message: 'no row has a value: fill in at least one number' });

  const snapshot: SnapshotFile = { published, records: records.map((r) => r.record) };
  const json = formatListFile(snapshot, 'records');
  if (records.length) {
    const trial = loadTrial(data, name, json, ADDED);
    if (!trial.ok) {
      cellProblems.push(...trial.problems.filter((p) => p.added).map((p) => cellOf({ ...p, message: cellsIn(p.message, records) }, records)));
      otherProblems.push(...trial.problems.filter((p) => !p.added).map((p) => ({ ...p, message: cellsIn(p.message, records) })));
    }
  }
  const order = new Map(files.map((f, i) => [f.name, i]));
  cellProblems.sort((a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1) || byCell(a, b));
  const ok = cellProblems.length === 0 && otherProblems.length === 0;
  const report: ImportReport = { ok, cellProblems, otherProblems, snapshot, files: read };
  if (ok && options.write !== false) {
    mkdirSync(options.out ?? join(data, 'snapshots'), { recursive: true });
    writeFileSync(target, json, { flag: 'wx' }); // "wx": never replace a file that appeared meanwhile
    report.written = target;
  }
  return report;
}
