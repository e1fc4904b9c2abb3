// The bilingual site: homes, the language switcher, localised 404 pages.
const { test, expect } = require('@playwright/test');

test('home in English and French with the right lang and dir', async ({ page }) => {
  for (const [path, lang] of [['/en/', 'en'], ['/fr/', 'fr']]) {
    const response = await page.goto(path);
    expect(response.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('a[href="tel:+18339001010"]').first()).toBeVisible();
  }
});

test('the root sends a French browser to /fr/', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'fr-CA', baseURL });
  const page = await context.newPage();
  await page.goto('/');
  expect(new URL(page.url()).pathname).toBe('/fr/');
  await context.close();
});

test('the language switcher keeps you on the same page', async ({ page }) => {
  await page.goto('/en/indicators/labour-trafficking/');
  await page.locator('.languages a[hreflang="fr"]').click();
  expect(new URL(page.url()).pathname).toBe('/fr/indicateurs/traite-a-des-fins-de-travail-force/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.locator('.languages a[hreflang="en"]').click();
  expect(new URL(page.url()).pathname).toBe('/en/indicators/labour-trafficking/');
});

test('a 404 in each language, with the hotline and the exit', async ({ page }) => {
  for (const [path, lang, words] of [['/en/no-such-page/', 'en', 'Page not found'], ['/fr/page-inexistante/', 'fr', 'Page introuvable']]) {
    const response = await page.goto(path);
    expect(response.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('h1')).toHaveText(words);
    await expect(page.locator('a.quick-exit')).toBeVisible();
    await expect(page.locator('a[href="tel:+18339001010"]').first()).toBeVisible();
  }
});
