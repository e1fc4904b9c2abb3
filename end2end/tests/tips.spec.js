// The tip form in Chromium, on the server with the form on (playwright.config.js): the whole
// journey in English and Arabic with JavaScript on and off, axe clean at each step; and no
// trace on the device: after Quick exit, and after sending, Back shows no typed words.
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { guardOrigin } = require('./helpers');

const BASE = process.env.E2E_TIPS_URL;
const PHONE = { width: 360, height: 740 };
const PAGES = { en: '/en/report/', ar: '/ar/الإبلاغ-عبر-الإنترنت/' };
const SECRET = 'blue van plate QX 4471';

// axe runs inside the page, so only with JavaScript on; the HTML is the same either way.
async function axeClean(page, what, javaScriptEnabled = true) {
  if (!javaScriptEnabled) return;
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const problems = axe.violations.map((v) => `${what}: ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(problems).toEqual([]);
}

async function open(browser, path, javaScriptEnabled) {
  const context = await browser.newContext({ baseURL: BASE, viewport: PHONE, javaScriptEnabled });
  const guard = await guardOrigin(context, BASE);
  const page = await context.newPage();
  await page.goto(encodeURI(path));
  return { context, page, guard };
}

for (const javaScriptEnabled of [true, false]) {
  for (const locale of ['en', 'ar']) {
    test(`journey in ${locale}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}: errors, then received with a receipt`, async ({ browser }) => {
      const { context, page, guard } = await open(browser, PAGES[locale], javaScriptEnabled);
      await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
      await axeClean(page, `${locale} form`, javaScriptEnabled);
      // Nothing in the page's first screen stands between a person and the hotline.
      await expect(page.locator('.hotline-call')).toBeVisible();
      // The honeypot is out of sight.
      const trap = await page.locator('.tip-extra').boundingBox();
      expect(trap.width * trap.height).toBeLessThanOrEqual(1);

      // Sent empty: the summary, first, linking to the field.
      await page.locator('#town').fill('Windsor');
      await page.waitForTimeout(3100);
      await page.locator('button.tip-send').click();
      const summary = page.locator('.error-summary');
      await expect(summary).toBeVisible();
      await expect(page.locator('#town')).toHaveValue('Windsor');
      await axeClean(page, `${locale} form with errors`, javaScriptEnabled);
      await summary.locator('a[href="#details"]').click();
      await expect(page.locator('#details')).toBeFocused();

      await page.locator('#details').fill(`${SECRET}, ${locale}`);
      await page.locator('#reply-receipt').check();
      await page.locator('#region').selectOption('ON');
      await page.locator('button.tip-send').click();
      await expect(page.locator('.tip-receipt')).toBeVisible();
      const receipt = await page.locator('.tip-receipt').textContent();
      expect(receipt).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
      // The code reads left to right even in Arabic, on one line at phone width.
      expect(await page.locator('.tip-receipt').evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
      const box = await page.locator('.tip-receipt').boundingBox();
      expect(box.height).toBeLessThan(48);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      await axeClean(page, `${locale} confirmation`, javaScriptEnabled);
      expect(page.url()).toContain(new URL(BASE + encodeURI(PAGES[locale])).pathname);
      expect(await page.content()).not.toContain(SECRET);
      expect(guard.leaks).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      await context.close();
    });
  }
}

test('type, Quick exit, Back: the form is gone and the words with it', async ({ browser }) => {
  const { context, page, guard } = await open(browser, '/en/', true);
  await page.goto(PAGES.en);
  const target = await page.locator('a.quick-exit').getAttribute('href');
  guard.exits.allowed = (url) => url.startsWith(target);
  await page.locator('#details').fill(SECRET);
  await page.locator('#town').fill('Sarnia');
  await page.locator('#minors-yes').check();
  // What the form holds at the moment the page is left: the exit's own handler runs first
  // in this click's dispatch, and has already emptied every field.
  let seen = null;
  page.on('console', (m) => { if (m.text().startsWith('probe:')) seen = JSON.parse(m.text().slice(6)); });
  await page.evaluate(() => {
    document.querySelector('a.quick-exit').addEventListener('click', () => {
      console.log('probe:' + JSON.stringify({
        details: document.getElementById('details').value,
        town: document.getElementById('town').value,
        minors: document.getElementById('minors-yes').checked,
      }));
    });
  });
  await page.locator('a.quick-exit').click();
  await expect.poll(() => seen).toEqual({ details: '', town: '', minors: false });
  await page.waitForURL((url) => url.href.startsWith(target));
  await page.goBack();
  // The exit replaced the form's history entry: Back reaches the page before it.
  expect(new URL(page.url()).pathname).toBe('/en/');
  expect(await page.content()).not.toContain(SECRET);
  await page.goForward();
  expect(page.url().startsWith(target)).toBe(true);
  await context.close();
});

test('type on the form, go to another page, come Back: the form is empty', async ({ browser }) => {
  const { context, page } = await open(browser, PAGES.en, true);
  await page.locator('#details').fill(SECRET);
  await page.goto('/en/safety/');
  await page.goBack();
  await expect(page.locator('#details')).toHaveValue('');
  await context.close();
});

for (const javaScriptEnabled of [true, false]) {
  test(`Back from the confirmation never shows the tip (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
    const { context, page } = await open(browser, PAGES.en, javaScriptEnabled);
    await page.locator('#details').fill(SECRET);
    await page.locator('#town').fill('Sarnia');
    await page.waitForTimeout(3100);
    await page.locator('button.tip-send').click();
    await expect(page.locator('h1')).toHaveText('Your tip was received');
    await page.goBack();
    await page.waitForLoadState();
    // The form page again, fetched afresh (no-store, Clear-Site-Data): empty.
    await expect(page.locator('#details')).toHaveValue('');
    await expect(page.locator('#town')).toHaveValue('');
    expect(await page.content()).not.toContain(SECRET);
    await context.close();
  });
}
