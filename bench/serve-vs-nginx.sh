#!/usr/bin/env bash
# Throughput serving one typical page with gzip: hotline-site against nginx serving the
# exported files with gzip on, side by side in one run, plus 256 connections for 30 s.
# Needs: nginx and wrk (apt), a release build. Loopback only. Not a CI gate.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${HOTLINE_BIN:-target/release/hotline-site}
WORK=${WORK:-/tmp/hotline-bench}
PAGE=${PAGE:-/en/indicators/labour-trafficking/}
DURATION=${DURATION:-15s}
mkdir -p "$WORK"
rm -rf "$WORK/export" && "$BIN" export --out "$WORK/export" >/dev/null

cat > "$WORK/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  include /etc/nginx/mime.types;
  sendfile on; tcp_nopush on; keepalive_requests 100000;
  gzip on; gzip_types text/css application/javascript image/svg+xml; gzip_min_length 256;
  server { listen 127.0.0.1:3902; root $WORK/export; index index.html; }
}
CONF
nginx -c "$WORK/nginx.conf"
"$BIN" serve --addr 127.0.0.1:3903 >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; nginx -c "$WORK/nginx.conf" -s stop 2>/dev/null || true' EXIT
until curl -sf -o /dev/null http://127.0.0.1:3903/en/; do kill -0 $pid || exit 1; sleep 0.05; done

# The same page must come back from both, byte for byte.
cmp <(curl -s "http://127.0.0.1:3902${PAGE}") <(curl -s "http://127.0.0.1:3903${PAGE}") && echo "same bytes from nginx and hotline-site for ${PAGE}"

run() { wrk -t2 -c"$2" -d"$3" --latency -H 'Accept-Encoding: gzip' "$1" ; }
rps() { awk '/Requests\/sec/ { print $2 }'; }
nginx_out=$(run "http://127.0.0.1:3902${PAGE}" 64 "$DURATION")
ours_out=$(run "http://127.0.0.1:3903${PAGE}" 64 "$DURATION")
n=$(echo "$nginx_out" | rps); o=$(echo "$ours_out" | rps)
echo "64 connections, gzip, ${DURATION}: nginx ${n} req/s, hotline-site ${o} req/s"
awk -v a="$o" -v b="$n" 'BEGIN { printf "ratio hotline-site/nginx throughput: %.2f\n", a / b }'

heavy=$(run "http://127.0.0.1:3903${PAGE}" 256 30s)
echo "256 connections for 30 s (hotline-site):"
echo "$heavy" | grep -E "Requests/sec|99%|Socket errors|Non-2xx" || true
echo "$heavy" | grep -q "Socket errors" || echo "  no socket errors"
