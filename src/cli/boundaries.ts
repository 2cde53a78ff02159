/**
 * `npm run boundaries -- <file or URL> [--data <dir>]`: imports a second-level boundary
 * file (geoBoundaries ADM2 GeoJSON), checks that every district and city of the dataset
 * has a shape, and writes the simplified topology to .build/boundaries/ for builds to read.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { importBoundaries, BoundaryError } from '../geo/importer.ts';
import { readCrosswalk } from '../geo/crosswalk.ts';
import { fetchBytes, saveImport, OFFICIAL_SHA256 } from '../geo/source.ts';
import { joinPlaces } from '../geo/model.ts';
import { loadDataset } from '../model/load.ts';
import { formatProblem } from '../model/problems.ts';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { data: { type: 'string' } },
});
const src = positionals[0] ?? process.env.BOUNDARIES_SRC;
if (!src) {
  console.error(
    'Usage: npm run boundaries -- <file or URL> [--data <dataset dir>]\n(the whole country: ../shared/geo/geoBoundaries-UZB-ADM2.geojson)',
  );
  process.exit(2);
}

try {
  const bytes = await fetchBytes(src);
  const imported = importBoundaries(bytes, readCrosswalk());
  const dataDir = resolve(args.data ?? process.env.DATA_DIR ?? 'data');
  const checked = loadDataset(dataDir);
  if (!checked.ok) {
    for (const p of checked.problems) console.error(formatProblem(p));
    console.error(`\nThe dataset in ${dataDir} has problems; fix them first.`);
    process.exit(1);
  }
  const { missing } = joinPlaces(imported.topology, checked.dataset);
  if (missing.length) {
    for (const p of missing)
      console.error(
        `${p.id} "${p.names['uz-Latn']}": no shape in ${src} (SOATO ${p.soato ?? 'not given'}; see src/geo/crosswalk.csv)`,
      );
    console.error(`\nNothing written: ${missing.length} place(s) of ${dataDir} have no shape.`);
    process.exit(1);
  }
  const file = saveImport(imported, src);
  const json = JSON.stringify(imported.topology);
  const official = imported.sha256 === OFFICIAL_SHA256 ? ' (the official geoBoundaries file)' : '';
  console.log(`Imported ${imported.units} units from ${src}${official}, SHA-256 ${imported.sha256}.`);
  console.log(
    `Wrote ${file}: ${(json.length / 1024).toFixed(1)} KiB, ${(gzipSync(json).length / 1024).toFixed(1)} KiB gzip.`,
  );
} catch (e) {
  if (e instanceof BoundaryError) {
    console.error(`${src}: ${e.message}`);
    process.exit(1);
  }
  console.error(`${src}: ${(e as Error).message}`);
  process.exit(1);
}
