/**
 * The committed crosswalk from the boundary file's `shapeID` to codes the dataset uses:
 * every unit's region (ISO 3166-2 and SOATO) and, where known, the unit's own SOATO code.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** One unit of the boundary file and the codes it joins on. */
export interface CrosswalkRow {
  /** geoBoundaries' `shapeID`. */
  shapeId: string;
  /** geoBoundaries' `shapeName`, for messages. */
  shapeName: string;
  /** ISO 3166-2 code of the region, e.g. `UZ-FA`. */
  regionIso: string;
  /** SOATO code of the region, e.g. `1730`. */
  regionSoato: string;
  /** SOATO code of the district or city, where known. */
  soato?: string;
}

/** Where the committed crosswalk lives (builds and the CLI run from the project root). */
export const CROSSWALK_FILE = resolve(process.cwd(), 'src/geo/crosswalk.csv');

/** Parses the crosswalk CSV (plain comma-separated, no quoting). */
export function parseCrosswalk(text: string): CrosswalkRow[] {
  const [header, ...lines] = text.trim().split(/\r?\n/);
  if (header !== 'shape_id,shape_name,region_iso,region_soato,soato')
    throw new Error(`crosswalk: unexpected header "${header}"`);
  return lines.map((line, i) => {
    const [shapeId, shapeName, regionIso, regionSoato, soato] = line.split(',');
    if (!shapeId || !regionIso || !regionSoato || shapeName === undefined)
      throw new Error(`crosswalk line ${i + 2}: missing field`);
    return { shapeId, shapeName, regionIso, regionSoato, ...(soato ? { soato } : {}) };
  });
}

/** The committed crosswalk. */
export function readCrosswalk(file = CROSSWALK_FILE): CrosswalkRow[] {
  return parseCrosswalk(readFileSync(file, 'utf8'));
}
