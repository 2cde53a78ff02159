import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filledTemplate, tinyDir } from '../workflow/fixtures/sheets.ts';

const root = new URL('../..', import.meta.url).pathname;
const run = (script: string, args: string[]) => spawnSync(process.execPath, [join(root, 'src/cli', script), ...args], { cwd: root, encoding: 'utf8' });

function sheet(fill: Parameters<typeof filledTemplate>[1]) {
  const data = tinyDir();
  const file = join(mkdtempSync(join(tmpdir(), 'ochiq-sheet-')), 'filled.csv');
  writeFileSync(file, filledTemplate(data, fill));
  return { data, file };
}

describe('npm run import', () => {
  it('prints every problem with its cell, column and rule, writes nothing and exits 1', () => {
    const { data, file } = sheet({ 'd.m1': { population: '-5', iron_registered: '#N/A' }, 'd.m2': { date: '44167', population: '3' } });
    const r = run('import.ts', [file, '--date', '2021-01-04', '--data', data]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('/filled.csv: K6 (population): [non-negative] a count cannot be negative (found: "-5")');
    expect(r.stderr).toContain('filled.csv: M6 (iron_registered): [excel-error]');
    expect(r.stderr).toContain('filled.csv: G7 (date): [excel-date-serial] looks like an Excel date serial number; write the date as YYYY-MM-DD (44167 is 2020-12-02)');
    expect(r.stderr).toContain('3 problem(s); nothing was written.');
    expect(readdirSync(join(data, 'snapshots'))).toEqual(['2020-11-01.json', '2020-12-02.json']);
  });

  it('writes the snapshot, which then validates, and refuses to write it again', () => {
    const { data, file } = sheet({ 'd.m1': { population: '1 010' } });
    const r = run('import.ts', [file, '--date', '2021-01-04', '--data', data]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/wrote .*snapshots\/2021-01-04\.json: 1 values for 1 places \(.*filled\.csv read as UTF-8, ";"-separated\)/);
    expect(run('validate.ts', [data]).status).toBe(0);
    const again = run('import.ts', [file, '--date', '2021-01-04', '--data', data]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('[snapshot-exists]');
  });
});

describe('npm run template', () => {
  it('writes the template and will not replace an existing file', () => {
    const data = tinyDir();
    const out = join(mkdtempSync(join(tmpdir(), 'ochiq-tpl-')), 'template.csv');
    expect(run('template.ts', ['--data', data, '--out', out]).status).toBe(0);
    expect(existsSync(out)).toBe(true);
    const again = run('template.ts', ['--data', data, '--out', out]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('exists');
  });
});
