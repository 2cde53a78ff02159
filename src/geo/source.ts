/**
 * Where the build finds boundaries, in this order: `BOUNDARIES_SRC` (file or URL), an
 * earlier import in `.build/boundaries/` made with the current crosswalk, the shared
 * folder's file beside the project (`../shared/geo/`, so a fresh clone there shows maps
 * without any setting), then a download of the official file from `BOUNDARIES_URL`,
 * pinned by SHA-256. `BOUNDARIES=none` forces the build without them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve, join, dirname } from 'node:path';
import { importBoundaries, BoundaryError, type Adm2Topology, type Imported } from './importer.ts';
import { AdmFile, PlaceFeature } from './schema.ts';
import { rewindRfc, type Areal } from './rings.ts';
import { readCrosswalk } from './crosswalk.ts';

/** SHA-256 of geoBoundaries' UZB ADM2 file (gbOpen, boundaries as of 2020). */
export const OFFICIAL_SHA256 = 'b7ffa2f946cd0274052548f196115055af77519552a3155d4ccc12d9e297033f';
/** The git-ignored folder imports are written to and builds read from. */
export const BOUNDARIES_DIR = resolve(process.cwd(), '.build/boundaries');
/** The imported topology in that folder. */
export const TOPOLOGY_FILE = join(BOUNDARIES_DIR, 'adm2.topo.json');
/** The boundary file of the shared folder beside the project, where there is one. */
export const SHARED_BOUNDARIES = resolve(process.cwd(), '../shared/geo/geoBoundaries-UZB-ADM2.geojson');
const DOWNLOAD_TIMEOUT_MS = 15_000;

/** What the build found: a topology and where from, or why there is none. */
export type Found = { ok: true; topology: Adm2Topology; from: string } | { ok: false; tried: string[] };

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** Reads a file or downloads a URL (with a short timeout). */
export async function fetchBytes(src: string, timeoutMs = DOWNLOAD_TIMEOUT_MS): Promise<Uint8Array> {
  if (!isUrl(src)) return readFileSync(resolve(src));
  const res = await fetch(src, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** Writes an import where later builds find it. */
export function saveImport(imported: Imported, from: string, dir = BOUNDARIES_DIR): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'adm2.topo.json');
  writeFileSync(file, JSON.stringify(imported.topology));
  writeFileSync(
    join(dir, 'source.json'),
    `${JSON.stringify({ from, sha256: imported.sha256, units: imported.units }, null, 2)}\n`,
  );
  return file;
}

/** Reads an earlier import, if there is a readable one. */
export function readSaved(file = TOPOLOGY_FILE): Adm2Topology | undefined {
  if (!existsSync(file)) return undefined;
  const topo = JSON.parse(readFileSync(file, 'utf8')) as Adm2Topology;
  return topo.type === 'Topology' && topo.objects?.units ? topo : undefined;
}

/** Whether an import joins each unit to the SOATO code the committed crosswalk gives it now. */
export function joinsCurrentCrosswalk(topo: Adm2Topology): boolean {
  const soato = new Map(readCrosswalk().map((r) => [r.shapeId, r.soato]));
  return topo.objects.units.geometries.every(
    (g) => (g.properties as { soato?: string } | undefined)?.soato === soato.get(String(g.id)),
  );
}

/**
 * Finds boundaries for a build. A source that is missing or unreachable is skipped with a
 * note; a source that is there but invalid stops the build (its problems are listed).
 */
export async function findBoundaries(
  env: NodeJS.ProcessEnv = process.env,
  savedFile = TOPOLOGY_FILE,
  sharedFile = SHARED_BOUNDARIES,
): Promise<Found> {
  const tried: string[] = [];
  if (env.BOUNDARIES === 'none') return { ok: false, tried: ['BOUNDARIES=none'] };
  const src = env.BOUNDARIES_SRC;
  if (src) {
    let bytes: Uint8Array | undefined;
    try {
      bytes = await fetchBytes(src);
    } catch (e) {
      tried.push(`BOUNDARIES_SRC=${src}: ${(e as Error).message}`);
    }
    if (bytes) return { ok: true, topology: importBoundaries(bytes, readCrosswalk()).topology, from: src };
  }
  const saved = readSaved(savedFile);
  if (saved && joinsCurrentCrosswalk(saved)) return { ok: true, topology: saved, from: savedFile };
  tried.push(
    saved
      ? `${savedFile}: made with an older src/geo/crosswalk.csv (run npm run boundaries again)`
      : `${savedFile}: not there`,
  );
  if (existsSync(sharedFile))
    return {
      ok: true,
      topology: importBoundaries(readFileSync(sharedFile), readCrosswalk()).topology,
      from: sharedFile,
    };
  tried.push(`${sharedFile}: not there`);
  const url = env.BOUNDARIES_URL;
  if (!url) {
    tried.push('BOUNDARIES_URL: not set');
    return { ok: false, tried };
  }
  try {
    const bytes = await fetchBytes(url);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== OFFICIAL_SHA256) throw new Error(`SHA-256 ${sha256} is not the pinned ${OFFICIAL_SHA256}`);
    const imported = importBoundaries(bytes, readCrosswalk());
    saveImport(imported, url, dirname(savedFile));
    return { ok: true, topology: imported.topology, from: url };
  } catch (e) {
    if (e instanceof BoundaryError) throw e;
    tried.push(`BOUNDARIES_URL=${url}: ${(e as Error).message}`);
    return { ok: false, tried };
  }
}

/**
 * A deployer's real sector and mahalla polygons (`PLACE_BOUNDARIES`: a GeoJSON file whose
 * features carry `properties.place`, a place id). Every problem names its feature.
 */
export function readPlaceBoundaries(
  file: string | undefined,
  isSectorOrMahalla: (id: string) => boolean,
): Map<string, Areal> {
  const out = new Map<string, Areal>();
  if (!file) return out;
  const parsed = AdmFile.safeParse(JSON.parse(readFileSync(resolve(file), 'utf8')));
  if (!parsed.success)
    throw new BoundaryError(parsed.error.issues.map((i) => `${file}: $.${i.path.join('.')}: ${i.message}`));
  const problems: string[] = [];
  parsed.data.features.forEach((raw, i) => {
    const f = PlaceFeature.safeParse(raw);
    if (!f.success)
      problems.push(
        ...f.error.issues.map((iss) => `${file}: features[${i}]: ${iss.path.join('.')}: ${iss.message}`),
      );
    else if (!isSectorOrMahalla(f.data.properties.place))
      problems.push(
        `${file}: features[${i}]: "${f.data.properties.place}" is not a sector or mahalla of the dataset`,
      );
    else out.set(f.data.properties.place, rewindRfc(f.data.geometry as Areal));
  });
  if (problems.length) throw new BoundaryError(problems);
  return out;
}
