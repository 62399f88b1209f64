#!/usr/bin/env bash
# Installs what is missing, then builds and serves the app with the bundled
# data at http://127.0.0.1:8080 (Ctrl-C stops it).
set -euo pipefail
source "$(dirname "$0")/tools.sh"
ensure_build_tools
cd "$ROOT"
exec trunk serve --release --offline --address 127.0.0.1 --port "${PORT:-8080}"
