import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type ExcelJS from 'exceljs';
import { loadDatasetOrThrow } from '../model/load.ts';
import { buildTree } from '../model/tree.ts';
import { correctionKeys, headerKeys, PLACE_COLUMNS } from './columns.ts';
import { readCsv } from './csv-read.ts';
import { sectorNumber } from './new-places.ts';
import { parseQualifier } from './numbers.ts';
import { SECTOR_CHOICES } from './template-inputs.ts';
import { datasetKey, readMeta, TEMPLATE_FORMAT } from './template-meta.ts';
import { QUALIFIER_CHOICES } from './template-sheets.ts';
import { INSTRUCTIONS, PROMPTS, SHEETS } from './template-text.ts';
import { templateXlsx } from './template-xlsx.ts';
import { dosTime, zipEntries } from './zip.ts';
import { tinyDir } from './fixtures/sheets.ts';
import { load, templateOf } from './fixtures/workbooks.ts';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const locked = (c: ExcelJS.Cell) => c.protection?.locked !== false;
const rules = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations
    .model;
const column = (ws: ExcelJS.Worksheet, row: number) =>
  (ws.getRow(row).values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v)));

describe('templateXlsx', () => {
  it("has instructions, data, corrections, places and last month's sheets, and a hidden identity", async () => {
    const dir = tinyDir();
    const wb = await load(await templateOf(dir));
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      [SHEETS.instructions, 'visible'],
      [SHEETS.data, 'visible'],
      [SHEETS.corrections, 'visible'],
      [SHEETS.places, 'visible'],
      [SHEETS.previous, 'visible'],
      [SHEETS.meta, 'veryHidden'],
    ]);
    const meta = readMeta(
      wb
        .getWorksheet(SHEETS.meta)!
        .getRows(1, 6)!
        .map((r) => ({ row: r.number, cells: column(wb.getWorksheet(SHEETS.meta)!, r.number) })),
    );
    expect(meta).toEqual({
      format: TEMPLATE_FORMAT,
      dataset: 'Test',
      datasetKey: datasetKey(loadDatasetOrThrow(dir)),
      district: '',
      generated: '2021-01-04',
    });
    const text = wb
      .getWorksheet(SHEETS.instructions)!
      .getColumn(2)
      .values.filter((v) => typeof v === 'string') as string[];
    for (const heading of ['Oʻzbekcha (lotin)', 'Ўзбекча (кирилл)', 'Русский', 'English'])
      expect(text).toContain(heading);
    expect(text.filter((t) => /\{\w+\}/.test(t))).toEqual([]); // every placeholder filled
    expect(Object.values(INSTRUCTIONS).every((ps) => ps.length === INSTRUCTIONS.en.length)).toBe(true);
  });

  it("keeps today's column keys in row 1 of the data sheet, places in tree order, header rows frozen", async () => {
    const dir = tinyDir();
    const ds = loadDatasetOrThrow(dir);
    const ws = (await load(await templateOf(dir))).getWorksheet(SHEETS.data)!;
    expect(column(ws, 1)).toEqual(headerKeys(ds));
    expect(ws.getColumn(1).values.slice(3)).toEqual(['r', 'd', 'd.s1', 'd.m1', 'd.m2', 'd.s2', 'd.m3']);
    expect(column(ws, 9).slice(0, 6)).toEqual(['d.m3', 'mahalla', 'Uch', 'Уч', 'Уч', 'Uch']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 3 });
    // Wide enough to read: the labels' column keys and the longest id fit.
    for (let c = 1; c <= headerKeys(ds).length; c++)
      expect(ws.getColumn(c).width).toBeGreaterThanOrEqual(Math.min(10, headerKeys(ds)[c - 1]!.length));
  });

  it('locks ids, kinds and names, unlocks input cells, and protects the sheet without a password', async () => {
    const ws = (await load(await templateOf(tinyDir()))).getWorksheet(SHEETS.data)!;
    for (const cell of ['A6', 'B6', 'C6', 'D6', 'E6', 'F6', 'K1', 'K2'])
      expect(locked(ws.getCell(cell)), cell).toBe(true);
    for (const cell of ['G6', 'H6', 'I6', 'J6', 'K6', 'O9'])
      expect(locked(ws.getCell(cell)), cell).toBe(false);
    const protection = (ws as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(protection).not.toHaveProperty('hashValue');
    expect(protection?.algorithmName).toBeUndefined();
  });

  it('lets Excel check input: whole numbers ≥ 0 with a message, a qualifier drop-down, real date cells', async () => {
    const ws = (await load(await templateOf(tinyDir()))).getWorksheet(SHEETS.data)!;
    const v = rules(ws);
    expect(v.K6).toMatchObject({
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulae: [0],
      showInputMessage: true,
      prompt: PROMPTS.count.prompt,
      showErrorMessage: true,
      errorStyle: 'stop',
    });
    expect(v.O9).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual' });
    expect(v.H6).toMatchObject({ type: 'list', formulae: [`"${QUALIFIER_CHOICES.join(',')}"`] });
    expect(v.G6).toMatchObject({ type: 'date' });
    expect(ws.getCell('G6').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('K6').numFmt).toBe('0');
    expect(v.I6).toMatchObject({ type: 'list', formulae: [`'meta'!$D$2:$D$2`], errorStyle: 'warning' });
    // Excel caps these texts: 32 characters for a title, 255 for a message.
    for (const p of Object.values(PROMPTS))
      expect([p.title.length <= 32, p.prompt.length <= 255, p.error.length <= 225]).toEqual([
        true,
        true,
        true,
      ]);
  });

  it('offers only qualifier words and sector numbers the importer reads', () => {
    expect(QUALIFIER_CHOICES.map((w) => parseQualifier(w).ok)).toEqual(QUALIFIER_CHOICES.map(() => true));
    expect(SECTOR_CHOICES.map(sectorNumber)).toEqual([1, 2, 3, 4]);
  });

  it('has free rows for corrections and new places, with their keys and checks', async () => {
    const dir = tinyDir();
    const wb = await load(await templateOf(dir));
    const corrections = wb.getWorksheet(SHEETS.corrections)!;
    expect(column(corrections, 1)).toEqual(correctionKeys(loadDatasetOrThrow(dir)));
    expect([
      locked(corrections.getCell('A1')),
      locked(corrections.getCell('A3')),
      locked(corrections.getCell('G400')),
    ]).toEqual([true, false, false]);
    expect(rules(corrections).A3).toMatchObject({ type: 'list', formulae: [`'${SHEETS.data}'!$A$3:$A$9`] });
    expect(rules(corrections).G3).toMatchObject({ type: 'whole' });
    expect(rules(corrections).C3).toMatchObject({ type: 'date' });
    const places = wb.getWorksheet(SHEETS.places)!;
    expect(column(places, 1)).toEqual([...PLACE_COLUMNS]);
    expect(rules(places).B3).toMatchObject({ type: 'list', formulae: ['"sector,mahalla"'] });
    expect(rules(places).C3).toMatchObject({ type: 'list', formulae: [`"${SECTOR_CHOICES.join(',')}"`] });
    expect(locked(places.getCell('D100'))).toBe(false);
  });

  it("shows last month's published values in the same rows, never a small count the site hides", async () => {
    const ws = (await load(await templateOf(tinyDir()))).getWorksheet(SHEETS.previous)!;
    expect(column(ws, 2)).toEqual(
      column((await load(await templateOf(tinyDir()))).getWorksheet(SHEETS.data)!, 1),
    );
    // d.s1: population "more than 2000", iron 20 and 10; d.m1 (row 6): 1000 people, 12 registered, 3 lifted.
    expect([
      ws.getCell('K5').value,
      ws.getCell('K5').numFmt,
      ws.getCell('M5').value,
      ws.getCell('N5').value,
    ]).toEqual([2000, '#,##0"+"', 20, 10]);
    expect([
      ws.getCell('K6').value,
      ws.getCell('M6').value,
      ws.getCell('G6').value,
      ws.getCell('I6').value,
    ]).toEqual([1000, 12, '2020-12-02', 'illustrative']);
    // 3 families lifted is fewer than 5: hidden; d.m2's 7 is hidden too, or the sector's 10 would give the 3 away.
    expect([ws.getCell('N6').value, ws.getCell('N7').value]).toEqual(['<5', 'x']);
    expect(ws.getCell('M9').value).toBe(0); // 0 is published
    expect(locked(ws.getCell('K6'))).toBe(true);
  });

  it('is the same bytes for the same data and date, written seconds apart; its parts dated that day', async () => {
    const ds = loadDatasetOrThrow(tinyDir());
    const tree = buildTree(ds);
    const a = await templateXlsx(ds, tree, { date: '2021-01-04' });
    await sleep(2100); // zip times have 2-second steps
    const b = await templateXlsx(ds, tree, { date: '2021-01-04' });
    expect(sha(b)).toBe(sha(a));
    const { time, date } = dosTime(new Date('2021-01-04T00:00:00Z'));
    const buf = Buffer.from(a);
    expect(
      zipEntries(a).every(
        (e) => buf.readUInt16LE(e.localOffset + 10) === time && buf.readUInt16LE(e.localOffset + 12) === date,
      ),
    ).toBe(true);
    expect(sha(await templateXlsx(ds, tree, { date: '2021-02-01' }))).not.toBe(sha(a));
  });

  it("limits a district's template to its rows, and names the district as the parent of new places", async () => {
    const wb = await load(await templateOf(tinyDir(), 'd'));
    expect(wb.getWorksheet(SHEETS.data)!.getColumn(1).values.slice(3)).toEqual([
      'd',
      'd.s1',
      'd.m1',
      'd.m2',
      'd.s2',
      'd.m3',
    ]);
    expect(wb.getWorksheet(SHEETS.meta)!.getCell('B4').value).toBe('d');
    expect(rules(wb.getWorksheet(SHEETS.places)!).A3).toMatchObject({ formulae: [`'meta'!$E$2:$E$2`] });
  });
});

describe('templateXlsx beside templateCsv', () => {
  it("has the CSV template's rows and keys", async () => {
    const dir = tinyDir();
    const ds = loadDatasetOrThrow(dir);
    const { templateCsv } = await import('./template.ts');
    const csv = readCsv(templateCsv(ds, buildTree(ds)).slice(1)).rows.map((r) => r.cells.slice(0, 6));
    const ws = (await load(await templateOf(dir))).getWorksheet(SHEETS.data)!;
    expect([1, ...csv.slice(2).map((_, i) => i + 3)].map((r) => column(ws, r).slice(0, 6))).toEqual([
      csv[0],
      ...csv.slice(2),
    ]);
  });
});
