/** Lighthouse on the sample pages, several runs each, with the build served as a static host would. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { runLighthouse, type LighthouseResult } from './lighthouse.ts';

/** Each page's runs (a string says why one could not run). */
export type LighthouseRuns = Record<string, (LighthouseResult | string)[]>;

const PORT = 4391;

function show(kind: string, r: LighthouseResult | string): string {
  return `lighthouse ${kind}: ${
    typeof r === 'string'
      ? r
      : `P ${r.performance} A ${r.accessibility} BP ${r.bestPractices} SEO ${r.seo} · TBT ${Math.round(r.tbtMs)} ms · CLS ${r.cls.toFixed(3)} · LCP ${Math.round(r.lcpMs)} ms`
  }`;
}

/** Serves `dist` (headers, compression: `src/cli/serve.ts`) and runs Lighthouse `runs` times on each page. */
export async function lighthousePages(
  root: string,
  dist: string,
  pages: Record<string, string>,
  runs: number,
): Promise<LighthouseRuns> {
  const server = spawn(
    process.execPath,
    [join(root, 'src/cli/serve.ts'), '--dir', dist, '--port', String(PORT)],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise((ready) => server.stdout!.once('data', ready));
  const out: LighthouseRuns = {};
  try {
    for (const [kind, path] of Object.entries(pages)) {
      out[kind] = [];
      for (let i = 0; i < runs; i++) {
        const r = runLighthouse(root, `http://localhost:${PORT}${path}`, join(root, `bench/lighthouse-${kind}.json`));
        out[kind].push(r);
        console.log(show(kind, r));
      }
    }
  } finally {
    server.kill();
  }
  return out;
}
