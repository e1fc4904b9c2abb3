// Time from quick-exit activation to the page being hidden, in Chromium, and the script's size.
// usage: node bench/quick-exit-timing.js [base URL]   (a server must be running; default :3000)
// Uses end2end's Playwright with Debian's Chromium. Not a CI gate.
const path = require('path');
const { chromium } = require(path.join(__dirname, '..', 'end2end', 'node_modules', 'playwright'));

const BASE = process.argv[2] || 'http://127.0.0.1:3000';
const RUNS = 20;

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  // The neutral destination is stubbed locally; nothing leaves this machine.
  await context.route((url) => !url.href.startsWith(BASE), (route) => route.fulfill({ contentType: 'text/html', body: '<title>stub</title>' }));
  const page = await context.newPage();
  const hidden = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(`${BASE}/en/indicators/`);
    const result = new Promise((resolve) => page.once('console', (m) => resolve(JSON.parse(m.text()))));
    await page.evaluate(() => {
      let start = 0;
      // Capture on window runs before the page's own handler; a listener on the link runs after it.
      window.addEventListener('click', () => { start = performance.now(); }, true);
      document.querySelector('a.quick-exit').addEventListener('click', () => {
        const hiddenAt = performance.now();
        const isHidden = getComputedStyle(document.body).display === 'none';
        console.log(JSON.stringify({ hidden: isHidden ? hiddenAt - start : -1 }));
      });
    });
    await page.locator('a.quick-exit').click();
    const r = await result;
    hidden.push(r.hidden);
  }
  const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const html = await (await context.request.get(`${BASE}/en/`)).text();
  const script = html.split('<script>')[1].split('</script>')[0];
  console.log(`inline script: ${Buffer.byteLength(script)} bytes (${require('zlib').gzipSync(script).length} gzipped)`);
  console.log(`activation to body hidden (same task): median ${median(hidden).toFixed(2)} ms, max ${Math.max(...hidden).toFixed(2)} ms over ${RUNS} runs`);
  console.log('the next frame paints the cover: hiding happens in the activation task, before the navigation request');
  await browser.close();
})();
