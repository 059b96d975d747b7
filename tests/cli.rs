//! The command line as users run it: exit codes, messages that name the file, the JSON pointer and
//! the line, and an output directory that a failed run leaves exactly as it was.

use std::path::{Path, PathBuf};

use oagen::cli::{exit, run};
use oagen_tests::{bundled_spec, repo_root};

fn fixture(name: &str) -> PathBuf {
    repo_root().join("tests/fixtures").join(name)
}

/// Runs `oagen` in-process; returns (exit code, stdout, stderr).
fn oagen(args: &[&str]) -> (u8, String, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = run(std::iter::once("oagen").chain(args.iter().copied()), &mut out, &mut err);
    (code, String::from_utf8_lossy(&out).into_owned(), String::from_utf8_lossy(&err).into_owned())
}

fn generate(spec: &Path, out: &Path) -> (u8, String, String) {
    oagen(&["generate", "--spec", spec.to_str().expect("utf-8"), "--out", out.to_str().expect("utf-8")])
}

/// A previous crate at `out`, to prove failures leave it untouched.
fn existing_crate(out: &Path) {
    std::fs::create_dir_all(out.join("src")).expect("mkdir");
    std::fs::write(out.join("src/lib.rs"), "// the user's previous crate\n").expect("write");
}

fn assert_untouched(out: &Path) {
    let text = std::fs::read_to_string(out.join("src/lib.rs")).expect("previous crate still there");
    assert_eq!(text, "// the user's previous crate\n");
    let entries: Vec<_> = std::fs::read_dir(out.parent().expect("parent")).expect("list").flatten().collect();
    assert_eq!(entries.len(), 1, "no staging directories left behind: {entries:?}");
}

#[test]
fn malformed_yaml_names_file_and_line_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp");
    let out = dir.path().join("crate");
    let (code, _, err) = generate(&fixture("malformed.yaml"), &out);
    assert_eq!(code, exit::FAILED, "{err}");
    assert!(err.contains("malformed.yaml:"), "names the file: {err}");
    assert!(err.contains("syntax error"), "{err}");
    assert!(err.contains(":9:") || err.contains(":8:"), "names the line: {err}");
    assert!(!out.exists(), "an absent --out stays absent");
}

#[test]
fn dangling_ref_names_pointer_and_line_and_keeps_the_old_crate() {
    let dir = tempfile::tempdir().expect("temp");
    let out = dir.path().join("crate");
    existing_crate(&out);
    let (code, _, err) = generate(&fixture("dangling-ref.yaml"), &out);
    assert_eq!(code, exit::FAILED, "{err}");
    assert!(err.contains("dangling-ref.yaml:15:"), "names the file and line of the $ref: {err}");
    assert!(err.contains("#/paths/~1things/get/responses/200/content/application~1json/schema/$ref"), "{err}");
    assert!(err.contains("#/components/schemas/Missing"), "{err}");
    assert_untouched(&out);
}

#[test]
fn swagger_2_errors_point_into_the_2_0_document() {
    // Swagger 2.0 is converted to 3.0 on load; the dangling `$ref` sits in a body parameter, which
    // the conversion moves into a request body, yet the error names the line and pointer as written.
    let dir = tempfile::tempdir().expect("temp");
    let (code, _, err) = generate(&fixture("swagger2.yaml"), &dir.path().join("crate"));
    assert_eq!(code, exit::FAILED, "{err}");
    assert!(err.contains("swagger2.yaml:18:"), "names the line of the $ref: {err}");
    assert!(err.contains("#/paths/~1things/post/parameters/1/schema/$ref"), "{err}");
    assert!(err.contains("#/components/schemas/Missing"), "{err}");
}

#[test]
fn references_into_other_files_are_reported_as_unsupported() {
    let dir = tempfile::tempdir().expect("temp");
    let out = dir.path().join("crate");
    existing_crate(&out);
    let (code, _, err) = generate(&fixture("external-ref.yaml"), &out);
    assert_eq!(code, exit::FAILED);
    assert!(err.contains("unsupported construct") && err.contains("other.yaml"), "{err}");
    assert!(err.contains("external-ref.yaml:15:"), "{err}");
    assert_untouched(&out);
}

