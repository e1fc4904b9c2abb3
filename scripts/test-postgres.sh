#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the tests (Debian's `postgresql` package) and
# prints its URL. The tip store's PostgreSQL tests read it from HOTLINE_TEST_POSTGRES:
#
#   export HOTLINE_TEST_POSTGRES=$(bash scripts/test-postgres.sh)
#
# The cluster lives in /tmp/hotline-test-pg (port 55432, trust on loopback only) and is
# started again if it already exists. `bash scripts/test-postgres.sh stop` stops it.
set -euo pipefail
dir=/tmp/hotline-test-pg
port=55432
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then
  echo "test-postgres: PostgreSQL is not installed (apt-get install postgresql)" >&2
  exit 1
fi
# PostgreSQL refuses to run as root; run it as the `postgres` user Debian's package makes.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}
if [ "${1:-}" = "stop" ]; then
  as_pg "$bin/pg_ctl -D $dir stop -m fast" >/dev/null 2>&1 || true
  exit 0
fi
if [ ! -f "$dir/PG_VERSION" ]; then
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  as_pg "$bin/initdb -D $dir -U postgres --auth=trust -E UTF8 --no-locale" >/dev/null
fi
if ! as_pg "$bin/pg_ctl -D $dir status" >/dev/null 2>&1; then
  as_pg "$bin/pg_ctl -D $dir -l $dir/log -w -o '-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=on' start" >/dev/null
fi
echo "postgres://postgres@127.0.0.1:$port/postgres"
