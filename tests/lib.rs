//! Shared helpers for oagen's end-to-end tests. The README's code blocks are compiled (and run) as
//! this crate's doctests, so the examples users copy keep working.
#![doc = include_str!("../README.md")]

use std::path::PathBuf;

/// The repository root.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// `../shared` beside the repository, when it is there (CI and developer machines; not a user's clone).
pub fn shared_dir() -> Option<PathBuf> {
    let dir = repo_root().join("../shared");
    dir.is_dir().then_some(dir)
}

/// The bundled stages/source spec.
pub fn bundled_spec() -> PathBuf {
    repo_root().join("spec/authentik-stages-source.yaml")
}

/// The API of `fixtures/hostile/names.yaml` as a `build.rs` user includes it (see `build.rs`): its
/// descriptions hold code fences and indented code, which must not run as this crate's doctests.
#[doc(hidden)]
pub mod hostile {
    include!(concat!(env!("OUT_DIR"), "/hostile.rs"));
}
