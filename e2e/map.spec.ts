import { test, expect, type Page, type Locator } from '@playwright/test';
import { DEMO, HOSTILE, NOBOUNDS } from '../playwright.config.ts';
import { watch } from './watch.ts';

// Leaflet is built when the map nears the viewport, so bring it there first.
const ready = async (page: Page) => {
  await page.locator('figure[data-map-src]').scrollIntoViewIfNeeded();
  await page.locator('figure[data-ready="true"]').waitFor();
};
const leafletArea = (page: Page, id: string) => page.locator(`.map-leaflet path[data-place="${id}"]`);

/** A point inside an SVG path's fill, in page coordinates (its box centre may lie outside). */
async function pointInside(path: Locator): Promise<{ x: number; y: number }> {
  return path.evaluate((el: SVGPathElement) => {
    const box = el.getBBox();
    const ctm = el.getScreenCTM()!;
    for (let i = 1; i < 20; i++) {
      for (let j = 1; j < 20; j++) {
        const p = new DOMPoint(box.x + (box.width * i) / 20, box.y + (box.height * j) / 20);
        if (!el.isPointInFill(p)) continue;
        const s = p.matrixTransform(ctm);
        if (document.elementFromPoint(s.x, s.y) === el) return { x: s.x, y: s.y };
      }
    }
    throw new Error('no point inside');
  });
}

