/**
 * Hands the static SVG map to Leaflet: same box, same colours, vector layers only (no
 * tiles unless configured). Areas are focusable SVG paths with a tooltip built from text
 * nodes; Enter or click opens the place's page; a select re-colours by another metric.
 * Loaded on demand by src/client/map-loader.ts, with Leaflet and its stylesheet.
 */
import L from 'leaflet';
// Leaflet's stylesheet comes with Leaflet, not inlined in every page (src/client/map-loader.ts).
import leafletCssUrl from 'leaflet/dist/leaflet.css?url';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import type { MapData, MapMetric, MapArea, LegendItem } from '../geo/types.ts';
import { fillOf, STROKE } from '../geo/palette.ts';

/** Prefix of the pattern copies placed in Leaflet's SVG. */
const PREFIX = 'l-';

/** `map-swatch fill-2 is-hatched` (as the build's swatchClass). */
const swatchClass = (fill: string | number, hatched: boolean) =>
  `map-swatch fill-${fill}${hatched ? ' is-hatched' : ''}`;

/** An element with text content only. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** The tooltip: the name in bold, then the value. */
function tooltip(area: MapArea, metric: MapMetric): HTMLElement {
  const box = el('div');
  const name = el('strong', area.name);
  name.lang = area.lang;
  box.append(name, el('span', metric.values[area.id]?.text ?? ''));
  return box;
}

/** Rebuilds the legend's lines for a metric. */
function renderLegend(fig: HTMLElement, metric: MapMetric) {
  const list = fig.querySelector('.map-legend ul');
  fig.querySelectorAll('.map-metric-label').forEach((n) => (n.textContent = metric.label));
  list?.replaceChildren(
    ...metric.legend.map((item: LegendItem) => {
      const li = el('li');
      const sw = el('span', undefined, swatchClass(item.fill, item.illustrative));
      sw.setAttribute('aria-hidden', 'true');
      li.append(sw, ' ', el('span', item.text));
      return li;
    }),
  );
}

/** Updates the list beside the map and the static SVG (kept for print) to a metric. */
function renderList(fig: HTMLElement, root: ParentNode, metric: MapMetric) {
  root.querySelectorAll<HTMLElement>('.map-list li[data-place]').forEach((li) => {
    const v = metric.values[li.dataset.place!];
    if (!v) return;
    li.querySelector('.map-swatch')!.className = swatchClass(v.fill, v.illustrative);
    const value = li.querySelector('.map-value')!;
    value.textContent = v.text;
    value.classList.toggle('is-illustrative', v.illustrative);
  });
  fig.querySelectorAll<SVGPathElement>('.map-svg path[data-place]').forEach((p) => {
    const v = metric.values[p.dataset.place!];
    if (v) p.setAttribute('fill', fillOf(v.fill, v.illustrative));
  });
}

/** Copies the static SVG's patterns into Leaflet's SVG under prefixed ids. */
function copyPatterns(from: SVGSVGElement, to: SVGSVGElement) {
  const defs = from.querySelector('defs')?.cloneNode(true) as SVGDefsElement | undefined;
  if (!defs) return;
  defs.querySelectorAll('[id]').forEach((n) => (n.id = PREFIX + n.id));
  to.prepend(defs);
}

/** The metric shown now: the select changes it, tooltips and labels read it. */
type Shown = { metric: MapMetric };

/** A Leaflet map on a new container in the frame, fitted to the box, with tiles if configured. */
function createMap(fig: HTMLElement, frame: HTMLElement, bounds: L.LatLngBounds) {
  const container = el('div', undefined, 'map-leaflet');
  frame.append(container);
  const map = L.map(container, {
    zoomSnap: 0,
    zoomDelta: 0.5,
    attributionControl: false,
    scrollWheelZoom: false,
    renderer: L.svg(),
    minZoom: 3,
    maxZoom: 18,
  });
  map.fitBounds(bounds, { animate: false });
  map.on('resize', () => map.fitBounds(bounds, { animate: false }));
  if (fig.dataset.tiles) {
    L.tileLayer(fig.dataset.tiles, { maxZoom: 18 }).addTo(map);
    if (fig.dataset.tilesAttribution)
      fig.querySelector('.map-attribution')?.append(' · ', fig.dataset.tilesAttribution);
  }
  return { map, container };
}

/** An area's style under a metric; the selected place has a heavier black outline. */
function styleOf(metric: MapMetric, id: string, selected: string | undefined): L.PathOptions {
  const v = metric.values[id];
  const isSel = id === selected;
  return {
    fillColor: fillOf(v?.fill ?? 'none', v?.illustrative ?? false, PREFIX),
    fillOpacity: 1,
    color: isSel ? '#000000' : STROKE,
    weight: isSel ? 3 : 1,
    lineJoin: 'round',
  };
}

/** Adds the areas of the topology to the map; returns each area's layer by place id. */
function addAreas(map: L.Map, data: MapData, shown: Shown, selected: string | undefined) {
  const layers = new Map<string, L.Path>();
  const topo = data.topology;
  const fc = feature(topo, topo.objects.areas as GeometryCollection) as FeatureCollection<Geometry>;
  L.geoJSON(fc, {
    style: (f) => styleOf(shown.metric, String(f?.id), selected),
    onEachFeature: (f, layer) => layers.set(String(f.id), layer as L.Path),
  }).addTo(map);
  return layers;
}

