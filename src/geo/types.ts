/**
 * The map data file Leaflet reads (`/map/<locale>/<place path>.json`). Types only: the
 * browser script imports them, never the build code.
 */
import type { Topology } from 'topojson-specification';
import type { FillKey } from './palette.ts';

/** One place on the map. */
export interface MapArea {
  id: string;
  /** Name in the page's language. */
  name: string;
  /** Language tag of the name. */
  lang: string;
  href: string;
}

/** One value of a metric for one area, formatted for the page's language. */
export interface MapValue {
  /** "62 000+", "fewer than 5", "no data". */
  text: string;
  fill: FillKey;
  illustrative: boolean;
}

/** One line of a legend. */
export interface LegendItem {
  fill: FillKey;
  illustrative: boolean;
  text: string;
}

/** One metric the map can be coloured by. */
export interface MapMetric {
  id: string;
  label: string;
  legend: LegendItem[];
  /** Area id → its value. */
  values: Record<string, MapValue>;
}

/** The file: areas as TopoJSON (object `areas`, geometry ids = area ids) and every metric. */
export interface MapData {
  topology: Topology;
  areas: MapArea[];
  metrics: MapMetric[];
}
