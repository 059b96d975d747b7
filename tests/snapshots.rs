//! The emitted code, held in snapshots so every change to emission is a reviewable diff; and the
//! guarantees around it: byte-identical output on every run, and a committed crate that is current.

use oagen::Settings;
use oagen_tests::{bundled_spec, repo_root};

fn settings() -> Settings {
    Settings::new(bundled_spec()).crate_name("authentik-stages-source")
}

#[test]
fn generated_files_match_their_snapshots() {
    let generated = settings().render().expect("the bundled spec generates");
    let names: Vec<&str> = generated.files.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(names, ["Cargo.toml", "src/lib.rs", "src/models.rs", "src/client.rs", "src/server.rs"]);
    for file in &generated.files {
        insta::assert_snapshot!(file.path.replace('/', "__"), file.contents);
    }
    assert!(generated.warnings.is_empty(), "the bundled spec is fully supported: {:?}", generated.warnings);
}

#[test]
fn generation_is_byte_identical_across_runs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    settings().generate(&a).expect("first run");
    settings().generate(&b).expect("second run");
    for file in ["Cargo.toml", "src/lib.rs", "src/models.rs", "src/client.rs", "src/server.rs"] {
        let first = std::fs::read(a.join(file)).expect("read first");
        let second = std::fs::read(b.join(file)).expect("read second");
        assert!(first == second, "{file} differs between two runs");
    }
}

/// Every committed crate, with the spec and settings it is generated from.
fn committed() -> Vec<(&'static str, Settings)> {
    let fixtures = repo_root().join("tests/fixtures");
    vec![
        ("authentik-stages-source", settings()),
        ("authentik-stages-source-open", Settings::new(bundled_spec()).crate_name("authentik-stages-source-open").enum_fallback(true)),
        ("constructs", Settings::new(fixtures.join("constructs.yaml")).crate_name("constructs")),
        ("constructs-31", Settings::new(fixtures.join("constructs-3.1.yaml")).crate_name("constructs-31")),
        ("odd-numbers", Settings::new(fixtures.join("odd-numbers.yaml")).crate_name("odd-numbers")),
        ("reserved-names", Settings::new(fixtures.join("reserved-names.yaml")).crate_name("reserved-names")),
    ]
}

#[test]
fn committed_crates_are_up_to_date() {
    for (name, settings) in committed() {
        let diff = settings.check(&repo_root().join("generated").join(name)).expect("check runs");
        assert!(diff.is_none(), "generated/{name} is stale; regenerate it:\n{}", diff.unwrap_or_default());
    }
}

#[test]
fn construct_fixtures_match_their_snapshots() {
    for (name, settings) in committed().into_iter().skip(2) {
        let generated = settings.render().expect("fixture generates");
        for file in generated.files.iter().filter(|f| f.path.ends_with(".rs")) {
            insta::assert_snapshot!(format!("{name}__{}", file.path.replace('/', "__")), file.contents);
        }
    }
}
