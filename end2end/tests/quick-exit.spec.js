// Quick exit, as ../shared/spec/quick-exit.md lists its tests, in every locale of the site.
const { test, expect } = require('@playwright/test');
const { locales, guardOrigin, expectInFirstScreen } = require('./helpers');

const PHONE = { width: 360, height: 740 };

/** A fresh context whose exit destination is a local stub; returns the page and records. */
async function open(browser, baseURL, path, options = {}) {
  const context = await browser.newContext({ baseURL, viewport: PHONE, ...options });
  const guard = await guardOrigin(context, baseURL);
  const page = await context.newPage();
  await page.goto(path);
  const target = await page.locator('a.quick-exit').getAttribute('href');
  guard.exits.allowed = (url) => url.startsWith(target);
  return { context, page, guard, target };
}

async function expectExited(page, guard, target) {
  await page.waitForURL((url) => url.href.startsWith(target), { timeout: 5000 });
  await expect(page).toHaveTitle('Neutral stub');
  expect(guard.leaks).toEqual([]);
}

test('clicking the control ends on the neutral page, replacing the history entry', async ({ browser, baseURL, request }) => {
  for (const locale of await locales(request)) {
    const { context, page, guard, target } = await open(browser, baseURL, `/${locale}/`);
    await page.goto(`/${locale}/`); // a second entry, so Back has somewhere to go
    const before = await page.evaluate(() => history.length);
    await page.locator('a.quick-exit').click();
    await expectExited(page, guard, target);
    expect(await page.evaluate(() => history.length), locale).toBe(before);
    await page.goBack();
    // Back lands on the entry before the exited page (or nowhere), never on the exited page twice.
    expect(await page.evaluate(() => history.length)).toBe(before);
    await context.close();
  }
});

test('content is hidden before the navigation starts', async ({ browser, baseURL }) => {
  const { context, page, guard, target } = await open(browser, baseURL, '/en/indicators/');
  // A click listener added after the page's own runs in the same event dispatch, right
  // after the exit handler and before the browser sends the request for the destination:
  // it logs what an onlooker would see at that moment.
  let seen = null;
  page.on('console', (m) => { if (m.text().startsWith('probe:')) seen = JSON.parse(m.text().slice(6)); });
  await page.evaluate(() => {
    document.querySelector('a.quick-exit').addEventListener('click', () => {
      console.log('probe:' + JSON.stringify({
        body: getComputedStyle(document.body).display,
        title: document.title,
        icons: document.querySelectorAll("link[rel~='icon']").length,
      }));
    });
  });
  await page.locator('a.quick-exit').click();
  await expectExited(page, guard, target);
  await expect.poll(() => seen).toEqual({ body: 'none', title: 'Weather', icons: 0 });
  await context.close();
});

test('keyboard activation of the hidden second link', async ({ browser, baseURL }) => {
  const { context, page, guard, target } = await open(browser, baseURL, '/fr/');
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // the second exit link
  const focused = page.locator('a.quick-exit-skip');
  await expect(focused).toBeFocused();
  await expect(focused).toBeVisible();
  await page.keyboard.press('Enter');
  await expectExited(page, guard, target);
  await context.close();
});

test('Shift three times exits, in every locale, and presses are announced', async ({ browser, baseURL, request }) => {
  for (const locale of await locales(request)) {
    const { context, page, guard, target } = await open(browser, baseURL, `/${locale}/`);
    const status = page.locator('#quick-exit-status');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText(await status.getAttribute('data-press-1'));
    await page.keyboard.press('Shift');
    await expect(status).toHaveText(await status.getAttribute('data-press-2'));
    await page.keyboard.press('Shift');
    await expectExited(page, guard, target);
    await context.close();
  }
});

test('alternating left and right Shift counts', async ({ browser, baseURL }) => {
  const { context, page, guard, target } = await open(browser, baseURL, '/en/');
  await page.keyboard.press('ShiftLeft');
  await page.keyboard.press('ShiftRight');
  await page.keyboard.press('ShiftLeft');
  await expectExited(page, guard, target);
  await context.close();
});

