/** Reads the shared reference tables the demo is built from (official names and codes). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A name in all four forms, as the reference tables give it. */
export interface FourNames {
  'uz-Latn': string;
  'uz-Cyrl': string;
  ru: string;
  en: string;
}

export interface RegionRow {
  iso: string;
  soato: string;
  names: FourNames;
}

export interface DistrictRow {
  kind: 'district' | 'city';
  soato: string;
  /** ISO 3166-2 code of its region, e.g. `UZ-FA`. */
  region: string;
  names: FourNames;
}

/** The parsed reference tables; `generateDemo` takes this, never a path. */
export interface Reference {
  regions: RegionRow[];
  /** Every region's districts and cities (`districts.csv`), in file order. */
  districts: DistrictRow[];
}

/** Minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') ((field += '"'), i++);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (row.push(field), (field = ''));
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      (row.push(field), rows.push(row), (row = []), (field = ''));
    } else field += ch;
  }
  if (field !== '' || row.length) (row.push(field), rows.push(row));
  const [header, ...body] = rows.filter((r) => r.some((f) => f !== ''));
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

function need(row: Record<string, string>, key: string, file: string): string {
  const v = row[key]?.trim();
  if (!v) throw new Error(`${file}: a row has no "${key}"`);
  return v;
}

const namesOf = (row: Record<string, string>, file: string): FourNames => ({
  'uz-Latn': need(row, 'name_uz_latn', file),
  'uz-Cyrl': need(row, 'name_uz_cyrl', file),
  ru: need(row, 'name_ru', file),
  en: need(row, 'name_en', file),
});

/** Reads `regions.csv` and `districts.csv` (all 206 districts and cities) from `dir`. */
export function readReference(dir: string): Reference {
  const read = (name: string) => parseCsv(readFileSync(join(dir, name), 'utf8'));
  const regions = read('regions.csv').map((r) => ({
    iso: need(r, 'iso_3166_2', 'regions.csv'),
    soato: need(r, 'soato', 'regions.csv'),
    names: namesOf(r, 'regions.csv'),
  }));
  const file = 'districts.csv';
  const districts = read(file).map((r): DistrictRow => {
    const kind = need(r, 'kind', file);
    if (kind !== 'district' && kind !== 'city') throw new Error(`${file}: unknown kind "${kind}"`);
    return {
      kind,
      soato: need(r, 'soato', file),
      region: need(r, 'region_iso_3166_2', file),
      names: namesOf(r, file),
    };
  });
  return { regions, districts };
}
