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
    res.end(`<!DOCTYPE html><title>Partner</title><h1>A partner site</h1><iframe src="${badge}" title="Hotline" width="320" height="120"></iframe>`);
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
