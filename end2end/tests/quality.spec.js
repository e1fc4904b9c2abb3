// The quality gate (quality.md), on every page the crawl finds, at a phone and a desktop width:
// axe-core WCAG 2.2 A/AA, the hotline and exit in the first screen, phone numbers laid out
// left to right on one line (checked by glyph position), only our own origin,
// no cookie or storage, no console error, head metadata, and the 14 KB weight budget.
// Every page is checked at phone width; at desktop width, one page per template and text
// direction (so CI time grows with templates, not with pages).
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { guardOrigin, expectInFirstScreen, phoneLayoutProblems } = require('./helpers');
const { crawl } = require('./crawl');

const BUDGET = 14 * 1024;
const VIEWPORTS = { phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 900 } };

/** Classes that mark what a page is made of: pages sharing them share a template. */
const TEMPLATE_MARKS = /^(guide-meta|guide-act|steps|briefing|data-table|home-figure|campaign-dates|featured-campaign|page-list|filters|results|search-form|badge-preview|train-staff|toolkit|not-found|snippet|dir-postal|dir-map|dir-list|dir-pager|dir-service|search-listings)$/;

/** One path per template and direction, among `paths`. */
async function onePerTemplate(request, paths) {
  const seen = new Map();
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const main = html.split('<main')[1] || '';
    const marks = new Set();
    for (const m of main.matchAll(/class="([^"]+)"/g)) {
      for (const c of m[1].split(/\s+/)) if (TEMPLATE_MARKS.test(c)) marks.add(c);
    }
    const dir = (html.match(/<html[^>]* dir="(\w+)"/) || [])[1];
    const key = `${dir} ${[...marks].sort().join(' ')}`;
    if (!seen.has(key)) seen.set(key, path);
  }
  return [...seen.values()];
}

// The phone-width check of every page is split into PARTS tests that run on the workers at
// once (each takes every PARTS-th page of the same crawl), so its time is shared by the cores.
const PARTS = 2;
const RUNS = [
  ...Array.from({ length: PARTS }, (_, part) => ['phone', VIEWPORTS.phone, part]),
  ['desktop', VIEWPORTS.desktop, null],
];

for (const [name, viewport, part] of RUNS) {
  const label = part === null ? '' : ` (part ${part + 1} of ${PARTS})`;
  test(`every page at ${name} width passes the gate${label}`, async ({ browser, baseURL, request }) => {
    test.setTimeout(30 * 60_000);
    const all = await crawl(request, baseURL);
    expect(all.length).toBeGreaterThan(20);
    const paths = part === null ? await onePerTemplate(request, all) : all.filter((_, i) => i % PARTS === part);
    const context = await browser.newContext({ baseURL, viewport });
    const { leaks } = await guardOrigin(context, baseURL);
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`${page.url()}: console error: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`${page.url()}: script error: ${e.message}`));
    let weights = [];
    for (const path of paths) {
      const transferred = {};
      const onResponse = async (response) => {
        const type = response.headers()['content-type'] || '';
        if (/text\/(html|css)|javascript/.test(type)) {
          const length = Number(response.headers()['content-length'] || (await response.body()).length);
          transferred[response.url()] = length;
        }
      };
      page.on('response', onResponse);
      const response = await page.goto(path, { waitUntil: 'load' });
      page.off('response', onResponse);
      const status = response.status();
      if (status !== 200 && status !== 404) problems.push(`${path}: status ${status}`);

      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      for (const v of axe.violations) {
        problems.push(`${path}: axe ${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      }
      if (name === 'phone') {
        // Phone numbers read in their own order, on one line (right-to-left pages included).
        for (const p of await phoneLayoutProblems(page)) problems.push(`${path}: ${p}`);
        try {
          await expectInFirstScreen(page, page.locator('a.quick-exit'), 'quick exit');
          await expectInFirstScreen(page, page.locator('a.hotline-call'), 'tel: link');
        } catch (e) {
          problems.push(`${path}: ${e.message.split('\n')[0]}`);
        }
      }
      const head = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        title: document.title,
        description: document.querySelector('meta[name=description]')?.content,
        canonical: document.querySelector('link[rel=canonical]')?.href,
        alternates: document.querySelectorAll('link[rel=alternate][hreflang]').length,
        og: ['og:title', 'og:description', 'og:url', 'og:type'].every((p) => document.querySelector(`meta[property="${p}"]`)),
        tel: !!document.querySelector('a[href^="tel:"]'),
        exit: document.querySelectorAll('a[data-quick-exit]').length,
      }));
      const missing = Object.entries({
        lang: head.lang, dir: head.dir, title: head.title, description: head.description, canonical: head.canonical,
        'Open Graph tags': head.og, 'tel: link': head.tel, 'two exit links': head.exit === 2,
        'hreflang alternates': status === 404 || head.alternates > 0,
      }).filter(([, ok]) => !ok).map(([k]) => k);
      if (missing.length) problems.push(`${path}: missing ${missing.join(', ')}`);

      const total = Object.values(transferred).reduce((a, b) => a + b, 0);
      weights.push([total, path]);
      if (total > BUDGET) problems.push(`${path}: ${total} bytes of HTML, CSS and script transferred, over the ${BUDGET}-byte budget`);
    }
    const storage = await page.evaluate(() => localStorage.length + sessionStorage.length);
    if (storage) problems.push(`storage used: ${storage} items`);
    const cookies = await context.cookies();
    if (cookies.length) problems.push(`cookies set: ${cookies.map((c) => c.name).join(', ')}`);
    for (const url of leaks) problems.push(`request left the origin: ${url}`);
    weights.sort((a, b) => b[0] - a[0]);
    console.log(`${name}${label}: ${paths.length} of ${all.length} pages checked; heaviest ${weights[0][1]} at ${weights[0][0]} bytes; ${leaks.length} third-party requests; ${cookies.length} cookies`);
    expect(problems, problems.join('\n')).toEqual([]);
    await context.close();
  });
}
