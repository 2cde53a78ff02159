import { test, expect } from '@playwright/test';
import { DEMO } from '../playwright.config.ts';
import { watch } from './watch.ts';

const LOCALES = [
  { seg: 'uz', lang: 'uz' },
  { seg: 'uz-cyrl', lang: 'uz-Cyrl' },
  { seg: 'ru', lang: 'ru' },
  { seg: 'en', lang: 'en' },
];
const PAGES = {
  home: '',
  about: 'about/',
  region: 'fergana/',
  district: 'fergana/ozbekiston/',
  city: 'fergana/kokand-city/',
  'region sector': 'fergana/sector-2/',
  sector: 'fergana/ozbekiston/sector-2/',
  mahalla: 'fergana/ozbekiston/qaynar/',
};

for (const { seg, lang } of LOCALES) {
  for (const [type, path] of Object.entries(PAGES)) {
    test(`${type} page in ${lang} loads cleanly and links to its other languages`, async ({ page }) => {
      const w = await watch(page);
      const res = await page.goto(`${DEMO}/${seg}/${path}`);
      expect(res?.status()).toBe(200);
      await w.collect();
      expect(w.consoleErrors).toEqual([]);
      expect(w.cspViolations).toEqual([]);
      expect(w.foreignRequests).toEqual([]);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveCount(1);
      // The page links to itself in each other language, and says which one it is in.
      for (const other of LOCALES) {
        if (other.seg === seg)
          await expect(page.locator('nav.langs [aria-current="page"]')).toHaveAttribute('lang', other.lang);
        else
          await expect(page.locator(`nav.langs a[hreflang="${other.lang}"]`)).toHaveAttribute(
            'href',
            `/${other.seg}/${path}`,
          );
      }
      // Every page of the demo says it is a demonstration with illustrative figures.
      await expect(page.locator('.banner')).toBeVisible();
    });
  }
}

test('a page paints from its HTML alone: styles inline, one script, the rest fetched after the first paint', async ({
  page,
  request,
}) => {
  for (const [type, path] of Object.entries(PAGES)) {
    const html = await (await request.get(`${DEMO}/en/${path}`)).text();
    // A stylesheet or script the HTML names is fetched before the first paint (Lighthouse LCP).
    expect(html.match(/<link[^>]+rel="stylesheet"/g) ?? [], type).toEqual([]);
    expect(html.match(/<script[^>]*\ssrc=/g) ?? [], type).toHaveLength(1);
    expect(html, type).toMatch(/<style>[\s\S]{1000,}?<\/style>/);
  }
  // The page is styled, and its features arrive: a map page builds Leaflet over its static map.
  await page.goto(`${DEMO}/en/${PAGES.district}`);
  await expect(page.locator('.visually-hidden').first()).toHaveCSS('position', 'absolute');
  await expect(page.locator('figure[data-map-src]')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('link[rel="stylesheet"][href*="leaflet"]')).toHaveCount(1);
});

test('the site root leads to the Uzbek home page', async ({ page }) => {
  await page.goto(`${DEMO}/`);
  await page.waitForURL(`${DEMO}/uz/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uz');
});

test('an unknown address answers 404 with a page', async ({ page }) => {
  const res = await page.goto(`${DEMO}/uz/fergana/atlantis/`);
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toBeVisible();
});

test('a district page links down to its sectors and its mahallas A–Z', async ({ page }) => {
  await page.goto(`${DEMO}/en/fergana/ozbekiston/`);
  await expect(page.locator('#children + .table-wrap a')).toHaveCount(4);
  await page.locator('#az + ul a', { hasText: 'Qaynar' }).click();
  await expect(page).toHaveURL(`${DEMO}/en/fergana/ozbekiston/qaynar/`);
  await expect(page.locator('h1')).toHaveText('Qaynar');
});

test('Uzbek pages write numbers and dates the Uzbek way', async ({ page }) => {
  await page.goto(`${DEMO}/uz/fergana/ozbekiston/sector-2/`);
  // Intl writes 62 000 with a no-break space in Uzbek.
  await expect(page.locator('#figure-population .value')).toHaveText('62\u00a0000+');
  await expect(page.locator('#figure-population time')).toHaveText('2-dekabr, 2020');
});

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const [type, path] of Object.entries(PAGES)) {
    for (const seg of ['uz-cyrl', 'ru']) {
      test(`the ${type} page in ${seg} does not scroll sideways`, async ({ page }) => {
        await page.goto(`${DEMO}/${seg}/${path}`);
        // Wide tables scroll inside their own box; the page itself must fit.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      });
    }
  }
});

test('Uzbek Latin pages use ʻ and ʼ, not typewriter apostrophes, inside words', async ({ page }) => {
  for (const path of Object.values(PAGES)) {
    await page.goto(`${DEMO}/uz/${path}`);
    const text = await page.locator('body').innerText();
    expect(text.match(/\p{L}['‘’`]\p{L}/gu) ?? [], path).toEqual([]);
  }
});
