//! The settings file (`oagen.toml`) and operation filters, as users run them: one command for every
//! crate of the file, flags that override one crate, filters that keep exactly what the kept
//! operations reach, and `oagen check` as CI runs it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use oagen::cli::{exit, run};
use oagen::{Filter, Settings};
use oagen_tests::{bundled_spec, repo_root, shared_dir};

fn fixture(name: &str) -> PathBuf {
    repo_root().join("tests/fixtures").join(name)
}

/// Runs `oagen` in-process; returns (exit code, stdout, stderr).
fn oagen(args: &[&str]) -> (u8, String, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = run(std::iter::once("oagen").chain(args.iter().copied()), &mut out, &mut err);
    (code, String::from_utf8_lossy(&out).into_owned(), String::from_utf8_lossy(&err).into_owned())
}

fn text(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

/// A temporary project: the filter fixture under `specs/` and `oagen.toml` with `config`.
fn project(config: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join("specs")).expect("mkdir");
    std::fs::copy(fixture("filter.yaml"), dir.path().join("specs/filter.yaml")).expect("copy fixture");
    let file = dir.path().join("oagen.toml");
    std::fs::write(&file, config).expect("write oagen.toml");
    (dir, file)
}

fn client_methods(krate: &Path) -> BTreeSet<String> {
    let client = std::fs::read_to_string(krate.join("src/client.rs")).expect("client.rs");
    client
        .lines()
        // Operation methods borrow for `'a`; the client's other functions do not.
        .filter(|line| line.contains("<'a>("))
        .filter_map(|line| line.trim_start().strip_prefix("pub fn ").or_else(|| line.trim_start().strip_prefix("pub async fn ")))
        .map(|rest| rest.split(['(', '<']).next().unwrap_or_default().to_owned())
        // Each operation also has a `_with_response` method.
        .filter(|name| !name.ends_with("_with_response"))
        .collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

const PETS: &str = "[[crate]]\nname = \"pets\"\nspec = \"specs/filter.yaml\"\nout = \"out/pets\"\n\n[crate.filter]\ntags = [\"pets\"]\n";

#[test]
fn unknown_keys_are_refused_with_the_key_and_the_line() {
    let (_dir, file) = project("[[crate]]\nname = \"pets\"\nspec = \"specs/filter.yaml\"\noutput = \"out\"\n");
    let (code, _, err) = oagen(&["generate", "--config", text(&file)]);
    assert_eq!(code, exit::FAILED, "{err}");
    assert!(err.contains("oagen.toml:4:") && err.contains("`output`"), "names the file, line and key: {err}");
}

#[test]
fn paths_are_relative_to_the_settings_file() {
    let (dir, file) = project(PETS);
    let (code, _, err) = oagen(&["generate", "--config", text(&file)]);
    assert_eq!(code, exit::OK, "{err}");
    let out = dir.path().join("out/pets");
    assert_eq!(client_methods(&out), set(&["list_pets", "create_pet", "get_pets_by_id", "admin_delete_pet"]));
    assert!(err.contains("4 of 6 operations"), "{err}");
    let (code, _, err) = oagen(&["check", "--config", text(&file)]);
    assert_eq!(code, exit::OK, "{err}");
}

#[test]
fn flags_override_the_settings_of_one_crate() {
    let (dir, file) = project(PETS);
    let other = dir.path().join("elsewhere");
    let args = ["generate", "--config", text(&file), "--crate", "pets", "--tag", "stores", "--out", text(&other)];
    let (code, _, err) = oagen(&args);
    assert_eq!(code, exit::OK, "{err}");
    assert_eq!(client_methods(&other), set(&["list_stores"]), "--tag replaces the file's filter");
    assert!(!dir.path().join("out/pets").exists(), "--out replaces the file's out");

    let (code, _, err) = oagen(&["generate", "--config", text(&file), "--crate", "dogs"]);
    assert_eq!(code, exit::FAILED);
    assert!(err.contains("no crate named `dogs`") && err.contains("pets"), "{err}");
}

#[test]
fn flags_with_several_crates_need_crate() {
    let two = format!("{PETS}\n[[crate]]\nname = \"all\"\nspec = \"specs/filter.yaml\"\nout = \"out/all\"\n");
    let (_dir, file) = project(&two);
    let (code, _, err) = oagen(&["generate", "--config", text(&file), "--tag", "pets"]);
    assert_eq!(code, exit::FAILED);
    assert!(err.contains("--crate"), "{err}");
}

/// The component schemas left after filtering the fixture.
fn kept(filter: Filter) -> BTreeSet<String> {
    oagen::stages::kept_schemas(&fixture("filter.yaml"), &filter).expect("filter applies").into_iter().collect()
}

#[test]
fn filters_keep_exactly_the_schemas_kept_operations_reach() {
    // Through responses components, the discriminator mapping (Dog by bare name), allOf and items.
    let by_tag = Filter { tags: vec!["pets".into()], exclude_operations: vec!["create_*".into()], ..Filter::default() };
    assert_eq!(kept(by_tag), set(&["PetKey", "Animal", "PetBase", "Label", "Cat", "Dog"]));
    // Through a requestBodies component and allOf.
    let by_glob = Filter { operations: vec!["create_p?t".into()], ..Filter::default() };
    assert_eq!(kept(by_glob), set(&["NewPet", "PetBase", "Label"]));
    // Through properties and additionalProperties.
    let by_path = Filter { paths: vec!["/stores".into()], ..Filter::default() };
    assert_eq!(kept(by_path), set(&["Store", "Count", "Owner"]));
    // Includes of different kinds add up; excludes remove, by path and by tag.
    let mixed = Filter {
        tags: vec!["admin".into()],
        paths: vec!["/stores".into()],
        exclude_paths: vec!["/admin/pets".into()],
        ..Filter::default()
    };
    assert_eq!(kept(mixed), set(&["Store", "Count", "Owner", "AuditEntry"]));
    let all_but_pets = Filter { exclude_tags: vec!["pets".into()], ..Filter::default() };
    assert_eq!(kept(all_but_pets), set(&["Store", "Count", "Owner", "AuditEntry"]));
}

#[test]
fn operations_without_an_id_match_by_their_derived_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("crate");
    let spec = fixture("filter.yaml");
    let args = ["generate", "--spec", text(&spec), "--out", text(&out), "--operation", "get_pets_*"];
    let (code, _, err) = oagen(&args);
    assert_eq!(code, exit::OK, "{err}");
    assert_eq!(client_methods(&out), set(&["get_pets_by_id"]));
    assert!(err.contains("1 of 6 operations"), "{err}");
}

