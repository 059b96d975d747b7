//! `oagen check`: what differs between a crate on disk and what would be generated now, file by
//! file, and whether the spec itself changed since the crate was made.

use std::path::Path;

use crate::provenance::Source;
use crate::write::{self, File};

/// The outcome of comparing a crate directory with what would be generated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckReport {
    /// Unified diff from the files on disk to the generated ones; empty when current.
    pub diff: String,
    /// Crate-relative paths of files that differ, are missing or should not be there.
    pub stale_files: Vec<String>,
    /// Set when the spec's digest differs from the one recorded in the crate's `Cargo.toml`.
    pub spec_moved: Option<SpecMoved>,
}

/// The spec a crate was generated from changed since.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecMoved {
    /// The spec file name recorded in the crate.
    pub spec: String,
    pub recorded_digest: String,
    pub current_digest: String,
}

impl CheckReport {
    pub fn is_current(&self) -> bool {
        self.stale_files.is_empty()
    }
}

/// Compares the generated `files` with the crate at `out`.
pub fn compare(files: &[File], out: &Path) -> Result<CheckReport, crate::Error> {
    let existing = write::read_crate(out);
    let mut report = CheckReport::default();
    for file in files {
        let old = existing.iter().find(|e| e.path == file.path).map(|e| e.contents.as_str()).unwrap_or("");
        if old != file.contents {
            let text = similar::TextDiff::from_lines(old, &file.contents);
            let diff = text.unified_diff().context_radius(3).header(&format!("a/{}", file.path), &format!("b/{}", file.path)).to_string();
            report.diff.push_str(&diff);
            report.stale_files.push(file.path.clone());
        }
    }
    // A lock file belongs to whoever builds the crate, not to the generator.
    for stale in existing.iter().filter(|e| e.path != "Cargo.lock" && !files.iter().any(|f| f.path == e.path)) {
        let text = similar::TextDiff::from_lines(stale.contents.as_str(), "");
        report.diff.push_str(&text.unified_diff().header(&format!("a/{}", stale.path), "/dev/null").to_string());
        report.stale_files.push(stale.path.clone());
    }
    report.spec_moved = spec_moved(files, &existing);
    Ok(report)
}

fn spec_moved(files: &[File], existing: &[File]) -> Option<SpecMoved> {
    let manifest = |list: &[File]| list.iter().find(|f| f.path == "Cargo.toml").and_then(|f| Source::parse(&f.contents));
    let (recorded, current) = (manifest(existing)?, manifest(files)?);
    (recorded.digest != current.digest).then(|| SpecMoved {
        spec: recorded.file_name,
        recorded_digest: format!("{:016x}", recorded.digest),
        current_digest: format!("{:016x}", current.digest),
    })
}
