#!/usr/bin/env bash
# Benchmark: what a visitor downloads. Prints each file of the release
# bundle raw and gzipped (level 9, as a static host would serve it), and the
# total of a first load of a station link. Budget: under 150 KB gzip.
# Builds dist/ first unless given --no-build.
set -euo pipefail
source "$(dirname "$0")/tools.sh"
cd "$ROOT"
if [ "${1:-}" != "--no-build" ]; then
  ensure_build_tools
  build_release >&2
fi
# Brotli (what most hosts and CDNs serve today) is shown too when the
# `brotli` command is installed; the budget is set in gzip.
br() { if command -v brotli >/dev/null 2>&1; then brotli -q 11 -c "$1" | wc -c; else echo "-"; fi; }
# The editor's and the planner's files (scripts/tools.sh, build_page) are
# listed apart: a station link never loads them.
EDITOR_FILES='^dist/(editor\.html|editor-data/|corridor-editor-|editor-[0-9a-f]+\.css)'
PLANNER_FILES='^dist/(plan\.html|corridor-planner-|planner-[0-9a-f]+\.css)'
printf '%-52s %10s %10s %10s\n' "file" "raw B" "gzip B" "brotli B"
total_raw=0; total_gz=0; total_br=0
while IFS= read -r f; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  b=$(br "$f")
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  [ "$b" = "-" ] || total_br=$((total_br + b))
  printf '%-52s %10d %10d %10s\n' "${f#dist/}" "$raw" "$gz" "$b"
done < <(find dist -type f | grep -v -E "$EDITOR_FILES|$PLANNER_FILES" | sort)
printf '%-52s %10d %10d %10s\n' "TOTAL (first load of a station link)" "$total_raw" "$total_gz" "$total_br"
printf 'gzip total: %.1f KB (budget 150 KB)\n' "$(echo "$total_gz / 1024" | bc -l)"
# The staff editor's own files: never part of a visitor's load.
echo
printf '%-52s %10s %10s %10s\n' "editor (editor.html, staff only)" "raw B" "gzip B" "brotli B"
while IFS= read -r f; do
  printf '%-52s %10d %10d %10s\n' "${f#dist/}" "$(stat -c %s "$f")" "$(gzip -9 -c "$f" | wc -c)" "$(br "$f")"
done < <(find dist -type f | grep -E "$EDITOR_FILES" | sort)
# The visit planner's own files: loaded only on plan.html.
echo
printf '%-52s %10s %10s %10s\n' "planner (plan.html)" "raw B" "gzip B" "brotli B"
while IFS= read -r f; do
  printf '%-52s %10d %10d %10s\n' "${f#dist/}" "$(stat -c %s "$f")" "$(gzip -9 -c "$f" | wc -c)" "$(br "$f")"
done < <(find dist -type f | grep -E "$PLANNER_FILES" | sort)
