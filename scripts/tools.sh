# Installs (if missing) and puts on PATH what building and testing need.
# Sourced by serve.sh, test.sh and bundle-size.sh; safe to run again.
# Versions must match: wasm-bindgen-cli equals the wasm-bindgen in Cargo.lock.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
AXE_VERSION=4.14.1
# Splits the visitors' wasm (split_visitor_wasm below); it must read what
# the wasm_split_helpers in Cargo.lock writes.
WASM_SPLIT_VERSION=0.2.4
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$ROOT/Cargo.lock")"
export PATH="$ROOT/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '==> %s\n' "$*" >&2; }

ensure_build_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  # The formatter and the linter that scripts/test.sh runs first.
  for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
      say "adding the $component component"
      rustup component add "$component"
    fi
  done
  # The standard library's source, for the size-optimised build below.
  if ! rustup component list --installed | grep -q '^rust-src'; then
    say "adding the rust-src component"
    rustup component add rust-src || say "no rust-src: the bundle will be built without it (larger)"
  fi
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
    # --locked can fail when a crate pinned in the CLI's own lock file is
    # missing from the registry; then take the newest compatible versions.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked \
      || cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
  fi
  # It has no --version: cargo's list of installed tools says.
  if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    say "installing wasm-split-cli $WASM_SPLIT_VERSION (about 1 minute)"
    cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --locked --features build-binary
  fi
  # Never Debian's binaryen (108): its wasm-opt silently breaks the app.
  # axe-core is the accessibility checker the browser tests run in the page.
  # One npm call for both: npm removes what a --no-save install does not name.
  if ! wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION" \
      || ! grep -qs "\"version\": \"$AXE_VERSION\"" "$ROOT/.tools/node_modules/axe-core/package.json"; then
    say "installing binaryen $BINARYEN_VERSION (wasm-opt) and axe-core $AXE_VERSION from npm into .tools/"
    npm install --prefix "$ROOT/.tools" --no-save --no-audit --no-fund \
      "binaryen@$BINARYEN_VERSION" "axe-core@$AXE_VERSION" >&2
  fi
  (cd "$ROOT" && cargo fetch --locked >&2)
}

ensure_browser_tools() {
  local missing=()
  [ -x /usr/lib/chromium/chromium ] || missing+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
  [ -d /usr/share/fonts/opentype/noto ] || missing+=(fonts-noto-cjk)
  # pdftotext and pdftoppm: the print tests read the printed pages.
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} from Debian"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
  fi
}

# nginx with its brotli module, for scripts/serve.sh and the e2e tests
# against a real web server (tests/e2e/tests/nginx.rs).
ensure_nginx() {
  local missing=()
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} from Debian"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq >&2
    # Only the programs: no system nginx is started (there is no init here,
    # and the tests run their own).
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
  fi
}

# The browser build compiles the standard library itself, so that a panic
# aborts at once instead of carrying messages and formatting code: 37 KB
# less gzip (266 -> 229 KB wasm, measured with scripts/bundle-size.sh). It
# needs rust-src and cargo's -Z build-std, which this stable toolchain
# allows with RUSTC_BOOTSTRAP=1, set for this build only. Cargo builds
# (and downloads std's own dependencies) first; Trunk then finds it done.
# If any of that fails, the bundle is built the plain way. The flags
# replace .cargo/config.toml's, so they repeat its cfg.
size_build_env() {
  env RUSTC_BOOTSTRAP=1 \
    CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort" \
    "$@"
}

