#!/usr/bin/env bash
# Installs what is missing (build tools, Chromium, chromedriver, nginx),
# then runs every check: formatting and clippy (native and wasm32), native
# unit and data tests, the data check of the shipped file, the release
# build, its published form (scripts/publish.sh), and the browser
# end-to-end tests against the build and against nginx serving it.
set -euo pipefail
source "$(dirname "$0")/tools.sh"
ensure_build_tools
ensure_browser_tools
ensure_nginx
cd "$ROOT"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

# Cheap checks first: a formatting slip or a lint fails in a minute, not
# after the release build.
lint

say "native unit and data tests"
cargo test --locked -p jinshan-corridor-map 2>&1 | tee -a "$log"

say "checking the shipped dataset"
cargo run --locked --quiet --bin corridor-check -- --lang en public/data/corridor.geojson

build_release

say "publishing the build for the tests against nginx (target/nginx-www/jinshan-map)"
bash scripts/publish.sh --no-build --site https://example.gov.cn/jinshan-map/ target/nginx-www/jinshan-map

say "browser end-to-end tests (headless Chromium)"
cargo test --locked -p corridor-e2e --lib --test browser --test map_moves --test map_touch --test accessibility --test languages --test hostile_data --test keyboard_focus --test legend --test print --test layout --test dark --test visitor_view --test editor --test planner --test planner_places --test posters --test stamps --test listen --test offline --test parts --test nginx --test first_screen -- --test-threads=2 2>&1 | tee -a "$log"

# One closing line over every suite above.
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($i ~ /^passed;?$/) p += $(i-1); if ($i ~ /^failed;?$/) f += $(i-1) } }
     END { printf "all tests: %d passed, %d failed\n", p, f }' "$log"
