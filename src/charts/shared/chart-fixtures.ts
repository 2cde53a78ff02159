/** Small builders for chart tests: values of each kind, and finding nodes in a layout. */
import type { Qualifier } from '../../model/types.ts';
import { locales, type Locale } from '../../i18n/locales.ts';
import type { ChartSources, ChartValue, SvgNode } from './chart-spec.ts';

/** A shown value (illustrative unless `sourced`). */
export const v = (
  value: number,
  opts: { qualifier?: Qualifier; sourced?: boolean; revised?: number } = {},
): ChartValue => ({
  kind: 'value',
  value,
  qualifier: opts.qualifier ?? 'exact',
  illustrative: !opts.sourced,
  revisions: opts.revised === undefined ? [] : [{ value: opts.revised, published: '2020-10-01' }],
});

/** A count from 1 to 4, hidden. */
export const few: ChartValue = { kind: 'suppressed', reason: 'fewer-than-5', illustrative: true };
/** A value hidden to protect a small count elsewhere. */
export const hidden: ChartValue = { kind: 'suppressed', reason: 'protects-small', illustrative: true };
/** No value at all. */
export const none: ChartValue = { kind: 'missing' };

/** Provenance: illustrative only, or sourced from the press release. */
export const ILLUSTRATIVE: ChartSources = { citations: [], illustrative: true };
export const SOURCED: ChartSources = {
  citations: [{ source: 'fergana-hokimiyat-2020-12-02', quote: '831' }],
  illustrative: false,
};

/** Every node of a tree, depth first; pattern definitions only if asked for. */
export function all(nodes: readonly SvgNode[], defs = false): SvgNode[] {
  return nodes.flatMap((n) => (n.tag === 'defs' && !defs ? [] : [n, ...all(n.children ?? [], defs)]));
}

/** Drawn nodes with a tag and, optionally, a class (`pattern` finds the definitions). */
export const find = (nodes: readonly SvgNode[], tag: string, cls?: string) =>
  all(nodes, tag === 'pattern').filter(
    (n) =>
      n.tag === tag &&
      (cls === undefined ||
        String(n.attrs.class ?? '')
          .split(' ')
          .includes(cls)),
  );

/** The text a node prints, its children's included. */
export const textOf = (n: SvgNode): string => (n.text ?? '') + (n.children ?? []).map(textOf).join('');

/** Every text the nodes print. */
export const texts = (nodes: readonly SvgNode[]) =>
  all(nodes).flatMap((n) => (n.text === undefined ? [] : [n.text]));

/** The four locales, for golden files. */
export const LOCALES: readonly Locale[] = locales;

/** A name longer than any real one (the hostile fixture has 10,000 characters). */
export const LONG_NAME = 'Juda-juda uzun nomli mahalla fuqarolar yigʻini markazi '.repeat(6);
