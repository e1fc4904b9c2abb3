// Indicator guides: filters without JavaScript, print layout, and every locale at phone width.
const { test, expect } = require('@playwright/test');
const { locales, expectInFirstScreen } = require('./helpers');

/** Every guide linked from a locale's indicators index. */
async function guidesOf(page, indexPath) {
  await page.goto(indexPath);
  return page.$$eval('.page-list a', (as) => as.map((a) => new URL(a.href).pathname));
}

test('the indicators index filters by audience and setting with JavaScript off', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  const all = await guidesOf(page, '/en/indicators/');
  await page.locator('.filters a', { hasText: /^Workers$/ }).click();
  expect(new URL(page.url()).pathname).toBe('/en/indicators/for-workers/');
  await expect(page.locator('.filters a', { hasText: /^Workers$/ })).toHaveAttribute('aria-current', 'page');
  const workers = await page.$$eval('.page-list a', (as) => as.map((a) => new URL(a.href).pathname));
  expect(workers).toContain('/en/indicators/labour-trafficking/');
  expect(workers).not.toContain('/en/indicators/financial-signs/');
  expect(workers.length).toBeLessThan(all.length);
  // A setting filter, then back to all.
  await page.locator('.filters a', { hasText: /^Schools$/ }).click();
  expect(await page.$$eval('.page-list a', (as) => as.map((a) => new URL(a.href).pathname))).toEqual(['/en/indicators/schools/']);
  await page.locator('.filters a', { hasText: /^All guides$/ }).click();
  expect(new URL(page.url()).pathname).toBe('/en/indicators/');
  // The language switcher keeps the filter.
  await page.goto('/en/indicators/for-workers/');
  await page.locator('.languages a[hreflang="fr"]').click();
  expect(decodeURIComponent(new URL(page.url()).pathname)).toBe('/fr/indicateurs/pour-travailleuses-et-travailleurs/');
  await context.close();
});

test('guides show what you can do, the review date and the sources', async ({ page }) => {
  for (const index of ['/en/indicators/', '/fr/indicateurs/']) {
    for (const path of await guidesOf(page, index)) {
      await page.goto(path);
      await expect(page.locator('.guide-act h2'), path).toBeVisible();
      await expect(page.locator('.guide-note'), path).toBeVisible();
      await expect(page.locator('.guide-reviewed time'), path).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
      expect(await page.locator('.guide-sources li').count(), path).toBeGreaterThan(0);
    }
  }
});

test('print hides navigation and the exit, keeps the hotline, and fits two pages', async ({ page, request }) => {
  for (const index of ['/en/indicators/', '/fr/indicateurs/']) {
    for (const path of await guidesOf(page, index)) {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.site-nav')).toBeHidden();
      await expect(page.locator('a.quick-exit')).toBeHidden();
      await expect(page.locator('.languages')).toBeHidden();
      await expect(page.locator('main h1')).toBeVisible();
      // The hotline sits in the bottom margin of every printed page, from the locale's print sheet.
      const sheet = await page.locator('link[media="print"]').getAttribute('href');
      const css = await (await request.get(sheet)).text();
      expect(css).toContain('@bottom-center');
      expect(css).toContain('1-833-900-1010');
      for (const format of ['A4', 'Letter']) {
        const pdf = (await page.pdf({ format })).toString('latin1');
        const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
        expect(pages, `${path} on ${format}`).toBeLessThanOrEqual(2);
      }
      await page.emulateMedia({ media: 'screen' });
    }
  }
});

test('every locale at 360 px: no horizontal scroll; right-to-left locales mirror', async ({ browser, baseURL, request }) => {
  for (const locale of await locales(request)) {
    const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`/${locale}/`);
    const navigation = await page.$$eval('.site-nav a', (as) => as.map((a) => new URL(a.href).pathname));
    for (const path of [`/${locale}/`, ...navigation]) {
      await page.goto(path);
      const dir = await page.locator('html').getAttribute('dir');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      await expectInFirstScreen(page, page.locator('a.quick-exit'), `${locale} exit`);
      await expectInFirstScreen(page, page.locator('a.hotline-call'), `${locale} hotline`);
      const exit = await page.locator('a.quick-exit').boundingBox();
      const name = await page.locator('a.site-name').boundingBox();
      if (dir === 'rtl') expect(exit.x, 'exit on the left').toBeLessThan(name.x);
      else expect(exit.x, 'exit on the right').toBeGreaterThan(name.x);
    }
    await context.close();
  }
});
