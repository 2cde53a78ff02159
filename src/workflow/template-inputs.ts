/**
 * The workbook's sheets of free rows, on which a protected sheet could not insert rows:
 * corrections (a place, a date and values, read like the data sheet) and places (a
 * district's new sectors and mahallas). Rows 1 and 2 are locked; every row below is open.
 */
import type ExcelJS from 'exceljs';
import type { Dataset } from '../model/dataset.ts';
import { PLACE_COLUMNS, PLACE_LABELS, columnLabel, correctionKeys } from './columns.ts';
import { ruleOf, type Lists } from './template-sheets.ts';
import { COUNT, DATE, INPUT, RULES, columnRange, styleHeader, validate } from './template-style.ts';
import { PROMPTS, SECTOR_LEADERS, SHEETS } from './template-text.ts';

/** Rows ready for input on the corrections and places sheets. */
export const FREE_ROWS = 500;

/** A sheet of free rows: its keys, labels, and the style, width and validation of each column. */
interface FreeSheet {
  name: string;
  keys: readonly string[];
  labels: readonly string[];
  column: (key: string) => { style: Partial<ExcelJS.Style>; width: number; rule?: ExcelJS.DataValidation };
}

function addFreeSheet(wb: ExcelJS.Workbook, sheet: FreeSheet): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 2 }] });
  const columns = sheet.keys.map((key) => ({ key, ...sheet.column(key) }));
  ws.columns = columns.map(({ key, style, width }) => ({ key, style, width }));
  ws.addRow([...sheet.keys]);
  ws.addRow([...sheet.labels]);
  styleHeader(ws, sheet.keys.length);
  columns.forEach((c, i) => c.rule && validate(ws, columnRange(i, 3, FREE_ROWS + 2), c.rule));
  return ws;
}

/** Adds the corrections sheet; `places` is the range of the data sheet's ids (its drop-down). */
export function addCorrectionsSheet(
  wb: ExcelJS.Workbook,
  ds: Dataset,
  lists: Lists & { places: string },
): void {
  addFreeSheet(wb, {
    name: SHEETS.corrections,
    keys: correctionKeys(ds),
    labels: correctionKeys(ds).map((k) => columnLabel(ds, k) ?? ''),
    column: (key) => {
      if (key === 'place_id')
        return { style: INPUT, width: 30, rule: RULES.list(lists.places, PROMPTS.place) };
      if (key === 'name_uz_latn' || key === 'quote') return { style: INPUT, width: 28 };
      const rule = ruleOf(key, lists);
      return {
        style: key === 'date' ? DATE : key === 'qualifier' || key === 'source' ? INPUT : COUNT,
        width: key === 'source' ? 26 : 14,
        ...(rule ? { rule } : {}),
      };
    },
  });
}

/** The drop-down choices of the places sheet's sector column: the number and its leader. */
export const SECTOR_CHOICES = SECTOR_LEADERS['uz-Latn'].map((who, i) => `${i + 1} — ${who}`);

/** Adds the places sheet; `districts` is the range of district ids its parent column offers. */
export function addPlacesSheet(wb: ExcelJS.Workbook, lists: Lists & { districts: string }): void {
  addFreeSheet(wb, {
    name: SHEETS.places,
    keys: PLACE_COLUMNS,
    labels: PLACE_COLUMNS.map((k) => PLACE_LABELS[k].join(' / ')),
    column: (key) => {
      if (key === 'parent')
        return { style: INPUT, width: 26, rule: RULES.list(lists.districts, PROMPTS.place, 'warning') };
      if (key === 'kind')
        return { style: INPUT, width: 12, rule: RULES.list(['sector', 'mahalla'], PROMPTS.kind) };
      if (key === 'sector')
        return { style: INPUT, width: 30, rule: RULES.list(SECTOR_CHOICES, PROMPTS.sector) };
      if (key === 'source' && lists.sources)
        return { style: INPUT, width: 26, rule: RULES.list(lists.sources, PROMPTS.source, 'warning') };
      return { style: INPUT, width: key === 'channel_url' ? 34 : 26 };
    },
  });
}
