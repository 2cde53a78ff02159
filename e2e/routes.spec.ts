// Every route builder of src/site/routes.ts names a file the build wrote (checked on the demo build).
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DIR } from '../playwright.config.ts';
import * as r from '../src/site/routes.ts';

const exists = (url: string) => {
  const path = decodeURIComponent(url.split('#')[0]!);
  return existsSync(join(DEMO_DIR, path.endsWith('/') ? `${path}index.html` : path));
};

test('each route of the routes module is a file of the built site', () => {
  const tree = {
    path: (id: string) => ({ 'fa.ozbekiston.s2': 'fergana/ozbekiston/sector-2', sa: 'samarkand' })[id]!,
  } as Parameters<typeof r.placeUrl>[1];
  const urls = [
    r.homeUrl('uz-Cyrl'),
    r.aboutUrl('en'),
    r.azUrl('ru'),
    r.placeUrl('uz-Cyrl', tree, 'fa.ozbekiston.s2'),
    r.placeUrl('en', tree, 'sa'),
    r.archiveUrl('uz-Cyrl', '2020-12-02', 'key-figures'),
    r.feedUrl('ru'),
    r.embedUrl('uz-Cyrl', 'fergana/ozbekiston/sector-2', 'chart-progress'),
    r.pinnedEmbedUrl('uz-Cyrl', '2020-11-02', 'fergana/ozbekiston/sector-2'),
    r.chartSvgUrl('uz-Cyrl', 'fa.ozbekiston.s2', 'chart-progress'),
    r.chartCsvUrl('fa.ozbekiston.s2', 'chart-progress'),
    r.ogPngUrl('uz-Cyrl', 'fa.ozbekiston.s2'),
    r.ogSvgUrl('uz-Cyrl', '_home'),
    r.ogPngUrl('en', '_home'),
    r.mapDataUrl('uz-Cyrl', '_country'),
    r.mapDataUrl('en', 'fergana/ozbekiston'),
    r.searchIndexUrl('uz-Cyrl'),
    ...Object.values(r.apiUrl).filter((u) => typeof u === 'string'),
    r.apiUrl.place('fa.ozbekiston.s2'),
    r.apiUrl.snapshot('2020-12-02'),
    r.apiUrl.schema('api-coverage'),
    r.downloadUrl.placeCsv('fa.ozbekiston.s2'),
    r.downloadUrl.snapshotCsv('2020-12-02'),
    r.downloadUrl.snapshotJson('2020-12-02'),
    ...Object.values(r.downloadUrl).filter((u) => typeof u === 'string'),
  ];
  expect(urls.filter((u) => !exists(u))).toEqual([]);
});
