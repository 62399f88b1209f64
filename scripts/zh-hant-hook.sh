#!/usr/bin/env bash
# Trunk post_build hook (Trunk.toml): adds the traditional-Chinese texts the
# data lacks to the bundle's copy of the data (public/data stays as staff
# wrote it). Native, so it must not inherit the wasm size build's
# standard-library settings (scripts/tools.sh, size_build_env).
set -euo pipefail
file="${TRUNK_STAGING_DIR:?run by trunk}/data/corridor.geojson"
[ -f "$file" ] || exit 0
env -u RUSTC_BOOTSTRAP -u CARGO_UNSTABLE_BUILD_STD -u CARGO_UNSTABLE_BUILD_STD_FEATURES \
  cargo run --locked --offline --quiet --bin corridor-zh-hant -- "$file"
