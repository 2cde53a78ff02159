import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
  existsSync,
  readdirSync,
  statSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

/** A copy of the demo data with one snapshot file changed, and an output folder holding an old site. */
function setup(edit: (text: string) => string) {
  const tmp = mkdtempSync(join(tmpdir(), 'ochiq-build-'));
  const data = join(tmp, 'data');
  cpSync(join(root, 'data'), data, { recursive: true });
  const snap = join(data, 'snapshots', '2020-12-02.json');
  writeFileSync(snap, edit(readFileSync(snap, 'utf8')));
  const out = join(tmp, 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), 'previous site');
  return { data, out };
}

function run(script: string, args: string[]) {
  return spawnSync(process.execPath, [join(root, 'src/cli', script), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
}

describe('build and validate on bad data', () => {
  it('reject "660" raised above 831, name the file and the rule, and leave the old site', () => {
    const { data, out } = setup((t) => t.replace('"iron_lifted":660', '"iron_lifted":900'));
    for (const [script, args] of [
      ['validate.ts', [data]],
      ['build.ts', ['--data', data, '--out', out]],
    ] as const) {
      const r = run(script, [...args]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(
        /snapshots\/2020-12-02\.json: \$\.records\[\d+\]\.values\.iron_lifted: \[iron-lifted-le-registered\]/,
      );
      expect(r.stderr).toContain('900');
    }
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous site');
  });

  it('reject a truncated snapshot and leave the old site', () => {
    const { data, out } = setup((t) => t.slice(0, Math.floor(t.length / 2)));
    const r = run('build.ts', ['--data', data, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/snapshots\/2020-12-02\.json: \$: \[json-complete\]/);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous site');
    expect(existsSync(join(out, 'uz'))).toBe(false);
  });

  it('validate accepts the committed demo data', () => {
    const r = run('validate.ts', [join(root, 'data')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/valid — 1020 places/);
  });
});

describe('reproducible builds', () => {
  it('two builds of the same commit and data give byte-identical files', () => {
    const hashes = [1, 2].map(() => {
      const out = join(mkdtempSync(join(tmpdir(), 'ochiq-repro-')), 'site');
      const r = spawnSync(
        process.execPath,
        [join(root, 'src/cli/build.ts'), '--data', join(root, 'e2e/fixtures/hostile'), '--out', out],
        {
          cwd: root,
          encoding: 'utf8',
          env: { ...process.env, BUILD_DATE: '2026-01-01', BOUNDARIES: 'none' },
        },
      );
      expect(r.status, r.stderr).toBe(0);
      return treeHashes(out);
    });
    expect(Object.keys(hashes[0]!).length).toBeGreaterThan(20);
    expect(hashes[1]).toEqual(hashes[0]);
  }, 180_000);
});

/** SHA-256 of every file below `dir`, by relative path. */
function treeHashes(dir: string, base = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(join(dir, base)).sort()) {
    const rel = join(base, name);
    if (statSync(join(dir, rel)).isDirectory()) Object.assign(out, treeHashes(dir, rel));
    else
      out[rel] = createHash('sha256')
        .update(readFileSync(join(dir, rel)))
        .digest('hex');
  }
  return out;
}
