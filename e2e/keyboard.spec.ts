/**
 * With the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows, +/−, Escape) a user reaches
 * and works the search, the map, its list, the charts and their Cite controls; every focused
 * element shows it has focus, and focus is never stuck or lost.
 */
import { test, expect, type Page } from '@playwright/test';
import { DEMO } from '../playwright.config.ts';

const DISTRICT = `${DEMO}/en/fergana/ozbekiston/`;
const SECTOR = `${DEMO}/en/fergana/ozbekiston/sector-2/`;

interface Focus {
  /** Stable per element for the page's life. */
  key: number;
  what: string;
  /** An outline or shadow, or for SVG areas a thick stroke. */
  ring: boolean;
  /** On screen: has a size and is not hidden. */
  shown: boolean;
}

/** What has focus (null for the body), and whether it shows it. */
function focused(page: Page): Promise<Focus | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const w = window as unknown as { __keys?: WeakMap<Element, number>; __n?: number };
    w.__keys ??= new WeakMap();
    if (!w.__keys.has(el)) w.__keys.set(el, (w.__n = (w.__n ?? 0) + 1));
    const cs = getComputedStyle(el);
    // Map areas show focus with a 3 px stroke (on the link's shape for the static SVG).
    const shape = el.matches('a.map-link') ? el.querySelector('path') : el;
    const stroke =
      shape instanceof SVGGeometryElement && parseFloat(getComputedStyle(shape).strokeWidth) >= 3;
    const ring =
      (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none' || stroke;
    const r = el.getBoundingClientRect();
    const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
    return {
      key: w.__keys.get(el)!,
      what: `${el.localName}.${el.getAttribute('class') ?? ''} "${label}"`,
      ring,
      shown: r.width > 0 && r.height > 0 && cs.visibility !== 'hidden',
    };
  });
}

