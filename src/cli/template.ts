/**
 * `npm run template -- [--district <id>] [--out <file>] [--data <dir>] [--separator ";"|","] [--force]`:
 * writes the spreadsheet template (CSV) for the monthly update: one row per place, one
 * column per metric. Default file: `template.csv` (or `template-<district>.csv`); `--out -`
 * prints it. An existing file is kept unless `--force`, so a filled template is never lost.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDataset } from '../model/load.ts';
import { formatProblem } from '../model/problems.ts';
import { buildTree } from '../model/tree.ts';
import { templateCsv, placesInTreeOrder } from '../workflow/template.ts';

function main(): number {
  const { values } = parseArgs({
    options: { district: { type: 'string' }, out: { type: 'string' }, data: { type: 'string' }, separator: { type: 'string' }, force: { type: 'boolean' } },
    strict: true,
  });
  const sep = values.separator ?? ';';
  if (sep !== ';' && sep !== ',') throw new Error(`--separator must be ";" or ",", got "${sep}"`);
  const dir = resolve(values.data ?? process.env.DATA_DIR ?? 'data');
  const result = loadDataset(dir);
  if (!result.ok) {
    for (const p of result.problems) console.error(formatProblem(p));
    console.error(`\n${result.problems.length} problem(s) in ${dir}: fix them (npm run validate) before making a template.`);
    return 1;
  }
  const tree = buildTree(result.dataset);
  const csv = templateCsv(result.dataset, tree, { district: values.district, separator: sep });
  const out = values.out ?? (values.district ? `template-${values.district}.csv` : 'template.csv');
  if (out === '-') return process.stdout.write(csv), 0;
  if (existsSync(out) && !values.force) throw new Error(`${out} exists (a filled template?); choose another --out, or add --force to replace it`);
  writeFileSync(out, csv);
  const rows = placesInTreeOrder(result.dataset, tree, values.district).length;
  console.log(`wrote ${resolve(out)}: ${rows} places, one row each (UTF-8, "${sep}"-separated). Fill in the numbers you have; leave the rest empty.`);
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(`template: ${(e as Error).message}`);
  process.exitCode = 1;
}
