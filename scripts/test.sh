#!/usr/bin/env bash
# `npm test`: every check and every test, unit to end-to-end. Installs what the tests need first.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

need_apt() {
  local binary=$1 package=$2
  [ -x "$binary" ] && return 0
  if [ "$(id -u)" = 0 ]; then
    echo "Installing $package from Debian (needed by the tests)…"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package") >/dev/null
  else
    echo "The tests need $binary. Install it with: sudo apt-get install -y $package" >&2
    exit 1
  fi
}

need_apt /usr/bin/chromium chromium
need_apt /usr/lib/postgresql/15/bin/initdb postgresql
[ -d node_modules ] || npm ci

rm -rf test-reports && mkdir -p test-reports
reports=test-reports
step() { printf '\n== %s\n' "$1"; }
step "typecheck";   npm run -s typecheck
step "lint";        npm run -s lint
step "layering";    npm run -s check:deps
step "unit and integration tests (PGlite)"
npx vitest run --reporter=default --reporter=json --outputFile.json=$reports/vitest.json
step "embedded server integration tests (PostgreSQL)"
bash scripts/with-postgres.sh npx vitest run lib/local-egp --exclude 'lib/local-egp/engines/**' \
  --reporter=default --reporter=json --outputFile.json=$reports/vitest-postgres.json
step "build";       npx next build
step "page-weight budgets"; node scripts/check-budgets.mjs
step "end-to-end tests (Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME=$reports/playwright.json npx playwright test --reporter=list,json

node scripts/test-summary.mjs $reports/vitest.json $reports/vitest-postgres.json $reports/playwright.json
