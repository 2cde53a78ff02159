/**
 * The workbook template (.xlsx), written with exceljs: instructions, the data sheet, the
 * corrections and places sheets, last month's published values, and a hidden sheet with
 * the template's identity. The same data and date give the same bytes: the document's
 * dates and every zip entry's time are the given day, not the time of writing.
 */
import ExcelJS from 'exceljs';
import type { FigureTable } from '../derive/figure.ts';
import type { Dataset } from '../model/dataset.ts';
import type { Tree } from '../model/tree.ts';
import { previousValues } from './previous.ts';
import { placesInTreeOrder } from './template.ts';
import { FREE_ROWS, addCorrectionsSheet, addPlacesSheet } from './template-inputs.ts';
import { addInstructions, addMetaSheet, publisherNames } from './template-instructions.ts';
import { TEMPLATE_FORMAT, datasetKey, datasetName } from './template-meta.ts';
import { addDataSheet, addPreviousSheet } from './template-sheets.ts';
import { PROTECTION, listRange } from './template-style.ts';
import { SHEETS } from './template-text.ts';
import { withFixedTimes } from './zip.ts';

/** Options of `templateXlsx`. */
export interface XlsxOptions {
  /** Only this district's or city's rows. */
  district?: string;
  /** The day written into the document (`YYYY-MM-DD`): the build date. */
  date: string;
  /** The site's figures, when already derived (else derived here). */
  figures?: FigureTable;
}

/** The date of the latest snapshot, for the comparison sheet's title. */
const latestOf = (ds: Dataset) => ds.snapshots.at(-1)?.published ?? '—';

/** Title of the comparison sheet, in the four forms. */
const previousTitle = (date: string) =>
  `Saytda eʼlon qilingan oxirgi qiymatlar / Сайтда эълон қилинган охирги қийматлар / Последние опубликованные значения / Latest published values (${date}); <5 = 5 dan kam / fewer than 5; x = yashirilgan / hidden`;

/** A workbook dated `when` in its document properties. */
function workbook(when: Date): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const who = 'Ochiq Sektor';
  Object.assign(wb, {
    creator: who,
    lastModifiedBy: who,
    created: when,
    modified: when,
    title: `${who} template`,
  });
  return wb;
}

/** Writes the template workbook. */
export async function templateXlsx(ds: Dataset, tree: Tree, options: XlsxOptions): Promise<Uint8Array> {
  const places = placesInTreeOrder(ds, tree, options.district);
  const when = new Date(`${options.date}T00:00:00Z`);
  if (Number.isNaN(when.getTime()))
    throw new Error(`the template's date must be YYYY-MM-DD, got "${options.date}"`);
  const wb = workbook(when);
  const district = options.district ?? '';
  const districts = district
    ? [district]
    : ds.places.filter((p) => p.kind === 'district' || p.kind === 'city').map((p) => p.id);
  const sources = ds.sources.map((s) => s.id);
  const heading = `Ochiq Sektor — ${datasetName(ds)}${district ? ` — ${district}` : ''} — ${options.date}`;
  addInstructions(
    wb,
    ds,
    { publisher: publisherNames(ds), url: ds.site.corrections.url, rows: FREE_ROWS },
    heading,
  );

  // The hidden sheet is added last (so it is not the first tab) but its lists are needed first: plan its columns.
  const listColumn = { sources: 3, districts: 4 };
  const lists = {
    ...(sources.length ? { sources: listRange(SHEETS.meta, listColumn.sources, 2, sources.length + 1) } : {}),
    districts: listRange(SHEETS.meta, listColumn.districts, 2, districts.length + 1),
    places: listRange(SHEETS.data, 0, 3, places.length + 2),
  };
  addDataSheet(wb, ds, places, lists);
  addCorrectionsSheet(wb, ds, lists);
  addPlacesSheet(wb, lists);
  addPreviousSheet(wb, ds, places, previousValues(ds, tree, options.figures), previousTitle(latestOf(ds)));
  const meta = {
    format: TEMPLATE_FORMAT,
    dataset: datasetName(ds),
    datasetKey: datasetKey(ds),
    district,
    generated: options.date,
  };
  const columns = addMetaSheet(wb, meta, { sources, districts });
  if (columns.sources !== listColumn.sources || columns.districts !== listColumn.districts)
    throw new Error('template: the hidden lists moved');

  for (const ws of wb.worksheets) if (ws.name !== SHEETS.meta) await ws.protect('', PROTECTION);
  return withFixedTimes(new Uint8Array(await wb.xlsx.writeBuffer()), when);
}
