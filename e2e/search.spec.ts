import { test, expect, type Page } from '@playwright/test';
import { DEMO } from '../playwright.config.ts';
import { watch } from './watch.ts';

const QUERIES = ['Қайнар', 'Qaynar', 'kaynar', 'Кайнар'];

async function firstResult(page: Page, query: string) {
  const input = page.locator('#search-input');
  await input.fill(query);
  const first = page.locator('#search-results [role="option"]').first();
  await expect(first).toBeVisible();
  return first;
}

for (const seg of ['uz', 'ru']) {
  test(`from /${seg}/ every spelling of Qaynar finds Qaynar MFY first, with where it is`, async ({
    page,
  }) => {
    const w = await watch(page);
    await page.goto(`${DEMO}/${seg}/`);
    for (const q of QUERIES) {
      const first = await firstResult(page, q);
      await expect(first.locator('a')).toHaveAttribute('href', `/${seg}/fergana/ozbekiston/qaynar/`);
      await expect(first).toContainText(seg === 'ru' ? 'Кайнар' : 'Qaynar');
      await expect(first).toContainText(seg === 'ru' ? 'Сектор 2' : '2-sektor');
      await expect(first).toContainText(seg === 'ru' ? 'Узбекистанский район' : 'Oʻzbekiston tumani');
    }
    await w.collect();
    expect(w.consoleErrors).toEqual([]);
    expect(w.cspViolations).toEqual([]);
    // The index is the site's own file, fetched once.
    expect(w.foreignRequests).toEqual([]);
    const timing = await page.evaluate(() =>
      performance.getEntriesByName('search-results').map((e) => Math.round(e.duration)),
    );
    test.info().annotations.push({ type: 'keystroke-to-results-ms', description: timing.join(', ') });
    console.log(`search /${seg}/: keystroke to results (ms): ${timing.join(', ')}`);
  });
}

test('search works with the keyboard alone', async ({ page }) => {
  await page.goto(`${DEMO}/en/fergana/`);
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.id === 'search-input')) break;
  }
  const input = page.getByRole('combobox', { name: 'Find your mahalla or district' });
  await expect(input).toBeFocused();
  await page.keyboard.type('navbahor');
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('status')).toContainText('found');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const second = page.locator('#search-results [role="option"]').nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', 'search-option-1');
  await page.keyboard.press('Escape');
  await expect(page.locator('#search-results')).toBeHidden();
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await expect(input).toHaveValue('navbahor');
  // Down arrow reopens the list on its first result; Enter opens that place.
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#search-results')).toBeVisible();
  const first = page.locator('#search-results [role="option"]').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  const href = await first.locator('a').getAttribute('href');
  await page.keyboard.press('Enter');
  await page.waitForURL(`${DEMO}${href}`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search box leads to an A–Z list of places per district', async ({ page }) => {
    await page.goto(`${DEMO}/uz/`);
    await page.getByRole('searchbox').fill('Qaynar');
    await page.getByRole('button', { name: 'Topish' }).click();
    await expect(page).toHaveURL(/\/uz\/a-z\/\?q=Qaynar$/);
    await expect(page.locator('h1')).toHaveText('Barcha joylar (A–Z)');
    const district = page.locator('section.az-district', {
      has: page.locator('h3', { hasText: 'Oʻzbekiston tumani' }),
    });
    await expect(district.getByRole('link', { name: 'Qaynar' })).toHaveAttribute(
      'href',
      '/uz/fergana/ozbekiston/qaynar/',
    );
    // One section per district and city of the country, with or without mahallas listed.
    expect(await page.locator('section.az-district').count()).toBe(206);
  });
});
