/**
 * Building SVG nodes and writing them out as a string. The string form is what the
 * golden files hold; SvgNodes.astro writes the same elements into the page.
 */
import type { Attrs, ChartSpec, SvgNode, SvgTag } from './types.ts';

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
const escText = (s: string) => s.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Attributes as ` name="value"`, in insertion order, skipping undefined. */
export function attrString(attrs: Attrs): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escAttr(String(v))}"`)
    .join('');
}

/** One node and its children as markup. */
export function nodeString(n: SvgNode): string {
  const inner = (n.text !== undefined ? escText(n.text) : '') + (n.children ?? []).map(nodeString).join('');
  return `<${n.tag}${attrString(n.attrs)}>${inner}</${n.tag}>`;
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