test('without JavaScript the exit is a plain link that still works', async ({ browser, baseURL }) => {
  const { context, page, guard, target } = await open(browser, baseURL, '/en/safety/', { javaScriptEnabled: false });
  await page.locator('a.quick-exit').click();
  await expectExited(page, guard, target);
  await context.close();
});

test('two presses, or three spread over more than 5 s, do not exit', async ({ browser, baseURL }) => {
  const { context, page } = await open(browser, baseURL, '/en/');
  await page.clock.install();
  await page.reload();
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.clock.runFor(6000);
  await expect(page.locator('#quick-exit-status')).toHaveText(await page.locator('#quick-exit-status').getAttribute('data-expired'));
  await page.keyboard.press('Shift');
  await page.clock.runFor(5100);
  await page.keyboard.press('Shift');
  await page.clock.runFor(5100);
  await page.keyboard.press('Shift');
  await page.waitForTimeout(500);
  expect(new URL(page.url()).pathname).toBe('/en/');
  await context.close();
});

test('typing capitals (Shift as a modifier) does not exit', async ({ browser, baseURL }) => {
  const { context, page } = await open(browser, baseURL, '/en/');
  await page.locator('main').click();
  await page.keyboard.type('HELLO There ABC');
  for (const key of ['Shift+A', 'Shift+B', 'Shift+C']) await page.keyboard.press(key);
  await page.waitForTimeout(500);
  expect(new URL(page.url()).pathname).toBe('/en/');
  await context.close();
});

test('Shift pressed inside a text field (on-screen keyboards toggling case) does not exit', async ({ browser, baseURL }) => {
  const { context, page } = await open(browser, baseURL, '/en/');
  // Any text field: the search box in the header once it exists, else one added for the test.
  await page.evaluate(() => {
    if (!document.querySelector('input[type=search], input[type=text]')) {
      const input = document.createElement('input');
      input.type = 'text';
      input.setAttribute('aria-label', 'test field');
      document.querySelector('main').prepend(input);
    }
  });
  await page.locator('input[type=search], input[type=text]').first().focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift');
  await page.keyboard.type('Recruiter Fee');
  await page.waitForTimeout(500);
  expect(new URL(page.url()).pathname).toBe('/en/');
  await context.close();
});

test('the control and the tel: link are in the first screen of a phone, every locale', async ({ browser, baseURL, request }) => {
  for (const locale of await locales(request)) {
    const { context, page } = await open(browser, baseURL, `/${locale}/`);
    await expectInFirstScreen(page, page.locator('a.quick-exit'), `${locale} quick exit`);
    await expectInFirstScreen(page, page.locator('a.hotline-call'), `${locale} tel: link`);
    const exit = await page.locator('a.quick-exit').boundingBox();
    expect(exit.width).toBeGreaterThanOrEqual(44);
    expect(exit.height).toBeGreaterThanOrEqual(44);
    const dir = await page.locator('html').getAttribute('dir');
    // At the end side: right in LTR, left in RTL.
    if (dir === 'rtl') expect(exit.x).toBeLessThan(PHONE.width / 2);
    else expect(exit.x + exit.width).toBeGreaterThan(PHONE.width / 2);
    // Sticky: still in view after scrolling.
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(100);
    await expectInFirstScreen(page, page.locator('a.quick-exit'), `${locale} quick exit after scrolling`);
    await context.close();
  }
});

test('a page restored from the back-forward cache is usable again', async ({ browser, baseURL }) => {
  const { context, page } = await open(browser, baseURL, '/en/');
  // Simulate what the browser does on a bfcache restore after the cover went up.
  await page.evaluate(() => {
    document.body.style.display = 'none';
    document.title = 'Weather';
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
  });
  await expect(page.locator('h1')).toBeVisible();
  expect(await page.title()).not.toBe('Weather');
  await context.close();
});
