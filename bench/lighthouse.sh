#!/usr/bin/env bash
# Lighthouse 12.2.3 (mobile) with Debian's Chromium on the home page and a guide: the four
# category scores for each. Needs a running server (default http://127.0.0.1:3000) and npm.
# Not a CI gate.
set -euo pipefail
BASE=${1:-http://127.0.0.1:3000}
DIR=${WORK:-/tmp/hotline-bench}/lighthouse
mkdir -p "$DIR"
[ -x "$DIR/node_modules/.bin/lighthouse" ] || npm install --prefix "$DIR" --no-audit --no-fund lighthouse@12.2.3 >/dev/null
for path in /en/ /en/indicators/labour-trafficking/; do
  CHROME_PATH=/usr/bin/chromium "$DIR/node_modules/.bin/lighthouse" "$BASE$path" \
    --quiet --output=json --output-path="$DIR/report.json" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
  node -e "
    const r = require('$DIR/report.json');
    const s = Object.values(r.categories).map(c => c.title + ' ' + Math.round(c.score * 100)).join(', ');
    console.log('$path: ' + s);
    const failing = Object.values(r.audits).filter(a => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map(a => a.id);
    if (failing.length) console.log('  failing audits: ' + failing.join(', '));
  "
done
