/** A PNG worker thread: renders the SVGs the stage sends, one at a time, and reports how long each took. */
import { parentPort } from 'node:worker_threads';
import { renderPng } from './render.ts';

export interface RenderJob {
  id: number;
  svg: string;
  width: number;
}

export type RenderReply = { id: number; png: Uint8Array; ms: number } | { id: number; error: string };

parentPort!.on('message', (job: RenderJob) => {
  const t0 = performance.now();
  try {
    const png = renderPng(job.svg, job.width);
    parentPort!.postMessage({ id: job.id, png, ms: performance.now() - t0 } satisfies RenderReply);
  } catch (e) {
    parentPort!.postMessage({
      id: job.id,
      error: e instanceof Error ? e.message : String(e),
    } satisfies RenderReply);
  }
});
