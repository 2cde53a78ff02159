import { describe, it, expect } from 'vitest';
import {
  archiveUrl,
  chartCsvUrl,
  chartSvgUrl,
  embedUrl,
  feedUrl,
  mapDataUrl,
  ogPngUrl,
  pinnedEmbedUrl,
  searchIndexUrl,
  switchLocale,
} from './routes.ts';

describe('archiveUrl', () => {
  it('is the snapshot’s archive page in the locale, with the anchor if given', () => {
    expect(archiveUrl('uz-Cyrl', '2020-12-02', 'x')).toBe('/uz-cyrl/archive/2020-12-02/#x');
    expect(archiveUrl('en', '2020-12-02')).toBe('/en/archive/2020-12-02/');
  });
});

describe('pinnedEmbedUrl', () => {
  it('puts the snapshot date before the place, beside the latest embed page', () => {
    expect(pinnedEmbedUrl('uz-Cyrl', '2020-12-02', 'fergana/ozbekiston/sector-2')).toBe(
      '/embed/uz-cyrl/2020-12-02/fergana/ozbekiston/sector-2/',
    );
  });
});

describe('embedUrl', () => {
  it('is one page per place, at the chart given as its fragment', () => {
    expect(embedUrl('en', 'fergana/ozbekiston/sector-2', 'chart-progress')).toBe(
      '/embed/en/fergana/ozbekiston/sector-2/#chart-progress',
    );
    expect(embedUrl('ru', 'fergana')).toBe('/embed/ru/fergana/');
  });
});

describe('file routes', () => {
  it('puts the locale segment (uz-cyrl, not uz-Cyrl) in every localized file', () => {
    expect(chartSvgUrl('uz-Cyrl', 'fa.ozbekiston', 'chart-progress')).toBe(
      '/charts/uz-cyrl/fa.ozbekiston/chart-progress.svg',
    );
    expect(chartCsvUrl('fa.ozbekiston', 'chart-progress')).toBe('/charts/fa.ozbekiston/chart-progress.csv');
    expect(ogPngUrl('uz-Cyrl', '_home')).toBe('/og/uz-cyrl/_home.png');
    expect(mapDataUrl('uz-Cyrl', '_country')).toBe('/map/uz-cyrl/_country.json');
    expect(searchIndexUrl('uz-Cyrl')).toBe('/search/uz-cyrl.json');
    expect(feedUrl('uz-Cyrl')).toBe('/uz-cyrl/feed.xml');
  });
});

describe('switchLocale', () => {
  it('swaps the first path segment only', () => {
    expect(switchLocale('/uz/fergana/uz/', 'ru')).toBe('/ru/fergana/uz/');
  });
});
