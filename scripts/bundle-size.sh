#!/usr/bin/env bash
# Benchmark: what a visitor downloads. Prints each file of the release
# bundle raw and gzipped (level 9, as a static host would serve it), the
# total of a first load of a station link (budget: under 150 KB gzip), and
# the wasm every map page starts with (goal: at most 180 KB gzip). The
# moving map's part (src/map/slot.rs) comes after the app has taken over,
# on every map page, so the first load counts it; the other parts only
# when asked for.
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
# The moving map's part and the chunks it shares (wasm-split's script names
# the parts each chunk serves), as a pattern of their files.
map_part() {
  local script chunks
  script=$(find dist -maxdepth 1 -name 'wasm-split-*.js' | head -n 1)
  chunks=$(grep -A2 -E '^/\* (.*, )?map(, .*)? \*/$' "$script" | grep -o -E 'chunk_[0-9]+-[0-9a-f]+\.wasm' | tr '\n' '|')
  printf '^dist/(%ssplit_map-[0-9a-f]+\\.wasm)$' "${chunks//./\\.}"
}
# Every other part (split off, fetched when asked for), as a pattern.
other_parts() {
  find dist -maxdepth 1 -type f -name '*.wasm' | grep -E '^dist/(split_|chunk_)' | grep -v -E "$(map_part)" |
    sed 's/\./\\./g' | paste -sd'|' | sed 's/^/^(/; s/$/)$/'
}
# Each page of its own (scripts/tools.sh, build_page) is listed apart: a
# station link never loads its files. Label, then the files' pattern.
PAGES=(
  "editor (editor.html, staff only)" '^dist/(editor\.html|editor-loader-|editor-data/|corridor-editor-|editor-[0-9a-f]+\.css)'
  "planner (plan.html)" '^dist/(plan\.html|plan-loader-|corridor-planner-|planner-[0-9a-f]+\.css)'
  "posters (posters.html, staff only)" '^dist/(posters\.html|posters-loader-|corridor-posters-page-|posters-[0-9a-f]+\.css)'
  "my stamps (stamps.html)" '^dist/(stamps\.html|stamps-loader-|corridor-stamps-|stamps-[0-9a-f]+\.css)'
  "offline and installing (after the page has loaded; the stylesheet is written into the map's pages)" '^dist/(sw\.js|manifest\.webmanifest|icons/|style-[0-9a-f]+\.css)'
  "station pages (a station link loads one, in place of index.html: each about the same)" '^dist/s/'
  "the parts fetched on first use (src/ui/later.rs: a station link with sound data loads none)" "$(other_parts)"
)
OWN_PAGES=$(for ((i = 1; i < ${#PAGES[@]}; i += 2)); do printf '%s|' "${PAGES[$i]}"; done)
OWN_PAGES=${OWN_PAGES%|}
printf '%-52s %10s %10s %10s\n' "file" "raw B" "gzip B" "brotli B"
total_raw=0; total_gz=0; total_br=0
while IFS= read -r f; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  b=$(br "$f")
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  [ "$b" = "-" ] || total_br=$((total_br + b))
  printf '%-52s %10d %10d %10s\n' "${f#dist/}" "$raw" "$gz" "$b"
done < <(find dist -type f | grep -v -E "$OWN_PAGES" | sort)
printf '%-52s %10d %10d %10s\n' "TOTAL (first load of a station link)" "$total_raw" "$total_gz" "$total_br"
printf 'gzip total: %.1f KB (budget 150 KB)\n' "$(echo "$total_gz / 1024" | bc -l)"
start=$(find dist -maxdepth 1 -name 'jinshan-corridor-map-*_bg.wasm' | head -n 1)
printf 'start wasm (%s): %d B gzip, %.1f KB (goal 180 KB)\n' "${start#dist/}" "$(gzip -9 -c "$start" | wc -c)" "$(echo "$(gzip -9 -c "$start" | wc -c) / 1024" | bc -l)"
for ((i = 0; i < ${#PAGES[@]}; i += 2)); do
  echo
  printf '%-52s %10s %10s %10s\n' "${PAGES[$i]}" "raw B" "gzip B" "brotli B"
  while IFS= read -r f; do
    printf '%-52s %10d %10d %10s\n' "${f#dist/}" "$(stat -c %s "$f")" "$(gzip -9 -c "$f" | wc -c)" "$(br "$f")"
  done < <(find dist -type f | grep -E "${PAGES[$((i + 1))]}" | sort)
done
