/** The one friendly-error wrapper for every schema: zod issues become `Problem`s. */
import type { z } from 'zod';
import { type Problem, jsonPath } from './problems.ts';

export type Parsed<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

/** Validates `data` read from `file` against `schema`. */
export function parseWith<S extends z.ZodType>(schema: S, data: unknown, file: string): Parsed<z.output<S>> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, problems: result.error.issues.flatMap((issue) => toProblems(issue, data, file)) };
}

function toProblems(issue: z.core.$ZodIssue, root: unknown, file: string): Problem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file,
      path: jsonPath([...issue.path, key]),
      rule: 'known-keys',
      message: `unknown key "${key}"`,
    }));
  }
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // Report the branch that got furthest: a union of a number and an object should say
    // what is wrong in the object, not just "invalid input".
    const best = issue.errors.reduce((a, b) => (score(b) > score(a) ? b : a));
    return best.flatMap((i) => toProblems({ ...i, path: [...issue.path, ...i.path] }, root, file));
  }
  const value = valueAt(root, issue.path);
  return [{ file, path: jsonPath(issue.path), rule: ruleOf(issue, value), message: issue.message, value }];
}

/** Deeper issues first; at equal depth, a branch that at least had the right shape. */
function score(issues: z.core.$ZodIssue[]): number {
  const depth = Math.max(0, ...issues.map((i) => i.path.length));
  const wrongShape = issues.some((i) => i.code === 'invalid_type' && i.path.length === 0);
  return depth * 2 + (wrongShape ? 0 : 1);
}

function ruleOf(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'required';
      return issue.expected === 'int' && typeof value === 'number' ? 'integer' : 'type';
    case 'too_small':
      return issue.origin === 'number' || issue.origin === 'int'
        ? issue.minimum === 0
          ? 'non-negative'
          : 'minimum'
        : 'min-size';
    case 'too_big':
      return issue.origin === 'number' || issue.origin === 'int' ? 'maximum' : 'max-size';
    case 'invalid_format':
      return issue.format === 'url'
        ? 'http-url'
        : issue.format === 'date'
          ? 'iso-date'
          : `format-${issue.format}`;
    case 'invalid_value':
      return 'allowed-values';
    case 'custom':
      return (issue.params?.rule as string | undefined) ?? 'custom';
    default:
      return issue.code.replace(/_/g, '-');
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}
