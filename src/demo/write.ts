/** Writes generated files into a dataset folder (the only part of the generator that touches disk). */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes `files` under `out` and removes snapshot files the generator no longer makes. */
export function writeDemo(out: string, files: Map<string, string>): void {
  mkdirSync(join(out, 'snapshots'), { recursive: true });
  for (const [path, text] of files) writeFileSync(join(out, path), text, 'utf8');
  for (const name of readdirSync(join(out, 'snapshots'))) {
    if (name.endsWith('.json') && !files.has(`snapshots/${name}`)) rmSync(join(out, 'snapshots', name));
  }
}
