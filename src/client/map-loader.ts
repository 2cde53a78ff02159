/**
 * The static SVG is a complete map, so Leaflet (its code and its stylesheet, about 45 KiB)
 * is only fetched and built when the map comes near the viewport or is focused: the first
 * paint waits for neither, and a page whose map is below the fold blocks no main thread.
 */
function enhanceWhenNear(fig: HTMLElement): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    seen.disconnect();
    import('./map.ts')
      .then((m) => m.enhance(fig))
      .catch(() => {
        // The static SVG stays: it is a complete map on its own.
      });
  };
  const seen = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), {
    rootMargin: '200px 0px',
  });
  seen.observe(fig);
  fig.addEventListener('focusin', start, { once: true });
}

document.querySelectorAll<HTMLElement>('figure[data-map-src]').forEach(enhanceWhenNear);

// A module, imported on demand by src/client/page.ts.
export {};
