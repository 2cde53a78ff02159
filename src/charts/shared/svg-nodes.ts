/**
 * Building SVG nodes and writing them out as a string. The string form is what the
 * golden files hold; SvgNodes.astro writes the same elements into the page.
 */
import type { Attrs, ChartSpec, SvgNode, SvgTag } from './chart-spec.ts';

/** A node; children and text are optional. */
export function el(tag: SvgTag, attrs: Attrs, children?: SvgNode[] | string): SvgNode {
  if (typeof children === 'string') return { tag, attrs, text: children };
  return children ? { tag, attrs, children } : { tag, attrs };
}

/** A number for an attribute: one decimal (a tenth of a pixel or per cent is plenty), no `-0`. */
export const num = (x: number): number => {
  const r = Math.round(x * 10) / 10;
  return Object.is(r, -0) ? 0 : r;
};

/** A percentage of the chart's width, for x coordinates that stretch with it. */
export const pct = (x: number): string => `${num(x)}%`;

// Escapes as the HTML serializer does, so a page's SVG and the string compare equal.
// XML has no `&nbsp;` entity, so files that stand alone write U+00A0 as `&#160;`.
const NBSP = { html: '&nbsp;', xml: '&#160;' } as const;
/** `html` for SVG inside a page (what the golden files hold), `xml` for standalone `.svg` files. */
export type Markup = keyof typeof NBSP;
// Characters XML 1.0 forbids (C0 controls but tab and line breaks, lone surrogates, U+FFFE/F) become U+FFFD.
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const clean = (s: string, m: Markup) => (m === 'xml' ? s.replace(NOT_XML, '\ufffd') : s);
const escText = (s: string, m: Markup = 'html') =>
  clean(s, m)
    .replace(/&/g, '&amp;')
    .replace(/\u00a0/g, NBSP[m])
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
const escAttr = (s: string, m: Markup = 'html') =>
  clean(s, m)
    .replace(/&/g, '&amp;')
    .replace(/\u00a0/g, NBSP[m])
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/** Text content escaped for the markup (`&`, `<`, `>` and the no-break space). */
export const escapeText = (s: string, markup: Markup = 'html'): string => escText(s, markup);

/** Attributes as ` name="value"`, in insertion order, skipping undefined. */
export function attrString(attrs: Attrs, markup: Markup = 'html'): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escAttr(String(v), markup)}"`)
    .join('');
}

/** One node and its children as markup (HTML unless `xml` is asked for; pass it explicitly, not through `map`). */
export function nodeString(n: SvgNode, markup: Markup = 'html'): string {
  const inner =
    (n.text !== undefined ? escText(n.text, markup) : '') +
    (n.children ?? []).map((c) => nodeString(c, markup)).join('');
  return `<${n.tag}${attrString(n.attrs, markup)}>${inner}</${n.tag}>`;
}

/** Attributes of a chart's root `<svg>` element. */
export function rootAttrs(spec: ChartSpec): Attrs {
  return {
    class: 'chart-svg',
    width: '100%',
    height: spec.height,
    role: 'img',
    'aria-labelledby': `${spec.id}-title`,
    'aria-describedby': `${spec.id}-desc`,
  };
}

/** The chart's `<svg>` as a string: the form golden files and tests compare. */
export function renderSvg(spec: ChartSpec): string {
  const desc = `<desc id="${spec.id}-desc">${escText(spec.desc)}</desc>`;
  return `<svg${attrString(rootAttrs(spec))}>${desc}${spec.nodes.map((n) => nodeString(n)).join('')}</svg>`;
}
