import { describe, it, expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { loadDataset } from '../model/load.ts';
import { importTemplates, type ImportReport } from './import.ts';
import { SHEETS } from './template-text.ts';
import { filled, templateOf, type Typing } from './fixtures/workbooks.ts';
import { oleFile, part, workbookParts, zipOf } from './fixtures/hostile-files.ts';
import { tinyDir } from './fixtures/sheets.ts';

const DATE = '2021-01-04';
const D = SHEETS.data;
const C = SHEETS.corrections;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Imports workbook bytes into the tiny dataset in `dir`. */
const run = (bytes: Uint8Array, dir: string, write = true): ImportReport =>
  importTemplates([{ name: 'f.xlsx', bytes }], { data: dir, published: DATE, write });
const where = (r: ImportReport) => r.cellProblems.map((p) => `${p.cell} ${p.rule}`);
const fill = async (dir: string, typing: Typing, edit?: (wb: ExcelJS.Workbook) => void) =>
  filled(await templateOf(dir), typing, edit);

describe('importTemplates, given a workbook', () => {
  it('reads what Excel holds: numbers, numbers stored as text, date cells, formulas (their saved values), drop-down words, corrections', async () => {
    const dir = tinyDir();
    const bytes = await fill(dir, {
      [D]: {
        K6: 1010,
        M6: '13',
        N6: { formula: 'M6-9', result: 4 },
        O6: 1,
        K7: '1 100',
        M7: 9,
        N7: 7,
        G9: day('2020-12-02'),
        K9: 510,
        H5: 'kamida',
        K5: 2100,
        I5: 'press',
        J5: 'over 2,100 residents',
      },
      [C]: { A3: 'd.m1', C3: day('2020-12-02'), I3: 14 }, // a correction of December's registered families
    });
    const r = run(bytes, dir);
    expect(r.cellProblems).toEqual([]);
    expect(r.notes).toEqual([
      {
        file: 'f.xlsx',
        note: `${D}: 1 formula cell(s) (N6) read as the values saved with them (computed by the spreadsheet program)`,
      },
    ]);
    expect(r.files).toEqual([{ name: 'f.xlsx', sheets: [D, C, SHEETS.places] }]);
    expect(r.snapshot!.records).toEqual([
      {
        place: 'd.s1',
        date: DATE,
        provenance: { source: 'press', quote: 'over 2,100 residents' },
        values: { population: { value: 2100, qualifier: 'at-least' } },
      },
      {
        place: 'd.m1',
        date: DATE,
        provenance: 'illustrative',
        values: { population: 1010, iron_registered: 13, iron_lifted: 4, schools: 1 },
      },
      {
        place: 'd.m2',
        date: DATE,
        provenance: 'illustrative',
        values: { population: 1100, iron_registered: 9, iron_lifted: 7 },
      },
      { place: 'd.m3', date: '2020-12-02', provenance: 'illustrative', values: { population: 510 } },
      { place: 'd.m1', date: '2020-12-02', provenance: 'illustrative', values: { iron_registered: 14 } },
    ]);
    expect(loadDataset(dir).ok).toBe(true);
  });

  it('names every problem by sheet and cell as Excel shows them, cross-file rules too, and writes nothing', async () => {
    const dir = tinyDir();
    const bytes = await fill(dir, {
      [D]: {
        K4: { error: '#N/A' } as ExcelJS.CellErrorValue,
        K5: '12 people',
        G6: '31.02.2021',
        K6: -5,
        M7: 15,
        N7: 16,
        K8: { formula: 'K7*2' },
      },
      [C]: { A3: 'nowhere', G3: 3, A4: 'd.m3', C4: day('2021-02-01'), G4: 1 },
    });
    const r = run(bytes, dir);
    expect(where(r)).toEqual([
      `${D}!K4 excel-error`,
      `${D}!K5 number`,
      `${D}!G6 iso-date`,
      `${D}!K6 non-negative`,
      `${D}!N7 iron-lifted-le-registered`,
      `${D}!K8 formula-value`,
      `${C}!A3 known-place`,
      `${C}!C4 date-not-after-published`,
    ]);
    expect(r.cellProblems[4]!.message).toBe(
      `iron_lifted (16) is more than iron_registered (15, f.xlsx ${D}!M7) for d.m2 on 2021-01-04`,
    );
    expect(r.written).toBeUndefined();
    expect(readdirSync(join(dir, 'snapshots'))).toEqual(['2020-11-01.json', '2020-12-02.json']);
  });

  it('reads hidden rows and columns and says so; ignores extra sheets and names them', async () => {
    const dir = tinyDir();
    const bytes = await fill(dir, { [D]: { K7: 1100, L7: 1 } }, (wb) => {
      wb.getWorksheet(D)!.getRow(7).hidden = true;
      wb.getWorksheet(D)!.getColumn(12).hidden = true;
      wb.addWorksheet('Hisob').getCell('A1').value = 'draft';
    });
    const r = run(bytes, dir, false);
    expect(r.cellProblems).toEqual([]);
    expect(r.snapshot!.records.map((x) => x.values)).toEqual([{ population: 1100, mahallas: 1 }]);
    expect(r.notes!.map((n) => n.note)).toEqual([
      `${D}: hidden row(s) 7 read too: unhide them to check what they hold`,
      `${D}: hidden column(s) L read too: unhide them to check what they hold`,
      'sheet(s) ignored, not part of the template: Hisob',
    ]);
  });

  it('refuses merged cells over input cells, naming the range; a merge in the labels row is harmless', async () => {
    const dir = tinyDir();
    const bytes = await fill(dir, { [D]: { K6: 1000 } }, (wb) => {
      wb.getWorksheet(D)!.mergeCells('K7:L8');
      wb.getWorksheet(D)!.mergeCells('A2:B2');
    });
    const r = run(bytes, dir);
    expect(where(r)).toEqual([`${D}!K7 merged-cells`]);
    expect(r.cellProblems[0]!.message).toContain('cells K7:L8 are merged');
  });

  it('refuses the template of another dataset in one line', async () => {
    const other = tinyDir((f) => (f['site.json'].publisher = { en: 'Another hokimiyat' }));
    const bytes = await filled(await templateOf(other), { [D]: { K6: 1000 } });
    const r = run(bytes, tinyDir());
    expect(r.cellProblems.map((p) => `${p.rule}: ${p.message}`)).toEqual([
      'other-dataset: this is the template of another dataset ("Another hokimiyat"), not of "Test": fill in this site\'s template (npm run template, or /data/template.xlsx)',
    ]);
  });

  it("reads a workbook a program wrote with the column keys in row 1, without the template's identity", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['place_id', 'population']);
    ws.addRow(['d.m2', 1234]);
    const r = run(new Uint8Array(await wb.xlsx.writeBuffer()), tinyDir(), false);
    expect(r.cellProblems).toEqual([]);
    expect(r.snapshot!.records).toEqual([
      { place: 'd.m2', date: DATE, provenance: 'illustrative', values: { population: 1234 } },
    ]);
    expect(r.notes!.map((n) => n.note)).toEqual([
      'no template identity (hidden sheet "meta"): the sheets were read by the column keys in their row 1',
    ]);
  });

  it('refuses, in one line each and writing nothing: an .xls, an encrypted workbook, a sheet over the row limit, a damaged part', () => {
    const dir = tinyDir();
    const rows = Array.from(
      { length: 30_001 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`,
    ).join('');
    const big = zipOf(
      workbookParts(
        part('xl/worksheets/sheet1.xml', `<worksheet><sheetData>${rows}</sheetData></worksheet>`),
      ),
    );
    const broken = zipOf(workbookParts(part('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row>')));
    const files = [
      { name: 'old.xls', bytes: oleFile(['Workbook']) },
      { name: 'locked.xlsx', bytes: oleFile(['EncryptionInfo', 'EncryptedPackage']) },
      { name: 'big.xlsx', bytes: big },
      { name: 'broken.xlsx', bytes: broken },
    ];
    const r = importTemplates(files, { data: dir, published: DATE });
    expect(r.cellProblems.map((p) => `${p.file}: ${p.rule}`)).toEqual([
      'old.xls: xls-format',
      'locked.xlsx: password',
      'big.xlsx: row-limit',
      'broken.xlsx: xlsx-damaged',
    ]);
    expect(r.cellProblems[2]!.message).toBe(
      'sheet Sheet1 has 30001 rows, more than the 30000 a template can have: is it the right file?',
    );
    expect(r.written).toBeUndefined();
  });
});
