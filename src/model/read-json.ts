/**
 * Reads JSON strictly: syntax errors with line and column, keys that could pollute
 * prototypes, and numbers too large to be finite are all reported as problems.
 */
import { readFileSync } from 'node:fs';
import { type Problem, jsonPath } from './problems.ts';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ReadResult = { ok: true; data: unknown } | { ok: false; problems: Problem[] };

/** Parses `text` (the content of `file`) and checks keys and numbers. */
export function parseJsonText(text: string, file: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, problems: [syntaxProblem(text, file, e as Error)] };
  }
  const problems: Problem[] = [];
  walk(data, [], file, problems);
  return problems.length ? { ok: false, problems } : { ok: true, data };
}

/** Reads and parses a JSON file. */
export function readJsonFile(file: string, shownAs = file): ReadResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return {
      ok: false,
      problems: [{ file: shownAs, path: '$', rule: 'file-readable', message: (e as Error).message }],
    };
  }
  return parseJsonText(text, shownAs);
}

function walk(node: unknown, keys: PropertyKey[], file: string, problems: Problem[]): void {
  if (typeof node === 'number' && !Number.isFinite(node)) {
    problems.push({
      file,
      path: jsonPath(keys),
      rule: 'finite-number',
      message: 'number is too large to be finite',
      value: node,
    });
  } else if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, [...keys, i], file, problems));
  } else if (node !== null && typeof node === 'object') {
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push({
          file,
          path: jsonPath([...keys, key]),
          rule: 'forbidden-key',
          message: `key "${key}" is not allowed`,
        });
        continue;
      }
      walk((node as Record<string, unknown>)[key], [...keys, key], file, problems);
    }
  }
}

function syntaxProblem(text: string, file: string, error: Error): Problem {
  const offset = /position (\d+)/.exec(error.message)?.[1];
  let where = '';
  if (offset !== undefined) {
    const before = text.slice(0, Number(offset));
    const line = before.split('\n').length;
    const column = Number(offset) - before.lastIndexOf('\n');
    where = ` at line ${line}, column ${column}`;
  }
  const truncated = /Unexpected end of JSON input|Unterminated/.test(error.message);
  return {
    file,
    path: '$',
    rule: truncated ? 'json-complete' : 'json-syntax',
    message: `${truncated ? 'file ends too early (truncated?)' : 'not valid JSON'}${where}: ${error.message}`,
  };
}
