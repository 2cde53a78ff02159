/**
 * `npm run build [-- --data <dir>] [-- --out <dir>] [-- --no-images]`: validates the data, builds the site
 * into a staging folder, draws its link preview cards' PNGs there, and only then
 * replaces the output folder, so a failed build leaves the previous site untouched (Astro
 * empties its output folder when it starts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatPngStage, runPngStage } from '../png/stage.ts';
import { CHART_IDS } from '../charts/registry.ts';
import { movedAddresses, redirectsFile } from '../deploy/redirects.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: args } = parseArgs({
  options: { data: { type: 'string' }, out: { type: 'string' }, 'no-images': { type: 'boolean' } },
});
const dataDir = resolve(args.data ?? process.env.DATA_DIR ?? 'data');
const outDir = resolve(args.out ?? 'dist');
const staging = join(root, '.build', `staging-${process.pid}`);

/** A child process's end: its exit code, or the signal that stopped it. */
function ended(child: ChildProcess): Promise<number | string> {
  return new Promise((done) => child.on('exit', (code, signal) => done(code ?? signal ?? 'unknown')));
}

// Validation runs as `npm run validate` in a process of its own, so the dataset it loads is
// not held in memory beside Astro's (for the whole country, about 1 GB), and beside Astro's
// start (bundling the scripts, which needs no data), so that it costs no time of its own.
// Invalid data stops Astro; nothing is published.
const started = performance.now();
const checking = spawn(process.execPath, [join(root, 'src/cli/validate.ts'), dataDir], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const astro = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, DATA_DIR: dataDir, OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
});
const astroEnd = ended(astro);
if ((await ended(checking)) !== 0) {
  astro.kill();
  await astroEnd;
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild stopped: the data in ${dataDir} is not valid. ${outDir} was left as it was.`);
  process.exit(1);
}
const astroStatus = await astroEnd;
if (astroStatus !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed (astro exited with ${astroStatus}). ${outDir} was left as it was.`);
  process.exit(1);
}

// The addresses the site published and later moved, for Netlify and Cloudflare Pages.
writeFileSync(join(staging, '_redirects'), redirectsFile(movedAddresses(CHART_IDS)));

// PNGs are drawn in the staging folder too: a failure here publishes nothing.
// `--no-images` leaves them out (the benchmark draws them apart); PNG_CACHE_DIR points the
// image cache elsewhere (the benchmark's empty one).
const cacheDir = process.env.PNG_CACHE_DIR;
try {
  if (!args['no-images'])
    console.log(formatPngStage(await runPngStage(staging, cacheDir ? { cacheDir } : {})));
} catch (e) {
  rmSync(staging, { recursive: true, force: true });
  console.error(
    `\nBuild failed in the PNG stage: ${e instanceof Error ? e.message : String(e)}. ${outDir} was left as it was.`,
  );
  process.exit(1);
}

// Swap: the old site stays in place until the new one is complete.
const old = `${staging}-old`;
mkdirSync(dirname(outDir), { recursive: true });
if (existsSync(outDir)) renameSync(outDir, old);
renameSync(staging, outDir);
rmSync(old, { recursive: true, force: true });
console.log(`Built ${outDir} from ${dataDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
