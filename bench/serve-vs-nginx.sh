#!/usr/bin/env bash
# Serving one page: hotline-site against nginx, side by side in one run.
#
# nginx runs twice on the same exported files: at its best (every file compressed once in
# advance, `gzip -k -9` and `brotli -k -q 11`, served with gzip_static and brotli_static)
# and at its slowest (gzip on the fly). hotline-site serves the bytes it compressed at build.
# Each server gets 1 then 2 worker threads (nginx worker_processes, `serve --threads`),
# under 32 and 256 connections from one wrk thread; with 1 server thread the server and wrk
# are pinned to different cores. Reports req/s and p99 latency, and the ratios.
#
# Needs: nginx, libnginx-mod-http-brotli-static, brotli, wrk (apt); a release build.
# Loopback only. Not a CI gate.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${HOTLINE_BIN:-target/release/hotline-site}
WORK=${WORK:-/tmp/hotline-bench}
PAGE=${PAGE:-/en/indicators/recognising-human-trafficking/}
DURATION=${DURATION:-8s}
ENCODING=${ENCODING:-gzip}
BROTLI_MODULE=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
mkdir -p "$WORK"
rm -rf "$WORK/export" && "$BIN" export --out "$WORK/export" >/dev/null
# Compressed once, in advance: what a static host at its best is given.
find "$WORK/export" -type f \( -name '*.html' -o -name '*.css' -o -name '*.xml' -o -name '*.svg' -o -name '*.txt' \) \
  -exec gzip -k -9 -f {} + -exec brotli -k -f -q 11 {} +

nginx_conf() { # $1 name, $2 workers, $3 compression directives, $4 port
  local load=""
  if [[ "$3" == *brotli_static* ]]; then load="load_module $BROTLI_MODULE;"; fi
  cat > "$WORK/nginx-$1.conf" <<CONF
$load
worker_processes $2;
pid $WORK/nginx-$1.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  include /etc/nginx/mime.types;
  sendfile on; tcp_nopush on; keepalive_requests 1000000;
  $3
  server { listen 127.0.0.1:$4; root $WORK/export; index index.html; }
}
CONF
}
if [ -f "$BROTLI_MODULE" ]; then
  BEST="gzip_static on; brotli_static on;"
  echo "nginx at its best: gzip_static and brotli_static (precompressed files)"
else
  BEST="gzip_static on;"
  echo "nginx at its best: gzip_static only (no brotli_static module: apt install libnginx-mod-http-brotli-static)"
fi
FLY="gzip on; gzip_comp_level 6; gzip_types text/css application/javascript image/svg+xml application/xml; gzip_min_length 256;"

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for f in "$WORK"/nginx-*.pid; do [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null || true; done
}
trap cleanup EXIT

start_ours() { # $1 threads, $2 port, $3 cpu list
  taskset -c "$3" "$BIN" serve --threads "$1" --addr "127.0.0.1:$2" >/dev/null 2>&1 &
  pids+=($!)
  until curl -sf -o /dev/null "http://127.0.0.1:$2/en/"; do sleep 0.05; done
}
start_nginx() { # $1 name, $2 workers, $3 directives, $4 port, $5 cpu list
  nginx_conf "$1" "$2" "$3" "$4"
  taskset -c "$5" nginx -c "$WORK/nginx-$1.conf"
  until curl -sf -o /dev/null "http://127.0.0.1:$4/en/"; do sleep 0.05; done
}
stop_all() { cleanup; pids=(); sleep 0.5; }

measure() { # $1 url, $2 connections, $3 cpu list for wrk -> "req/s p99"
  local out
  out=$(taskset -c "$3" wrk -t1 -c"$2" -d"$DURATION" --latency -H "Accept-Encoding: $ENCODING" "$1")
  if echo "$out" | grep -q "Non-2xx"; then echo "non-2xx answers: $out" >&2; exit 1; fi
  echo "$(echo "$out" | awk '/Requests\/sec/ { print $2 }') $(echo "$out" | awk '$1 == "99%" { print $2 }')"
}

# The same page must come back from every server, byte for byte once decoded.
start_ours 2 3903 0,1
start_nginx best 1 "$BEST" 3902 0,1
for port in 3902 3903; do curl -s --compressed -H "Accept-Encoding: $ENCODING" "http://127.0.0.1:$port$PAGE" > "$WORK/page-$port.html"; done
cmp "$WORK/page-3902.html" "$WORK/page-3903.html" && echo "same page from nginx and hotline-site: $PAGE ($ENCODING)"
stop_all

printf '\n%-34s %8s %6s %12s %10s\n' server threads conns "req/s" p99
for threads in 1 2; do
  if [ "$threads" = 1 ]; then server_cpu=1; wrk_cpu=0; else server_cpu=0,1; wrk_cpu=0,1; fi
  for conns in 32 256; do
    start_nginx best "$threads" "$BEST" 3902 "$server_cpu"
    read -r n_rps n_p99 < <(measure "http://127.0.0.1:3902$PAGE" "$conns" "$wrk_cpu"); stop_all
    start_nginx fly "$threads" "$FLY" 3904 "$server_cpu"
    read -r f_rps f_p99 < <(measure "http://127.0.0.1:3904$PAGE" "$conns" "$wrk_cpu"); stop_all
    start_ours "$threads" 3903 "$server_cpu"
    read -r o_rps o_p99 < <(measure "http://127.0.0.1:3903$PAGE" "$conns" "$wrk_cpu"); stop_all
    printf '%-34s %8s %6s %12s %10s\n' "nginx, precompressed (static)" "$threads" "$conns" "$n_rps" "$n_p99"
    printf '%-34s %8s %6s %12s %10s\n' "nginx, gzip on the fly" "$threads" "$conns" "$f_rps" "$f_p99"
    printf '%-34s %8s %6s %12s %10s\n' "hotline-site" "$threads" "$conns" "$o_rps" "$o_p99"
    awk -v o="$o_rps" -v n="$n_rps" -v f="$f_rps" 'BEGIN { printf "%-34s ratio to nginx at its best %.2f, to nginx on the fly %.2f\n", "", o / n, o / f }'
  done
done
