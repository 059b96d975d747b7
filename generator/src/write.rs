//! Stage 5: files to disk, atomically. The crate is written to a fresh directory beside `--out` and
//! swapped in with renames, so a failed run never leaves a half-written crate, and whatever was at
//! `--out` before stays as it was until the new crate is complete.

use std::fs;
use std::path::{Component, Path, PathBuf};

use crate::error::Error;

/// One generated file, by path relative to the crate root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    pub path: String,
    pub contents: String,
}

/// Replaces the directory `out` with exactly `files`. The caller has checked that `out` may be
/// replaced (see `guard`); staging happens in `out`'s parent and is removed whatever happens.
pub fn write_crate(out: &Path, files: &[File]) -> Result<(), Error> {
    let write_err = |path: &Path| {
        let path = path.to_owned();
        move |source| Error::Write { path, source }
    };
    let out = crate::guard::resolve(out)?;
    let (Some(parent), Some(name)) = (out.parent(), out.file_name()) else {
        let source = std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a directory name");
        return Err(Error::Write { path: out, source });
    };
    let name = name.to_string_lossy();
    fs::create_dir_all(parent).map_err(write_err(parent))?;

    let staging = Scratch(parent.join(format!(".{name}.oagen-new-{}", unique_suffix())));
    let backup = Scratch(parent.join(format!(".{name}.oagen-old-{}", unique_suffix())));
    stage(&staging.0, files)?;
    let had_old = fs::symlink_metadata(&out).is_ok();
    if had_old {
        fs::rename(&out, &backup.0).map_err(write_err(&out))?;
    }
    if let Err(source) = fs::rename(&staging.0, &out) {
        // Put the old crate back: nothing is lost.
        if had_old {
            let _ = fs::rename(&backup.0, &out);
        }
        return Err(Error::Write { path: out, source });
    }
    Ok(())
}

/// Writes `files` under the fresh directory `staging`.
fn stage(staging: &Path, files: &[File]) -> Result<(), Error> {
    let write_err = |path: &Path| {
        let path = path.to_owned();
        move |source| Error::Write { path, source }
    };
    fs::create_dir(staging).map_err(write_err(staging))?;
    for file in files {
        let relative = safe_relative(&file.path).ok_or_else(|| Error::Write {
            path: PathBuf::from(&file.path),
            source: std::io::Error::new(std::io::ErrorKind::InvalidInput, "refusing to write outside the output directory"),
        })?;
        let target = staging.join(relative);
        if let Some(dir) = target.parent() {
            fs::create_dir_all(dir).map_err(write_err(dir))?;
        }
        fs::write(&target, &file.contents).map_err(write_err(&target))?;
    }
    Ok(())
}

/// A staging or backup path that is removed when it goes out of scope, on every path out of
/// `write_crate` (success, error or panic), so no debris is left beside `--out`.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        match fs::symlink_metadata(&self.0) {
            Ok(meta) if meta.is_dir() => drop(fs::remove_dir_all(&self.0)),
            Ok(_) => drop(fs::remove_file(&self.0)),
            Err(_) => {}
        }
    }
}

/// The process id and a per-process counter: runs in parallel (threads of one process included)
/// never share a staging directory.
fn unique_suffix() -> String {
    static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    format!("{}-{n}", std::process::id())
}

/// Writes one file atomically: a temporary file beside it, then a rename over it.
pub fn write_file(path: &Path, contents: &str) -> Result<(), Error> {
    let write_err = |source| Error::Write { path: path.to_owned(), source };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(write_err)?;
    }
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let staging = path.with_file_name(format!(".{name}.oagen-new-{}", unique_suffix()));
    fs::write(&staging, contents).map_err(write_err)?;
    fs::rename(&staging, path).map_err(|err| {
        let _ = fs::remove_file(&staging);
        write_err(err)
    })
}

/// Reads the files of an existing crate directory that `files` would write, plus any others present.
pub fn read_crate(out: &Path) -> Vec<File> {
    let mut found = Vec::new();
    collect(out, out, &mut found);
    found.sort_by(|a, b| a.path.cmp(&b.path));
    found
}

fn collect(root: &Path, dir: &Path, found: &mut Vec<File>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        // Build output and editor droppings are not part of the crate.
        if name == "target" || name.to_string_lossy().starts_with('.') {
            continue;
        }
        if path.is_dir() {
            collect(root, &path, found);
        } else if let Ok(relative) = path.strip_prefix(root) {
            let contents = fs::read_to_string(&path).unwrap_or_default();
            let relative = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            found.push(File { path: relative, contents });
        }
    }
}

/// A relative path with no `..`, root or prefix: it can only land inside the output directory.
fn safe_relative(path: &str) -> Option<PathBuf> {
    let path = Path::new(path);
    path.components().all(|c| matches!(c, Component::Normal(_))).then(|| path.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_paths_that_escape() {
        assert!(safe_relative("src/lib.rs").is_some());
        assert!(safe_relative("../evil.rs").is_none());
        assert!(safe_relative("/etc/passwd").is_none());
    }
}
