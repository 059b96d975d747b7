//! The lowered IR of every committed crate's spec, held in snapshots so every change to a decision
//! lowering makes is a reviewable diff; the committed crates themselves are the output check
//! (`committed_crates_are_up_to_date`); and byte-identical output on every run.

use oagen::Settings;
use oagen_tests::{bundled_spec, repo_root};

fn settings() -> Settings {
    Settings::new(bundled_spec()).crate_name("authentik-stages-source")
}

#[test]
fn the_bundled_spec_generates_without_warnings() {
    let generated = settings().render().expect("the bundled spec generates");
    let names: Vec<&str> = generated.files.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(names, ["Cargo.toml", "src/lib.rs", "src/models.rs", "src/client.rs", "src/server.rs"]);
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
fn lowered_ir_matches_its_snapshots() {
    for (name, settings) in committed() {
        let dump = oagen::stages::dump_ir(&settings).expect("spec lowers");
        insta::assert_snapshot!(format!("ir__{name}"), dump);
    }
}