#[test]
fn a_filter_that_selects_nothing_is_an_error_naming_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("crate");
    for (flag, value, named) in [
        ("--tag", "pest", "tag `pest`"),
        ("--exclude-operation", "delete_*", "operationId glob `delete_*`"),
        ("--path", "/pet/", "path prefix `/pet/`"),
    ] {
        let (code, _, err) = oagen(&["generate", "--spec", text(&fixture("filter.yaml")), "--out", text(&out), flag, value]);
        assert_eq!(code, exit::FAILED, "{err}");
        assert!(err.contains(named) && err.contains(flag) && err.contains("selects no operation"), "{err}");
        assert!(!out.exists());
    }
}

#[test]
fn parts_left_out_leave_no_file_feature_or_dependency() {
    let config = "[[crate]]\nname = \"pets\"\nspec = \"specs/filter.yaml\"\nout = \"out/pets\"\nparts = [\"models\", \"client\"]\n";
    let (dir, file) = project(config);
    let (code, _, err) = oagen(&["generate", "--config", text(&file)]);
    assert_eq!(code, exit::OK, "{err}");
    let out = dir.path().join("out/pets");
    assert!(out.join("src/client.rs").exists() && !out.join("src/server.rs").exists());
    let lib = std::fs::read_to_string(out.join("src/lib.rs")).expect("lib.rs");
    assert!(lib.contains("pub mod client;") && !lib.contains("mod server"), "{lib}");
    assert!(lib.contains("models and an async client."), "{lib}");
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).expect("Cargo.toml");
    assert!(manifest.contains("default = [\"client\", \"rustls\"]"), "{manifest}");
    assert!(!manifest.contains("axum") && !manifest.contains("server"), "{manifest}");
    let (code, _, err) = oagen(&["check", "--config", text(&file)]);
    assert_eq!(code, exit::OK, "{err}");
}

