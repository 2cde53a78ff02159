/**
 * Golden SVG files for chart tests: compared with every number rounded to one decimal,
 * so that a change to a chart is a visible diff but float noise is not. `UPDATE_GOLDEN=1`
 * rewrites them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The SVG with numbers rounded to one decimal and a line break before each element. */
export function normalizeSvg(svg: string): string {
  return svg
    .replace(/-?\d+\.\d+/g, (m) => {
      const r = Number(m).toFixed(1);
      return r === '-0.0' ? '0.0' : r;
    })
    .replace(/></g, '>\n<');
}

/**
 * Compares an SVG string with its golden file; returns the golden text (normalized) and
 * the actual one for `expect(actual).toBe(expected)`. Writes the file only when asked to;
 * a missing golden is an error, so a test cannot pass by creating its own reference.
 */
export function golden(file: URL, svg: string): { actual: string; expected: string } {
  const actual = normalizeSvg(svg);
  const path = file.pathname;
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${actual}\n`);
  }
  if (!existsSync(path))
    throw new Error(`golden file ${path} is missing: run the tests with UPDATE_GOLDEN=1 and review it`);
  return { actual, expected: normalizeSvg(readFileSync(path, 'utf8').trimEnd()) };
}
