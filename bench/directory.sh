#!/usr/bin/env bash
# The referral directory at scale, side by side in one run: the bundled site alone, and the
# same site with 5,000 generated organisations (bench/gen-directory.py).
#  - build: time from launch to the first answer, the "site built" log line, resident memory;
#  - weight: brotli bytes of directory pages (home, a province and its later pages, a filter,
#    a listing) against the 14 KB budget, with the stylesheet;
#  - a postal-code query (`?postal=K1A`, a 303 answered from memory) under wrk, 64
#    connections: p50 and p99, beside a stored page view.
# Loopback only; needs wrk and a release build. Not a CI gate.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${HOTLINE_BIN:-target/release/hotline-site}
WORK=${WORK:-/tmp/hotline-bench-directory}
ORGS=${ORGS:-5000}
DURATION=${DURATION:-15s}
mkdir -p "$WORK"
python3 bench/gen-directory.py "$WORK/grown" "$ORGS" >/dev/null

pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
start() { # name port [source flags...]
  local name=$1 port=$2; shift 2
  local t0; t0=$(date +%s.%N)
  "$BIN" serve --addr "127.0.0.1:$port" "$@" >"$WORK/$name.log" 2>&1 &
  local pid=$!
  pids+=("$pid")
  until curl -sf -o /dev/null "http://127.0.0.1:$port/en/"; do
    kill -0 "$pid" 2>/dev/null || { echo "server failed to start; see $WORK/$name.log" >&2; exit 1; }
    sleep 0.05
  done
  local t1; t1=$(date +%s.%N)
  sleep 1
  local built; built=$(sed 's/\x1b\[[0-9;]*m//g' "$WORK/$name.log" | grep -a "site built" | grep -o 'pages=[0-9]* stored_bytes=[0-9]* millis=[0-9]*')
  local rss; rss=$(awk '/VmRSS/ {printf "%.0f MB", $2/1024}' "/proc/$pid/status")
  printf '%-26s start %.1f s  %s  RSS %s\n' "$name:" "$(echo "$t1 - $t0" | bc)" "$built" "$rss"
}

G="$WORK/grown"
echo "== build and memory"
start bundled 3921
start "bundled+$ORGS orgs" 3922 --content "$G/content" --locales "$G/locales" --style "$G/style" --public "$G/public"

echo "== weight (brotli bytes; budget 14,336 with the stylesheet)"
css=$(curl -s http://127.0.0.1:3922/en/ | grep -o '/assets/site\.[0-9a-f]*\.css' | head -1)
css_bytes=$(curl -s -H 'Accept-Encoding: br' "http://127.0.0.1:3922$css" | wc -c)
echo "stylesheet: $css_bytes"
max=0
for path in /en/directory/ /en/directory/2/ /en/directory/ontario/ /en/directory/ontario/2/ \
  /en/directory/ontario/40/ /en/directory/legal-help/ /en/directory/cree/3/ \
  /en/directory/generated-organisation-00042/ /fr/repertoire/quebec/ ; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:3922$path")
  bytes=$(curl -s -H 'Accept-Encoding: br' "http://127.0.0.1:3922$path" | wc -c)
  echo "  $path  $code  $bytes (+css $((bytes + css_bytes)))"
  [ "$code" = 200 ] && [ "$bytes" -gt "$max" ] && max=$bytes
done
echo "heaviest page with the stylesheet: $((max + css_bytes)) bytes"
pages=$(curl -s http://127.0.0.1:3922/en/directory/ontario/ | grep -o 'Page 1 of [0-9]*' | head -1 || true)
echo "Ontario's list: ${pages:-one page}"

run() { wrk -t2 -c64 -d"$DURATION" --latency -H 'Accept-Encoding: gzip' "$1"; }
report() { echo "$1" | grep -E "^ +(50|99)%|Requests/sec|Non-2xx|Socket errors" || true; }
for port in 3921 3922; do
  echo "== postal-code query, 64 connections, $DURATION (port $port: $([ $port = 3921 ] && echo bundled || echo "bundled+$ORGS"))"
  report "$(run "http://127.0.0.1:$port/en/directory/?postal=K1A")"
  echo "   page view (/en/directory/ontario/), same load:"
  report "$(run "http://127.0.0.1:$port/en/directory/ontario/")"
done
