/**
 * An .xlsx workbook read into sheets of cell texts, as the CSV reader gives them, with
 * each sheet's role: values (the data sheet, the corrections sheet, or any sheet with the
 * template's column keys in row 1), new places, the template's identity, or ignored.
 * Parts are unpacked one at a time within the limits checked on the zip directory.
 */
import type { SheetRow } from './csv-read.ts';
import { readMeta, type TemplateMeta } from './template-meta.ts';
import { SHEETS } from './template-text.ts';
import {
  type PartReader,
  readDateStyles,
  readSharedStrings,
  readWorkbook,
  workbookPath,
} from './xlsx-parts.ts';
import { type XSheet, readSheetXml } from './xlsx-sheet.ts';
import { type ZipEntry, entryBytes } from './zip.ts';

/** What a sheet is for. */
export type SheetRole = 'values' | 'places' | 'meta' | 'ignored';

/** A sheet of the workbook, read (or left unread when its role is known without it). */
export interface WorkbookSheet {
  name: string;
  /** `visible`, `hidden` or `veryHidden`. */
  state: string;
  role: SheetRole;
  /** Rows with content (row 1 always), as wide as the widest. */
  rows: SheetRow[];
  /** Formulas, hidden rows and columns, merged cells. */
  marks?: XSheet;
}

/** The workbook: its sheets in tab order and, when it has one, the template's identity. */
export interface Workbook {
  sheets: WorkbookSheet[];
  meta?: TemplateMeta;
}

/** Reads a part by its path, case-insensitively (OPC part names are). */
function partReader(bytes: Uint8Array, entries: readonly ZipEntry[]): PartReader {
  const byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  return (path) => {
    const e = byName.get(path.toLowerCase());
    return e ? entryBytes(bytes, e).toString('utf8') : undefined;
  };
}

/** Rows of a sheet with content, row 1 always, every row as wide as the widest. */
export function sheetRows(sheet: XSheet): SheetRow[] {
  const numbers = [...sheet.rows.keys()].sort((a, b) => a - b);
  if (numbers[0] !== 1) numbers.unshift(1);
  let width = 0;
  for (const cells of sheet.rows.values()) for (const c of cells.keys()) width = Math.max(width, c + 1);
  return numbers.map((row) => {
    const cells = Array<string>(width).fill('');
    for (const [c, text] of sheet.rows.get(row) ?? []) cells[c] = text;
    return { row, cells };
  });
}

const VALUE_KEYS = new Set(['place_id', 'name_uz_latn', 'name_uz_cyrl', 'name_ru', 'name_en']);

/** The role of a sheet from row 1: the places sheet's keys, or a place column with more keys beside it. */
export function roleOf(rows: readonly SheetRow[], metricIds: ReadonlySet<string>): SheetRole {
  const keys = new Set((rows[0]?.cells ?? []).map((c) => c.trim().toLowerCase()).filter(Boolean));
  if (keys.has('parent') && keys.has('sector') && !keys.has('place_id')) return 'places';
  if ([...keys].some((k) => VALUE_KEYS.has(k)) && [...keys].some((k) => metricIds.has(k))) return 'values';
  return 'ignored';
}

/** True for the template's own sheets that hold nothing to import. */
const knownIgnored = (name: string) => name === SHEETS.instructions || name === SHEETS.previous;

/** Reads the workbook in `bytes` (its zip directory already checked); `check` may refuse its identity. */
export function readXlsx(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  metricIds: ReadonlySet<string>,
  check: (meta: TemplateMeta) => void = () => {},
): Workbook {
  const read = partReader(bytes, entries);
  const info = readWorkbook(read, workbookPath(read));
  const ctx = {
    strings: readSharedStrings(info.strings ? read(info.strings) : undefined),
    dateStyles: readDateStyles(info.styles ? read(info.styles) : undefined),
    date1904: info.date1904,
  };
  const out: Workbook = { sheets: [] };
  // The identity first, so that a template of another dataset is refused before its sheets are read.
  const order = [...info.sheets].sort(
    (a, b) => Number(b.name === SHEETS.meta) - Number(a.name === SHEETS.meta),
  );
  const done = new Map<string, WorkbookSheet>();
  for (const s of order) {
    const xml = s.path && !knownIgnored(s.name) ? read(s.path) : undefined;
    if (!xml) {
      done.set(s.name, { name: s.name, state: s.state, role: 'ignored', rows: [] });
      continue;
    }
    const marks = readSheetXml(xml, s.path, ctx, s.name);
    const rows = sheetRows(marks);
    const meta = readMeta(rows);
    if (meta && !out.meta) check((out.meta = meta));
    done.set(s.name, {
      name: s.name,
      state: s.state,
      role: meta ? 'meta' : roleOf(rows, metricIds),
      rows,
      marks,
    });
  }
  out.sheets = info.sheets.map((s) => done.get(s.name)!);
  return out;
}
