/**
 * Writes the seeded demo dataset: places.json and snapshots/*.json.
 *
 *   npx node src/cli/generate-demo.ts [--seed N] [--out DIR] [--reference DIR]
 *
 * Defaults: seed 20201202, out `data`, reference `$REFERENCE_DIR` or `../shared/reference`
 * (both relative to the repository root). metrics.json, sources.json and site.json are
 * hand-written and never touched.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateDemo } from '../demo/generate.ts';
import { readReference } from '../demo/reference.ts';
import { writeDemo } from '../demo/write.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function parseSeed(text: string | undefined): number {
  if (text === undefined) return DEFAULT_SEED;
  if (!/^\d+$/.test(text) || Number(text) > 0xffffffff)
    throw new Error(`--seed must be an integer 0…4294967295, got "${text}"`);
  return Number(text);
}

function main(): void {
  const { values } = parseArgs({
    options: { seed: { type: 'string' }, out: { type: 'string' }, reference: { type: 'string' } },
    strict: true,
  });
  const seed = parseSeed(values.seed);
  const out = values.out ? resolve(values.out) : join(ROOT, 'data');
  const refDir = values.reference
    ? resolve(values.reference)
    : resolve(ROOT, process.env.REFERENCE_DIR ?? '../shared/reference');
  const files = generateDemo({ seed, reference: readReference(refDir) });
  writeDemo(out, files);
  const bytes = [...files.values()].reduce((n, t) => n + Buffer.byteLength(t), 0);
  console.log(`wrote ${files.size} files (${bytes} bytes) to ${out} with seed ${seed}`);
}

try {
  main();
} catch (e) {
  console.error(`generate-demo: ${(e as Error).message}`);
  process.exitCode = 1;
}
