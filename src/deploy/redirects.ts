/**
 * Addresses the site published and later moved, as redirect rules: written by the build as
 * `_redirects` (the format Netlify and Cloudflare Pages read), followed by `npm run serve`,
 * and mirrored by the README's nginx configuration (a test holds the two together).
 *
 * - Latest embeds were one page per chart (`/embed/en/fergana/chart-progress/`); now one
 *   page per place holds all its charts, and `#<chart id>` shows one
 *   (`/embed/en/fergana/#chart-progress`).
 * - Chart PNGs were files (`/charts/en/fa/chart-progress.png`, `…@2x.png`); the reader's
 *   browser now draws them from the chart's SVG, where the old addresses lead.
 */

/** One rule: `:name` matches one path segment, and the same name in `to` is replaced by it. */
export interface Redirect {
  from: string;
  to: string;
  status: 301;
}

/** Place paths with embeds are 1 (region), 2 (district, city) or 3 (sector) segments deep. */
const EMBED_DEPTHS = [1, 2, 3];

/** The rules for every moved address, for the chart ids of the registry. */
export function movedAddresses(chartIds: readonly string[]): Redirect[] {
  const embeds = EMBED_DEPTHS.flatMap((depth) => {
    const place = Array.from({ length: depth }, (_, i) => `:p${i + 1}`).join('/');
    return chartIds.map((id) => ({
      from: `/embed/:locale/${place}/${id}/`,
      to: `/embed/:locale/${place}/#${id}`,
      status: 301 as const,
    }));
  });
  const pngs = chartIds.flatMap((id) =>
    ['', '@2x'].map((scale) => ({
      from: `/charts/:locale/:place/${id}${scale}.png`,
      to: `/charts/:locale/:place/${id}.svg`,
      status: 301 as const,
    })),
  );
  return [...embeds, ...pngs];
}

/** The `_redirects` file: one `from to status` line per rule. */
export function redirectsFile(rules: readonly Redirect[]): string {
  const head = '# Addresses the site published and later moved (src/deploy/redirects.ts).\n';
  return head + rules.map((r) => `${r.from} ${r.to} ${r.status}\n`).join('');
}

/** Reads a `_redirects` file (comments and blank lines skipped). */
export function parseRedirects(text: string): Redirect[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [from, to, status] = l.split(/\s+/);
      if (!from || !to || status !== '301') throw new Error(`_redirects: cannot read the line "${l}"`);
      return { from, to, status: 301 };
    });
}

/** A rule's `from` as a regular expression, and its placeholders in order. */
function compile(from: string): { re: RegExp; names: string[] } {
  const parts = from.split(/(:[a-z0-9]+)/i);
  const names = parts.filter((p) => p.startsWith(':'));
  const body = parts
    .map((p) => (p.startsWith(':') ? '([^/]+)' : p.replace(/[.+?^${}()|[\]\\*]/g, '\\$&')))
    .join('');
  return { re: new RegExp(`^${body}$`), names };
}

/** Where `path` redirects to under the first rule that matches it, if one does. */
export function redirectTarget(rules: readonly Redirect[], path: string): string | undefined {
  for (const r of rules) {
    const { re, names } = compile(r.from);
    const m = re.exec(path);
    if (!m) continue;
    const value = new Map(names.map((name, i) => [name, m[i + 1]!]));
    return r.to.replace(/:[a-z0-9]+/gi, (name) => value.get(name) ?? name);
  }
  return undefined;
}
