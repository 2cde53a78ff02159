/**
 * The template through a real spreadsheet program: LibreOffice (Debian's
 * libreoffice-calc-nogui, headless) opens a filled copy, computes its formulas and writes
 * the workbook itself, or saves the data sheet as CSV in Windows-1251; the importer reads
 * what it wrote. Skipped where soffice is missing, except in CI (CI=true), where it fails.
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type ExcelJS from 'exceljs';
import { importTemplates } from './import.ts';
import { SHEETS } from './template-text.ts';
import { readXml } from './xml.ts';
import { entryBytes, zipEntries } from './zip.ts';
import { filled, load, templateOf } from './fixtures/workbooks.ts';
import { tinyDir } from './fixtures/sheets.ts';

const SOFFICE = (
  process.env.SOFFICE_PATH
    ? [process.env.SOFFICE_PATH]
    : ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice']
).find((p) => existsSync(p));
const D = SHEETS.data;
const profile = pathToFileURL(mkdtempSync(join(tmpdir(), 'ochiq-lo-profile-'))).href;

/** Runs `soffice --headless --convert-to <to>` on `file` into a new folder; returns the file it wrote. */
function convert(file: string, to: string): string {
  const out = mkdtempSync(join(tmpdir(), 'ochiq-lo-'));
  const r = spawnSync(
    SOFFICE!,
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=${profile}`,
      '--convert-to',
      to,
      '--outdir',
      out,
      file,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const written = readdirSync(out);
  if (r.status !== 0 || written.length !== 1)
    throw new Error(`soffice failed (${r.status}): ${r.stderr}${r.stdout}`);
  return join(out, written[0]!);
}

/** A filled copy of the tiny template on disk: numbers, a number typed as text, a date, a formula with no saved value. */
async function filledCopy(dir: string): Promise<string> {
  const bytes = await filled(await templateOf(dir), {
    [D]: {
      K6: 1010,
      M6: '13',
      N6: { formula: 'M6-9' } as ExcelJS.CellFormulaValue,
      K7: 1100,
      G9: new Date('2020-12-02T00:00:00Z'),
      K9: 510,
      H5: 'kamida',
      K5: 2100,
    },
  });
  const folder = join(mkdtempSync(join(tmpdir(), 'ochiq-lo-in-')), 'in');
  mkdirSync(folder);
  const file = join(folder, 'filled.xlsx');
  writeFileSync(file, bytes);
  return file;
}

/** Whether each cell of a sheet is locked, read from the XML as LibreOffice wrote it (`locked="false"`). */
function lockedCells(bytes: Uint8Array, sheetXml: string): (ref: string) => boolean {
  const styles = entryBytes(
    bytes,
    zipEntries(bytes).find((e) => e.name === 'xl/styles.xml')!,
  ).toString();
  const xfLocked: boolean[] = [];
  let inXfs = false;
  readXml(styles, 'styles.xml', {
    open(name, a) {
      if (name === 'cellXfs') inXfs = true;
      else if (inXfs && name === 'xf') xfLocked.push(true);
      else if (inXfs && name === 'protection')
        xfLocked[xfLocked.length - 1] = !(a.locked === 'false' || a.locked === '0');
    },
    close: (name) => void (name === 'cellXfs' && (inXfs = false)),
  });
  const styleOf = new Map<string, number>();
  readXml(sheetXml, 'sheet', {
    open: (name, a) => void (name === 'c' && a.r && styleOf.set(a.r, Number(a.s ?? 0))),
  });
  return (ref) => xfLocked[styleOf.get(ref) ?? 0] ?? true;
}

const EXPECTED = [
  { place: 'd.s1', values: { population: { value: 2100, qualifier: 'at-least' } } },
  { place: 'd.m1', values: { population: 1010, iron_registered: 13, iron_lifted: 4 } },
  { place: 'd.m2', values: { population: 1100 } },
  { place: 'd.m3', values: { population: 510 } },
];

describe('the template in LibreOffice', () => {
  it.runIf(!SOFFICE && process.env.CI === 'true')(
    'has LibreOffice to test with in CI (apt-get install libreoffice-calc-nogui)',
    () => {
      expect(SOFFICE, 'soffice not found: .ci/run installs libreoffice-calc-nogui').toBeDefined();
    },
  );
  if (!SOFFICE)
    it.skip('skipped: soffice not found (apt-get install --no-install-recommends libreoffice-calc-nogui, or set SOFFICE_PATH)', () => {});

  it.runIf(SOFFICE)(
    'imports a workbook LibreOffice wrote: formulas computed by it, dates, text numbers; the guards survive',
    { timeout: 240_000 },
    async () => {
      const dir = tinyDir();
      const ods = convert(await filledCopy(dir), 'ods');
      const xlsx = convert(ods, 'xlsx');
      const bytes = readFileSync(xlsx);
      const app = entryBytes(
        bytes,
        zipEntries(bytes).find((e) => e.name === 'docProps/app.xml')!,
      ).toString();
      expect(app).toMatch(/LibreOffice/); // written by LibreOffice, not by exceljs
      const r = importTemplates([{ name: 'lo.xlsx', bytes }], { data: dir, published: '2021-01-04' });
      expect(r.cellProblems).toEqual([]);
      expect(r.snapshot!.records.map((x) => ({ place: x.place, values: x.values }))).toEqual(EXPECTED);
      expect(r.snapshot!.records.find((x) => x.place === 'd.m3')!.date).toBe('2020-12-02');
      expect(r.notes!.map((n) => n.note)).toEqual([
        `${D}: 1 formula cell(s) (N6) read as the values saved with them (computed by the spreadsheet program)`,
      ]);
      // What the template prevents is still there once LibreOffice has written the file.
      const sheetXml = entryBytes(
        bytes,
        zipEntries(bytes).find((e) => e.name === 'xl/worksheets/sheet2.xml')!,
      ).toString();
      expect(sheetXml).toMatch(/<sheetProtection [^>]*sheet="(1|true)"/);
      expect(sheetXml).not.toMatch(/<sheetProtection [^>]*(password|hashValue)=/);
      const locked = lockedCells(bytes, sheetXml);
      expect([locked('A6'), locked('C6'), locked('K6'), locked('G9')]).toEqual([true, true, false, false]);
      const ws = (await load(bytes)).getWorksheet(D)!;
      const rules = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
        .dataValidations.model;
      expect(rules.K7).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual' });
      expect(rules.H7).toMatchObject({ type: 'list' });
    },
  );

  it.runIf(SOFFICE)(
    'imports the data sheet LibreOffice saved as CSV in Windows-1251, as shown on screen',
    { timeout: 240_000 },
    async () => {
      const dir = tinyDir();
      // Filter options: ";" (59), '"' (34), Windows-1251 (34), from line 1, …, cells as shown, sheet 2 (the data sheet).
      const csv = convert(
        await filledCopy(dir),
        'csv:Text - txt - csv (StarCalc):59,34,34,1,,0,false,true,true,false,false,2',
      );
      const bytes = readFileSync(csv);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow(); // really Windows-1251
      expect(new TextDecoder('windows-1251').decode(bytes)).toContain(
        'd.m3;mahalla;Uch;Уч;Уч;Uch;2020-12-02',
      );
      const r = importTemplates([{ name: 'lo.csv', bytes }], { data: dir, published: '2021-01-04' });
      expect(r.cellProblems).toEqual([]);
      expect(r.files).toEqual([{ name: 'lo.csv', encoding: 'windows-1251', separator: ';' }]);
      expect(r.snapshot!.records.map((x) => ({ place: x.place, values: x.values }))).toEqual(EXPECTED);
    },
  );
});
