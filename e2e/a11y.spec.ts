import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { DEMO } from '../playwright.config.ts';
import { watch } from './watch.ts';

/** One page of every type, by path after the locale: home, about, A–Z, archive, each kind of place. */
const PAGES = [
  '',
  'about/',
  'a-z/',
  'archive/2020-12-02/',
  'fergana/',
  'fergana/sector-2/',
  'fergana/ozbekiston/',
  'fergana/fergana-city/',
  'fergana/ozbekiston/sector-2/',
  'fergana/ozbekiston/qaynar/',
];

/** Embed pages (latest chart, pinned snapshot) and the not-found page, by full path. */
const OTHER = (seg: string) => [
  `/embed/${seg}/fergana/`,
  `/embed/${seg}/fergana/ozbekiston/sector-2/#chart-progress`,
  `/embed/${seg}/2020-12-02/fergana/ozbekiston/sector-2/`,
  `/${seg}/no-such-page/`,
];

for (const seg of ['uz', 'uz-cyrl', 'ru', 'en']) {
  for (const path of [...PAGES.map((p) => `/${seg}/${p}`), ...OTHER(seg)]) {
    test(`${path} has no WCAG 2.2 A/AA violation and no CSP violation`, async ({ page }) => {
      // axe walks every node: a district page has thousands.
      test.setTimeout(90_000);
      const w = await watch(page);
      const res = await page.goto(`${DEMO}${path}`);
      expect(res!.status()).toBe(path.includes('no-such-page') ? 404 : 200);
      // Let the map, the charts and the search box enhance the page before the audit.
      if (await page.locator('figure[data-map-src]').count()) {
        await page.locator('figure[data-map-src]').scrollIntoViewIfNeeded();
        await expect(page.locator('figure[data-map-src]')).toHaveAttribute('data-ready', 'true');
      }
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      const found = results.violations.map(
        (v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`,
      );
      expect(found).toEqual([]);
      await w.collect();
      expect(w.cspViolations).toEqual([]);
    });
  }
}
