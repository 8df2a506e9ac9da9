#!/usr/bin/env bash
# Browser tests of the demo page (clients/web) against a real `notecoder serve --dev` built from this checkout.
# Installs what it needs when missing: Debian's chromium (apt) and playwright-core (npm ci, pinned by package-lock.json).
# Env: CHROMIUM_PATH (default /usr/bin/chromium), NOTECODER_BIN (a prebuilt binary instead of `go build`),
#      NOTECODER_E2E_SERVER=fake (run against the SDK's fake server, to test the tests themselves).
set -euo pipefail
cd "$(dirname "$0")"

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "e2e: installing chromium" >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
fi

if [ ! -f node_modules/playwright-core/package.json ]; then
  echo "e2e: npm ci" >&2
  npm ci --no-audit --no-fund >&2
fi

exec node --test --test-timeout=600000 --test-concurrency=1 ./*.test.js