/** Presses `key` until the focused element matches `selector`; every stop must show its focus. */
async function tabTo(page: Page, selector: string, key = 'Tab', max = 300): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (f) expect(f.ring && f.shown, `no visible focus on ${f.what}`).toBe(true);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} not reached in ${max} × ${key}`);
}

/** Waits until Leaflet has taken over the map. */
const mapReady = (page: Page) =>
  expect(page.locator('figure[data-map-src]')).toHaveAttribute('data-ready', 'true');

for (const [name, url] of [
  ['district', DISTRICT],
  ['mahalla', `${DEMO}/en/fergana/ozbekiston/qaynar/`],
]) {
  test(`on a ${name} page Tab visits every control once, each with a visible focus, and Shift+Tab comes back`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto(url!);
    await page.locator('figure[data-map-src]').scrollIntoViewIfNeeded();
    await mapReady(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    const forward: Focus[] = [];
    for (let i = 0; i < 800; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (!f) break; // past the last control: focus left the page, so nothing held it
      expect(f.ring && f.shown, `no visible focus on ${f.what}`).toBe(true);
      expect(
        forward.some((x) => x.key === f.key),
        `focus came back to ${f.what}: a trap`,
      ).toBe(false);
      forward.push(f);
    }
    expect(forward.length).toBeGreaterThan(30);
    expect(forward.length).toBeLessThan(800);
    for (const kind of [
      'input#search-input',
      'select.map-metric',
      '.leaflet-container',
      'path.leaflet-interactive',
      '.map-list a',
      'g.mark',
      'summary',
    ]) {
      expect(await page.locator(kind).count(), kind).toBeGreaterThan(0);
    }
    // Backwards from the end, the same stops in reverse order.
    const backward: (number | undefined)[] = [];
    for (let i = 0; i < forward.length; i++) {
      await page.keyboard.press('Shift+Tab');
      backward.push((await focused(page))?.key);
    }
    expect(backward).toEqual(forward.map((f) => f.key).reverse());
  });
}

test('search: Tab to the box, type a name, arrows move through results, Escape closes, Enter opens one', async ({
  page,
}) => {
  await page.goto(DISTRICT);
  await tabTo(page, 'input#search-input');
  await page.keyboard.type('qaynar');
  const input = page.locator('#search-input');
  const options = page.locator('#search-results [role="option"]');
  await expect(options.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(input).toHaveAttribute('aria-activedescendant', 'search-option-0');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  // The chosen result looks chosen: its background differs from the others'.
  const bg = (i: number) =>
    options
      .nth(i)
      .locator('a')
      .evaluate((a) => getComputedStyle(a).backgroundColor);
  if ((await options.count()) > 1) {
    await page.keyboard.press('ArrowDown');
    await expect(input).toHaveAttribute('aria-activedescendant', 'search-option-1');
    expect(await bg(1)).not.toBe(await bg(0));
    await page.keyboard.press('ArrowUp');
  }
  await expect(input).toHaveAttribute('aria-activedescendant', 'search-option-0');
  await page.keyboard.press('Escape');
  await expect(page.locator('#search-results')).toBeHidden();
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('qaynar');
  await page.keyboard.press('ArrowDown');
  await expect(input).toHaveAttribute('aria-activedescendant', 'search-option-0');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/fergana\/ozbekiston\/qaynar\/$/);
});

test('search: Tab leaves the open result list for the next control', async ({ page }) => {
  await page.goto(DISTRICT);
  await tabTo(page, 'input#search-input');
  await page.keyboard.type('qaynar');
  await expect(page.locator('#search-results [role="option"]').first()).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.locator('form.search button[type="submit"]')).toBeFocused();
});

test('map: change the metric, pan and zoom with keys, and open an area with Enter', async ({ page }) => {
  await page.goto(DISTRICT);
  await mapReady(page);
  const select = page.locator('select.map-metric');
  await tabTo(page, 'select.map-metric');
  const before = await select.inputValue();
  const label = await page.locator('.map-legend .map-metric-label').textContent();
  await page.keyboard.press('ArrowDown');
  await expect(select).not.toHaveValue(before);
  await expect(page.locator('.map-legend .map-metric-label')).not.toHaveText(label!);

  await tabTo(page, '.leaflet-container');
  const box = () =>
    page
      .locator('.map-leaflet path.leaflet-interactive')
      .first()
      .evaluate((p) => p.getBoundingClientRect().toJSON() as DOMRect);
  // One zoom step is half a level: √2 wider, then back. Leaflet drops a zoom asked for
  // while one is animating, so each waits for the map pane to finish.
  const pane = page.locator('.leaflet-map-pane');
  const start = await box();
  await page.keyboard.press('+');
  await expect.poll(async () => (await box()).width).toBeGreaterThan(start.width * 1.35);
  await expect(pane).not.toHaveClass(/leaflet-zoom-anim/);
  await page.keyboard.press('-');
  await expect.poll(async () => (await box()).width).toBeLessThan(start.width * 1.05);
  await expect(pane).not.toHaveClass(/leaflet-zoom-anim/);
  const zoomedBack = await box();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await box()).x).not.toBe(zoomedBack.x);

  await tabTo(page, 'path.leaflet-interactive');
  const area = page.locator('path.leaflet-interactive:focus');
  const name = (await area.getAttribute('aria-label'))!.split(':')[0]!;
  await expect(page.locator('.leaflet-tooltip.map-tip strong')).toHaveText(name);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/fergana\/ozbekiston\/sector-\d\/$/);
  await expect(page.locator('h1')).toContainText(name);
});

test('map: the list beside it reaches every area, and Enter follows one', async ({ page }) => {
  await page.goto(DISTRICT);
  await mapReady(page);
  await tabTo(page, '.map-list a');
  const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
  expect(await page.locator('.map-list a').count()).toBe(
    await page.locator('.map-leaflet path.leaflet-interactive').count(),
  );
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('map: focus on a static area stays on that area when Leaflet takes over', async ({ page }) => {
  // Hold the map data back so that the keyboard reaches the static SVG first.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/map/**/*.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(DISTRICT);
  await tabTo(page, 'a.map-link');
  const place = await page.evaluate(() =>
    document.activeElement!.querySelector('path')!.getAttribute('data-place'),
  );
  release();
  await mapReady(page);
  await expect(page.locator(`.map-leaflet path[data-place="${place}"]`)).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await focused(page)).not.toBeNull();
});

test('charts: arrows move between marks with their tooltip, Escape hides it, Cite opens with Enter and Space', async ({
  page,
}) => {
  await page.goto(SECTOR);
  await tabTo(page, 'figure.chart g.mark');
  const figure = page.locator('figure.chart', { has: page.locator('g.mark:focus') });
  const id = await figure.getAttribute('id');
  const tip = figure.locator('.chart-tip');
  await expect(tip).toBeVisible();
  const first = await page.locator('g.mark:focus').getAttribute('aria-label');
  expect((await tip.textContent())!.slice(0, 40)).toBe(first!.slice(0, 40));
  if ((await figure.locator('g.mark[tabindex]').count()) > 1) {
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('g.mark:focus')).not.toHaveAttribute('aria-label', first!);
    await expect(tip).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();

  // The numbers as a table, and the Cite control, in the same figure.
  await tabTo(page, `#${id} details.chart-data > summary`);
  if (!(await page.locator(`#${id} details.chart-data`).evaluate((d) => (d as HTMLDetailsElement).open)))
    await page.keyboard.press('Enter');
  await expect(page.locator(`#${id} table.chart-table`)).toBeVisible();
  await tabTo(page, `#${id} details.cite-control > summary`);
  const cite = page.locator(`#${id} details.cite-control`);
  await page.keyboard.press('Enter');
  await expect(cite).toHaveAttribute('open', '');
  await expect(cite.locator('.cite-text, .cite-refused')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(cite).not.toHaveAttribute('open', '');
});
