/**
 * The one script a site page loads. Its features (search, map, chart tooltips, copy and
 * PNG buttons) are fetched after the first paint: a module script the page names is
 * fetched at once and, on a short page, run before the first paint, which costs a mobile
 * first paint about 0.3 s per page (Lighthouse, `npm run bench`). Every feature is an
 * enhancement of HTML that is complete without it.
 */
function afterFirstPaint(run: () => void): void {
  // The frame callback runs before the first paint, the timeout after it.
  requestAnimationFrame(() => setTimeout(run, 0));
}

afterFirstPaint(() => {
  void import('./search.ts');
  if (document.querySelector('figure[data-map-src]')) void import('./map-loader.ts');
  if (document.querySelector('figure.chart')) {
    void import('./chart-tooltips.ts');
    void import('./png-download.ts');
  }
  if (document.querySelector('button.copy-cite')) void import('./copy.ts');
});
