//! Diagnostics as a CI log shows them: every problem of a spec in one run, each with its file,
//! line and column, source line, JSON pointer and hint (rustc's layout), or as JSON lines with
//! `--format json`.

use std::path::{Path, PathBuf};

use oagen::cli::{exit, run};
use oagen_tests::repo_root;
use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    repo_root().join("tests/fixtures").join(name)
}

/// Runs `oagen` in-process; returns (exit code, stdout, stderr).
fn oagen(args: &[&str]) -> (u8, String, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = run(std::iter::once("oagen").chain(args.iter().copied()), &mut out, &mut err);
    (code, String::from_utf8_lossy(&out).into_owned(), String::from_utf8_lossy(&err).into_owned())
}

/// `generate` with `--format json`: the exit code and each line of stdout parsed (every line must
/// be a JSON object), and stderr.
fn generate_json(spec: &Path, out: &Path, extra: &[&str]) -> (u8, Vec<Value>, String) {
    let mut args = vec!["generate", "--spec", spec.to_str().expect("utf-8"), "--out", out.to_str().expect("utf-8"), "--format", "json"];
    args.extend_from_slice(extra);
    let (code, stdout, stderr) = oagen(&args);
    let lines = stdout.lines().map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"))).collect();
    (code, lines, stderr)
}

/// The one error a fixture makes, as JSON, after checking nothing was written.
fn only_error(name: &str) -> Value {
    let dir = tempfile::tempdir().expect("temp");
    let out = dir.path().join("crate");
    let (code, mut lines, err) = generate_json(&fixture(name), &out, &[]);
    assert_eq!(code, exit::FAILED, "{err}");
    assert!(!out.exists(), "nothing written");
    assert_eq!(lines.len(), 1, "{lines:#?}");
    let error = lines.remove(0);
    assert_eq!(error["severity"], "error");
    assert!(error["file"].as_str().expect("file").ends_with(name), "{error}");
    error
}

/// The text (rustc-style) report of a fixture's errors.
fn text_report(name: &str) -> String {
    let dir = tempfile::tempdir().expect("temp");
    let spec = fixture(name);
    let (code, _, err) = oagen(&["generate", "--spec", spec.to_str().expect("utf-8"), "--out", dir.path().join("crate").to_str().expect("utf-8")]);
    assert_eq!(code, exit::FAILED, "{err}");
    err
}

#[test]
fn a_syntax_error_names_its_line_and_the_kind_of_fix() {
    let error = only_error("malformed.yaml");
    assert_eq!(error["kind"], "syntax");
    assert!(error["message"].as_str().expect("message").contains("did not find expected"), "{error}");
    assert_eq!(error["line"], 9);
    assert_eq!(error["pointer"], "");
    assert!(error["hint"].as_str().expect("hint").contains("YAML or JSON"), "{error}");
    let text = text_report("malformed.yaml");
    assert!(text.starts_with("error: syntax error: did not find expected"), "{text}");
    assert!(text.contains(" --> ") && text.contains("malformed.yaml:9:1\n"), "{text}");
    assert!(!text.contains("= at:"), "no pointer for a syntax error: {text}");
}

#[test]
fn an_invalid_document_names_the_field_with_line_column_and_source() {
    let error = only_error("invalid-openapi.yaml");
    assert_eq!(error["kind"], "invalid");
    assert_eq!(error["message"], "unknown variant `somewhere`, expected one of `query`, `header`, `path`, `cookie`");
    assert_eq!(error["pointer"], "/paths/~1things/get/parameters/0/in");
    assert_eq!((error["line"].as_u64(), error["column"].as_u64()), (Some(11), Some(11)));
    assert!(error["hint"].as_str().expect("hint").contains("OpenAPI specification"), "{error}");
    let text = text_report("invalid-openapi.yaml");
    assert!(text.contains("  --> ") && text.contains("invalid-openapi.yaml:11:11\n"), "{text}");
    assert!(text.contains("\n11 |           in: somewhere\n   |           ^\n"), "the line and a caret under the column: {text}");
    assert!(text.contains("\n   = at: #/paths/~1things/get/parameters/0/in\n"), "{text}");
    assert!(text.contains("\n   = help: compare this part with the OpenAPI specification"), "{text}");
    let closing = format!(": 1 error in {}\n", fixture("invalid-openapi.yaml").display());
    assert!(text.ends_with(&closing), "{text}");
}

