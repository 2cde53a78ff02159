/**
 * `npm run import -- <filled.xlsx | filled.csv> [<more> …] --date YYYY-MM-DD [--data <dir>] [--out <dir>] [--dry-run]`:
 * reads filled templates (one per district, say) and writes one `snapshots/<date>.json`
 * (the date is the publication date). On any problem it prints all of them, one line each
 * with the file, cell, column and rule, writes nothing and exits 1. An existing snapshot
 * is never overwritten. Places added on a workbook's places sheet go into places.json.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../model/problems.ts';
import { formatCellProblem } from '../workflow/cells.ts';
import { type FileRead, importTemplates } from '../workflow/import.ts';
import { LIMITS } from '../workflow/refusal.ts';
import { runCli } from './run.ts';

/** A file's bytes; of a file over the size limit only its start, which is refused by its size without reading the rest. */
function readCapped(path: string): { bytes: Uint8Array; size: number } {
  const size = statSync(path).size;
  if (size <= LIMITS.fileBytes) return { bytes: readFileSync(path), size };
  const start = new Uint8Array(64 * 1024);
  const fd = openSync(path, 'r');
  try {
    return { bytes: start.subarray(0, readSync(fd, start, 0, start.length, 0)), size };
  } finally {
    closeSync(fd);
  }
}

/** How a file was read, for the summary line. */
function describe(f: FileRead): string {
  if (f.proposal) return `${f.name} read as a proposal`;
  if (f.sheets) return `${f.name} read as a workbook: ${f.sheets.join(', ')}`;
  return `${f.name} read as ${(f.encoding ?? 'utf-8').toUpperCase()}, "${f.separator === '\t' ? 'tab' : f.separator}"-separated`;
}

function main(): number {
  const { values, positionals } = parseArgs({
    options: {
      date: { type: 'string' },
      data: { type: 'string' },
      out: { type: 'string' },
      'dry-run': { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0 || !values.date)
    throw new Error(
      'usage: npm run import -- <filled.xlsx | filled.csv | proposal.json> [<more> …] --date YYYY-MM-DD [--data <dir>] [--out <dir>] [--dry-run]',
    );
  const files = positionals.map((f) => ({ name: relative(process.cwd(), resolve(f)), ...readCapped(f) }));
  const data = resolve(values.data ?? process.env.DATA_DIR ?? 'data');
  const report = importTemplates(files, {
    data,
    published: values.date,
    out: values.out ? resolve(values.out) : undefined,
    write: !values['dry-run'],
  });
  for (const n of report.notes ?? []) console.log(`note: ${n.file}: ${n.note}`);
  for (const p of report.otherProblems) console.error(formatProblem(p));
  for (const p of report.cellProblems) console.error(formatCellProblem(p.file, p));
  const count = report.cellProblems.length + report.otherProblems.length;
  if (count) {
    console.error(
      `\n${count} problem(s); nothing was written. Fix them in the spreadsheet, save it and rerun.`,
    );
    return 1;
  }
  const records = report.snapshot!.records;
  const nValues = records.reduce((n, r) => n + Object.keys(r.values).length, 0);
  const read = report.files.map(describe).join('; ');
  const what = `${nValues} values for ${new Set(records.map((r) => r.place)).size} places (${read})`;
  const added = report.newPlaces?.length
    ? `; ${report.newPlaces.length} new place(s) for ${relative(process.cwd(), resolve(data, 'places.json'))}: ${report.newPlaces.join(', ')}`
    : '';
  if (!report.written) return (console.log(`no problems: ${what}${added}; nothing written (--dry-run).`), 0);
  const shown = relative(process.cwd(), report.written);
  console.log(`wrote ${shown}: ${what}${added}.\nNext: npm run diff -- ${shown}`);
  return 0;
}

await runCli('import', main);
