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
