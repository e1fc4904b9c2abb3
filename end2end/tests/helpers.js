// Shared helpers: discovering locales, stubbing the neutral destination, watching requests.
const { expect } = require('@playwright/test');

/** Every locale the site has, read from the language switcher on the English home page. */
async function locales(request) {
  const html = await (await request.get('/en/')).text();
  const nav = html.split('class="languages"')[1].split('</nav>')[0];
  return [...nav.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1]);
}

/**
 * Routes every request that leaves the origin: the quick-exit destination gets a local stub
 * page, anything else is recorded as a leak and aborted.
 */
async function guardOrigin(context, baseURL) {
  const leaks = [];
  const exits = [];
  const origin = new URL(baseURL).origin;
  await context.route((url) => url.origin !== origin, async (route) => {
    const url = route.request().url();
    if (route.request().isNavigationRequest() && exits.allowed && exits.allowed(url)) {
      exits.push(url);
      if (exits.beforeFulfil) await exits.beforeFulfil();
      await route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>Neutral stub</title><p>stub</p>' });
    } else {
      leaks.push(url);
      await route.abort();
    }
  });
  return { leaks, exits };
}

async function exitHref(page) {
  return page.locator('a.quick-exit').getAttribute('href');
}

/** Asserts `locator` lies fully inside the first screen. */
async function expectInFirstScreen(page, locator, what) {
  const box = await locator.boundingBox();
  const view = page.viewportSize();
  expect(box, `${what} is rendered`).not.toBeNull();
  expect(box.y, `${what} top`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${what} bottom in first screen`).toBeLessThanOrEqual(view.height);
  expect(box.x, `${what} left`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what} right`).toBeLessThanOrEqual(view.width);
}

module.exports = { locales, guardOrigin, exitHref, expectInFirstScreen };
