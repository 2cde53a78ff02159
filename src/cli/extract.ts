/**
 * `npm run extract -- <file> [--place <id>] [--source <id>] [--date YYYY-MM-DD] [--out <draft.json>] [--data <dir>] [--force]`:
 * reads a press release (plain text or a saved page) and writes a proposal of the figures
 * it gives, each with its quote, to `--out` (default `.build/extract/<name>.proposal.json`,
 * git-ignored), then prints it as a review list. A file it cannot read is refused in one
 * line (exit 1). Nothing is published: `npm run import` reads the proposal once reviewed.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extractProposal } from '../extract/extract.ts';
import { MAX_BYTES, readInput } from '../extract/input.ts';
import { reviewList } from '../extract/review.ts';
import { loadDataset } from '../model/load.ts';
import { formatProblem } from '../model/problems.ts';
import { ProposalFile } from '../schema/proposal.ts';
import { isoDate } from '../workflow/numbers.ts';
import { runCli } from './run.ts';

const USAGE =
  'usage: npm run extract -- <file> [--place <id>] [--source <id>] [--date YYYY-MM-DD] [--out <draft.json>] [--data <dir>] [--force]';

function parseCli() {
  const { values, positionals } = parseArgs({
    options: {
      place: { type: 'string' },
      source: { type: 'string' },
      date: { type: 'string' },
      out: { type: 'string' },
      data: { type: 'string' },
      force: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new Error(USAGE);
  return { values, file: resolve(positionals[0]!) };
}

/** Why `--date` is refused, or undefined when it is absent or a calendar date. */
function badDate(date: string | undefined): string | undefined {
  if (date === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m || !isoDate(+m[1]!, +m[2]!, +m[3]!))
    return `--date must be a calendar date written YYYY-MM-DD (found "${date}")`;
  return undefined;
}

/** Why the file cannot be read, before reading it (so a huge file is never read into memory). */
function badFile(file: string): string | undefined {
  if (!existsSync(file)) return 'no such file';
  const size = statSync(file).size;
  if (size > MAX_BYTES)
    return `${(size / 1024 / 1024).toFixed(1)} MiB is over the ${MAX_BYTES / 1024 / 1024} MiB a press release or saved page may have`;
  return undefined;
}

function main(): number {
  const { values, file } = parseCli();
  const shown = relative(process.cwd(), file);
  const refuse = (reason: string) => (console.error(`extract: ${shown}: ${reason}`), 1);
  const early = badDate(values.date) ?? badFile(file);
  if (early !== undefined) return refuse(early);
  const input = readInput(shown, readFileSync(file));
  if (!input.ok) return refuse(input.reason);
  const data = resolve(values.data ?? process.env.DATA_DIR ?? 'data');
  const loaded = loadDataset(data);
  if (!loaded.ok) {
    for (const p of loaded.problems) console.error(formatProblem(p));
    return refuse(
      `the dataset ${relative(process.cwd(), data) || '.'} has ${loaded.problems.length} problem(s); fix them first (npm run validate)`,
    );
  }
  const result = extractProposal(loaded.dataset, input, {
    file: basename(file),
    place: values.place,
    source: values.source,
    date: values.date,
  });
  if (!result.ok) return refuse(result.error);
  const checked = ProposalFile.safeParse(result.proposal);
  if (!checked.success)
    throw new Error(`the proposal does not follow its own schema: ${checked.error.message}`);
  const out = resolve(values.out ?? `.build/extract/${basename(file).replace(/\.[^.]*$/, '')}.proposal.json`);
  if (values.out !== undefined && existsSync(out) && !values.force)
    return refuse(
      `${relative(process.cwd(), out)} exists: it may hold your review; choose another --out, or add --force`,
    );
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result.proposal, null, 2)}\n`);
  process.stdout.write(
    reviewList(loaded.dataset, result.proposal, relative(process.cwd(), out), result.source.note),
  );
  return 0;
}

await runCli('extract', main);
