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

/// Replaces the directory `out` with exactly `files`.
pub fn write_crate(out: &Path, files: &[File]) -> Result<(), Error> {
    let write_err = |path: &Path| {
        let path = path.to_owned();
        move |source| Error::Write { path, source }
    };
    let out = absolute(out).map_err(write_err(out))?;
    let parent = out.parent().map(Path::to_owned).unwrap_or_else(|| PathBuf::from("."));
    let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "crate".into());
    fs::create_dir_all(&parent).map_err(write_err(&parent))?;

    let staging = parent.join(format!(".{name}.oagen-new-{}", std::process::id()));
    let backup = parent.join(format!(".{name}.oagen-old-{}", std::process::id()));
    let _ = fs::remove_dir_all(&staging);
    let result = (|| {
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
    })();
    if let Err(err) = result {
        let _ = fs::remove_dir_all(&staging);
        return Err(err);
    }

    let had_old = out.exists();
    if had_old {
        let _ = fs::remove_dir_all(&backup);
        if let Err(source) = fs::rename(&out, &backup) {
            let _ = fs::remove_dir_all(&staging);
            return Err(Error::Write { path: out, source });
        }
    }
    if let Err(source) = fs::rename(&staging, &out) {
        // Put the old crate back: nothing is lost.
        if had_old {
            let _ = fs::rename(&backup, &out);
        }
        let _ = fs::remove_dir_all(&staging);
        return Err(Error::Write { path: out, source });
    }
    if had_old {
        let _ = fs::remove_dir_all(&backup);
    }
    Ok(())
}

/// Writes one file atomically: a temporary file beside it, then a rename over it.
pub fn write_file(path: &Path, contents: &str) -> Result<(), Error> {
    let write_err = |source| Error::Write { path: path.to_owned(), source };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(write_err)?;
    }
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let staging = path.with_file_name(format!(".{name}.oagen-new-{}", std::process::id()));
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

fn absolute(path: &Path) -> std::io::Result<PathBuf> {
    if path.is_absolute() { Ok(path.to_owned()) } else { Ok(std::env::current_dir()?.join(path)) }
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
