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

/// Every committed crate, with the spec and settings it is generated from: those of `oagen.toml`.
fn committed() -> Vec<(String, Settings)> {
    let crates = Settings::from_config(repo_root().join("oagen.toml")).expect("oagen.toml reads");
    crates.into_iter().map(|settings| (settings.crate_name.clone().unwrap_or_default(), settings)).collect()
}

#[test]
fn committed_crates_are_up_to_date() {
    for (name, settings) in committed() {
        let out = settings.out.clone().expect("every committed crate has an `out`");
        let diff = settings.check(&out).expect("check runs");
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
