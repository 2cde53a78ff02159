/**
 * Pages of another origin (another port) that embed the site as any website would, served
 * by `npm run serve` from a temporary folder: one server per Playwright worker, stopped with it.
 */
import type { APIRequestContext } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running host: its origin, and how to stop it. */
export interface HostPage {
  origin: string;
  stop(): void;
}

/** Writes `pages` (file name → HTML) and serves them on `port`; resolves once this very folder is served. */
export async function startHostPage(
  request: APIRequestContext,
  port: number,
  pages: Record<string, string>,
): Promise<HostPage> {
  const dir = mkdtempSync(join(tmpdir(), 'embed-host-'));
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(dir, name), html);
  // A marker naming the folder, so the page found is this worker's, not something else already on that port.
  writeFileSync(join(dir, 'host.txt'), dir);
  const server = spawn(process.execPath, ['src/cli/serve.ts', '--dir', dir, '--port', String(port)], {
    stdio: 'ignore',
  });
  const origin = `http://localhost:${port}`;
  const stop = () => {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 50; i++) {
    const ours = await request.get(`${origin}/host.txt`).then(
      async (r) => r.ok() && (await r.text()) === dir,
      () => false,
    );
    if (ours) return { origin, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error('host page server did not start');
}
