//! `spec/authentik-stages-source.yaml` is written by hand from the seed page; this test holds it to
//! authentik 2024.8.3's published schema for the same operations and schemas.

use oagen_tests::{bundled_spec, shared_dir};
use serde_json::Value;

const OPERATIONS: [(&str, &str, &str); 7] = [
    ("/stages/source/", "get", "stages_source_list"),
    ("/stages/source/", "post", "stages_source_create"),
    ("/stages/source/{stage_uuid}/", "get", "stages_source_retrieve"),
    ("/stages/source/{stage_uuid}/", "put", "stages_source_update"),
    ("/stages/source/{stage_uuid}/", "patch", "stages_source_partial_update"),
    ("/stages/source/{stage_uuid}/", "delete", "stages_source_destroy"),
    ("/stages/source/{stage_uuid}/used_by/", "get", "stages_source_used_by_list"),
];

const SCHEMAS: [&str; 15] = [
    "SourceStage",
    "SourceStageRequest",
    "PatchedSourceStageRequest",
    "FlowSet",
    "FlowSetRequest",
    "PaginatedSourceStageList",
    "Pagination",
    "FlowDesignationEnum",
    "PolicyEngineMode",
    "FlowLayoutEnum",
    "DeniedActionEnum",
    "UsedBy",
    "UsedByActionEnum",
    "ValidationError",
    "GenericError",
];

/// Prose may be reworded; everything that shapes types and requests must match.
const PROSE: [&str; 3] = ["description", "summary", "tags"];

fn read(path: &std::path::Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|err| panic!("read {}: {err}", path.display()));
    serde_yaml::from_str(&text).unwrap_or_else(|err| panic!("parse {}: {err}", path.display()))
}

/// Pointers at which `ours` and `theirs` differ, prose aside.
fn differences(ours: &Value, theirs: &Value, at: String, found: &mut Vec<String>) {
    match (ours, theirs) {
        (Value::Object(a), Value::Object(b)) => {
            for key in a.keys().chain(b.keys().filter(|k| !a.contains_key(*k))) {
                if PROSE.contains(&key.as_str()) {
                    continue;
                }
                let path = format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"));
                match (a.get(key), b.get(key)) {
                    (Some(x), Some(y)) => differences(x, y, path, found),
                    (Some(_), None) => found.push(format!("{path}: only in spec/")),
                    (None, _) => found.push(format!("{path}: missing from spec/")),
                }
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                differences(x, y, format!("{at}/{i}"), found);
            }
        }
        (a, b) if a == b => {}
        (a, b) => found.push(format!("{at}: spec/ has {a}, authentik has {b}")),
    }
}

#[test]
fn bundled_spec_agrees_with_authentik_2024_8_3() {
    let Some(shared) = shared_dir() else {
        println!("skipped: ../shared is absent, so authentik's published schema is not available");
        return;
    };
    let ours = read(&bundled_spec());
    let theirs = read(&shared.join("specs/authentik-2024.8.3.yml"));
    let mut found = Vec::new();

    let mut our_operations = Vec::new();
    for (path, item) in ours["paths"].as_object().expect("paths") {
        for method in item.as_object().expect("path item").keys() {
            our_operations.push((path.clone(), method.clone()));
        }
    }
    assert_eq!(our_operations.len(), OPERATIONS.len(), "spec/ holds exactly the seven operations: {our_operations:?}");
    for (path, method, id) in OPERATIONS {
        let pointer = format!("/paths/{}/{method}", path.replace('~', "~0").replace('/', "~1"));
        let op = ours.pointer(&pointer).unwrap_or_else(|| panic!("spec/ lacks {method} {path}"));
        assert_eq!(op["operationId"], id);
        differences(op, &theirs[&"paths"][path][method], pointer, &mut found);
    }

    let our_schemas = ours["components"]["schemas"].as_object().expect("schemas");
    assert_eq!(our_schemas.len(), SCHEMAS.len(), "spec/ holds exactly the schemas the operations reach");
    for name in SCHEMAS {
        let ours = our_schemas.get(name).unwrap_or_else(|| panic!("spec/ lacks schema {name}"));
        differences(ours, &theirs["components"]["schemas"][name], format!("/components/schemas/{name}"), &mut found);
    }
    differences(
        &ours["components"]["securitySchemes"],
        &theirs["components"]["securitySchemes"],
        "/components/securitySchemes".into(),
        &mut found,
    );
    assert!(found.is_empty(), "spec/ disagrees with authentik 2024.8.3:\n{}", found.join("\n"));
}

#[test]
fn the_comparison_notices_a_changed_limit() {
    // Guards the test above against passing vacuously.
    let ours = serde_json::json!({"slug": {"type": "string", "maxLength": 50, "description": "a"}});
    let theirs = serde_json::json!({"slug": {"type": "string", "maxLength": 64, "description": "b"}});
    let mut found = Vec::new();
    differences(&ours, &theirs, String::new(), &mut found);
    assert_eq!(found, vec!["/slug/maxLength: spec/ has 50, authentik has 64".to_owned()]);
}
