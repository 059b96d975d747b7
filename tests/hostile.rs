//! Specs written to do harm: names and text that try to leave their place in the generated code or
//! the output directory, and documents built to exhaust time or memory. Each ends in a crate that
//! compiles (`fixtures/hostile/names.yaml` is committed as `generated/hostile-names`, built and
//! linted with the workspace, and included by `build.rs` so its docs would run as doctests if a
//! code block escaped) or in exit 2 with a clear message, quickly.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use oagen::cli::{exit, run};
use oagen::{Settings, WarningKind};
use oagen_tests::repo_root;

fn names_spec() -> PathBuf {
    repo_root().join("tests/fixtures/hostile/names.yaml")
}

/// Runs `oagen generate --spec SPEC --out OUT`; returns (exit code, stderr, time taken).
fn generate(spec: &Path, out: &Path) -> (u8, String, Duration) {
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let started = Instant::now();
    let args = ["oagen", "generate", "--spec", spec.to_str().expect("utf-8"), "--out", out.to_str().expect("utf-8")];
    let code = run(args, &mut stdout, &mut stderr);
    (code, String::from_utf8_lossy(&stderr).into_owned(), started.elapsed())
}

/// A spec written to a temporary directory.
fn spec_file(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write spec");
    path
}

const HEAD: &str = "openapi: 3.0.3\ninfo: {title: hostile, version: '1'}\n";

#[test]
fn names_and_text_stay_in_their_place() {
    let generated = Settings::new(names_spec()).render().expect("the hostile names generate");
    let mut paths: Vec<&str> = generated.files.iter().map(|f| f.path.as_str()).collect();
    paths.sort();
    assert_eq!(paths, ["Cargo.toml", "src/client.rs", "src/lib.rs", "src/models.rs", "src/server.rs"], "tags and ids name no file");
    for file in &generated.files {
        let mut in_fence = false;
        for line in file.contents.lines() {
            assert!(!line.chars().any(|c| c.is_control() && c != '\t' || ('\u{202a}'..='\u{202e}').contains(&c)), "{}: {line:?}", file.path);
            let Some(doc) = line.trim_start().strip_prefix("///").or_else(|| line.trim_start().strip_prefix("//!")) else { continue };
            let doc = doc.trim_start();
            if doc.starts_with("```") {
                assert!(in_fence || doc != "```" && doc != "```rust", "{}: a code block that could run: {line}", file.path);
                in_fence = !in_fence;
            }
        }
        assert!(!file.contents.contains("/**"), "{}: no block doc comment that text could close", file.path);
    }
    let manifest = &generated.files.iter().find(|f| f.path == "Cargo.toml").expect("manifest").contents;
    assert!(!manifest.lines().any(|l| l.starts_with("evil")), "the version cannot add a key:\n{manifest}");
    let models = &generated.files.iter().find(|f| f.path == "src/models.rs").expect("models").contents;
    // Keywords raw or suffixed, a leading digit prefixed, a collision numbered the camel-case way.
    for name in ["pub r#type: String", "pub struct Self_ {", "    Self2,", "pub enum N123abc {"] {
        assert!(models.contains(name), "{name}");
    }

    let dir = tempfile::tempdir().expect("temp");
    let out = dir.path().join("out");
    let (code, err, _) = generate(&names_spec(), &out);
    assert_eq!(code, exit::OK, "{err}");
    let entries: Vec<_> = std::fs::read_dir(dir.path()).expect("list").flatten().map(|e| e.file_name()).collect();
    assert_eq!(entries, ["out"], "nothing written beside --out");
}

