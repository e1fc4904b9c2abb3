// The referral directory in Chromium: the map by keyboard, and the postal-code box with
// JavaScript off (a plain GET form answered by the server).
const { test, expect } = require('@playwright/test');

test('the map is reached and followed by keyboard, each province a link that shows focus', async ({ page }) => {
  await page.goto('/en/directory/');
  const visited = [];
  // Tab until focus is inside the map, then through every province it holds.
  for (let i = 0; i < 200 && visited.length < 13; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || !el.closest('svg')) return null;
      const path = el.querySelector('path');
      return { label: el.getAttribute('aria-label'), href: el.getAttribute('href'), fill: getComputedStyle(path).fill };
    });
    if (focused) {
      visited.push(focused);
      // The focused province is filled with the focus colour, so a keyboard user sees it.
      expect(focused.fill).toBe('rgb(255, 221, 0)');
    } else if (visited.length) {
      break;
    }
  }
  expect(visited.map((v) => v.label)).toEqual(expect.arrayContaining(['Alberta', 'Ontario', 'Nunavut', 'Prince Edward Island']));
  expect(visited).toHaveLength(13);
  // Enter on a focused province opens its page.
  await page.goto('/en/directory/');
  const ontario = page.locator('svg a[aria-label="Ontario"]');
  await ontario.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/directory\/ontario\/$/);
  await expect(page.locator('h1')).toContainText('Ontario');
  // The same links exist as a list for screen readers and small screens.
  await page.goto('/en/directory/');
  await expect(page.locator('.dir-regions a')).toHaveCount(13);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a postal code opens its province; garbage gets a message and the box again', async ({ page }) => {
    await page.goto('/en/directory/');
    await page.getByLabel('Your postal code').fill(' t5j 2r7 ');
    await page.getByRole('button', { name: 'Find services' }).click();
    await expect(page).toHaveURL(/\/en\/directory\/alberta\/$/);
    await expect(page.locator('.dir-list')).toContainText("Alberta's One Line");
    await expect(page.locator('.dir-list')).toContainText('National');

    await page.getByLabel('Your postal code').fill('90210');
    await page.getByRole('button', { name: 'Find services' }).click();
    await expect(page.locator('#dir-postal-error')).toContainText('does not look like a Canadian postal code');
    await expect(page.getByLabel('Your postal code')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Your postal code')).toHaveValue('');
  });

  test('the Arabic box reads the code left to right and opens the territories for X', async ({ page }) => {
    await page.goto(`/ar/${encodeURIComponent('دليل-الخدمات')}/`);
    const box = page.locator('#dir-postal');
    await expect(box).toHaveAttribute('dir', 'ltr');
    await box.fill('X0A');
    await box.press('Enter');
    await expect(page.locator('h1')).toContainText('نونافوت');
  });
});

test('directory pages never scroll sideways at 360 px, in every locale', async ({ browser, baseURL, request }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const sitemap = await (await request.get('/sitemap.xml')).text();
  // A listing with long source addresses, in every locale (its sitemap entry's alternates).
  const entry = sitemap.split('<url>').find((u) => u.includes('/en/directory/canadian-centre-for-child-protection/</loc>'));
  const listings = [...entry.matchAll(/hreflang="[^"]+" href="https?:\/\/[^/]+([^"]+)"/g)].map((m) => m[1]);
  expect(listings).toHaveLength(8);
  for (const listing of listings) {
    const home = listing.replace(/[^/]+\/$/, '');
    const alberta = (await request.get(`${home}?postal=T5J`, { maxRedirects: 0 })).headers().location;
    for (const path of [home, alberta, listing]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${decodeURIComponent(path)} scrolls sideways`).toBeLessThanOrEqual(0);
    }
  }
  await context.close();
});