#[test]
fn a_dangling_ref_is_shown_like_a_compile_error() {
    let error = only_error("dangling-ref.yaml");
    assert_eq!(error["kind"], "dangling-ref");
    assert_eq!(error["message"], "`#/components/schemas/Missing` names no schema in components/schemas");
    assert_eq!(error["pointer"], "/paths/~1things/get/responses/200/content/application~1json/schema/$ref");
    assert_eq!((error["line"].as_u64(), error["column"].as_u64()), (Some(15), Some(17)));
    assert!(error["hint"].as_str().expect("hint").contains("case-sensitive"), "{error}");
    let text = text_report("dangling-ref.yaml");
    let spec = fixture("dangling-ref.yaml");
    let expected = format!(
        "error: dangling $ref: `#/components/schemas/Missing` names no schema in components/schemas
  --> {}:15:17
   |
15 |                 $ref: '#/components/schemas/Missing'
   |                 ^
   = at: #/paths/~1things/get/responses/200/content/application~1json/schema/$ref
   = help: ",
        spec.display()
    );
    assert!(text.starts_with(&expected), "{text}");
    assert!(text.contains("error: could not generate ") && text.contains(": 1 error in "), "{text}");
}

#[test]
fn an_unsupported_construct_says_how_to_get_past_it() {
    let error = only_error("external-ref.yaml");
    assert_eq!(error["kind"], "unsupported");
    assert!(error["message"].as_str().expect("message").contains("`other.yaml#/components/schemas/Thing` points into another file"), "{error}");
    assert_eq!(error["pointer"], "/paths/~1things/get/responses/200/content/application~1json/schema/$ref");
    assert_eq!(error["line"], 15);
    assert!(error["hint"].as_str().expect("hint").contains("--exclude-operation"), "{error}");
}

#[test]
fn every_error_of_a_spec_is_reported_in_one_run() {
    let dir = tempfile::tempdir().expect("temp");
    let (code, lines, _) = generate_json(&fixture("many-errors.yaml"), &dir.path().join("crate"), &[]);
    assert_eq!(code, exit::FAILED);
    let found: Vec<(&str, &str, u64)> = lines
        .iter()
        .map(|e| (e["kind"].as_str().expect("kind"), e["pointer"].as_str().expect("pointer"), e["line"].as_u64().expect("line")))
        .collect();
    assert_eq!(
        found,
        [
            ("dangling-ref", "/components/schemas/Thing/properties/owner/$ref", 41),
            ("dangling-ref", "/components/schemas/Thing/properties/tags/items/$ref", 45),
            ("dangling-ref", "/paths/~1things/get/responses/200/content/application~1json/schema/$ref", 16),
            ("dangling-ref", "/paths/~1others/get/parameters/0/$ref", 31),
            ("unsupported", "/paths/~1others/post/requestBody/content/application~1json/schema/$ref", 24),
        ]
    );
    let text = text_report("many-errors.yaml");
    assert_eq!(text.matches("\nerror: ").count() + 1, 6, "five errors and the closing line: {text}");
    assert!(text.contains(": 5 errors in "), "{text}");
}

#[test]
fn several_invalid_pieces_are_reported_together() {
    let dir = tempfile::tempdir().expect("temp");
    let spec = dir.path().join("api.yaml");
    let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      parameters:\n        - {name: x, in: nowhere}\n      responses: {'204': {description: ok}}\n  /b:\n    get:\n      responses: {'204': {description: 7}}\n";
    std::fs::write(&spec, text).expect("write");
    let (code, lines, _) = generate_json(&spec, &dir.path().join("crate"), &[]);
    assert_eq!(code, exit::FAILED);
    let pointers: Vec<&str> = lines.iter().map(|e| e["pointer"].as_str().expect("pointer")).collect();
    assert_eq!(pointers, ["/paths/~1a/get/parameters/0/in", "/paths/~1b/get/responses/204/description"], "{lines:#?}");
    assert!(lines.iter().all(|e| e["kind"] == "invalid"));
}

