// Data pages in Chromium: the bars are drawn from the reading side, so the Arabic table's
// bars are the mirror image of the English ones (read from screenshots, pixel by pixel).
const { test, expect } = require('@playwright/test');

/** The page of a locale's hotline figures, found through its home page's headline figure. */
async function figuresPage(page, locale) {
  await page.goto(`/${locale}/`);
  const href = await page.locator('.home-figure-headline a').getAttribute('href');
  await page.goto(href);
  return href;
}

/** Which pixel columns of a screenshot hold the bar's colour: [first, last, width]. */
async function filledColumns(browser, png) {
  // Decoded in a blank page of its own: no site CSP there to refuse a data: URL.
  const blank = await browser.newPage();
  const columns = await blank.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    const row = Math.floor(img.height / 2) * img.width * 4;
    const filled = [];
    for (let x = 0; x < img.width; x++) {
      const [r, g, b] = [data[row + x * 4], data[row + x * 4 + 1], data[row + x * 4 + 2]];
      if (r < 100 && g < 120 && b > 80) filled.push(x);
    }
    return [filled[0], filled[filled.length - 1], img.width];
  }, png.toString('base64'));
  await blank.close();
  return columns;
}

test('bars start at the reading side: Arabic mirrors English', async ({ page, browser }) => {
  const shots = {};
  for (const locale of ['en', 'ar']) {
    await figuresPage(page, locale);
    // The first row's cases: 1,500 of at most 2,311, so a bar shorter than its box.
    const bar = page.locator('.data-table tbody tr').first().locator('td').nth(1).locator('svg.bar');
    await expect(bar).toBeVisible();
    shots[locale] = await filledColumns(browser, await bar.screenshot());
  }
  const [enFirst, enLast, enWidth] = shots.en;
  const [arFirst, arLast, arWidth] = shots.ar;
  expect(enFirst, 'English bars start on the left').toBeLessThanOrEqual(1);
  expect(enLast, 'and stop short of the right').toBeLessThan(enWidth - 5);
  expect(arLast, 'Arabic bars start on the right').toBeGreaterThanOrEqual(arWidth - 2);
  expect(arFirst, 'and stop short of the left').toBeGreaterThan(4);
  // The same share of the box, mirrored.
  expect(Math.abs((enLast - enFirst) / enWidth - (arLast - arFirst) / arWidth)).toBeLessThan(0.05);
});

test('a data table fits a phone screen and downloads as CSV', async ({ browser, baseURL, request }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  for (const locale of ['en', 'fr', 'ar', 'uk']) {
    await figuresPage(page, locale);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${locale} scrolls sideways`).toBeLessThanOrEqual(0);
    const csv = await page.locator('.data-download a').getAttribute('href');
    const response = await request.get(csv);
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
    const body = await response.body();
    expect([...body.subarray(0, 3)], 'UTF-8 byte order mark').toEqual([0xef, 0xbb, 0xbf]);
  }
  await context.close();
});
