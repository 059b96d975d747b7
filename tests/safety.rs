//! `generate` replaces only what oagen made: an absent or empty directory, or a crate whose
//! `Cargo.toml` carries oagen's header. A project of the user's, the directory holding the spec,
//! `.` and files are refused with exit 2 and left byte for byte as they were, and no staging
//! directory is left beside `--out`, whatever the outcome.
//!
//! One test changes the process's working directory (to run `--out .`); every other test here
//! uses absolute paths only, so running them in parallel is safe.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use oagen::cli::{exit, run};
use oagen_tests::bundled_spec;

/// Runs `oagen` in-process; returns (exit code, stderr).
fn oagen(args: &[&str]) -> (u8, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = run(std::iter::once("oagen").chain(args.iter().copied()), &mut out, &mut err);
    (code, String::from_utf8_lossy(&err).into_owned())
}

fn generate(spec: &Path, out: &Path, extra: &[&str]) -> (u8, String) {
    let mut args = vec!["generate", "--spec", spec.to_str().expect("utf-8"), "--out", out.to_str().expect("utf-8")];
    args.extend_from_slice(extra);
    oagen(&args)
}

/// Every file under `dir` (hidden ones and `.git` included) with its bytes, and every directory.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Option<Vec<u8>>> {
    let mut found = BTreeMap::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(path) = stack.pop() {
        let Ok(meta) = std::fs::symlink_metadata(&path) else { continue };
        let relative = path.strip_prefix(dir).expect("under dir").to_owned();
        if meta.is_dir() {
            found.insert(relative, None);
            stack.extend(std::fs::read_dir(&path).expect("list").flatten().map(|e| e.path()));
        } else {
            found.insert(relative, Some(std::fs::read(&path).expect("read")));
        }
    }
    found
}

/// A project the user made: a git directory, sources and the spec.
fn user_project(dir: &Path) -> PathBuf {
    std::fs::create_dir_all(dir.join(".git/objects")).expect("mkdir");
    std::fs::write(dir.join(".git/HEAD"), "ref: refs/heads/main\n").expect("write");
    std::fs::create_dir_all(dir.join("src")).expect("mkdir");
    std::fs::write(dir.join("src/main.rs"), "fn main() {}\n").expect("write");
    std::fs::write(dir.join("Cargo.toml"), "[package]\nname = \"mine\"\n").expect("write");
    let spec = dir.join("api.yaml");
    std::fs::copy(bundled_spec(), &spec).expect("copy spec");
    spec
}

/// Runs `oagen` with `args` and asserts exit 2, a message naming `named`, and `root` unchanged.
fn assert_refused(root: &Path, args: &[&str], named: &[&str]) -> String {
    let before = snapshot(root);
    let (code, err) = oagen(args);
    assert_eq!(code, exit::FAILED, "{err}");
    assert!(err.contains("refusing to replace"), "{err}");
    for text in named {
        assert!(err.contains(text), "names {text}: {err}");
    }
    assert_eq!(snapshot(root), before, "nothing changed, nothing left behind");
    err
}

#[test]
fn a_project_oagen_did_not_generate_is_refused() {
    let root = tempfile::tempdir().expect("temp");
    let project = root.path().join("project");
    user_project(&project);
    let spec = bundled_spec();
    let args = ["generate", "--spec", spec.to_str().expect("utf-8"), "--out", project.to_str().expect("utf-8")];
    let err = assert_refused(root.path(), &args, &["project", "`.git`", "`Cargo.toml`", "`src`", "--force"]);
    assert!(err.contains("not a crate oagen generated"), "{err}");
}

#[test]
fn the_directory_holding_the_spec_is_refused_even_with_force() {
    let root = tempfile::tempdir().expect("temp");
    let project = root.path().join("project");
    let spec = user_project(&project);
    let (spec, out) = (spec.to_str().expect("utf-8"), project.to_str().expect("utf-8"));
    assert_refused(root.path(), &["generate", "--spec", spec, "--out", out], &["project", "api.yaml"]);
    let err = assert_refused(root.path(), &["generate", "--spec", spec, "--out", out, "--force"], &["api.yaml", "which oagen reads"]);
    assert!(!err.contains("--force to"), "force cannot help here: {err}");
}

#[test]
fn a_file_is_refused_and_left_as_it_was() {
    let root = tempfile::tempdir().expect("temp");
    let file = root.path().join("notes.txt");
    std::fs::write(&file, "keep me\n").expect("write");
    let spec = bundled_spec();
    let (spec, out) = (spec.to_str().expect("utf-8"), file.to_str().expect("utf-8"));
    assert_refused(root.path(), &["generate", "--spec", spec, "--out", out], &["notes.txt", "is a file"]);
    assert_refused(root.path(), &["generate", "--spec", spec, "--out", out, "--force"], &["notes.txt", "is a file"]);
}

#[test]
fn the_filesystem_root_is_refused() {
    let spec = bundled_spec();
    let (code, err) = oagen(&["generate", "--spec", spec.to_str().expect("utf-8"), "--out", "/", "--force"]);
    assert_eq!(code, exit::FAILED, "{err}");
    assert!(err.contains("filesystem root"), "{err}");
}

