/** One problem in the data: where it is, which rule it breaks, and the value found. */
export interface Problem {
  /** Path of the file, as given to the loader. */
  file: string;
  /** JSON path inside the file, e.g. `$.records[3].values.iron_lifted`. */
  path: string;
  /** Short rule name, stable for tests and docs, e.g. `part-le-total`. */
  rule: string;
  /** What is wrong, in a sentence. */
  message: string;
  /** The offending value, shown abbreviated; undefined where there is none. */
  value?: unknown;
}

/** Thrown when a dataset has problems; carries all of them. */
export class DataError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`${problems.length} problem(s) in the data:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'DataError';
    this.problems = problems;
  }
}

/** Turns a path of keys and indexes into `$.a[0].b`; odd keys are quoted. */
export function jsonPath(keys: readonly PropertyKey[]): string {
  let out = '$';
  for (const k of keys) {
    if (typeof k === 'number') out += `[${k}]`;
    else if (typeof k === 'string' && /^[A-Za-z_$][\w$-]*$/.test(k)) out += `.${k}`;
    else out += `[${JSON.stringify(String(k))}]`;
  }
  return out;
}

/** Shows a value briefly: long strings are cut so one problem stays one line. */
export function showValue(value: unknown): string {
  let s: string;
  if (typeof value === 'number' && !Number.isFinite(value)) s = String(value);
  else if (value === undefined) s = 'undefined';
  else {
    try {
      s = JSON.stringify(value) ?? String(value);
    } catch {
      s = String(value);
    }
  }
  s = s.replace(/[\r\n]+/g, ' ');
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/** One line: `file: $.path: [rule] message (found: value)`. */
export function formatProblem(p: Problem): string {
  const found = 'value' in p && p.value !== undefined ? ` (found: ${showValue(p.value)})` : '';
  return `${p.file}: ${p.path}: [${p.rule}] ${p.message}${found}`;
}
