/**
 * `npm run validate [-- <data dir>]`: checks a dataset folder and prints one line per
 * problem (file, JSON path, rule, value). Exits 1 when there is any.
 */
import { resolve } from 'node:path';
import { loadDataset } from '../model/load.ts';
import { formatProblem } from '../model/problems.ts';
import { parseArgs } from 'node:util';

const { positionals } = parseArgs({ allowPositionals: true });
const dir = resolve(positionals[0] ?? process.env.DATA_DIR ?? 'data');
const result = loadDataset(dir);
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`\n${result.problems.length} problem(s) in ${dir}; nothing was published.`);
  process.exit(1);
}
const { dataset: ds } = result;
const values = ds.values.length;
console.log(
  `${dir}: valid — ${ds.places.length} places, ${ds.metrics.length} metrics, ${ds.snapshots.length} snapshots, ${values} values.`,
);
