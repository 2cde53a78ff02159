import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { DEMO } from '../playwright.config.ts';

const PAGES = ['', 'about/', 'a-z/', 'archive/2020-12-02/', 'fergana/', 'fergana/sector-2/', 'fergana/ozbekiston/', 'fergana/ozbekiston/sector-2/', 'fergana/ozbekiston/qaynar/'];

for (const seg of ['uz', 'uz-cyrl', 'ru', 'en']) {
  for (const path of PAGES) {
    test(`/${seg}/${path} has no WCAG 2.2 A/AA violation`, async ({ page }) => {
      await page.goto(`${DEMO}/${seg}/${path}`);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const found = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
      expect(found).toEqual([]);
    });
  }
}