/** Makes one area a focusable link with a tooltip, hover and keyboard handling. */
function wireArea(
  area: MapArea,
  layer: L.Path,
  layers: Map<string, L.Path>,
  shown: Shown,
  selected: string | undefined,
) {
  const id = area.id;
  const path = layer.getElement() as SVGPathElement;
  path.setAttribute('tabindex', '0');
  path.setAttribute('role', 'link');
  path.dataset.place = id;
  const label = () => path.setAttribute('aria-label', `${area.name}: ${shown.metric.values[id]?.text ?? ''}`);
  label();
  layer.bindTooltip(() => tooltip(area, shown.metric), {
    sticky: true,
    className: 'map-tip',
    direction: 'top',
  });
  const go = () => location.assign(area.href);
  const on = () => {
    path.classList.add('is-active');
    layer.bringToFront();
  };
  const off = () => {
    path.classList.remove('is-active');
    if (selected) layers.get(selected)?.bringToFront();
  };
  layer.on({ mouseover: on, mouseout: off, click: go });
  path.addEventListener('focus', () => {
    // Not on(): bringing the focused path to the front re-inserts it, which drops focus and reorders Tab.
    path.classList.add('is-active');
    layer.openTooltip((layer as L.Polygon).getCenter());
  });
  path.addEventListener('blur', () => {
    off();
    layer.closeTooltip();
  });
  path.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') go();
  });
  path.addEventListener('labelupdate', label);
}

/** Hides the static SVG under Leaflet's, keeping its patterns and the keyboard user's place. */
function coverStatic(svg: SVGSVGElement, container: HTMLElement, layers: Map<string, L.Path>) {
  const leafletSvg = container.querySelector('svg');
  if (leafletSvg) copyPatterns(svg, leafletSvg);
  // A keyboard user on a static area when Leaflet takes over stays on that area, not lost to <body>.
  const focusedId = svg.contains(document.activeElement)
    ? document.activeElement?.querySelector<SVGPathElement>('path[data-place]')?.dataset.place
    : undefined;
  svg.classList.add('is-covered');
  svg.setAttribute('aria-hidden', 'true');
  svg.querySelectorAll('a').forEach((a) => a.setAttribute('tabindex', '-1'));
  if (focusedId) (layers.get(focusedId)?.getElement() as SVGElement | undefined)?.focus();
}

/** The metric select re-colours the areas, their labels, the legend and the list. */
function wireSelect(
  fig: HTMLElement,
  data: MapData,
  layers: Map<string, L.Path>,
  shown: Shown,
  selected: string | undefined,
) {
  const select = fig.querySelector<HTMLSelectElement>('select.map-metric');
  select?.addEventListener('change', () => {
    shown.metric = data.metrics.find((m) => m.id === select.value) ?? shown.metric;
    for (const [id, layer] of layers) {
      layer.setStyle(styleOf(shown.metric, id, selected));
      layer.getElement()?.dispatchEvent(new Event('labelupdate'));
    }
    renderLegend(fig, shown.metric);
    renderList(fig, fig.parentElement ?? fig, shown.metric);
    performance.mark('map-recoloured');
  });
}

let stylesheet: Promise<void> | undefined;

/** Leaflet's stylesheet, linked once and loaded before any map is built (so nothing shifts). */
function leafletStyles(): Promise<void> {
  stylesheet ??= new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = leafletCssUrl;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`${leafletCssUrl}: not loaded`));
    document.head.append(link);
  });
  return stylesheet;
}

/** Builds the Leaflet map over a figure's static SVG map (src/client/map-loader.ts calls it). */
export async function enhance(fig: HTMLElement): Promise<void> {
  await leafletStyles();
  const frame = fig.querySelector<HTMLElement>('.map-frame');
  const svg = fig.querySelector<SVGSVGElement>('.map-svg');
  const res = await fetch(fig.dataset.mapSrc!);
  if (!frame || !svg || !res.ok) return;
  const data = (await res.json()) as MapData;
  const [w, s, e, n] = fig.dataset.box!.split(',').map(Number) as [number, number, number, number];
  const selected = fig.dataset.selected;
  const areas = new Map(data.areas.map((a) => [a.id, a]));
  const shown: Shown = { metric: data.metrics[0]! };

  const { map, container } = createMap(fig, frame, L.latLngBounds([s, w], [n, e]));
  const layers = addAreas(map, data, shown, selected);
  for (const [id, layer] of layers) wireArea(areas.get(id)!, layer, layers, shown, selected);
  if (selected) layers.get(selected)?.bringToFront();
  coverStatic(svg, container, layers);
  wireSelect(fig, data, layers, shown, selected);
  const controls = fig.querySelector<HTMLElement>('.map-controls');
  // Its space is kept from the start (CSS), so showing it shifts nothing (CLS 0).
  if (controls) (controls.removeAttribute('data-pending'), (controls.inert = false));
  fig.dataset.ready = 'true';
  performance.mark('map-ready');
}
