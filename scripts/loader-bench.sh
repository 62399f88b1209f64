#!/usr/bin/env bash
# How long reading the data file takes in V8, the engine of the phones'
# browsers, tier by tier: corridor::model::load built alone for WebAssembly
# as the app is built (tests/loader-bench/), run by Node on the shipped file
# (dist/'s when built, with its traditional-Chinese texts; else public/'s).
# The app reads the file during its start-up, in V8's baseline tier
# (Liftoff, compiled function by function on first call); later loads run
# optimised code. A benchmark: it prints figures and asserts nothing.
#
# Usage: scripts/loader-bench.sh [FILE]
set -euo pipefail
source "$(dirname "$0")/tools.sh"

file="${1:-}"
if [ -z "$file" ]; then
  file="$ROOT/dist/data/corridor.geojson"
  [ -f "$file" ] || file="$ROOT/public/data/corridor.geojson"
fi
[ -f "$file" ] || { echo "loader-bench.sh: no such file: $file" >&2; exit 1; }
ensure_build_tools
bench="$ROOT/tests/loader-bench"
# Exactly the app's versions: the project's lock, plus this package.
cp "$ROOT/Cargo.lock" "$bench/Cargo.lock"
say "building the loader alone for wasm32, as the app is built"
(cd "$bench" && size_build_env cargo build --release --offline --target wasm32-unknown-unknown \
  --target-dir "$ROOT/target/loader-bench" >&2)
wasm="$ROOT/target/loader-bench/wasm32-unknown-unknown/release/corridor_loader_bench.wasm"
say "loading $(basename "$file") ($(wc -c < "$file") B), 20 times per engine setting"
printf '%-34s %s\n' "as a browser runs it:" "$(node "$bench/run.mjs" "$wasm" "$file" 20)"
printf '%-34s %s\n' "baseline tier only (--liftoff-only):" "$(node --liftoff-only "$bench/run.mjs" "$wasm" "$file" 20)"
printf '%-34s %s\n' "optimised tier only (--no-liftoff):" "$(node --no-liftoff "$bench/run.mjs" "$wasm" "$file" 20)"
