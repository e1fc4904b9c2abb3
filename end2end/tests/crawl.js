// Discovering every page: a breadth-first crawl of same-origin links from `/`, nothing listed by hand.
async function crawl(request, baseURL) {
  const origin = new URL(baseURL).origin;
  const seen = new Set();
  const queue = ['/'];
  const pages = [];
  while (queue.length) {
    const path = queue.shift();
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await request.get(path);
    const type = response.headers()['content-type'] || '';
    if (!type.startsWith('text/html')) continue;
    pages.push(path === '/' ? new URL(response.url()).pathname : path);
    const html = await response.text();
    // Links, and the targets of GET forms (the search page), are followed.
    const targets = [...html.matchAll(/<a [^>]*href="([^"#]*)/g), ...html.matchAll(/<form [^>]*action="([^"#]*)"[^>]*method="get"/g)];
    for (const m of targets) {
      const url = new URL(m[1].replace(/&amp;/g, '&'), new URL(path, origin));
      if (url.origin === origin && !seen.has(url.pathname)) queue.push(url.pathname);
    }
  }
  return [...new Set(pages)];
}

module.exports = { crawl };
