#!/usr/bin/env bash
# Makes a folder ready for any static web host: the release build (hashed
# app files, the staff pages, the data), the Content-Security-Policy in
# every page, the service worker, a .gz and a .br copy beside each app
# file, the site's address for the posters' QR codes (https only), and
# PUBLISH.txt, which lists what to upload and how to serve it.
#
# Usage: scripts/publish.sh [--site https://example.gov.cn/jinshan-map/] [--no-build] OUT_DIR
#   --site      the address the site will have; the posters' QR codes point there.
#   --no-build  publish the dist/ already built (scripts/test.sh does this).
set -euo pipefail
source "$(dirname "$0")/tools.sh"

usage() { echo "usage: scripts/publish.sh [--site https://...] [--no-build] OUT_DIR" >&2; exit 2; }
site="" out="" build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --site) [ $# -ge 2 ] || usage; site="$2"; shift 2 ;;
    --site=*) site="${1#--site=}"; shift ;;
    --no-build) build=0; shift ;;
    -h|--help) usage ;;
    -*) echo "publish.sh: unknown option $1" >&2; usage ;;
    *) [ -z "$out" ] || usage; out="$1"; shift ;;
  esac
done
[ -n "$out" ] || usage
finish() { (cd "$ROOT" && cargo run --locked --offline --quiet --bin corridor-finish -- "$@"); }

# Refuse a bad address before minutes of building (the rule is the
# posters' own: https, and not this machine).
[ -z "$site" ] || finish --check-site "$site"
# Never wipe a folder this script did not make.
if [ -d "$out" ] && [ -n "$(ls -A "$out")" ] && [ ! -f "$out/PUBLISH.txt" ]; then
  echo "publish.sh: $out is not empty and was not made by publish.sh; choose another folder" >&2
  exit 1
fi
if [ "$build" = 1 ]; then
  ensure_build_tools
  build_release
fi
[ -f "$ROOT/dist/index.html" ] || { echo "publish.sh: no dist/index.html; run without --no-build" >&2; exit 1; }
say "copying dist/ into $out"
rm -rf "$out"
mkdir -p "$out"
cp -r "$ROOT/dist/." "$out/"
finish --publish ${site:+--site "$site"} "$out"
