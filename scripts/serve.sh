#!/usr/bin/env bash
# Installs what is missing, publishes the app into published/ (exactly
# what scripts/publish.sh makes for a real site) and serves it with nginx
# and the shipped configuration (docs/deploy/jinshan-map.conf) at
# http://127.0.0.1:8080 (PORT=... for another port). Ctrl-C stops it.
#
# For live reload while changing the code, use Trunk's own server instead
# (a development build: larger, and with Trunk's reload script):
#   trunk serve --offline
set -euo pipefail
source "$(dirname "$0")/tools.sh"
ensure_build_tools
ensure_nginx
bash "$ROOT/scripts/publish.sh" "$ROOT/published"
say "serving published/ with nginx at http://127.0.0.1:${PORT:-8080}/"
exec bash "$ROOT/scripts/nginx-local.sh" "${PORT:-8080}" "$ROOT/published"
