// Sector toolkits in every locale: the briefing prints on at most two pages, the flow
// diagram's words fit their boxes in the browser's own fonts, and Arabic mirrors it.
const { test, expect } = require('@playwright/test');
const { locales } = require('./helpers');

/** The toolkit pages of a locale: the pages in the sitemap with steps to follow on shift. */
async function toolkitPages(request, locale) {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const pages = [];
  for (const path of urls.filter((u) => u.startsWith(`/${locale}/`))) {
    const html = await (await request.get(path)).text();
    if (html.includes('class="steps"')) pages.push(path);
  }
  return pages;
}

test('every toolkit briefing prints on at most two A4 or Letter pages', async ({ page, request }) => {
  test.setTimeout(600_000);
  for (const locale of await locales(request)) {
    const paths = await toolkitPages(request, locale);
    expect(paths.length, `${locale} toolkits`).toBeGreaterThanOrEqual(6);
    for (const path of paths) {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.briefing')).toBeVisible();
      await expect(page.locator('.steps')).toBeVisible();
      await expect(page.locator('.flow')).toBeHidden();
      await expect(page.locator('.site-nav')).toBeHidden();
      for (const format of ['A4', 'Letter']) {
        const pdf = (await page.pdf({ format })).toString('latin1');
        const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
        expect(pages, `${path} on ${format}`).toBeGreaterThanOrEqual(1);
        expect(pages, `${path} on ${format}`).toBeLessThanOrEqual(2);
      }
      await page.emulateMedia({ media: 'screen' });
    }
  }
});

test('the flow diagram fits its boxes in every locale and mirrors in Arabic', async ({ page, request }) => {
  test.setTimeout(300_000);
  for (const locale of await locales(request)) {
    for (const path of await toolkitPages(request, locale)) {
      await page.goto(path);
      const layout = await page.$$eval('.flow-diagram', ([svg]) => {
        // SVGRect does not cross into the test as is: copy its numbers.
        const box = (element) => {
          const { x, y, width, height } = element.getBBox();
          return { x, y, width, height };
        };
        const boxes = [...svg.querySelectorAll('.flow-box')].map(box);
        const labels = [...svg.querySelectorAll('.flow-label')].map(box);
        const numbers = [...svg.querySelectorAll('.flow-num')].map(box);
        return { boxes, labels, numbers };
      });
      expect(layout.labels.length, path).toBeGreaterThanOrEqual(3);
      layout.labels.forEach((label, i) => {
        const box = layout.boxes[i];
        expect(label.x, `${path} step ${i + 1} starts inside its box`).toBeGreaterThanOrEqual(box.x);
        expect(label.x + label.width, `${path} step ${i + 1} ends inside its box`).toBeLessThanOrEqual(box.x + box.width);
        const numberLeftOfBox = layout.numbers[i].x < box.x;
        expect(numberLeftOfBox, `${path}: the step number sits where reading starts`).toBe(locale !== 'ar');
      });
    }
  }
});