#[test]
fn invalid_openapi_names_where_it_breaks() {
    let dir = tempfile::tempdir().expect("temp");
    let (code, _, err) = generate(&fixture("invalid-openapi.yaml"), &dir.path().join("crate"));
    assert_eq!(code, exit::FAILED);
    assert!(err.contains("invalid OpenAPI document") && err.contains("#/paths/~1things/get/parameters"), "{err}");
    assert!(err.contains("invalid-openapi.yaml:11:") && err.contains("#/paths/~1things/get/parameters/0/in"), "{err}");
}

#[test]
fn missing_spec_file_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().expect("temp");
    let (code, _, err) = generate(&dir.path().join("nope.yaml"), &dir.path().join("crate"));
    assert_eq!(code, exit::FAILED);
    assert!(err.contains("nope.yaml") && err.contains("cannot read"), "{err}");
}

#[test]
fn invalid_crate_name_is_refused() {
    let dir = tempfile::tempdir().expect("temp");
    let spec = bundled_spec();
    let out = dir.path().join("crate");
    let (code, _, err) =
        oagen(&["generate", "--spec", spec.to_str().expect("utf-8"), "--out", out.to_str().expect("utf-8"), "--crate-name", "../evil"]);
    assert_eq!(code, exit::FAILED);
    assert!(err.contains("not a valid crate name"), "{err}");
    assert!(!out.exists());
}

#[test]
fn generate_replaces_an_existing_crate_and_check_reports_drift() {
    let dir = tempfile::tempdir().expect("temp");
    let out = dir.path().join("crate");
    existing_crate(&out);
    std::fs::write(out.join("src/stale.rs"), "// left over\n").expect("write");
    let spec = bundled_spec();
    let spec = spec.to_str().expect("utf-8");
    let out_arg = out.to_str().expect("utf-8");

    let (code, _, err) = oagen(&["generate", "--spec", spec, "--out", out_arg, "--crate-name", "authentik-stages-source"]);
    assert_eq!(code, exit::OK, "{err}");
    assert!(err.contains("23 types, 7 operations"), "prints a summary: {err}");
    assert!(!out.join("src/stale.rs").exists(), "the old crate is replaced whole");
    assert!(std::fs::read_to_string(out.join("src/models.rs")).expect("models").contains("pub type FlowSetSlug"));

    let check = |out: &str| oagen(&["check", "--spec", spec, "--out", out, "--crate-name", "authentik-stages-source"]);
    let (code, diff, err) = check(out_arg);
    assert_eq!(code, exit::OK, "fresh output is up to date: {diff}{err}");
    assert!(diff.is_empty());

    let models = out.join("src/models.rs");
    let edited = std::fs::read_to_string(&models).expect("read").replace("pub type FlowSetSlug", "pub type EditedSlug");
    std::fs::write(&models, edited).expect("write");
    std::fs::write(out.join("src/extra.rs"), "// not generated\n").expect("write");
    let (code, diff, err) = check(out_arg);
    assert_eq!(code, exit::STALE, "{err}");
    assert!(diff.contains("--- a/src/models.rs") && diff.contains("+++ b/src/models.rs"), "{diff}");
    assert!(diff.contains("-pub type EditedSlug") && diff.contains("+pub type FlowSetSlug"), "{diff}");
    assert!(diff.contains("--- a/src/extra.rs"), "files that would not be generated are reported: {diff}");
    assert!(err.contains("out of date"), "{err}");

    let (code, _, _) = check(dir.path().join("absent").to_str().expect("utf-8"));
    assert_eq!(code, exit::STALE, "a missing crate is stale");
}

#[test]
fn a_reference_loop_outside_components_is_any_json_with_a_warning_not_a_stack_overflow() {
    // `next` is a reference to itself: no shape at all. Like a loop of component references, it
    // is taken as any JSON value, and the warning names where.
    let dir = tempfile::tempdir().expect("temp");
    let (code, _, err) = generate(&fixture("self-reference.yaml"), &dir.path().join("crate"));
    assert_eq!(code, exit::OK, "{err}");
    assert!(err.contains("#/components/schemas/Node/properties/next/$ref") && err.contains("any JSON value"), "{err}");
}