#[test]
fn force_replaces_a_directory_but_the_spec_survives() {
    let root = tempfile::tempdir().expect("temp");
    let project = root.path().join("project");
    let spec = user_project(&project);
    let out = root.path().join("elsewhere");
    std::fs::create_dir_all(&out).expect("mkdir");
    std::fs::write(out.join("old.txt"), "old\n").expect("write");
    let spec_bytes = std::fs::read(&spec).expect("read");
    let (code, err) = generate(&spec, &out, &["--force"]);
    assert_eq!(code, exit::OK, "{err}");
    assert!(!out.join("old.txt").exists() && out.join("Cargo.toml").exists());
    assert_eq!(std::fs::read(&spec).expect("spec survives"), spec_bytes);
    assert_eq!(names(root.path()), ["elsewhere", "project"], "no staging debris");
}

#[test]
fn an_empty_directory_and_an_oagen_crate_are_replaced_without_force() {
    let root = tempfile::tempdir().expect("temp");
    let out = root.path().join("crate");
    std::fs::create_dir_all(&out).expect("mkdir");
    let (code, err) = generate(&bundled_spec(), &out, &[]);
    assert_eq!(code, exit::OK, "{err}");
    std::fs::write(out.join("src/extra.rs"), "// stale\n").expect("write");
    let (code, err) = generate(&bundled_spec(), &out, &[]);
    assert_eq!(code, exit::OK, "regenerating over an oagen crate works: {err}");
    assert!(!out.join("src/extra.rs").exists());
    assert_eq!(names(root.path()), ["crate"], "no staging debris");
}

#[test]
fn a_generated_crate_that_is_a_repository_needs_force() {
    let root = tempfile::tempdir().expect("temp");
    let out = root.path().join("crate");
    assert_eq!(generate(&bundled_spec(), &out, &[]).0, exit::OK);
    std::fs::create_dir_all(out.join(".git")).expect("mkdir");
    std::fs::write(out.join(".git/HEAD"), "ref: refs/heads/main\n").expect("write");
    let (spec, out_arg) = (bundled_spec(), out.to_str().expect("utf-8").to_owned());
    let args = ["generate", "--spec", spec.to_str().expect("utf-8"), "--out", &out_arg];
    assert_refused(root.path(), &args, &["`.git`", "--force"]);
    assert_eq!(generate(&bundled_spec(), &out, &["--force"]).0, exit::OK);
    assert!(!out.join(".git").exists(), "--force replaces the directory whole");
    assert_eq!(names(root.path()), ["crate"]);
}

#[test]
fn a_failed_run_leaves_no_staging_directory() {
    let root = tempfile::tempdir().expect("temp");
    let out = root.path().join("crate");
    let spec = oagen_tests::repo_root().join("tests/fixtures/dangling-ref.yaml");
    let (code, _) = generate(&spec, &out, &[]);
    assert_eq!(code, exit::FAILED);
    assert!(names(root.path()).is_empty(), "{:?}", names(root.path()));
}

/// `--out .` in a project, the spec named relative to it: refused, with and without `--force`.
#[test]
fn dot_is_refused_when_it_is_a_project() {
    let root = tempfile::tempdir().expect("temp");
    let project = root.path().join("project");
    user_project(&project);
    std::env::set_current_dir(&project).expect("cd");
    assert_refused(root.path(), &["generate", "--spec", "api.yaml", "--out", "."], &["project", "api.yaml"]);
    let spec = bundled_spec();
    let args = ["generate", "--spec", spec.to_str().expect("utf-8"), "--out", "."];
    assert_refused(root.path(), &args, &["project", "`.git`", "`src`"]);
    assert_refused(root.path(), &["generate", "--spec", "api.yaml", "--out", ".", "--force"], &["api.yaml"]);
    assert_refused(root.path(), &["generate", "--spec", "./api.yaml", "--out", "../project/.", "--force"], &["api.yaml"]);
    std::env::set_current_dir(oagen_tests::repo_root()).expect("cd back");
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(dir).expect("list").flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

/// `force` is a decision made at the command line for one run, never a setting a file can carry
/// into every run; and a settings file's `out` cannot be the directory that holds it.
#[test]
fn force_is_not_a_settings_file_key_and_the_settings_file_is_protected() {
    let root = tempfile::tempdir().expect("temp");
    let project = root.path().join("project");
    user_project(&project);
    let config = project.join("oagen.toml");
    let config_arg = config.to_str().expect("utf-8");
    std::fs::write(&config, "[[crate]]\nname = \"api\"\nspec = \"api.yaml\"\nout = \"gen\"\nforce = true\n").expect("write");
    let err = assert_refused_plain(root.path(), &["generate", "--config", config_arg]);
    assert!(err.contains("oagen.toml:5:") && err.contains("`force`"), "{err}");
    std::fs::write(&config, "[[crate]]\nname = \"api\"\nspec = \"../api.yaml\"\nout = \".\"\n").expect("write");
    std::fs::copy(bundled_spec(), root.path().join("api.yaml")).expect("copy spec");
    let err = assert_refused(root.path(), &["generate", "--config", config_arg, "--force"], &["oagen.toml", "which oagen reads"]);
    assert!(!err.contains("--force to"), "{err}");
}

/// Like `assert_refused`, for errors that are not about the output directory.
fn assert_refused_plain(root: &Path, args: &[&str]) -> String {
    let before = snapshot(root);
    let (code, err) = oagen(args);
    assert_eq!(code, exit::FAILED, "{err}");
    assert_eq!(snapshot(root), before);
    err
}