#[test]
fn check_names_each_stale_file_and_exits_1() {
    let (dir, file) = project(PETS);
    assert_eq!(oagen(&["generate", "--config", text(&file)]).0, exit::OK);
    let models = dir.path().join("out/pets/src/models.rs");
    let edited = std::fs::read_to_string(&models).expect("models.rs") + "\n// a local edit\n";
    std::fs::write(&models, edited).expect("edit");
    let (code, diff, err) = oagen(&["check", "--config", text(&file)]);
    assert_eq!(code, exit::STALE, "{err}");
    assert!(err.contains(&format!("stale: {}", models.display())), "{err}");
    assert!(diff.contains("-// a local edit"), "{diff}");
    assert!(!err.contains("oagen diff"), "the spec did not move: {err}");
}

#[test]
fn check_says_when_the_spec_moved_and_points_at_oagen_diff() {
    let (dir, file) = project(PETS);
    assert_eq!(oagen(&["generate", "--config", text(&file)]).0, exit::OK);
    let spec = dir.path().join("specs/filter.yaml");
    let moved = std::fs::read_to_string(&spec).expect("spec").replace("The stores", "All the stores");
    std::fs::write(&spec, moved).expect("edit spec");
    let (code, _, err) = oagen(&["check", "--config", text(&file)]);
    assert_eq!(code, exit::STALE, "{err}");
    assert!(err.contains("the spec changed") && err.contains("filter.yaml") && err.contains("oagen diff OLD"), "{err}");
}

#[test]
fn build_rs_watches_the_settings_file_the_spec_and_the_files_it_references() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    std::fs::create_dir_all(root.join("api/schemas")).expect("mkdir");
    let spec = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Pet:\n      $ref: 'schemas/pet.yaml#/Pet'\n";
    std::fs::write(root.join("api/openapi.yaml"), spec).expect("write");
    std::fs::write(root.join("api/schemas/pet.yaml"), "Pet:\n  properties:\n    tag: {$ref: 'tag.yaml'}\n").expect("write");
    std::fs::write(root.join("api/schemas/tag.yaml"), "type: string\n").expect("write");
    std::fs::write(root.join("oagen.toml"), "[[crate]]\nname = \"pets\"\nspec = \"api/openapi.yaml\"\n").expect("write");
    let crates = Settings::from_config(root.join("oagen.toml")).expect("settings");
    let lines = crates[0].cargo_rerun_lines().expect("rerun lines");
    let expected: Vec<String> = ["oagen.toml", "api/openapi.yaml", "api/schemas/pet.yaml", "api/schemas/tag.yaml"]
        .iter()
        .map(|p| format!("cargo:rerun-if-changed={}", root.join(p).display()))
        .collect();
    assert_eq!(lines, expected);
}

/// The bundled spec whole and authentik 2026.11.0-rc1 filtered to the `stages` tag, in one settings
/// file: one command generates both, one checks both, and the stages crate has exactly one method
/// per operation tagged `stages`.
#[test]
fn one_settings_file_generates_and_checks_two_crates() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut config = format!(
        "[[crate]]\nname = \"stages-source\"\nspec = {:?}\nout = \"stages-source\"\n",
        text(&bundled_spec())
    );
    let authentik = shared_dir().map(|shared| shared.join("specs/authentik-2026.11.0-rc1.yml")).filter(|spec| spec.is_file());
    match &authentik {
        Some(spec) => config.push_str(&format!(
            "\n[[crate]]\nname = \"authentik-stages\"\nspec = {:?}\nout = \"authentik-stages\"\n[crate.filter]\ntags = [\"stages\"]\n",
            text(spec)
        )),
        None => println!("skipped: the authentik 2026.11.0-rc1 crate needs ../shared/specs/authentik-2026.11.0-rc1.yml"),
    }
    let file = dir.path().join("oagen.toml");
    std::fs::write(&file, config).expect("write oagen.toml");
    let (code, _, err) = oagen(&["generate", "--config", text(&file)]);
    assert_eq!(code, exit::OK, "{err}");
    let (code, diff, err) = oagen(&["check", "--config", text(&file)]);
    assert_eq!(code, exit::OK, "{err}\n{diff}");
    assert_eq!(client_methods(&dir.path().join("stages-source")).len(), 7);
    if let Some(spec) = authentik {
        assert_eq!(client_methods(&dir.path().join("authentik-stages")), tagged_operations(&spec, "stages"));
    }
}

