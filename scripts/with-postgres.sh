#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster:
#   scripts/with-postgres.sh npx vitest run lib/local-egp
# The cluster lives in a temp dir on a free loopback port (as the postgres user when run as root),
# EGP_TEST_DATABASE_URL points at it while the command runs, and it is stopped and removed afterwards.
set -euo pipefail

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
[ -x "$PG_BIN/initdb" ] || { echo "with-postgres: no PostgreSQL at $PG_BIN (set PG_BIN)" >&2; exit 127; }

work="$(mktemp -d "${TMPDIR:-/tmp}/egp-pg.XXXXXX")"
port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"

as_pg() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "$(id -u)" = "0" ]; then chown postgres: "$work"; fi

cleanup() {
  as_pg "$PG_BIN/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

as_pg "$PG_BIN/initdb" -D "$work/data" -U postgres --auth=trust -E UTF8 --no-sync >"$work/initdb.log" 2>&1 ||
  { cat "$work/initdb.log" >&2; exit 1; }
# fsync off: the cluster is thrown away, and tests want speed.
as_pg "$PG_BIN/pg_ctl" -D "$work/data" -l "$work/server.log" -w -t 30 \
  -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null || { cat "$work/server.log" >&2; exit 1; }

export EGP_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "with-postgres: PostgreSQL on 127.0.0.1:$port" >&2
set +e
"$@"
status=$?
set -e
exit "$status"
