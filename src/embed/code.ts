/**
 * The code a website pastes to embed a chart (addresses are in src/site/routes.ts):
 * an `<iframe>` with a title and a fixed height, and an optional script that resizes it.
 */

/** Type of the message an embed page posts to its parent with its height. */
export const RESIZE_MESSAGE = 'ochiq-sektor:height';
/** Largest height (px) the resize script sets, whatever a message says. */
export const MAX_HEIGHT = 3000;
/** Smallest height (px) it sets. */
export const MIN_HEIGHT = 150;

const escAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The `<iframe>` to paste: a title for screen readers, a fixed fallback height, sandboxed. */
export function iframeCode(o: { src: string; title: string; height: number; id: string }): string {
  return `<iframe id="${escAttr(o.id)}" src="${escAttr(o.src)}" title="${escAttr(o.title)}" width="100%" height="${Math.round(o.height)}" loading="lazy" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
}

/**
 * The optional resize script (a classic script, no dependencies) for the frames with these
 * ids (the latest and the pinned code of a chart, whichever is on the page): a message
 * resizes only the frame whose window sent it, only if it is of our type, and the height
 * is capped.
 */
export function resizeScript(iframeIds: string | readonly string[]): string {
  const ids = JSON.stringify(typeof iframeIds === 'string' ? [iframeIds] : iframeIds).replace(
    /</g,
    '\\u003c',
  );
  return `<script>(function(){var ids=${ids};window.addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="${RESIZE_MESSAGE}"||typeof d.height!=="number"||!isFinite(d.height))return;ids.forEach(function(id){var f=document.getElementById(id);if(f&&e.source===f.contentWindow)f.height=String(Math.min(${MAX_HEIGHT},Math.max(${MIN_HEIGHT},Math.ceil(d.height))));});});})();</script>`;
}

/** A DOM id for a chart's frame on someone else's page, unique per place and chart. */
export const frameId = (placeId: string, chartId: string) =>
  `ochiq-sektor-${placeId.replace(/[^A-Za-z0-9-]/g, '-')}-${chartId}`;
/** The frame id of a chart pinned to a snapshot: not the latest one's, so both can be on one page. */
export const pinnedFrameId = (placeId: string, chartId: string, date: string) =>
  `${frameId(placeId, chartId)}-${date}`;
