//! Where things are: the workspace, the release bundle, the real data file
//! and scratch directories. Computed from this crate's location so the
//! tests work from any current directory (cargo runs them from
//! `tests/e2e/`).

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

/// The workspace root (two levels above `tests/e2e`).
pub fn workspace_root() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    here.parent().and_then(|p| p.parent()).map(PathBuf::from).expect("tests/e2e has a workspace root two levels up")
}

/// The Trunk release bundle: `$CORRIDOR_DIST` if set (relative paths are
/// taken from the workspace root), otherwise `<workspace root>/dist`.
pub fn dist_dir() -> PathBuf {
    match std::env::var_os("CORRIDOR_DIST") {
        Some(dir) if !dir.is_empty() => {
            let dir = PathBuf::from(dir);
            if dir.is_absolute() {
                dir
            } else {
                workspace_root().join(dir)
            }
        }
        _ => workspace_root().join("dist"),
    }
}

/// The dataset as shipped, `public/data/corridor.geojson`, read as text;
/// tests derive their damaged variants from it so they follow the data.
pub fn real_data() -> String {
    let path = workspace_root().join("public/data/corridor.geojson");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read the real dataset {}: {e}", path.display()))
}

/// axe-core, the accessibility checker (the engine of Lighthouse's
/// accessibility audit), installed by `scripts/tools.sh` into `.tools/`.
pub fn axe_js() -> String {
    let path = workspace_root().join(".tools/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("cannot read axe-core at {} ({e}); run scripts/test.sh, which installs it", path.display())
    })
}

/// Scratch space under `target/`, so Chrome's profiles and temp files stay
/// out of the source tree and out of the system /tmp, and `cargo clean`
/// removes them.
pub fn scratch_root() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|t| if t.is_absolute() { t } else { workspace_root().join(t) })
        .unwrap_or_else(|| workspace_root().join("target"));
    target.join("e2e-tmp")
}

/// A fresh, empty, unique directory under [`scratch_root`] (unique across
/// threads and across test processes running at the same time).
///
/// Names are kept short on purpose: Chrome puts a Unix socket in its
/// TMPDIR, and socket paths longer than 107 bytes make it exit at start
/// ("Socket path too long"). If the workspace path is so long that even
/// a short name would not fit, the system temp dir is used instead.
pub fn temp_dir(prefix: &str) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = format!("{prefix}-{}-{}", std::process::id(), COUNTER.fetch_add(1, Ordering::SeqCst));
    let mut dir = scratch_root().join(&name);
    // Chrome adds about 50 bytes: /org.chromium.Chromium.XXXXXX/SingletonSocket
    if dir.as_os_str().len() > 55 {
        dir = std::env::temp_dir().join(format!("corridor-e2e-{name}"));
    }
    // A directory left by an earlier run whose process had the same id.
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("cannot create scratch directory {}: {e}", dir.display()));
    dir
}
