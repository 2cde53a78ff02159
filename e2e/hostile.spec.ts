import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { HOSTILE, HOSTILE_DIR } from '../playwright.config.ts';
import { watch } from './watch.ts';

const PAYLOADS = ['<img src=x onerror=alert(1)>', '</script><script>alert(2)</script>', '<svg onload=alert(3)>', '" onmouseover="alert(4)" x="'];

/** Every page of the hostile build, from its sitemap. */
function pages(): string[] {
  const xml = readFileSync(`${HOSTILE_DIR}/sitemap-0.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

test('the hostile build has every page type', () => {
  const list = pages();
  expect(list).toContain('/uz/hostile/district/sector-1/');
  expect(list).toContain('/en/hostile/district/m1/');
  // Per locale: home, about, A–Z, one archive page, six places.
  expect(list.length).toBe(4 * (4 + 6));
});

for (const path of pages()) {
  test(`${path} shows hostile strings as text and runs no script`, async ({ page }) => {
    const w = await watch(page);
    await page.goto(`${HOSTILE}${path}`);
    // Give any injected handler a chance to fire.
    await page.mouse.move(10, 10);
    await page.locator('body').hover();
    await w.collect();
    expect(w.dialogs).toEqual([]);
    expect(w.cspViolations).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    // No element was made from a payload: no event handler, no injected image, bold or inline script.
    const injected = await page.evaluate(() =>
      [...document.querySelectorAll('*')].filter(
        (el) => [...el.attributes].some((a) => a.name.startsWith('on')) || el.matches('img[src="x"], b, script:not([src]), svg[onload]'),
      ).length,
    );
    expect(injected).toBe(0);
    const text = await page.locator('body').innerText();
    expect(PAYLOADS.some((p) => text.includes(p))).toBe(true);
  });
}

test('the hostile sector page shows the leader, quote and address exactly as written', async ({ page }) => {
  await page.goto(`${HOSTILE}/en/hostile/district/sector-1/`);
  const panel = page.locator('section[aria-labelledby="responsible"]');
  await expect(panel).toContainText('<svg onload=alert(3)>');
  await expect(panel).toContainText('" onmouseover="alert(4)" x="');
  await expect(panel.locator('q').first()).toHaveText('</script><script>alert(2)</script>');
});
