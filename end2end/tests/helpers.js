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

/**
 * Every phone number in the page's text, as laid out on screen: its characters must stand
 * left to right in the order they are written (in right-to-left pages too) and on one line.
 * Positions of the glyphs are compared, not markup. Returns a problem per bad number.
 */
async function phoneLayoutProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const phone = /\+?\d{1,4}(?:[-.\u2011]\d{2,4}){2,4}/g;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, [hidden], .visually-hidden, pre, textarea')) continue;
      if (!parent.getClientRects().length) continue;
      for (const m of node.data.matchAll(phone)) {
        const boxes = [];
        for (let i = 0; i < m[0].length; i++) {
          const range = document.createRange();
          range.setStart(node, m.index + i);
          range.setEnd(node, m.index + i + 1);
          const rect = range.getBoundingClientRect();
          if (rect.width > 0) boxes.push(rect);
        }
        const inOrder = boxes.every((b, i) => i === 0 || b.left >= boxes[i - 1].left + boxes[i - 1].width / 2);
        const oneLine = boxes.every((b) => Math.abs(b.top - boxes[0].top) < 2);
        const shown = boxes.map((b) => Math.round(b.left)).join(',');
        if (!inOrder) problems.push(`${m[0]} is not laid out left to right (x: ${shown})`);
        if (!oneLine) problems.push(`${m[0]} breaks across lines`);
      }
    }
    return problems;
  });
}

module.exports = { locales, guardOrigin, exitHref, expectInFirstScreen, phoneLayoutProblems };
