// No trace: no cookies, no storage, no request leaving the origin, on every page of every locale.
const { test, expect } = require('@playwright/test');
const { guardOrigin } = require('./helpers');

test('a crawl of every page: zero third-party requests, zero cookies, no storage', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const { leaks } = await guardOrigin(context, baseURL);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`); });
  const origin = new URL(baseURL).origin;
  const seen = new Set();
  const queue = ['/'];
  while (queue.length) {
    const path = queue.shift();
    if (seen.has(path)) continue;
    seen.add(path);
    await page.goto(path);
    const links = await page.$$eval('a[href]', (as) => as.map((a) => a.href));
    for (const href of links) {
      const url = new URL(href);
      if (url.origin === origin && !seen.has(url.pathname)) queue.push(url.pathname);
    }
    const storage = await page.evaluate(() => localStorage.length + sessionStorage.length);
    expect(storage, path).toBe(0);
    const workers = await page.evaluate(async () => (navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0));
    expect(workers, path).toBe(0);
  }
  expect(seen.size).toBeGreaterThan(20);
  expect(await context.cookies()).toEqual([]);
  expect(leaks).toEqual([]);
  expect(errors).toEqual([]);
  console.log(`crawled ${seen.size} pages: 0 third-party requests, 0 cookies`);
  await context.close();
});
