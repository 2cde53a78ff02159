/**
 * Memory of a build that may run several processes (the build command, Astro, its worker
 * processes and threads): resident memory summed over the whole process tree, sampled,
 * and the largest sum seen. GNU time reports only the largest single process, which
 * understates a build that renders on both cores.
 */
import { readFileSync, readdirSync } from 'node:fs';

/** A `/proc/<pid>/status` field in MiB (`VmRSS`, `VmHWM`), if the process still exists. */
export function statusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const kb = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

/** Every live process's parent, from /proc. */
function parents(): Map<number, number> {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent; the command name before it may contain spaces.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return parent;
}

/** `pid` and all its live descendants. */
export function processTree(pid: number, parent: ReadonlyMap<number, number> = parents()): number[] {
  const inTree = (p: number, depth = 0): boolean =>
    p === pid || (depth < 64 && parent.has(p) && p !== 1 && inTree(parent.get(p)!, depth + 1));
  return [...parent.keys()].filter((p) => inTree(p));
}

/** Resident memory (MiB) of some processes right now, summed. */
const rssMb = (pids: readonly number[]) => pids.reduce((sum, p) => sum + (statusMb(p, 'VmRSS') ?? 0), 0);

/** Resident memory (MiB) of `pid` and its descendants right now, summed. */
export function treeRssMb(pid: number): number {
  return rssMb(processTree(pid));
}

/** Samples a process tree's summed memory until stopped; `peak` is the largest sum seen. */
export class TreeMemory {
  peak = 0;
  processes = 0;
  readonly #timer: NodeJS.Timeout;
  constructor(pid: number, everyMs = 200, onSample?: (mb: number) => void) {
    this.#timer = setInterval(() => {
      const tree = processTree(pid);
      const mb = rssMb(tree);
      this.processes = Math.max(this.processes, tree.length);
      this.peak = Math.max(this.peak, mb);
      onSample?.(mb);
    }, everyMs);
  }
  stop(): void {
    clearInterval(this.#timer);
  }
}
