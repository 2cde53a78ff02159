import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tinyDir } from '../workflow/fixtures/sheets.ts';

const root = new URL('../..', import.meta.url).pathname;
const run = (args: string[]) =>
  spawnSync(process.execPath, [join(root, 'src/cli/diff.ts'), ...args], { cwd: root, encoding: 'utf8' });

function snapshot(values: Record<string, number>) {
  const file = join(mkdtempSync(join(tmpdir(), 'ochiq-new-')), '2021-01-04.json');
  writeFileSync(
    file,
    JSON.stringify({
      published: '2021-01-04',
      records: [{ place: 'd.m1', date: '2021-01-04', provenance: 'illustrative', values }],
    }),
  );
  return file;
}

describe('npm run diff', () => {
  it('exits 0 when there are flags, and prints them', () => {
    const r = run([snapshot({ iron_registered: 2 }), '--data', tinyDir(), '--flags-only']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('! cumulative-decrease: d.m1');
  });

  it('gives the preview as JSON', () => {
    const r = run([snapshot({ population: 1001 }), '--data', tinyDir(), '--json']);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ published: '2021-01-04', against: '2020-12-02' });
    expect(json.changes).toContainEqual(
      expect.objectContaining({
        place: 'd.m1',
        metric: 'population',
        after: expect.objectContaining({ value: 1001 }),
      }),
    );
  });

  it('exits 1 on an invalid snapshot, naming the file and the rule', () => {
    const r = run([snapshot({ population: -1 }), '--data', tinyDir()]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/2021-01-04\.json: \$\.records\[0\]\.values\.population: \[non-negative\]/);
  });
});
