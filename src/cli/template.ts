/**
 * `npm run template -- [--district <id>] [--out <file>] [--data <dir>] [--csv] [--separator ";"|","] [--force]`:
 * writes the spreadsheet template for the monthly update: an Excel workbook (.xlsx) with
 * one row per place and one column per metric, or with `--csv` (or `--separator`) the same
 * rows as CSV (also when `--out` ends in `.csv`). Default file: `template.xlsx` (or `template-<district>.xlsx`, `.csv`); `--out -`
 * prints it. An existing file is kept unless `--force`, so a filled template is never lost.
 * The workbook's dates are `BUILD_DATE`/`SOURCE_DATE_EPOCH` (else today): same data, same bytes.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDataset } from '../model/load.ts';
import { formatProblem } from '../model/problems.ts';
import { buildTree } from '../model/tree.ts';
import { buildDate } from '../site/config.ts';
import { templateCsv, placesInTreeOrder } from '../workflow/template.ts';
import { templateXlsx } from '../workflow/template-xlsx.ts';
import { runCli } from './run.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      district: { type: 'string' },
      out: { type: 'string' },
      data: { type: 'string' },
      separator: { type: 'string' },
      csv: { type: 'boolean' },
      force: { type: 'boolean' },
    },
    strict: true,
  });
  const csv = values.csv || values.separator !== undefined || /\.csv$/i.test(values.out ?? '');
  const sep = values.separator ?? ';';
  if (sep !== ';' && sep !== ',') throw new Error(`--separator must be ";" or ",", got "${sep}"`);
  const dir = resolve(values.data ?? process.env.DATA_DIR ?? 'data');
  const result = loadDataset(dir);
  if (!result.ok) {
    for (const p of result.problems) console.error(formatProblem(p));
    console.error(
      `\n${result.problems.length} problem(s) in ${dir}: fix them (npm run validate) before making a template.`,
    );
    return 1;
  }
  const ds = result.dataset;
  const tree = buildTree(ds);
  const rows = placesInTreeOrder(ds, tree, values.district).length; // also checks --district
  const content = csv
    ? templateCsv(ds, tree, { district: values.district, separator: sep })
    : await templateXlsx(ds, tree, { district: values.district, date: buildDate });
  const out =
    values.out ?? `${values.district ? `template-${values.district}` : 'template'}.${csv ? 'csv' : 'xlsx'}`;
  if (out === '-') return (process.stdout.write(content), 0);
  if (existsSync(out) && !values.force)
    throw new Error(`${out} exists (a filled template?); choose another --out, or add --force to replace it`);
  writeFileSync(out, content);
  const how = csv
    ? `UTF-8, "${sep}"-separated`
    : 'Excel workbook: fill in the white cells of sheet Maʼlumotlar';
  console.log(
    `wrote ${resolve(out)}: ${rows} places, one row each (${how}). Fill in the numbers you have; leave the rest empty.`,
  );
  return 0;
}

await runCli('template', main);
