/**
 * The parts of an .xlsx a reader needs besides the sheets: where each sheet is and
 * whether it is hidden (workbook and relationships), the shared strings, and which cell
 * styles are dates (so a date cell reads as YYYY-MM-DD, not as Excel's serial number).
 */
import { posix } from 'node:path';
import { Refusal } from './refusal.ts';
import { isTrue, readXml } from './xml.ts';

/** A part's text by its path in the archive, or undefined when there is none. */
export type PartReader = (path: string) => string | undefined;

/** A sheet as the workbook lists it. */
export interface SheetInfo {
  /** Its name on the tab. */
  name: string;
  /** Path of its XML part. */
  path: string;
  /** `visible`, `hidden` or `veryHidden`. */
  state: string;
}

/** What the workbook part says. */
export interface WorkbookInfo {
  sheets: SheetInfo[];
  /** Dates count from 1904 (old Mac Excel) instead of 1900. */
  date1904: boolean;
}

/** Relationship id → target path, resolved against the folder of the part that has them. */
function relationships(read: PartReader, part: string): Map<string, { type: string; path: string }> {
  const dir = posix.dirname(part);
  const rels = read(posix.join(dir, '_rels', `${posix.basename(part)}.rels`));
  const out = new Map<string, { type: string; path: string }>();
  if (!rels) return out;
  readXml(rels, `${part}.rels`, {
    open(name, a) {
      if (name !== 'Relationship' || !a.Id || !a.Target) return;
      const path = a.Target.startsWith('/') ? a.Target.slice(1) : posix.normalize(posix.join(dir, a.Target));
      out.set(a.Id, { type: a.Type ?? '', path });
    },
  });
  return out;
}

/** Path of the main workbook part (`xl/workbook.xml` in practice). */
export function workbookPath(read: PartReader): string {
  const main = [...relationships(read, '').values()].find((r) => r.type.endsWith('/officeDocument'));
  return main?.path ?? 'xl/workbook.xml';
}

/** The sheets in tab order, with their parts; plus the paths of shared strings and styles. */
export function readWorkbook(
  read: PartReader,
  path: string,
): WorkbookInfo & { strings?: string; styles?: string } {
  const xml = read(path);
  if (!xml)
    throw new Refusal(
      'not-a-workbook',
      'a zip archive without an Excel workbook in it: save the spreadsheet as .xlsx (Excel Workbook)',
    );
  const rels = relationships(read, path);
  const sheets: SheetInfo[] = [];
  let date1904 = false;
  readXml(xml, path, {
    open(name, a) {
      if (name === 'workbookPr') date1904 = isTrue(a.date1904);
      if (name !== 'sheet') return;
      const id = Object.entries(a).find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1] ?? '';
      const target = rels.get(id);
      if (target && target.type.endsWith('/worksheet'))
        sheets.push({ name: a.name ?? '', path: target.path, state: a.state ?? 'visible' });
      else sheets.push({ name: a.name ?? '', path: '', state: a.state ?? 'visible' }); // a chart sheet: nothing to read
    },
  });
  const of = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.path;
  return { sheets, date1904, strings: of('/sharedStrings'), styles: of('/styles') };
}

/** The shared strings table (rich text runs joined, phonetic guides left out). */
export function readSharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (!xml) return out;
  let current = '';
  let inText = false;
  let phonetic = 0;
  readXml(xml, 'sharedStrings.xml', {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === 'si') out.push(current);
      else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
    text(t) {
      if (inText) current += t;
    },
  });
  return out;
}

/** Built-in number formats that are dates (ECMA-376 18.8.30, and the East Asian ones). */
const BUILTIN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** True for a format code that shows a date or time: d, m, y, h or s outside quotes, escapes and [colours]. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '');
  return /[dmyhs]/i.test(bare.replace(/General/gi, ''));
}

/** For each cell style index, whether its number format is a date. */
export function readDateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  readXml(xml, 'styles.xml', {
    open(name, a) {
      if (name === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        styles.push(custom.has(id) ? isDateFormat(custom.get(id)!) : BUILTIN_DATES.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}
