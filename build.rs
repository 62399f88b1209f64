//! The visitors' wasm is linked with its relocations, which wasm-split-cli
//! cuts it by (scripts/tools.sh, `split_visitor_wasm`); the other pages'
//! wasm is not split, and would only carry them.

fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bin=jinshan-corridor-map=--emit-relocs");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
