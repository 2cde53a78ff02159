import { test, expect } from '@playwright/test';
import { DEMO } from '../playwright.config.ts';

const SECTOR = `${DEMO}/en/fergana/ozbekiston/sector-2/`;

test('a sourced headline figure gives a citation with its date, publisher and a pinned link, and no made-up source link', async ({
  page,
}) => {
  await page.goto(SECTOR);
  const card = page.locator('#figure-iron_lifted');
  await card.locator('summary', { hasText: 'Cite' }).click();
  const text = (await card.locator('.cite-text').textContent())!;
  expect(text).toContain('660');
  expect(text).toContain('December 2, 2020');
  expect(text).toContain('Fergana Regional Administration');
  expect(text).toContain('«Тажриба ва фикрлар алмашилди»');
  // The only address in it is the dashboard's own, pinned to the snapshot.
  const urls = text.match(/https?:\/\/\S+/g) ?? [];
  expect(urls).toHaveLength(1);
  // The site's own origin (SITE_URL), whatever port this test server has.
  const pinned = new URL(urls[0]!);
  expect(pinned.pathname + pinned.hash).toBe(
    '/en/archive/2020-12-02/#fa.ozbekiston.s2--iron_lifted--2020-12-02',
  );
  await page.goto(`${DEMO}${pinned.pathname}${pinned.hash}`);
  await expect(page.locator('[id="fa.ozbekiston.s2--iron_lifted--2020-12-02"] .value')).toHaveText('660');
});

test('a derived share cites the sourced figures it comes from', async ({ page }) => {
  await page.goto(SECTOR);
  const card = page.locator('#figure-iron_lifted_share');
  await card.locator('summary').click();
  await expect(card.locator('.cite-text')).toContainText('79.4%');
  await expect(card.locator('.cite-text')).toContainText('Computed by Ochiq Sektor');
  await expect(card.locator('.cite-text')).toContainText('Fergana Regional Administration');
});

test('an illustrative figure cannot be cited, and says why', async ({ page }) => {
  await page.goto(`${DEMO}/en/fergana/ozbekiston/qaynar/`);
  const card = page.locator('#figure-population');
  await card.locator('summary').click();
  await expect(card.locator('.cite-refused')).toContainText('cannot be cited');
  await expect(card.locator('.cite-text')).toHaveCount(0);
});

test('the copy button puts the citation on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: DEMO });
  await page.goto(SECTOR);
  const card = page.locator('#figure-iron_registered');
  await card.locator('summary').click();
  await card.getByRole('button', { name: 'Copy citation' }).click();
  await expect(card.getByRole('button', { name: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await card.locator('.cite-text').textContent());
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the citation is plain text to select, with no dead copy button', async ({ page }) => {
    await page.goto(SECTOR);
    const card = page.locator('#figure-iron_registered');
    await card.locator('summary').click();
    await expect(card.locator('.cite-text')).toContainText('831');
    await expect(card.getByRole('button')).toBeHidden();
  });
});

test('each locale has an Atom feed of snapshots, linked from every page, that parses', async ({ page }) => {
  for (const seg of ['uz', 'uz-cyrl', 'ru', 'en']) {
    await page.goto(`${DEMO}/${seg}/fergana/`);
    const href = await page
      .locator('link[rel="alternate"][type="application/atom+xml"]')
      .getAttribute('href');
    expect(href).toBe(`/${seg}/feed.xml`);
    const res = await page.request.get(`${DEMO}${href}`);
    expect(res.headers()['content-type']).toContain('application/atom+xml');
    const xml = await res.text();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const entries = [...doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry')];
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.namespaceURI,
        entries: entries.map((e) =>
          ['id', 'title', 'updated'].map(
            (n) => e.getElementsByTagNameNS('http://www.w3.org/2005/Atom', n)[0]?.textContent ?? '',
          ),
        ),
      };
    }, xml);
    expect(parsed.error).toBe(0);
    expect(parsed.root).toBe('http://www.w3.org/2005/Atom');
    expect(parsed.entries).toHaveLength(6);
    expect(parsed.entries[0]![2]).toBe('2020-12-02T00:00:00Z');
    for (const [id, title] of parsed.entries) expect(id && title).toBeTruthy();
  }
});

test('an archive page keeps the snapshot as published', async ({ page }) => {
  await page.goto(`${DEMO}/en/archive/2020-11-02/`);
  await expect(page.locator('h1')).toHaveText('Snapshot of November 2, 2020');
  await expect(page.locator('#sourced + p')).toContainText('no sourced values');
  await page.goto(`${DEMO}/en/archive/2020-12-02/`);
  await expect(page.locator('#sourced + .table-wrap tbody tr')).toHaveCount(7);
});