/// The `operationId`s of the operations tagged `tag` (authentik's are snake_case already).
fn tagged_operations(spec: &Path, tag: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(spec).expect("spec");
    let doc: serde_yaml::Value = serde_yaml::from_str(&text).expect("yaml");
    let mut ids = BTreeSet::new();
    for (_, item) in doc["paths"].as_mapping().into_iter().flatten() {
        for (_, op) in item.as_mapping().into_iter().flatten() {
            let tagged = op["tags"].as_sequence().is_some_and(|tags| tags.iter().any(|t| t.as_str() == Some(tag)));
            if let (true, Some(id)) = (tagged, op["operationId"].as_str()) {
                ids.insert(id.to_owned());
            }
        }
    }
    ids
}

/// `check-responses` and `pagination` in the file, `--unchecked-responses` and `--no-pagination`
/// on the command line: the client they generate.
#[test]
fn response_checks_and_pagination_are_settings_and_flags() {
    let spec = bundled_spec();
    let config = format!(
        "[[crate]]\nname = \"loose\"\nspec = {spec:?}\nout = \"loose\"\ncheck-responses = false\npagination = false\n\n\
         [[crate]]\nname = \"strict\"\nspec = {spec:?}\nout = \"strict\"\n",
        spec = text(&spec)
    );
    let (dir, file) = project(&config);
    let settings = Settings::from_config(&file).expect("settings");
    assert_eq!((settings[0].check_responses, settings[0].pagination), (false, false));
    assert_eq!((settings[1].check_responses, settings[1].pagination), (true, true));
    let (code, _, err) = oagen(&["generate", "--config", text(&file)]);
    assert_eq!(code, exit::OK, "{err}");
    let read = |krate: &str, file: &str| std::fs::read_to_string(dir.path().join(krate).join(file)).expect("generated file");
    assert!(read("loose", "src/client.rs").contains("decode_unchecked"));
    assert!(!read("loose", "src/client.rs").contains("_stream("));
    assert!(!read("loose", "Cargo.toml").contains("futures"));
    assert!(!read("strict", "src/client.rs").contains("decode_unchecked"));
    assert!(read("strict", "src/client.rs").contains("pub fn stages_source_list_stream("));
    assert!(read("strict", "Cargo.toml").contains("futures = {"));
    // The flags do the same for the strict crate.
    let (code, _, err) = oagen(&["generate", "--config", text(&file), "--crate", "strict", "--unchecked-responses", "--no-pagination"]);
    assert_eq!(code, exit::OK, "{err}");
    assert!(read("strict", "src/client.rs").contains("decode_unchecked"));
    assert!(!read("strict", "src/client.rs").contains("_stream("));
}

/// Only what a filter keeps is lowered: an operation the filter leaves out cannot stop generation,
/// and the summary counts the operations and component schemas kept against the whole spec.
#[test]
fn a_part_the_filter_leaves_out_is_not_lowered() {
    let spec = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  \
        /good: {get: {operationId: getGood, tags: [good], responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Good'}}}}}}}\n  \
        /bad: {get: {operationId: getBad, tags: [bad], responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Bad'}}}}}}}\n\
        components:\n  schemas:\n    Good: {type: object, properties: {name: {type: string}}}\n    Bad: {$ref: '#/info/title'}\n";
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("spec.yaml");
    std::fs::write(&path, spec).expect("write");
    let out = dir.path().join("out");
    let (code, _, err) = oagen(&["generate", "--spec", text(&path), "--out", text(&out)]);
    assert_eq!(code, exit::FAILED, "the whole spec does not lower: {err}");
    assert!(err.contains("#/info/title"), "{err}");
    let (code, _, err) = oagen(&["generate", "--spec", text(&path), "--out", text(&out), "--tag", "good"]);
    assert_eq!(code, exit::OK, "{err}");
    assert!(err.contains("1 of 2 operations and 1 of 2 component schemas kept, "), "{err}");
    assert_eq!(client_methods(&out), set(&["get_good"]));
}
