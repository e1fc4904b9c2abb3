#!/usr/bin/env bash
# Lighthouse 12.2.3 (mobile) with Debian's Chromium on the home page and a guide: the four
# category scores for each, any failing audit, and the paint timings.
# Lighthouse fetches robots.txt from inside the page (GoogleChrome/lighthouse#4386), so the CSP
# carries connect-src 'self'; without it SEO scores 92.
# Needs a running server (default http://127.0.0.1:3000) and npm. Not a CI gate.
set -euo pipefail
BASE=${1:-http://127.0.0.1:3000}
DIR=${WORK:-/tmp/hotline-bench}/lighthouse
mkdir -p "$DIR"
[ -x "$DIR/node_modules/.bin/lighthouse" ] || npm install --prefix "$DIR" --no-audit --no-fund lighthouse@12.2.3 >/dev/null
# PATHS: the pages to audit (default: the home page and a guide, as quality.md asks).
for path in ${PATHS:-/en/ /en/indicators/labour-trafficking/}; do
  # Headless Chromium now and then loses the trace (NO_NAVSTART): try up to three times.
  for attempt in 1 2 3; do
    CHROME_PATH=/usr/bin/chromium "$DIR/node_modules/.bin/lighthouse" "$BASE$path" \
      --quiet --output=json --output-path="$DIR/report.json" \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
      && break
    [ "$attempt" -lt 3 ] || exit 1
  done
  node -e "
    const r = require('$DIR/report.json');
    const s = Object.values(r.categories).map(c => c.title + ' ' + Math.round(c.score * 100)).join(', ');
    console.log('$path: ' + s);
    const failing = Object.values(r.audits).filter(a => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary');
    for (const a of failing) console.log('  failing audit ' + a.id + ': ' + (a.explanation || a.title));
    const m = id => r.audits[id] && r.audits[id].displayValue;
    console.log('  FCP ' + m('first-contentful-paint') + ', LCP ' + m('largest-contentful-paint') + ', TBT ' + m('total-blocking-time') + ', CLS ' + m('cumulative-layout-shift'));
  "
done