/** The colour an SVG fill shows: its own, or the background of the pattern it names. */
async function fillColour(path: Locator): Promise<string> {
  return path.evaluate((el) => {
    const fill = el.getAttribute('fill')!;
    const id = /^url\(#(.+)\)$/.exec(fill)?.[1];
    return id ? document.getElementById(id)!.querySelector('rect')!.getAttribute('fill')! : fill;
  });
}

const hex = (rgb: string) =>
  `#${rgb
    .match(/\d+/g)!
    .slice(0, 3)
    .map((n) => Number(n).toString(16).padStart(2, '0'))
    .join('')}`;

test.describe('the place map with JavaScript', () => {
  test('a region page draws one focusable path per district and city, with no request off localhost', async ({
    page,
  }) => {
    const w = await watch(page);
    await page.goto(`${DEMO}/en/fergana/`);
    await ready(page);
    await w.collect();
    expect(w.foreignRequests).toEqual([]);
    expect(w.cspViolations).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    await expect(page.locator('.map-leaflet path[data-place]')).toHaveCount(19);
    await expect(page.locator('.map-svg path.map-area')).toHaveCount(19);
    await expect(page.locator('.map-list li')).toHaveCount(19);
    await expect(leafletArea(page, 'fa.sox')).toHaveAttribute('tabindex', '0');
    await expect(page.locator('.map-leaflet img')).toHaveCount(0);
    await expect(page.locator('.map-attribution')).toHaveText(
      'Boundaries: OCHA ROCCA / geoBoundaries (CC BY 3.0 IGO)',
    );
  });

  test("a district's colour is the colour of its value's class in the legend", async ({ page }) => {
    await page.goto(`${DEMO}/en/fergana/`);
    await ready(page);
    const value =
      Number(
        (await page.locator('.map-list li[data-place="fa.ozbekiston"] .map-value').innerText()).replace(
          '%',
          '',
        ),
      ) / 100;
    const items = await page.locator('.map-legend li').evaluateAll((lis) =>
      lis.map((li) => ({
        text: li.textContent!.trim(),
        bg: getComputedStyle(li.querySelector('.map-swatch')!).backgroundColor,
      })),
    );
    const pct = (s: string) => Number(s.replace('%', '')) / 100;
    const match = items.find(({ text }) => {
      const below = /^below ([\d.]+%)$/.exec(text);
      const range = /^([\d.]+%) to ([\d.]+%)$/.exec(text);
      const above = /^([\d.]+%) or more$/.exec(text);
      if (below) return value < pct(below[1]!);
      if (range) return value >= pct(range[1]!) && value < pct(range[2]!);
      return above ? value >= pct(above[1]!) : false;
    });
    expect(match, `a legend class for ${value}`).toBeDefined();
    expect(await fillColour(leafletArea(page, 'fa.ozbekiston'))).toBe(hex(match!.bg));
    expect(await fillColour(page.locator('.map-svg path[data-place="fa.ozbekiston"]'))).toBe(hex(match!.bg));
  });

  test('the static map and Leaflet draw an area in the same place, so nothing jumps', async ({ page }) => {
    await page.goto(`${DEMO}/en/fergana/`);
    await ready(page);
    const a = await page.locator('.map-svg path[data-place="fa.quva"]').boundingBox();
    const b = await leafletArea(page, 'fa.quva').boundingBox();
    for (const k of ['x', 'y', 'width', 'height'] as const)
      expect(Math.abs(a![k] - b![k]), k).toBeLessThan(2);
  });

  test('hovering shows the name and value as text; a click opens the place', async ({ page }) => {
    await page.goto(`${DEMO}/en/fergana/`);
    await ready(page);
    const p = await pointInside(leafletArea(page, 'fa.ozbekiston'));
    await page.mouse.move(p.x, p.y);
    await expect(page.locator('.leaflet-tooltip.map-tip strong')).toHaveText('Oʻzbekiston District');
    await page.mouse.click(p.x, p.y);
    await expect(page).toHaveURL(`${DEMO}/en/fergana/ozbekiston/`);
  });

  test('a multi-part district is one path and one place', async ({ page }) => {
    await page.goto(`${DEMO}/ru/fergana/`);
    await ready(page);
    const d = await leafletArea(page, 'fa.fargona').getAttribute('d');
    expect(d!.match(/M/g)!.length).toBeGreaterThan(1);
    await expect(page.locator('.map-leaflet path[data-place="fa.fargona"]')).toHaveCount(1);
  });

  test('focus shows the tooltip and Enter opens the sector', async ({ page }) => {
    await page.goto(`${DEMO}/uz/fergana/ozbekiston/`);
    await ready(page);
    await expect(page.locator('.map-leaflet path[data-place]')).toHaveCount(4);
    await leafletArea(page, 'fa.ozbekiston.s2').focus();
    await expect(page.locator('.leaflet-tooltip.map-tip')).toContainText('2-sektor');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${DEMO}/uz/fergana/ozbekiston/sector-2/`);
    await ready(page);
    await expect(page.locator('.map-leaflet path[data-place]')).toHaveCount(
      await page.locator('#children + .table-wrap tbody tr').count(),
    );
  });

  test("a mahalla page shows its sector's mahallas with itself outlined", async ({ page }) => {
    await page.goto(`${DEMO}/en/fergana/ozbekiston/qaynar/`);
    await ready(page);
    const self = leafletArea(page, 'fa.ozbekiston.qaynar');
    await expect(self).toHaveAttribute('stroke', '#000000');
    await expect(self).toHaveAttribute('stroke-width', '3');
    await expect(page.locator('.map-list li.is-selected a')).toHaveText('Qaynar');
    await expect(page.locator('.map-note')).toContainText('illustrative areas');
  });

  test('choosing another metric re-colours the map, the legend and the list', async ({ page }) => {
    await page.goto(`${DEMO}/en/fergana/`);
    await ready(page);
    const before = await page.locator('.map-list li[data-place="fa.quva"] .map-value').innerText();
    await page.locator('select.map-metric').selectOption('population');
    await expect(page.locator('.map-legend .map-metric-label')).toHaveText('Population');
    const after = await page.locator('.map-list li[data-place="fa.quva"] .map-value').innerText();
    expect(after).not.toBe(before);
    expect(after).toMatch(/^[\d,]+\+?$/);
    const swatch = await page
      .locator('.map-list li[data-place="fa.quva"] .map-swatch')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await fillColour(leafletArea(page, 'fa.quva'))).toBe(hex(swatch));
  });
});

test.describe('the place map without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the static SVG map is there, coloured, with links, legend and attribution', async ({ page }) => {
    await page.goto(`${DEMO}/ru/fergana/ozbekiston/sector-2/`);
    const paths = page.locator('.map-svg path.map-area');
    await expect(paths).toHaveCount(await page.locator('#children + .table-wrap tbody tr').count());
    await expect(page.locator('.map-svg')).toBeVisible();
    await expect(page.locator('.map-controls')).toBeHidden();
    await expect(page.locator('.map-svg a[href="/ru/fergana/ozbekiston/qaynar/"] path')).toHaveCount(1);
    await expect(page.locator('.map-legend li').first()).toBeVisible();
    await expect(page.locator('.map-attribution')).toHaveText(
      'Границы: OCHA ROCCA / geoBoundaries (CC BY 3.0 IGO)',
    );
    await expect(page.locator('.map-note')).toContainText('иллюстративные области');
  });
});

test('a place without boundaries in the hostile build says so, as text', async ({ page }) => {
  await page.goto(`${HOSTILE}/en/hostile/`);
  await expect(page.locator('.map-missing')).toHaveText(
    'No boundaries are known for these places, so the map cannot be drawn.',
  );
});

test.describe('a build without boundaries', () => {
  // Served by playwright.config.ts from the BOUNDARIES=none build that `npm run test:e2e` makes.
  for (const [seg, text] of [
    ['en', 'Boundaries are not installed'],
    ['uz', 'Chegaralar oʻrnatilmagan'],
    ['uz-cyrl', 'Чегаралар ўрнатилмаган'],
    ['ru', 'Границы не установлены'],
  ]) {
    test(`says in ${seg} that boundaries are not installed and how to install them`, async ({ page }) => {
      const w = await watch(page);
      await page.goto(`${NOBOUNDS}/${seg}/fergana/ozbekiston/`);
      await expect(page.locator('.map-missing')).toContainText(text!);
      await expect(page.locator('.map-missing')).toContainText('npm run boundaries -- <');
      await expect(page.locator('.map-svg')).toHaveCount(0);
      await w.collect();
      expect(w.consoleErrors).toEqual([]);
    });
  }
});
