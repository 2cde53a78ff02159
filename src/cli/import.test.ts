import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { filledTemplate, tinyDir } from '../workflow/fixtures/sheets.ts';
import { zipBomb } from '../workflow/fixtures/hostile-files.ts';
import { filled } from '../workflow/fixtures/workbooks.ts';
import { SHEETS } from '../workflow/template-text.ts';

const root = new URL('../..', import.meta.url).pathname;
const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [join(root, 'src/cli', script), ...args], { cwd: root, encoding: 'utf8' });

function sheet(fill: Parameters<typeof filledTemplate>[1]) {
  const data = tinyDir();
  const file = join(mkdtempSync(join(tmpdir(), 'ochiq-sheet-')), 'filled.csv');
  writeFileSync(file, filledTemplate(data, fill));
  return { data, file };
}

describe('npm run import', () => {
  it('prints every problem with its cell, column and rule, writes nothing and exits 1', () => {
    const { data, file } = sheet({
      'd.m1': { population: '-5', iron_registered: '#N/A' },
      'd.m2': { date: '44167', population: '3' },
    });
    const r = run('import.ts', [file, '--date', '2021-01-04', '--data', data]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      '/filled.csv: K6 (population): [non-negative] a count cannot be negative (found: "-5")',
    );
    expect(r.stderr).toContain('filled.csv: M6 (iron_registered): [excel-error]');
    expect(r.stderr).toContain(
      'filled.csv: G7 (date): [excel-date-serial] looks like an Excel date serial number; write the date as YYYY-MM-DD (44167 is 2020-12-02)',
    );
    expect(r.stderr).toContain('3 problem(s); nothing was written.');
    expect(readdirSync(join(data, 'snapshots'))).toEqual(['2020-11-01.json', '2020-12-02.json']);
  });

  it('writes the snapshot, which then validates, and refuses to write it again', () => {
    const { data, file } = sheet({ 'd.m1': { population: '1 010' } });
    const r = run('import.ts', [file, '--date', '2021-01-04', '--data', data]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /wrote .*snapshots\/2021-01-04\.json: 1 values for 1 places \(.*filled\.csv read as UTF-8, ";"-separated\)/,
    );
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

/** Peak memory (resident set, KiB) of a CLI run, as the child process reports it when it exits. */
function peakOf(
  script: string,
  args: string[],
): { status: number | null; stderr: string; stdout: string; peakKiB: number } {
  const probe = join(mkdtempSync(join(tmpdir(), 'ochiq-rss-')), 'rss.mjs');
  writeFileSync(
    probe,
    'process.on("exit", () => process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\\n`));\n',
  );
  const r = spawnSync(process.execPath, ['--import', probe, join(root, 'src/cli', script), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  const peak = /maxRSS (\d+)/.exec(r.stderr);
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr.replace(/maxRSS \d+\n/, ''),
    peakKiB: Number(peak?.[1] ?? Infinity),
  };
}

/** What the import may use at most, refusing a zip bomb (it uses about 100 MiB on the tiny dataset; the bomb holds 2 GiB). */
const PEAK_LIMIT_KIB = 256 * 1024;

describe('npm run import, given hostile workbooks', () => {
  for (const [what, declared] of [
    ['whose directory states 2 GiB', undefined],
    ['whose directory lies (1000 bytes)', 1000],
  ] as const) {
    it(`refuses a zip bomb ${what} in one line, within ${PEAK_LIMIT_KIB / 1024} MiB of memory`, () => {
      const data = tinyDir();
      const file = join(mkdtempSync(join(tmpdir(), 'ochiq-bomb-')), 'bomb.xlsx');
      writeFileSync(file, zipBomb(2047, declared)); // 2 MB on disk, 2 GiB unpacked
      const r = peakOf('import.ts', [file, '--date', '2021-01-04', '--data', data]);
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')[0]).toMatch(
        /bomb\.xlsx: \[workbook-size\] (the workbook unpacks to more than 100 MB|part xl\/worksheets\/sheet1\.xml unpacks to more than the 1000 bytes)/,
      );
      expect(r.stderr).toContain('1 problem(s); nothing was written.');
      expect(r.peakKiB).toBeLessThan(PEAK_LIMIT_KIB);
      expect(readdirSync(join(data, 'snapshots'))).toEqual(['2020-11-01.json', '2020-12-02.json']);
    });
  }
});

describe('npm run import, given a file over the size limit', () => {
  it('refuses it by its size, reading only its start', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ochiq-huge-')), 'huge.xlsx');
    writeFileSync(file, '');
    truncateSync(file, 3 * 2 ** 30); // 3 GiB, sparse: nothing is written to disk
    const r = peakOf('import.ts', [file, '--date', '2021-01-04', '--data', tinyDir()]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'huge.xlsx: [file-size] the file is 3072 MB, more than the 20 MB a template can be',
    );
    expect(r.peakKiB).toBeLessThan(PEAK_LIMIT_KIB);
  });
});

describe('npm run template and import, with a workbook', () => {
  it('writes an .xlsx by default, which imports as filled in, saying how each file was read', async () => {
    const data = tinyDir();
    const out = join(mkdtempSync(join(tmpdir(), 'ochiq-xlsx-')), 'template.xlsx');
    expect(run('template.ts', ['--data', data, '--out', out]).status).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const file = out.replace(/template\.xlsx$/, 'filled.xlsx');
    writeFileSync(
      file,
      await filled(readFileSync(out), { [SHEETS.data]: { K6: 1010, N6: { formula: '2+2', result: 4 } } }),
    );
    const r = run('import.ts', [file, '--date', '2021-01-04', '--data', data]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(
      `note: ${relative(root, file)}: ${SHEETS.data}: 1 formula cell(s) (N6) read as the values saved with them`,
    );
    expect(r.stdout).toMatch(
      new RegExp(
        `wrote .*2021-01-04\\.json: 2 values for 1 places \\(.*filled\\.xlsx read as a workbook: ${SHEETS.data}, ${SHEETS.corrections}, ${SHEETS.places}\\)`,
      ),
    );
    expect(run('validate.ts', [data]).status).toBe(0);
  });
});
