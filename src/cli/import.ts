/**
 * `npm run import -- <filled.csv> [<more.csv> …] --date YYYY-MM-DD [--data <dir>] [--out <dir>] [--dry-run]`:
 * reads filled templates (one per district, say) and writes one `snapshots/<date>.json`
 * (the date is the publication date). On any problem it prints all of them, one line each
 * with the file, cell, column and rule, writes nothing and exits 1. An existing snapshot
 * is never overwritten.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../model/problems.ts';
import { formatCellProblem } from '../workflow/cells.ts';
import { importTemplates } from '../workflow/import.ts';

function main(): number {
  const { values, positionals } = parseArgs({
    options: { date: { type: 'string' }, data: { type: 'string' }, out: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0 || !values.date) throw new Error('usage: npm run import -- <filled.csv> [<more.csv> …] --date YYYY-MM-DD [--data <dir>] [--out <dir>] [--dry-run]');
  const files = positionals.map((f) => ({ name: relative(process.cwd(), resolve(f)), bytes: readFileSync(f) }));
  const data = resolve(values.data ?? process.env.DATA_DIR ?? 'data');
  const report = importTemplates(files, {
    data,
    published: values.date,
    out: values.out ? resolve(values.out) : undefined,
    write: !values['dry-run'],
  });
  for (const p of report.otherProblems) console.error(formatProblem(p));
  for (const p of report.cellProblems) console.error(formatCellProblem(p.file, p));
  const count = report.cellProblems.length + report.otherProblems.length;
  if (count) {
    console.error(`\n${count} problem(s); nothing was written. Fix them in the spreadsheet, save it as CSV again and rerun.`);
    return 1;
  }
  const records = report.snapshot!.records;
  const nValues = records.reduce((n, r) => n + Object.keys(r.values).length, 0);
  const read = report.files.map((f) => `${f.name} read as ${f.encoding.toUpperCase()}, "${f.separator === '\t' ? 'tab' : f.separator}"-separated`).join('; ');
  const what = `${nValues} values for ${new Set(records.map((r) => r.place)).size} places (${read})`;
  if (!report.written) return console.log(`no problems: ${what}; nothing written (--dry-run).`), 0;
  const shown = relative(process.cwd(), report.written);
  console.log(`wrote ${shown}: ${what}.\nNext: npm run diff -- ${shown}`);
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(`import: ${(e as Error).message}`);
  process.exitCode = 1;
}
