/** Reads a `_headers` file (the format Netlify and Cloudflare Pages use) and matches paths to it. */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** Lines without indentation are path patterns; indented `Name: value` lines belong to the last one. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const i = line.indexOf(':');
      if (i > 0 && rules.length) rules.at(-1)!.headers.push([line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/** `*` matches any run of characters, as static hosts do. */
export function matches(pattern: string, path: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(path);
}

/** Headers for a path: every matching rule applies, later ones override earlier ones. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) if (matches(rule.pattern, path)) for (const [k, v] of rule.headers) out[k] = v;
  return out;
}
