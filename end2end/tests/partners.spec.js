// Partner material in the browser: the copy button copies the share text, and the badge
// renders inside an <iframe> on a page from another origin.
const http = require('http');
const { test, expect } = require('@playwright/test');

test('the copy button copies the share text', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/en/campaigns/');
  await page.locator('.page-list a').first().click();
  const button = page.locator('button[data-copy="share-short"]');
  await expect(button).toBeVisible();
  const text = await page.locator('#share-short').textContent();
  expect(text).toContain('1-833-900-1010');
  await button.click();
  await expect(button).toHaveText(await button.getAttribute('data-copied'));
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  await context.close();
});

test('without JavaScript the share text is plain, selectable text and no dead button shows', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/campaigns/');
  await page.locator('.page-list a').first().click();
  await expect(page.locator('#share-short')).toBeVisible();
  await expect(page.locator('button[data-copy]').first()).toBeHidden();
  await context.close();
});

test('the badge renders inside an iframe on another origin', async ({ page, baseURL }) => {
  const badge = `${baseURL}/embed/en/badge/`;
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!DOCTYPE html><title>Partner</title><h1>A partner site</h1><iframe src="${badge}" title="Hotline" width="320" height="160"></iframe>`);
  });
  await new Promise((resolve) => server.listen(0, 'localhost', resolve));
  const partner = `http://localhost:${server.address().port}/`;
  expect(new URL(partner).origin).not.toBe(new URL(baseURL).origin);
  try {
    await page.goto(partner);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('a.badge-call')).toHaveText(/1-833-900-1010/);
    await expect(frame.locator('a.badge-call')).toHaveAttribute('target', '_top');
    // An ordinary page of the site refuses to be framed.
    await page.setContent(`<iframe src="${baseURL}/en/" title="x"></iframe>`);
    await page.waitForTimeout(500);
    const framed = page.frames().find((f) => f.url().startsWith(`${baseURL}/en/`));
    const blocked = !framed || (await framed.locator('h1').count()) === 0;
    expect(blocked).toBe(true);
  } finally {
    server.close();
  }
});

test('every locale\'s badge fits the frame size its snippet gives, with 24 px targets', async ({ page }) => {
  await page.goto('/en/partners/');
  const snippets = await page.locator('pre.snippet code').allTextContents();
  const size = (style) => {
    const code = snippets.find((c) => c.includes(style === 'compact' ? '/badge/compact/' : '/badge/"'));
    const [, w, h] = code.match(/width="(\d+)" height="(\d+)"/);
    return { width: Number(w), height: Number(h) };
  };
  for (const style of ['full', 'compact']) {
    const viewport = size(style);
    await page.setViewportSize(viewport);
    for (const locale of ['en', 'fr', 'es', 'tl', 'zh-Hans', 'pa', 'ar', 'uk']) {
      await page.goto(`/embed/${locale}/badge/${style === 'compact' ? 'compact/' : ''}`);
      const fit = await page.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        width: document.documentElement.scrollWidth,
        targets: [...document.querySelectorAll('a')].map((a) => Math.round(a.getBoundingClientRect().height)),
      }));
      const where = `${locale} ${style} badge in ${viewport.width}x${viewport.height}`;
      expect(fit.height, where).toBeLessThanOrEqual(viewport.height);
      expect(fit.width, where).toBeLessThanOrEqual(viewport.width);
      for (const h of fit.targets) expect(h, where).toBeGreaterThanOrEqual(24);
    }
  }
});
