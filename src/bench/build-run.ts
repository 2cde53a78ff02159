/**
 * Runs one whole build command for the benchmark (validation, rendering, every worker
 * process, the swap into place), niced, timed, with its memory summed over its process
 * tree, and stopped if it runs too long or grows too big for the machine.
 */
import { spawn } from 'node:child_process';
import { TreeMemory } from './memory.ts';

/** How one build command went. */
export interface BuildRun {
  seconds: number;
  /** Largest resident memory summed over the command's processes, MiB (sampled every 200 ms). */
  peakMb: number;
  /** Most processes alive in the tree at one time. */
  processes: number;
  completed: boolean;
  exit: string;
}

export interface BuildLimits {
  timeoutS: number;
  maxMb: number;
}

/** Output lines kept to show when the build fails. */
const TAIL = 4000;

/** Runs `argv` in `cwd` with `env`, its output passed through, and measures it. */
export function runBuild(
  argv: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  limits: BuildLimits,
): Promise<BuildRun> {
  const t0 = performance.now();
  const child = spawn('nice', ['-n', '10', ...argv], { cwd, env, detached: true, stdio: ['ignore', 'inherit', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-TAIL)));
  let stopped = '';
  const stop = (why: string) => {
    if (stopped) return;
    stopped = why;
    process.kill(-child.pid!, 'SIGKILL');
  };
  const memory = new TreeMemory(child.pid!, 200, (mb) => {
    if (mb > limits.maxMb) stop(`killed at ${limits.maxMb} MiB summed RSS`);
  });
  const timer = setTimeout(() => stop(`killed after ${limits.timeoutS} s`), limits.timeoutS * 1000);
  return new Promise((done) =>
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      memory.stop();
      if (code !== 0 && stderr.trim()) console.error(stderr.trim());
      done({
        seconds: (performance.now() - t0) / 1000,
        peakMb: memory.peak,
        processes: memory.processes,
        completed: code === 0 && !stopped,
        exit: stopped || `exit ${code ?? signal}`,
      });
    }),
  );
}
