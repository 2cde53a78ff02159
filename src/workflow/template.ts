/**
 * The spreadsheet template: one row per place in tree order (region, its sectors, then
 * each district with each of its sectors followed by that sector's mahallas), names in
 * four forms to find a row by, and empty cells for the values.
 */
import type { Dataset, PlaceEntry } from '../model/dataset.ts';
import type { Tree } from '../model/tree.ts';
import { FIXED_COLUMNS, headerKeys, labelRow, storedMetrics } from './columns.ts';
import type { Separator } from './csv-read.ts';

/** A district's rows: itself, then each sector and its mahallas, then mahallas in no listed sector. */
function districtRows(tree: Tree, district: PlaceEntry): PlaceEntry[] {
  const out = [district];
  for (const sector of tree.sectors(district.id)) out.push(sector, ...tree.mahallas(sector.id));
  const placed = new Set(out.map((p) => p.id));
  return [...out, ...tree.mahallas(district.id).filter((m) => !placed.has(m.id))];
}

/** Places in the template's order; with `district`, only that district or city and what is under it. */
export function placesInTreeOrder(ds: Dataset, tree: Tree, district?: string): PlaceEntry[] {
  if (district !== undefined) {
    const d = ds.placeById.get(district);
    if (!d || (d.kind !== 'district' && d.kind !== 'city'))
      throw new Error(`"${district}" is not the id of a district or city in places.json`);
    return districtRows(tree, d);
  }
  const out: PlaceEntry[] = [];
  for (const region of ds.places.filter((p) => p.kind === 'region')) {
    out.push(region, ...tree.sectors(region.id));
    for (const d of tree.children(region.id)) out.push(...districtRows(tree, d));
  }
  // Anything the walk missed still gets a row, so every place can be reported.
  const seen = new Set(out.map((p) => p.id));
  return [...out, ...ds.places.filter((p) => !seen.has(p.id))];
}

/** Text a spreadsheet would run as a formula is made inert with a leading apostrophe. */
const inert = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

/** One CSV line; cells holding the separator, a quote or a line break are quoted. */
export function csvLine(cells: readonly string[], sep: Separator): string {
  return cells
    .map((c) => {
      const text = inert(c);
      return text.includes(sep) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(sep);
}

/** The template's rows as cells: keys, labels, then one row per place. */
export function templateTable(ds: Dataset, tree: Tree, district?: string): string[][] {
  const empty = FIXED_COLUMNS.length - 6 + storedMetrics(ds).length; // date … quote, then the values
  const rows = placesInTreeOrder(ds, tree, district).map((p) => [
    p.id,
    p.kind,
    p.names['uz-Latn'],
    p.names['uz-Cyrl'],
    p.names.ru,
    p.names.en,
    ...Array<string>(empty).fill(''),
  ]);
  return [headerKeys(ds), labelRow(ds), ...rows];
}

/** Options of `templateCsv`. */
export interface TemplateOptions {
  /** Only this district's or city's rows. */
  district?: string;
  /** `;` (default: what Excel expects where the decimal mark is a comma, as in Uzbekistan) or `,`. */
  separator?: Separator;
}

/** The template as a CSV file: UTF-8 with a byte-order mark (so Excel reads it as UTF-8), CRLF lines. */
export function templateCsv(ds: Dataset, tree: Tree, options: TemplateOptions = {}): string {
  const sep = options.separator ?? ';';
  return `\uFEFF${templateTable(ds, tree, options.district)
    .map((r) => csvLine(r, sep))
    .join('\r\n')}\r\n`;
}
