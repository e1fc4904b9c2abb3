#!/usr/bin/env bash
# The tip form under load, against SQLite and PostgreSQL, side by side in one run with what
# the disk allows (a bare loop of durable inserts of the same row size, same transaction).
#
# For each store and each connection count (16, 64): fetch form tokens (wrk GETs), wait the
# 3-second floor, then POST sealed tips for DURATION with wrk, one fresh token per request.
# Then page views alone, and page views while tips are posted, to show tips do not starve
# readers. Reports tips/s, p50/p99, and the ratio to the bare insert rate.
#
# Needs: wrk (apt), postgresql (apt; started by scripts/test-postgres.sh), a release build
# (cargo build --release --examples). Loopback only. Not a CI gate.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${HOTLINE_BIN:-target/release/hotline-site}
INSERTS=${INSERTS:-target/release/examples/durable_inserts}
WORK=${WORK:-/tmp/hotline-bench-tips}
DURATION=${DURATION:-20}
PORT=${PORT:-3300}
PAGE=${PAGE:-/en/indicators/recognising-human-trafficking/}
export TIP_PATH=/en/report/
rm -rf "$WORK" && mkdir -p "$WORK/tokens"
export TOKENS_DIR="$WORK/tokens"

# The bundled content, with the form on (a throwaway key) and caps out of the way.
cp -r content "$WORK/content"
recipient=$("$BIN" tips keygen --out "$WORK/staff-key.txt" 2>/dev/null)
sed -i "s/^recipients = \[\]/recipients = [\"$recipient\"]\nper_client_per_hour = 100000000\nglobal_per_hour = 100000000/" "$WORK/content/site.toml"
PG_BASE=$(bash scripts/test-postgres.sh)

# Row size: what one of these tips weighs sealed (the 4 KiB bucket plus age's header).
ROW=4500

start_server() { # $1 store location
  "$BIN" serve --addr "127.0.0.1:$PORT" --content "$WORK/content" --tips-db "$1" >"$WORK/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 300); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/en/" && return; sleep 0.2; done
  echo "the server did not start" >&2; exit 1
}
stop_server() { kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; }

fresh_pg() { # a database of its own
  local name="bench_$RANDOM$RANDOM"
  psql -q "$PG_BASE" -c "CREATE DATABASE $name" >/dev/null
  echo "${PG_BASE%/*}/$name"
}

collect_tokens() {
  rm -f "$TOKENS_DIR"/*
  # Enough tokens for the run: a few times what the store can take.
  wrk -t2 -c16 -d"$((DURATION / 2 + 2))s" -s bench/tips/tokens.lua "http://127.0.0.1:$PORT$TIP_PATH" >/dev/null
  cat "$TOKENS_DIR"/tokens-*.txt > "$TOKENS_DIR/all.txt"
  split -n l/2 -d -a 1 "$TOKENS_DIR/all.txt" "$TOKENS_DIR/use-"
  for f in "$TOKENS_DIR"/use-?; do mv "$f" "$f.txt"; done
  sleep 3.2
}

post_tips() { # $1 connections; prints the RESULT line of post.lua
  wrk -t2 -c"$1" -d"${DURATION}s" --timeout 10s -s bench/tips/post.lua "http://127.0.0.1:$PORT$TIP_PATH" | grep RESULT
}

tips_run() { collect_tokens; post_tips "$1"; }

views() { # page views for DURATION: req/s
  wrk -t1 -c32 -d"${DURATION}s" "http://127.0.0.1:$PORT$PAGE" -H 'Accept-Encoding: gzip' | awk '/Requests\/sec/ {print $2}'
}

printf '%-10s %5s  %-60s  %s\n' store conns "tips through the form" "bare durable inserts (same row size)"
# VIEWS_ONLY=1 skips to the page-view comparison.
[ -n "${VIEWS_ONLY:-}" ] && STORES="" || STORES="sqlite postgres"
for store in $STORES; do
  for conns in 16 64; do
    if [ "$store" = sqlite ]; then loc="$WORK/tips-$conns.sqlite3"; base="$WORK/bare-$conns.sqlite3"; else loc=$(fresh_pg); base=$(fresh_pg); fi
    bare=$("$INSERTS" "$base" "$conns" "$DURATION" "$ROW" | grep RESULT)
    start_server "$loc"
    form=$(tips_run "$conns")
    stop_server
    printf '%-10s %5s  %-60s  %s\n' "$store" "$conns" "${form#RESULT }" "${bare#RESULT }"
  done
done

echo
echo "page views (wrk -c32 on $PAGE), alone and while tips are posted (SQLite):"
start_server "$WORK/views.sqlite3"
alone=$(views)
echo "alone: $alone req/s"
# A steady stream (4 connections, each pausing 40 ms: about 100 tips/s, 360 times the default
# global cap of 1,000 an hour), then a flood (16 connections, no pause).
for mode in "steady 4 40" "flood 16 0"; do
  set -- $mode
  collect_tokens
  TIP_DELAY_MS=$3 post_tips "$2" >"$WORK/during-tips.txt" &
  POSTER=$!
  sleep 1
  during=$(views)
  wait "$POSTER"
  echo "$1 ($2 connections, ${3} ms pause): $during req/s, kept $(awk "BEGIN{printf \"%.0f\", 100*$during/$alone}") %; tips: $(sed 's/RESULT //' "$WORK/during-tips.txt")"
done
stop_server
