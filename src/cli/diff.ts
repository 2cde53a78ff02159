/**
 * `npm run diff -- <new snapshot.json> [--data <dir>] [--threshold 0.5] [--place <id>] [--json] [--flags-only]`:
 * previews what the snapshot would change against the latest published one (the dataset
 * without that file) and flags what deserves a second look. Exits 1 only when a file is
 * invalid; flags are for people, not for the exit code.
 */
import { readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../model/problems.ts';
import { buildTree } from '../model/tree.ts';
import { diffDatasets, diffUnder } from '../workflow/diff.ts';
import { formatDiff } from '../workflow/diff-format.ts';
import { loadTrial, type TrialResult } from '../workflow/trial.ts';
import { runCli } from './run.ts';

function failed(result: TrialResult, what: string): boolean {
  if (result.ok) return false;
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`\n${result.problems.length} problem(s) ${what}; nothing to compare.`);
  return true;
}

function main(): number {
  const { values, positionals } = parseArgs({
    options: {
      data: { type: 'string' },
      threshold: { type: 'string' },
      json: { type: 'boolean' },
      place: { type: 'string' },
      'flags-only': { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1)
    throw new Error(
      'usage: npm run diff -- <snapshots/YYYY-MM-DD.json> [--data <dir>] [--threshold 0.5] [--place <id>] [--json] [--flags-only]',
    );
  const threshold = Number(values.threshold ?? '0.5');
  if (!(threshold > 0))
    throw new Error(`--threshold must be a share above 0 (0.5 = 50 %), got "${values.threshold}"`);
  const file = resolve(positionals[0]!);
  const name = basename(file);
  const data = resolve(values.data ?? process.env.DATA_DIR ?? 'data');
  const text = readFileSync(file, 'utf8');
  // "Before" is the dataset without this file, whether or not import already put it there.
  const before = loadTrial(data, name, undefined, name);
  if (failed(before, `in ${relative(process.cwd(), data) || '.'} without ${name}`)) return 1;
  const after = loadTrial(data, name, text, relative(process.cwd(), file));
  if (failed(after, `with ${name} added`) || !before.ok || !after.ok) return 1;
  const tree = buildTree(after.dataset);
  if (values.place !== undefined && !after.dataset.placeById.has(values.place))
    throw new Error(`--place: no place has the id "${values.place}"`);
  const all = diffDatasets(before.dataset, after.dataset, name.replace(/\.json$/, ''), { threshold });
  const diff = values.place === undefined ? all : diffUnder(all, tree, values.place);
  if (values.json) process.stdout.write(`${JSON.stringify(diff, null, 2)}\n`);
  else process.stdout.write(formatDiff(after.dataset, tree, diff, values['flags-only']));
  return 0;
}

await runCli('diff', main);
