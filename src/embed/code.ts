/**
 * Addresses of a chart's embed page and files, and the code a website pastes to embed it:
 * an `<iframe>` with a title and a fixed height, and an optional script that resizes it.
 */
import { type Locale, localeSegment } from '../i18n/locales.ts';

/** The embed page of a chart (latest snapshot): `/embed/en/fergana/ozbekiston/sector-2/chart-progress/`. */
export const embedPath = (locale: Locale, placePath: string, chartId: string) => `/embed/${localeSegment[locale]}/${placePath}/${chartId}/`;
/** The chart's CSV (the same for every locale). */
export const csvPath = (placeId: string, chartId: string) => `/charts/${placeId}/${chartId}.csv`;
/** The chart's standalone SVG, whose labels are in the locale. */
export const svgPath = (locale: Locale, placeId: string, chartId: string) => `/charts/${localeSegment[locale]}/${placeId}/${chartId}.svg`;

/** Type of the message an embed page posts to its parent with its height. */
export const RESIZE_MESSAGE = 'ochiq-sektor:height';
/** Largest height (px) the resize script sets, whatever a message says. */
export const MAX_HEIGHT = 3000;
/** Smallest height (px) it sets. */
export const MIN_HEIGHT = 150;

const escAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The `<iframe>` to paste: a title for screen readers, a fixed fallback height, sandboxed. */
export function iframeCode(o: { src: string; title: string; height: number; id: string }): string {
  return `<iframe id="${escAttr(o.id)}" src="${escAttr(o.src)}" title="${escAttr(o.title)}" width="100%" height="${Math.round(o.height)}" loading="lazy" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
}

/**
 * The optional resize script (a classic script, no dependencies): it accepts only messages
 * whose source is that iframe's window and of our type, and caps the height.
 */
export function resizeScript(iframeId: string): string {
  const id = JSON.stringify(iframeId).replace(/</g, '\\u003c');
  return `<script>(function(){var f=document.getElementById(${id});if(!f)return;window.addEventListener("message",function(e){var d=e.data;if(e.source!==f.contentWindow||!d||d.type!=="${RESIZE_MESSAGE}"||typeof d.height!=="number"||!isFinite(d.height))return;f.height=String(Math.min(${MAX_HEIGHT},Math.max(${MIN_HEIGHT},Math.ceil(d.height))));});})();</script>`;
}

/** A DOM id for a chart's frame on someone else's page, unique per place and chart. */
export const frameId = (placeId: string, chartId: string) => `ochiq-sektor-${placeId.replace(/[^A-Za-z0-9-]/g, '-')}-${chartId}`;