/// Fields named like the locals and helpers of a struct's generated `Deserialize` (`map`,
/// `required`, `read_field`, `foo`, `_1`, ...) read their own keys, and unlisted keys land in
/// `additional_properties`; schemas named like support types (`Key`, `Received`) are renamed.
#[test]
fn fields_named_like_the_readers_locals_read_their_own_keys() {
    use oagen_tests::hostile::models::{Key2, Locals, OnlyAdditional};
    let text = r#"{"map": "m", "key": "k", "map_": "m_", "required": "r", "read_field": "rf", "read_field_with": "rfw",
        "skip_value": "sv", "value": "v", "deserializer": "d", "foo": "f", "field_foo": "ff", "_1": "one", "extra": "x"}"#;
    let locals: Locals = serde_json::from_str(text).expect("decodes");
    assert_eq!((locals.map.as_str(), locals.required.as_str()), ("m", "r"));
    assert_eq!(locals.key.as_deref(), Some("k"));
    assert_eq!(locals.map2.as_deref(), Some("m_"));
    assert_eq!(locals.read_field.as_deref(), Some("rf"));
    assert_eq!(locals.read_field_with.as_deref(), Some("rfw"));
    assert_eq!(locals.skip_value.as_deref(), Some("sv"));
    assert_eq!(locals.value.as_deref(), Some("v"));
    assert_eq!(locals.deserializer.as_deref(), Some("d"));
    assert_eq!((locals.foo.as_deref(), locals.field_foo.as_deref(), locals._1.as_deref()), (Some("f"), Some("ff"), Some("one")));
    assert_eq!(locals.additional_properties.get("extra").map(String::as_str), Some("x"));
    let back: serde_json::Value = serde_json::to_value(&locals).expect("encodes");
    assert_eq!(back, serde_json::from_str::<serde_json::Value>(text).expect("json"), "the same object back");
    let err = serde_json::from_str::<Locals>(r#"{"map": "m"}"#).expect_err("required is required").to_string();
    assert!(err.contains("missing field `required`"), "{err}");
    let only: OnlyAdditional = serde_json::from_str(r#"{"a": 1, "b": 2}"#).expect("decodes");
    assert_eq!(only.len(), 2, "a map of its own");
    assert!(serde_json::from_str::<OnlyAdditional>(r#"{"a": "one"}"#).is_err(), "values keep their type");
    let key: Key2 = serde_json::from_str(r#"{"key": "6c1b2f0e-7c2a-4a47-9a0a-0c7f3d2f4b11"}"#).expect("decodes");
    assert!(key.key.is_some());
}

#[test]
fn numbers_beyond_u64_are_kept_as_floats_or_reported_by_schema() {
    let generated = Settings::new(names_spec()).render().expect("generates");
    let unenforced: Vec<&str> =
        generated.warnings.iter().filter(|w| w.kind == WarningKind::UnenforcedRule).map(|w| w.pointer.as_str()).collect();
    assert_eq!(unenforced, ["/components/schemas/Huge", "/components/schemas/Huge", "/components/schemas/HugeEnum"]);
    assert!(generated.warnings.iter().any(|w| w.message.contains("`maximum: 123456789012345680000000000000`") && w.message.contains("beyond what an i64 holds")));
    let models = &generated.files.iter().find(|f| f.path == "src/models.rs").expect("models").contents;
    assert!(models.contains("const MAXIMUM: Option<f64> = Some(340282366920938500000000000000000000000.0);"), "a float bound is kept");
}

#[test]
fn an_alias_bomb_is_refused_quickly() {
    let mut text = format!("{HEAD}x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    let mut previous = 'a';
    for name in "bcdefghi".chars() {
        text.push_str(&format!("x-{name}: &{name} [{}]\n", vec![format!("*{previous}"); 10].join(", ")));
        previous = name;
    }
    text.push_str("paths: {}\n");
    let dir = tempfile::tempdir().expect("temp");
    let (code, err, took) = generate(&spec_file(dir.path(), "bomb.yaml", &text), &dir.path().join("out"));
    assert_eq!(code, exit::FAILED);
    assert!(err.contains("syntax error: repetition limit exceeded"), "{err}");
    assert!(took < Duration::from_secs(10), "{took:?}");
}

#[test]
fn ten_thousand_levels_of_nesting_end_in_a_clear_error_quickly() {
    let depth = 10_000;
    let dir = tempfile::tempdir().expect("temp");
    let flow = format!(
        "{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    Deep: {}{{type: string}}{}\n",
        "{type: object, properties: {p: ".repeat(depth),
        "}}".repeat(depth)
    );
    let json = format!(
        r#"{{"openapi":"3.0.3","info":{{"title":"t","version":"1"}},"paths":{{}},"components":{{"schemas":{{"Deep":{}{{"type":"string"}}{}}}}}}}"#,
        r#"{"type":"object","properties":{"p":"#.repeat(depth),
        "}}".repeat(depth)
    );
    // Block style: each level indented two more spaces (2,000 levels are already 4 MB of text).
    let block: String = (0..2_000).map(|level| format!("{}p{level}:\n", "  ".repeat(level + 3))).collect();
    let block = format!("{HEAD}paths: {{}}\ncomponents:\n  schemas:\n{block}");
    for (name, text, message) in [
        ("flow.yaml", flow, "flow collections nest more than 1000 levels deep"),
        ("deep.json", json, "recursion limit exceeded"),
        ("block.yaml", block, "recursion limit exceeded"),
    ] {
        let (code, err, took) = generate(&spec_file(dir.path(), name, &text), &dir.path().join("out"));
        assert_eq!(code, exit::FAILED, "{name}");
        assert!(err.contains(message) && err.contains(&format!("{name}:")), "{name}: {}", &err[..err.len().min(600)]);
        assert!(took < Duration::from_secs(10), "{name}: {took:?}");
    }
    // 60 levels of schemas (120 of YAML, under the parser's 128) generate, on a test's 2 MiB
    // thread too: loading and lowering run on a deep stack of their own.
    let nested = format!(
        "{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    Deep: {}{{type: string}}{}\n",
        "{type: object, properties: {p: ".repeat(60),
        "}}".repeat(60)
    );
    let generated = Settings::new(spec_file(dir.path(), "nested.yaml", &nested)).render().expect("60 levels generate");
    assert_eq!(generated.summary.types, 60);
}

#[test]
fn a_hundred_thousand_value_enum_generates() {
    let values: String = (0..100_000).map(|i| format!("        - v{i}\n")).collect();
    let text = format!("{HEAD}paths: {{}}\ncomponents:\n  schemas:\n    Big:\n      type: string\n      enum:\n{values}");
    let dir = tempfile::tempdir().expect("temp");
    let started = Instant::now();
    let generated = Settings::new(spec_file(dir.path(), "enum.yaml", &text)).render().expect("generates");
    let took = started.elapsed();
    // Long files are split into parts (`src/models/part_002.rs`, ...): read them all.
    let models: String =
        generated.files.iter().filter(|f| f.path == "src/models.rs" || f.path.starts_with("src/models/")).map(|f| f.contents.as_str()).collect();
    assert!(models.contains("    V99999,\n") && models.contains("\"v99999\""));
    assert!(took < Duration::from_secs(120), "{took:?}");
}

#[test]
fn ten_thousand_chained_references_lower() {
    let schemas: String = (0..10_000)
        .map(|i| format!("    S{i}:\n      type: object\n      properties:\n        next: {{$ref: '#/components/schemas/S{}'}}\n", (i + 1) % 10_000))
        .collect();
    let dir = tempfile::tempdir().expect("temp");
    let spec = spec_file(dir.path(), "chain.yaml", &format!("{HEAD}paths: {{}}\ncomponents:\n  schemas:\n{schemas}"));
    oagen::stages::lower(&spec).expect("a ring of 10,000 references lowers");
}

/// A ~50 MB spec (10,000 operations and schemas with long descriptions), generated at test time.
/// Slow in a debug build: run it with `cargo test --release -p oagen-tests --test hostile -- --ignored`.
#[test]
#[ignore]
fn a_fifty_megabyte_spec_ends_within_bounds() {
    let description = "Lorem ipsum dolor sit amet, */ consectetur ``` adipiscing elit. ".repeat(35);
    let mut text = format!("{HEAD}paths:\n");
    for i in 0..10_000 {
        text.push_str(&format!(
            "  /things{i}/{{id}}:\n    get:\n      operationId: get{i}\n      description: '{description}'\n      parameters:\n        - {{name: id, in: path, required: true, schema: {{type: string, format: uuid}}}}\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {{$ref: '#/components/schemas/Thing{i}'}}\n"
        ));
    }
    text.push_str("components:\n  schemas:\n");
    for i in 0..10_000 {
        text.push_str(&format!(
            "    Thing{i}:\n      type: object\n      description: '{description}'\n      required: [id]\n      properties:\n        id: {{type: string, maxLength: 40, pattern: '^[a-z0-9-]+$'}}\n        count: {{type: integer, minimum: 0}}\n        tags: {{type: array, items: {{type: string}}}}\n"
        ));
    }
    assert!(text.len() > 45_000_000, "{} bytes", text.len());
    let dir = tempfile::tempdir().expect("temp");
    let (code, err, took) = generate(&spec_file(dir.path(), "big.yaml", &text), &dir.path().join("out"));
    println!("{} MB: exit {code} in {took:?}", text.len() / 1_000_000);
    assert_eq!(code, exit::OK, "{}", &err[..err.len().min(2000)]);
}
