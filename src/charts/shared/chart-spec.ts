/** What every chart layout returns: SVG marks plus the words and numbers around them. */
import type { Metric, Qualifier } from '../../model/types.ts';
import type { SourceCitation } from '../../derive/figure.ts';

/** The SVG elements charts use; nothing that can run script or load anything. */
export type SvgTag =
  'g' | 'rect' | 'line' | 'path' | 'circle' | 'polygon' | 'text' | 'tspan' | 'svg' | 'defs' | 'pattern';

/** Attribute values; `undefined` leaves the attribute out. */
export type Attrs = Record<string, string | number | undefined>;

/** One SVG element: presentation attributes and classes only, never `style`. */
export interface SvgNode {
  tag: SvgTag;
  attrs: Attrs;
  /** Text content (escaped when rendered). */
  text?: string;
  children?: SvgNode[];
}

/** A chart value: a number with its qualifier, a hidden small count, or nothing. */
export type ChartValue =
  | {
      kind: 'value';
      value: number;
      qualifier: Qualifier;
      illustrative: boolean;
      revisions: { value: number | null; published: string }[];
    }
  | { kind: 'suppressed'; reason: 'fewer-than-5' | 'protects-small'; illustrative: boolean }
  | { kind: 'missing' };

/** A name from the data with its language tag (it may be in another script than the page). */
export interface ChartName {
  text: string;
  lang: string;
}

/**
 * What a table cell means for machines (the chart's CSV), beside the words it prints:
 * a figure with its unit and its qualifier or why it is hidden (`value: null`, then no
 * number at all, so a hidden small count cannot leak), a plain number (a rank), or the
 * date or place a row stands for.
 */
export type CellData =
  | {
      kind: 'value';
      value: number | null;
      unit: Metric['unit'];
      qualifier: Qualifier | 'fewer-than-5' | 'protects-small' | null;
    }
  | { kind: 'number'; value: number | null }
  | { kind: 'date'; iso: string }
  | { kind: 'place'; id: string; name: string };

/** One cell of a chart's data table. */
export interface TableCell {
  text: string;
  /** The cell's value for the CSV; a cell without it is written as its text. */
  data?: CellData;
  /** Row header (`<th scope="row">`). */
  header?: boolean;
  illustrative?: boolean;
  sourced?: boolean;
  /** A revision or why a value is hidden, printed small after the value. */
  note?: string;
  /** The page's own place, set in bold. */
  strong?: boolean;
  lang?: string;
}

/**
 * The chart's numbers as a table. Marks point at their body cells by row and column
 * (`data-cells="2-1"`), and the client script builds each tooltip from those cells'
 * text and headers: one copy of every number in the page.
 */
export interface TableSpec {
  head: string[];
  /** Stable snake_case names of the columns for the CSV (metric ids for figures), one per `head` entry. */
  keys: string[];
  rows: TableCell[][];
}

/** One legend entry: a small drawn swatch and its words. */
export interface ChartLegendItem {
  swatch: SvgNode[];
  label: string;
}

/** Provenance of everything a chart draws, for its caption. */
export interface ChartSources {
  citations: SourceCitation[];
  illustrative: boolean;
}

/** A chart ready to render. */
export interface ChartSpec {
  /** DOM id of the figure; SVG ids (patterns, title) derive from it. */
  id: string;
  /** The finding, in words. */
  title: string;
  /** What the picture shows, for screen readers. */
  desc: string;
  /** Fixed height in px, so nothing moves as the page loads. */
  height: number;
  nodes: SvgNode[];
  legend: ChartLegendItem[];
  table: TableSpec;
  /** Sentences for the caption: derivations, bounds, hidden values. */
  notes: string[];
  sources: ChartSources;
  /** First and last date the chart covers (ISO). */
  dates: { from: string; to: string };
}
