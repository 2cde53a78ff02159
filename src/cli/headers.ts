/**
 * Reads a `_headers` file (the format Netlify and Cloudflare Pages use) and matches paths to it.
 * An indented `! Name` line removes a header that an earlier matching rule set (Cloudflare
 * Pages' "detach" syntax).
 */
export interface HeaderRule {
  pattern: string;
  /** `[name, value]` sets a header; `[name, null]` removes it. */
  headers: [string, string | null][];
}

/** Lines without indentation are path patterns; indented `Name: value` or `! Name` lines belong to the last one. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (line.trim().startsWith('!') && rules.length)
      rules.at(-1)!.headers.push([line.trim().slice(1).trim().toLowerCase(), null]);
    else {
      const i = line.indexOf(':');
      if (i > 0 && rules.length)
        rules.at(-1)!.headers.push([line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/** `*` matches any run of characters, as static hosts do. */
export function matches(pattern: string, path: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(path);
}

/** Headers for a path: every matching rule applies in order; later ones override or remove earlier ones. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [k, v] of rule.headers) {
      if (v === null) delete out[k];
      else out[k] = v;
    }
  }
  return out;
}