#[test]
fn past_a_hundred_errors_the_rest_are_counted() {
    let properties: String = (0..150).map(|i| format!("        p{i}: {{$ref: '#/components/schemas/Missing{i}'}}\n")).collect();
    let text = format!("openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n    Big:\n      properties:\n{properties}");
    let dir = tempfile::tempdir().expect("temp");
    let spec = dir.path().join("api.yaml");
    std::fs::write(&spec, text).expect("write");
    let (code, lines, _) = generate_json(&spec, &dir.path().join("crate"), &[]);
    assert_eq!(code, exit::FAILED);
    assert_eq!(lines.len(), 100);
    assert_eq!(lines[99]["pointer"], "/components/schemas/Big/properties/p99/$ref");
    assert_eq!(lines[99]["line"], 107);
    let (code, _, err) = oagen(&["generate", "--spec", spec.to_str().expect("utf-8"), "--out", dir.path().join("c").to_str().expect("utf-8")]);
    assert_eq!(code, exit::FAILED);
    assert!(err.contains(": 150 errors in ") && err.ends_with("(the first 100 shown)\n"), "{}", &err[err.len() - 200..]);
}

#[test]
fn warnings_as_json_carry_their_line_and_every_one_is_listed() {
    let dir = tempfile::tempdir().expect("temp");
    let out = dir.path().join("crate");
    let (code, lines, err) = generate_json(&fixture("odd-numbers.yaml"), &out, &[]);
    assert_eq!(code, exit::OK, "{err}");
    assert_eq!(lines.len(), 7, "{lines:#?}");
    assert!(lines.iter().all(|w| w["severity"] == "warning" && w["hint"].is_string()));
    let route = lines.iter().find(|w| w["kind"] == "unroutable").expect("the duplicate route");
    assert_eq!(route["pointer"], "/paths/~1a~1{y}/get");
    assert!(route["line"].as_u64().is_some_and(|line| line > 1), "{route}");
    assert!(err.contains("warnings: 4 unenforced-rule, 2 approximated, 1 unroutable") && err.contains("generated "), "{err}");
    assert!(!err.contains("warning: "), "warnings go to stdout only: {err}");
    // Denied, the same warnings are errors of their own kind, and nothing is written.
    let out = dir.path().join("denied");
    let (code, lines, err) = generate_json(&fixture("odd-numbers.yaml"), &out, &["--deny-warnings", "unroutable"]);
    assert_eq!(code, exit::FAILED, "{err}");
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert_eq!((&lines[0]["severity"], &lines[0]["kind"]), (&Value::from("error"), &Value::from("unroutable")));
    assert!(!out.exists());
}

#[test]
fn check_as_json_names_each_stale_file_and_keeps_stdout_json() {
    let dir = tempfile::tempdir().expect("temp");
    let out = dir.path().join("crate");
    let spec = fixture("odd-numbers.yaml");
    let (spec, out_text) = (spec.to_str().expect("utf-8"), out.to_str().expect("utf-8"));
    assert_eq!(oagen(&["generate", "--spec", spec, "--out", out_text]).0, exit::OK);
    std::fs::write(out.join("src/lib.rs"), "// edited\n").expect("write");
    let (code, stdout, err) = oagen(&["check", "--spec", spec, "--out", out_text, "--format", "json"]);
    assert_eq!(code, exit::STALE, "{err}");
    let lines: Vec<Value> = stdout.lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    assert_eq!(lines.len(), 1, "{stdout}");
    assert_eq!(lines[0]["kind"], "stale");
    assert!(lines[0]["file"].as_str().expect("file").ends_with("src/lib.rs"));
    assert!(err.contains("-// edited") || err.contains("+// edited") || err.contains("// edited"), "the diff goes to stderr: {err}");
    // Errors that are not about a place in the spec are JSON too.
    let (code, stdout, _) = oagen(&["check", "--spec", "/nonexistent/api.yaml", "--out", out_text, "--format", "json"]);
    assert_eq!(code, exit::FAILED);
    let error: Value = serde_json::from_str(stdout.trim()).expect("one JSON line");
    assert_eq!((&error["kind"], &error["file"]), (&Value::from("read"), &Value::from("/nonexistent/api.yaml")));
}
