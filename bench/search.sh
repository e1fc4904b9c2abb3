#!/usr/bin/env bash
# Search: index build time and size (bundled site and the 10,000-page corpus), median and
# p99 latency of a search under wrk with 64 connections, and requests per second against a
# page view. Loopback only; needs wrk and a release build. Not a CI gate.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${HOTLINE_BIN:-target/release/hotline-site}
WORK=${WORK:-/tmp/hotline-bench}
DURATION=${DURATION:-15s}
mkdir -p "$WORK"
python3 bench/gen-corpus.py "$WORK/corpus" 5000 >/dev/null

index_line() { grep -a "search index built" "$1" | sed 's/\x1b\[[0-9;]*m//g' | grep -o 'docs=[0-9]* bytes=[0-9]* millis=[0-9]*'; }
start() { # log port [source flags...]
  local log=$1 port=$2; shift 2
  "$BIN" serve --addr "127.0.0.1:$port" "$@" >"$log" 2>&1 &
  echo $!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/en/"; do
    kill -0 $! 2>/dev/null || { echo "server failed to start; see $log" >&2; exit 1; }
    sleep 0.1
  done
}

C="$WORK/corpus/site"
pid=$(start "$WORK/corpus.log" 3911 --content "$C/content" --locales "$C/locales" --style "$C/style" --public "$C/public")
echo "corpus (10,000 pages): $(index_line "$WORK/corpus.log")"
kill "$pid"

pid=$(start "$WORK/site.log" 3912)
trap 'kill $pid 2>/dev/null || true' EXIT
echo "bundled site: $(index_line "$WORK/site.log")"

run() { wrk -t2 -c64 -d"$DURATION" --latency -H 'Accept-Encoding: gzip' "$1"; }
search=$(run "http://127.0.0.1:3912/en/search/?q=recruiter+passport+fee")
view=$(run "http://127.0.0.1:3912/en/indicators/labour-trafficking/")
echo "search, 64 connections, ${DURATION}:"
echo "$search" | grep -E "^ +(50|99)%|Requests/sec|Non-2xx|Socket errors" || true
echo "page view, same load:"
echo "$view" | grep -E "^ +(50|99)%|Requests/sec" || true
s=$(echo "$search" | awk '/Requests\/sec/ {print $2}'); v=$(echo "$view" | awk '/Requests\/sec/ {print $2}')
awk -v s="$s" -v v="$v" 'BEGIN { printf "search/page-view throughput ratio: %.3f\n", s / v }'
