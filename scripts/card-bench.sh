#!/usr/bin/env bash
# A station link's card on a throttled phone, the app against a plain
# Leaflet page drawing the same data (tests/e2e/src/bin/card-bench.rs):
# installs Chromium and chromedriver (Debian) and Leaflet 1.9.4 (npm, into
# .tools/peer/) when missing, then runs the benchmark on the dist/ already
# built (it never builds).
#
# Usage: scripts/card-bench.sh [--loads N] [--no-peer]
#   --loads N   loads per page and network (1-20, default 3)
#   --no-peer   the app only
set -euo pipefail
source "$(dirname "$0")/tools.sh"

LEAFLET_VERSION=1.9.4
ensure_browser_tools
if ! grep -qs "\"version\": \"$LEAFLET_VERSION\"" "$ROOT/.tools/peer/node_modules/leaflet/package.json"; then
  say "installing leaflet $LEAFLET_VERSION from npm into .tools/peer/ (the benchmark's peer page)"
  npm install --prefix "$ROOT/.tools/peer" --no-save --no-audit --no-fund "leaflet@$LEAFLET_VERSION" >&2
fi
if [ ! -f "$ROOT/dist/index.html" ]; then
  echo "card-bench.sh: no dist/index.html; build it first: source scripts/tools.sh && ensure_build_tools && build_release" >&2
  exit 1
fi
cd "$ROOT"
exec cargo run --release --locked -p corridor-e2e --bin card-bench -- "$@"