# The visitors' wasm in parts (src/ui/later.rs): what Cargo built (linked
# with its relocations, build.rs) is cut at its #[wasm_split] functions by
# wasm-split-cli; the part every page starts with is bound by wasm-bindgen
# (keeping what the parts link to); each is optimised as Trunk optimises;
# and corridor-finish puts them in place of the uncut wasm Trunk bound
# (src/publish/split.rs).
split_visitor_wasm() {
  local bin=jinshan-corridor-map out="$ROOT/target/wasm-split"
  say "splitting the visitors' wasm into the start and the parts fetched on first use"
  rm -rf "$out" && mkdir -p "$out"
  wasm-split-cli "$ROOT/target/wasm32-unknown-unknown/release/$bin.wasm" "$out" --out-name "$bin" >&2
  wasm-bindgen --target web --keep-lld-exports --no-demangle --out-dir "$out" --out-name "$bin" "$out/$bin.wasm"
  rm "$out/$bin.wasm"
  local part
  for part in "$out"/*.wasm; do
    wasm-opt -Oz -o "$part" "$part"
  done
  (cd "$ROOT" && cargo run --locked --offline --quiet --bin corridor-finish -- --place-split "$out" dist)
}

# Formatting, and clippy with warnings as errors for both targets: the
# native library, tests, examples and tools, and the browser build, whose
# views (src/main.rs, src/app.rs, src/ui/, src/map/) only exist for wasm32.
# The wasm32 lint uses .cargo/config.toml's rustflags (`--cfg
# erase_components`, as the app is built), which a RUSTFLAGS in the
# environment would replace, so it is cleared for that step.
lint() {
  say "formatting (cargo fmt --check)"
  (cd "$ROOT" && cargo fmt --all -- --check)
  say "clippy, native (warnings are errors)"
  (cd "$ROOT" && cargo clippy --locked --workspace --all-targets -- -D warnings)
  say "clippy, wasm32 (warnings are errors)"
  (cd "$ROOT" && env -u RUSTFLAGS -u CARGO_ENCODED_RUSTFLAGS \
    cargo clippy --locked --target wasm32-unknown-unknown -p jinshan-corridor-map --lib --bin jinshan-corridor-map -- -D warnings)
}

build_release() {
  say "building the release bundle into dist/"
  if (cd "$ROOT" && size_build_env cargo build --locked --release --target wasm32-unknown-unknown --bin jinshan-corridor-map >&2 \
      && size_build_env trunk build --release --offline); then
    split_visitor_wasm
    build_editor
    finish_bundle
    return 0
  fi
  say "the size-optimised build failed; building with the standard library as shipped"
  (cd "$ROOT" && trunk build --release --offline)
  split_visitor_wasm
  build_editor
  finish_bundle
}

# Once every page is in dist/: the loaders out of line, the
# Content-Security-Policy in each page, the manifest, the service worker
# and its precache list (src/bin/corridor-finish.rs, native).
finish_bundle() {
  say "finishing dist/ (policy, loaders, manifest, service worker)"
  (cd "$ROOT" && cargo run --locked --offline --quiet --bin corridor-finish -- dist)
}

# A page of its own beside the visitors' (the staff editor, the planner):
# its own Trunk build into dist-<page>/ (Trunk names the page index.html
# there), then copied into dist/ as <page>.html with its hashed <bin>-*.js/
# _bg.wasm, <css>-*.css and any extra folder. The visitors' index.html never
# refers to these files, so a station link never downloads them.
# Usage: build_page <page> <bin> <css> [extra folder]
build_page() {
  local page="$1" bin="$2" css="$3" extra="${4:-}"
  say "building $page.html into dist-$page/ and copying it into dist/"
  if ! (cd "$ROOT" && size_build_env cargo build --locked --release --target wasm32-unknown-unknown --bin "$bin" >&2 \
      && size_build_env trunk build --release --offline --dist "dist-$page" "$page.html"); then
    say "the size-optimised $page build failed; building with the standard library as shipped"
    (cd "$ROOT" && trunk build --release --offline --dist "dist-$page" "$page.html")
  fi
  (cd "$ROOT" && rm -rf "dist/$bin"-* "dist/$css"-*.css ${extra:+"dist/$extra"} \
    && cp -r "dist-$page/$bin"-* "dist-$page/$css"-*.css ${extra:+"dist-$page/$extra"} dist/ \
    && cp "dist-$page/index.html" "dist/$page.html")
}

# The staff editor, with editor-data/ (the data as staff keep it), the
# visit planner, the posters page and "my stamps", which read the
# visitors' data/.
build_editor() {
  build_page editor corridor-editor editor editor-data
  build_page plan corridor-planner planner
  build_page posters corridor-posters-page posters
  build_page stamps corridor-stamps stamps
}
