//! Decisions lowering makes, tested on small specs written inline: the same meaning in 3.0 and 3.1
//! spellings gives the same code, values outside a format's range keep their meaning, warnings
//! come as typed data, and build.rs users get the warnings too.

use oagen::{Settings, WarningKind};

/// Writes `text` as a spec file in a fresh temp dir and returns its settings.
fn spec(dir: &tempfile::TempDir, name: &str, text: &str) -> Settings {
    let path = dir.path().join(name);
    std::fs::write(&path, text).expect("write spec");
    Settings::new(path).crate_name("spelling")
}

fn models(settings: &Settings) -> String {
    let generated = settings.render().expect("spec generates");
    generated.files.into_iter().find(|f| f.path == "src/models.rs").expect("models.rs").contents
}

const CLOSED_OBJECT: &str = r#"
info: {title: spelling, version: "1"}
paths: {}
components:
  schemas:
    Closed:
      type: object
      additionalProperties: false
      properties:
        name: {type: string}
    Open:
      type: object
      additionalProperties: true
      properties:
        name: {type: string}
"#;

#[test]
fn additional_properties_false_means_the_same_in_3_0_and_3_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    let v30 = spec(&dir, "v30.yaml", &format!("openapi: 3.0.3{CLOSED_OBJECT}"));
    let v31 = spec(&dir, "v31.yaml", &format!("openapi: 3.1.0{CLOSED_OBJECT}"));
    let (models_30, models_31) = (models(&v30), models(&v31));
    assert_eq!(models_30, models_31, "3.0 and 3.1 spellings of a closed object generate the same code");
    let closed = &models_31[models_31.find("pub struct Closed").expect("Closed")..];
    let closed = &closed[..closed.find('}').expect("end of struct")];
    assert!(!closed.contains("additional_properties"), "a closed object keeps no map of extra keys:\n{closed}");
    assert!(models_31.contains("pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>"));
    assert!(v31.render().expect("generates").warnings.is_empty(), "nothing is reported as not enforced");
}

#[test]
fn int32_values_no_i32_holds_are_typed_i64_and_reported() {
    let fixture = oagen_tests::repo_root().join("tests/fixtures/odd-numbers.yaml");
    let generated = Settings::new(fixture).render().expect("generates");
    let models = &generated.files.iter().find(|f| f.path == "src/models.rs").expect("models").contents;
    assert!(models.contains("const MINIMUM: Option<i64> = Some(3000000000);"), "{models}");
    assert!(models.contains("const ONE_OF: &'static [i64] = &[1, -4000000000];"), "{models}");
    assert!(!models.contains("Option<i32> = Some(3000000000)"));
    let widened: Vec<&str> = generated
        .warnings
        .iter()
        .filter(|w| w.kind == WarningKind::Approximated && w.message.contains("no i32 holds"))
        .map(|w| w.pointer.as_str())
        .collect();
    assert_eq!(widened, ["/components/schemas/Wide/properties/above", "/components/schemas/Wide/properties/listed"]);
    // A bound past the range on the side that is always met stays an i32 (and is not checked).
    assert!(models.contains("pub type WidePlain = ConstrainedNumber<rules::WidePlain>;"));
    assert!(models.contains("type Value = i32;"));
}

#[test]
fn warnings_are_typed() {
    let fixture = oagen_tests::repo_root().join("tests/fixtures/odd-numbers.yaml");
    let generated = Settings::new(fixture).render().expect("generates");
    let kinds = |kind: WarningKind| generated.warnings.iter().filter(|w| w.kind == kind).count();
    assert_eq!(kinds(WarningKind::Unroutable), 1, "{:#?}", generated.warnings);
    assert_eq!(kinds(WarningKind::UnenforcedRule), 4, "three self-naming aliases and one `.inf`");
    let unenforced = generated.warnings.iter().filter(|w| w.is_unenforced()).count();
    assert_eq!(unenforced, generated.summary.constraints_not_enforced);
}

#[test]
fn build_rs_module_reports_its_warnings() {
    let fixture = oagen_tests::repo_root().join("tests/fixtures/odd-numbers.yaml");
    let module = Settings::new(&fixture).render_module().expect("module renders");
    assert!(module.code.contains("pub mod models"));
    assert_eq!(module.warnings, Settings::new(&fixture).render().expect("generates").warnings);
    assert!(module.warnings.iter().any(|w| w.kind == WarningKind::Unroutable));
}

