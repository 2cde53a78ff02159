import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { processTree, statusMb, treeRssMb } from './memory.ts';

describe('processTree', () => {
  it('finds children and grandchildren, not the parent or siblings', () => {
    const parent = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [13, 1],
    ]);
    expect(processTree(10, parent).sort()).toEqual([10, 11, 12]);
  });
});

describe('treeRssMb', () => {
  it('sums the resident memory of a process and its children', async () => {
    // A child that holds 64 MiB, started by a shell that waits for it.
    const hold = "const b = Buffer.alloc(64 * 2 ** 20, 1); setTimeout(() => b.length, 4000)";
    const shell = spawn('sh', ['-c', `"${process.execPath}" -e '${hold}' & wait`]);
    await new Promise((r) => setTimeout(r, 1500));
    const own = statusMb(shell.pid!, 'VmRSS') ?? 0;
    const sum = treeRssMb(shell.pid!);
    shell.kill('SIGKILL');
    expect(sum - own).toBeGreaterThan(64);
  });
});
