// The README is the project's interface for newcomers: its command table names every npm
// script, and its map of src/ has one line for each folder there is, no more.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

describe('README.md', () => {
  it('documents every npm script in its commands table', () => {
    const documented = (name: string) =>
      readme.includes(`\`npm run ${name}`) ||
      readme.includes(`\`npm ${name}`) ||
      readme.includes(`\`${name}\``);
    expect(Object.keys(pkg.scripts).filter((name) => !documented(name))).toEqual([]);
  });

  it('maps each folder of src/ on a line of its own', () => {
    const section = readme.slice(readme.indexOf('## How the code is laid out'));
    const block = /```\n([\s\S]*?)```/.exec(section)![1]!;
    const mapped = [...block.matchAll(/^src\/([a-z0-9-]+)\/\s/gm)].map((m) => m[1]).sort();
    const folders = readdirSync('src', { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(mapped).toEqual(folders);
  });
});