#[test]
fn the_ir_dump_shows_every_decision() {
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let fixture = oagen_tests::repo_root().join("tests/fixtures/constructs.yaml");
    let code = oagen::cli::run(["oagen", "ir", "--spec", fixture.to_str().expect("utf-8 path")], &mut stdout, &mut stderr);
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&stderr));
    let dump = String::from_utf8(stdout).expect("utf-8");
    assert!(dump.contains("type #0 PetKind (enum) derives [Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord] param-text"), "{dump}");
    assert!(dump.contains("params struct ListPetsParams derives [Debug, Clone, PartialEq"), "{dump}");
}

#[test]
fn replaced_schemas_are_the_users_types() {
    use replaced::models::{Event, EventKind, ParamValue, Sequence, Stamp};
    let event: Event = serde_json::from_str(r#"{"at": "2024-05-01T12:30:00Z", "kind": "stop", "seq": 7}"#).expect("decodes");
    let at: Stamp = "2024-05-01T12:30:00Z".parse().expect("chrono parses");
    assert_eq!(event, Event { at, kind: EventKind::Stop, seq: Sequence::new(7) });
    // The user's type checks its own rules: `NonZeroU32` refuses 0 where the schema said `minimum: 1`.
    assert!(serde_json::from_str::<Event>(r#"{"at": "2024-05-01T12:30:00Z", "kind": "stop", "seq": 0}"#).is_err());
    // Extra derives: `Eq` and `Hash` on every type that derives anything.
    let mut seen = std::collections::HashSet::new();
    assert!(seen.insert(event.clone()));
    // A replacement that travels as a parameter gets its text form through serde.
    let seq = Sequence::new(42).expect("non-zero");
    assert_eq!(seq.to_param(), "42");
    assert_eq!(Sequence::from_param("42"), Ok(seq));
    assert!(Sequence::from_param("0").is_err());
}

#[test]
fn replacements_and_derives_come_from_the_settings_file() {
    let crates = Settings::from_config(oagen_tests::repo_root().join("oagen.toml")).expect("oagen.toml reads");
    let replaced = crates.iter().find(|s| s.crate_name.as_deref() == Some("replaced")).expect("the replaced crate");
    let generated = replaced.render().expect("generates");
    let models = &generated.files.iter().find(|f| f.path == "src/models.rs").expect("models").contents;
    assert!(models.contains("pub type Stamp = chrono::DateTime<chrono::Utc>;"));
    assert!(models.contains("#[derive(Debug, Clone, PartialEq, Serialize, Eq, Hash)]\npub struct Event"), "{models}");
    let warning = generated.warnings.iter().find(|w| w.pointer == "/components/schemas/Sequence").expect("reported");
    assert!(warning.is_unenforced() && warning.message.contains("minimum"), "{warning}");
    let manifest = &generated.files.iter().find(|f| f.path == "Cargo.toml").expect("manifest").contents;
    assert!(manifest.contains("chrono"), "a chrono replacement brings the chrono dependency");
}

/// Query fields keep their wire names when those are Rust identifiers, even names the generated
/// methods once used for their own locals; a renamed field says its wire name in its doc.
#[test]
fn query_fields_keep_their_wire_names_and_renamed_ones_say_it() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let models = std::fs::read_to_string(root.join("generated/reserved-names/src/models.rs")).expect("committed crate");
    for field in ["query", "path", "body", "status"] {
        assert!(models.contains(&format!("    pub {field}: Option<String>,")), "`{field}` is renamed");
    }
    assert!(models.contains("    /// Wire name: `user__username`.\n    pub user_username: Option<String>,"), "{models}");
    let constructs = std::fs::read_to_string(root.join("generated/constructs/src/models.rs")).expect("committed crate");
    assert!(constructs.contains("    /// Wire name: `user-name`.\n    #[serde(rename = \"user-name\")]"));
    assert!(constructs.contains("    /// Wire name: `X-Request-Id`.\n    pub x_request_id: Option<String>,"));
}

/// Each client method's doc names its HTTP method and path, its parameters with their wire names
/// and constraints, its body and its documented errors.
#[test]
fn method_docs_say_method_path_parameters_and_errors() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let client = std::fs::read_to_string(root.join("generated/reserved-names/src/client.rs")).expect("committed crate");
    for line in [
        "    /// `POST /numbers/{name}`\n",
        "    /// - `name`: path `name`; at most 20 characters, matches `^[a-z]+$`\n",
        "    /// - `params.limit`: query `limit`; >= 1, <= 100\n",
        "    /// - `params.user_username`: query `user__username`. Filter by the user's username.\n",
        "    /// - `body`: `application/json`, required\n",
        "    /// - 400: [`PutNumberError::BadRequest`] refused\n",
        "    /// - any other status: [`PutNumberError::Default`] any other error\n",
    ] {
        assert!(client.contains(line), "missing {line:?}");
    }
    let stages = std::fs::read_to_string(root.join("generated/authentik-stages-source/src/client.rs")).expect("committed crate");
    assert!(stages.contains("    /// `GET /stages/source/`\n    ///\n    /// SourceStage Viewset\n"));
    assert!(stages.contains("    /// - 403: [`StagesSourceListError::Forbidden`]\n"));
}

/// Generated docs name the discriminator property and count in plain words (they once said
/// `#property` and "propertie(s)").
#[test]
fn generated_docs_name_the_discriminator_and_count_in_words() {
    let fixture = oagen_tests::repo_root().join("tests/fixtures/constructs.yaml");
    let generated = Settings::new(fixture).render().expect("generates");
    let models = &generated.files.iter().find(|f| f.path == "src/models.rs").expect("models").contents;
    assert!(models.contains("/// The value of `pet_type` that selects this variant."), "{models}");
    assert!(!models.contains("#property") && !models.contains("propertie(s)") && !models.contains("item(s)"), "{models}");
    assert!(models.contains("/// Constraints: at least 1 property; at most 2 properties."));
    assert!(models.contains("/// Constraints: at least 1 item; at most 3 items; no duplicates."));
}

const SAME_SHAPES: &str = r#"
openapi: 3.0.3
info: {title: shapes, version: "1"}
paths:
  /roles:
    get:
      operationId: byRoles
      parameters:
        - {name: model, in: query, schema: {type: string, enum: [app.user, app.group]}}
      responses: {"204": {description: none}}
  /users:
    get:
      operationId: byUsers
      parameters:
        - {name: model, in: query, schema: {type: string, enum: [app.user, app.group]}}
        - {name: kind, in: query, schema: {type: string, enum: [app.user, app.group]}}
      responses:
        "200":
          description: the model users have
          content: {application/json: {schema: {type: string, enum: [app.user, app.group]}}}
components:
  schemas:
    Model:
      type: string
      enum: [app.user, app.group]
"#;

#[test]
fn identical_inline_enums_for_parameters_of_the_same_name_are_one_type() {
    let dir = tempfile::tempdir().expect("temp dir");
    for fallback in [false, true] {
        let settings = spec(&dir, "shapes.yaml", SAME_SHAPES).enum_fallback(fallback);
        let generated = settings.render().expect("generates");
        assert_eq!(generated.summary.shared_types, 1);
        let models = models(&settings);
        assert!(models.contains("pub enum ByRolesModel {"), "{models}");
        assert!(models.contains("pub type ByUsersModel = ByRolesModel;"), "{models}");
        // Another parameter's name, and the spec's own component, stay types of their own.
        assert!(models.contains("pub enum ByUsersKind {"), "{models}");
        assert!(models.contains("pub enum Model {"), "{models}");
        // With the fallback, only enums a client decodes keep unknown values; the others keep
        // the strict API (`Copy`, `&'static str`).
        let definition = |name: &str| {
            let start = models.find(&format!("pub enum {name} {{")).expect("enum");
            let before = &models[..start];
            let derive = before.rfind("#[derive(").expect("derive");
            models[derive..start + models[start..].find("\n}").expect("end")].to_owned()
        };
        let parameter = definition("ByRolesModel");
        assert!(parameter.contains("Copy") && !parameter.contains("Unknown(String)"), "{parameter}");
        let response = definition("ByUsersOkBody");
        assert_eq!(response.contains("Unknown(String)"), fallback, "{response}");
    }
}
