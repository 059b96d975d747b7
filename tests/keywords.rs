//! No rule of a spec vanishes without a word: every schema keyword of the fixtures and the bundled
//! spec is either one lowering reads for that kind of schema, a harmless annotation, or named in a
//! warning at that schema; and each drop found before (float bounds on integers, `multipleOf` not
//! above 0, response keys that are not statuses, YAML merge keys, 3.1 keywords) is enforced or
//! reported with its pointer and counted.

use std::path::{Path, PathBuf};

use oagen::{Generated, Settings, WarningKind};
use serde_json::Value;

/// Keywords that describe and do not constrain.
const ANNOTATIONS: &[&str] = &[
    "title", "description", "default", "example", "examples", "externalDocs", "xml", "deprecated", "readOnly", "writeOnly",
    "nullable", "$comment", "$ref",
    // Schemas kept for `$ref`s to reach (lowered where they are referenced).
    "$defs",
];

/// The keywords a schema of JSON type `ty` may carry and have read (OpenAPI 3.0's meaning;
/// `type: "null"`, which 3.0 lacks, is read as untyped).
fn read_for(ty: Option<&str>) -> &'static [&'static str] {
    match ty {
        Some("string") => &["format", "enum", "minLength", "maxLength", "pattern"],
        Some("integer" | "number") => &["format", "enum", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"],
        Some("boolean") => &["enum"],
        Some("array") => &["items", "minItems", "maxItems", "uniqueItems"],
        // `allOf`/`oneOf`/`anyOf` beside an object's keywords make one type of them all.
        Some("object") => &[
            "properties", "required", "additionalProperties", "minProperties", "maxProperties", "allOf", "oneOf", "anyOf", "discriminator",
        ],
        Some("null") | None => &["properties", "required", "additionalProperties", "allOf", "oneOf", "anyOf", "not", "discriminator", "enum", "items"],
        Some(_) => &[],
    }
}

/// Whether `key` of a schema is read: `type` always; `const` is 3.1's one-value `enum`.
fn is_read(schema: &serde_json::Map<String, Value>, key: &str) -> bool {
    if key == "type" || key == "const" || key.starts_with("x-") || ANNOTATIONS.contains(&key) {
        return true;
    }
    match schema.get("type") {
        Some(Value::String(ty)) => read_for(Some(ty)).contains(&key),
        // 3.1's `type: [T, "null"]`: each listed type reads its own keywords.
        Some(Value::Array(types)) => types.iter().filter_map(Value::as_str).any(|ty| read_for(Some(ty)).contains(&key)),
        _ => read_for(None).contains(&key),
    }
}

fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Every schema object of the document with its pointer: component schemas, parameters, request
/// bodies and responses, those of each operation, and what they nest (properties, items,
/// additionalProperties, allOf/oneOf/anyOf).
fn schemas(doc: &Value) -> Vec<(String, serde_json::Map<String, Value>)> {
    let mut roots = Vec::new();
    for (name, schema) in doc.pointer("/components/schemas").and_then(Value::as_object).into_iter().flatten() {
        roots.push((format!("/components/schemas/{}", escape(name)), schema));
    }
    for (name, param) in doc.pointer("/components/parameters").and_then(Value::as_object).into_iter().flatten() {
        if let Some(schema) = param.get("schema") {
            roots.push((format!("/components/parameters/{}/schema", escape(name)), schema));
        }
    }
    for section in ["requestBodies", "responses"] {
        for (name, holder) in doc.pointer(&format!("/components/{section}")).and_then(Value::as_object).into_iter().flatten() {
            content_schemas(holder, &format!("/components/{section}/{}", escape(name)), &mut roots);
        }
    }
    for (path, item) in doc.get("paths").and_then(Value::as_object).into_iter().flatten() {
        let base = format!("/paths/{}", escape(path));
        for (key, value) in item.as_object().into_iter().flatten() {
            operation_schemas(value, &format!("{base}/{key}"), &mut roots);
        }
        parameter_schemas(item, &base, &mut roots);
    }
    let mut found = Vec::new();
    for (pointer, schema) in roots {
        nested(schema, &pointer, &mut found);
    }
    found
}

fn parameter_schemas<'a>(holder: &'a Value, at: &str, roots: &mut Vec<(String, &'a Value)>) {
    for (i, param) in holder.get("parameters").and_then(Value::as_array).into_iter().flatten().enumerate() {
        if let Some(schema) = param.get("schema") {
            roots.push((format!("{at}/parameters/{i}/schema"), schema));
        }
    }
}

fn operation_schemas<'a>(op: &'a Value, at: &str, roots: &mut Vec<(String, &'a Value)>) {
    parameter_schemas(op, at, roots);
    let mut holders: Vec<(String, &Value)> = op.get("requestBody").map(|b| (format!("{at}/requestBody"), b)).into_iter().collect();
    for (status, response) in op.get("responses").and_then(Value::as_object).into_iter().flatten() {
        holders.push((format!("{at}/responses/{}", escape(status)), response));
    }
    for (holder_at, holder) in holders {
        content_schemas(holder, &holder_at, roots);
    }
}

/// The schemas of a request body's or a response's `content`.
fn content_schemas<'a>(holder: &'a Value, at: &str, roots: &mut Vec<(String, &'a Value)>) {
    for (media, content) in holder.get("content").and_then(Value::as_object).into_iter().flatten() {
        if let Some(schema) = content.get("schema") {
            roots.push((format!("{at}/content/{}/schema", escape(media)), schema));
        }
    }
}

fn nested(schema: &Value, at: &str, found: &mut Vec<(String, serde_json::Map<String, Value>)>) {
    let Some(object) = schema.as_object() else { return };
    found.push((at.to_owned(), object.clone()));
    // A `not` schema is reported whole as not enforced; its insides are not lowered.
    for key in ["items", "additionalProperties"] {
        if let Some(child) = object.get(key) {
            nested(child, &format!("{at}/{key}"), found);
        }
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        for (i, child) in object.get(key).and_then(Value::as_array).into_iter().flatten().enumerate() {
            nested(child, &format!("{at}/{key}/{i}"), found);
        }
    }
    for (name, child) in object.get("properties").and_then(Value::as_object).into_iter().flatten() {
        nested(child, &format!("{at}/properties/{}", escape(name)), found);
    }
}

/// YAML as JSON, keys as strings (`200:` is the key "200").
fn yaml_to_json(value: serde_yaml::Value) -> Value {
    use serde_yaml::Value as Y;
    match value {
        Y::Mapping(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| {
                    let key = match yaml_to_json(k) {
                        Value::String(s) => s,
                        other => other.to_string(),
                    };
                    (key, yaml_to_json(v))
                })
                .collect(),
        ),
        Y::Sequence(items) => Value::Array(items.into_iter().map(yaml_to_json).collect()),
        Y::Tagged(tagged) => yaml_to_json(tagged.value),
        other => serde_json::to_value(other).unwrap_or(Value::Null),
    }
}

/// The keywords of `spec` that are neither read nor named in a warning at their schema.
fn unread_without_warning(spec: &Path, generated: &Generated) -> Vec<String> {
    let text = std::fs::read_to_string(spec).expect("read spec");
    let doc = yaml_to_json(serde_yaml::from_str(&text).expect("spec parses"));
    let mut missing = Vec::new();
    for (pointer, schema) in schemas(&doc) {
        for key in schema.keys().filter(|key| !is_read(&schema, key)) {
            let warned = generated.warnings.iter().any(|w| {
                (w.pointer == pointer || w.pointer == format!("{pointer}/{key}")) && w.message.contains(key.as_str())
            });
            if !warned {
                missing.push(format!("{}: {pointer}: `{key}`", spec.display()));
            }
        }
    }
    missing
}

fn specs() -> Vec<PathBuf> {
    let root = oagen_tests::repo_root();
    let mut specs: Vec<PathBuf> = std::fs::read_dir(root.join("tests/fixtures"))
        .expect("fixtures")
        .chain(std::fs::read_dir(root.join("spec")).expect("spec"))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    specs.sort();
    specs
}

#[test]
fn no_schema_keyword_of_the_fixtures_is_left_unread_without_a_warning() {
    let mut missing = Vec::new();
    let mut checked = 0;
    for spec in specs() {
        // Fixtures that exist to fail (syntax errors, dangling references) have nothing lowered.
        let Ok(generated) = Settings::new(&spec).render() else { continue };
        checked += 1;
        missing.extend(unread_without_warning(&spec, &generated));
    }
    assert!(checked >= 6, "the fixtures and the bundled spec were checked ({checked})");
    assert!(missing.is_empty(), "keywords dropped without a warning:\n{}", missing.join("\n"));
}

const DROPS: &str = r#"openapi: 3.0.3
info: {title: drops, version: "1"}
paths:
  /things:
    get:
      operationId: list
      parameters:
        - $ref: '#/components/parameters/Limit'
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Base'}}}}
        "99": {description: too low}
        "600": {description: too high}
        "6XX": {description: not a range}
        "1000": {description: far too high}
components:
  parameters:
    Limit: {name: limit, in: query, schema: {type: integer, maxLength: 3}}
  schemas:
    Percent: {type: integer, format: int32, minimum: 0.0, maximum: 100.0}
    Half: {type: integer, multipleOf: 0.5}
    Zero: {type: integer, multipleOf: 0}
    Negative: {type: number, multipleOf: -2.5}
    Loose: {type: integer, minLength: 3}
    Typo: {type: string, maxLenght: 3}
    Short: {type: string, enum: [a, bb], maxLength: 1}
    Fits: {type: string, enum: [a, b], maxLength: 1, pattern: "^[a-z]$"}
    Shared: &shared
      type: object
      required: [a]
      properties:
        a: {type: string}
        b: {type: integer}
    Base:
      <<: *shared
      required: [a, b]
"#;

fn render(dir: &tempfile::TempDir, name: &str, text: &str) -> (PathBuf, Generated) {
    let path = dir.path().join(name);
    std::fs::write(&path, text).expect("write spec");
    let generated = Settings::new(&path).crate_name("drops").render().expect("generates");
    (path, generated)
}

fn warning<'a>(generated: &'a Generated, pointer: &str) -> Vec<&'a oagen::Warning> {
    generated.warnings.iter().filter(|w| w.pointer == pointer).collect()
}

fn models(generated: &Generated) -> &str {
    &generated.files.iter().find(|f| f.path == "src/models.rs").expect("models").contents
}

#[test]
fn integer_bounds_written_as_floats_are_enforced() {
    let dir = tempfile::tempdir().expect("temp");
    let (_, generated) = render(&dir, "drops.yaml", DROPS);
    let models = models(&generated);
    let percent = &models[models.find("pub enum Percent {}").expect("Percent rules")..];
    assert!(percent.contains("type Value = i32;"), "int32 is kept: {percent}");
    assert!(percent.contains("const MINIMUM: Option<i32> = Some(0);") && percent.contains("const MAXIMUM: Option<i32> = Some(100);"));
    assert!(warning(&generated, "/components/schemas/Percent").is_empty());
}

#[test]
fn multiple_of_that_is_fractional_zero_or_negative_is_reported() {
    let dir = tempfile::tempdir().expect("temp");
    let (_, generated) = render(&dir, "drops.yaml", DROPS);
    for (schema, text) in [("Half", "multipleOf: 0.5"), ("Zero", "multipleOf: 0"), ("Negative", "multipleOf: -2.5")] {
        let found = warning(&generated, &format!("/components/schemas/{schema}"));
        assert!(found.iter().any(|w| w.is_unenforced() && w.message.contains(text)), "{schema}: {found:?}");
    }
}

#[test]
fn keywords_lowering_does_not_read_are_reported() {
    let dir = tempfile::tempdir().expect("temp");
    let (_, generated) = render(&dir, "drops.yaml", DROPS);
    let loose = warning(&generated, "/components/schemas/Loose");
    assert!(loose.iter().any(|w| w.is_unenforced() && w.message.contains("`minLength`")), "{loose:?}");
    let limit = warning(&generated, "/components/parameters/Limit/schema");
    assert!(limit.iter().any(|w| w.is_unenforced() && w.message.contains("`maxLength`")), "at the referenced parameter: {limit:?}");
    let typo = warning(&generated, "/components/schemas/Typo");
    assert!(typo.iter().any(|w| w.kind == WarningKind::Ignored && w.message.contains("`maxLenght`")), "{typo:?}");
}

#[test]
fn string_enums_are_checked_against_their_length_and_pattern() {
    let dir = tempfile::tempdir().expect("temp");
    let (_, generated) = render(&dir, "drops.yaml", DROPS);
    let short = warning(&generated, "/components/schemas/Short");
    assert!(short.iter().any(|w| w.is_unenforced() && w.message.contains("\"bb\" breaks `maxLength: 1`")), "{short:?}");
    assert!(warning(&generated, "/components/schemas/Fits").is_empty(), "every value meets the rules");
}

#[test]
fn compositions_with_a_sibling_keyword_are_lowered_not_dropped() {
    let dir = tempfile::tempdir().expect("temp");
    let text = r#"openapi: 3.0.3
info: {title: drops, version: "1"}
paths: {}
components:
  schemas:
    Named:
      type: object
      properties:
        name: {type: string}
    Required:
      allOf:
        - $ref: '#/components/schemas/Named'
        - properties:
            id: {type: integer}
      required: [name, id]
    Either:
      type: "null"
      oneOf: [{type: string}, {type: number}]
    Kind: {type: string, enum: [user, admin]}
    Wrapped:
      allOf: [{$ref: '#/components/schemas/Kind'}]
      minLength: 1
"#;
    let (path, generated) = render(&dir, "mixed.yaml", text);
    let models = models(&generated);
    let required = &models[models.find("pub struct Required {").expect("Required is a struct, not any JSON value")..];
    let required = &required[..required.find('}').expect("end")];
    assert!(required.contains("pub name: String") && required.contains("pub id: i64"), "the `required` beside allOf holds: {required}");
    assert!(models.contains("pub enum Either {"), "a union, not any JSON value");
    assert!(models.contains("pub type Wrapped = Kind;"), "a one-part allOf is the wrapped type");
    let unread: Vec<(&str, &str)> = generated.warnings.iter().map(|w| (w.pointer.as_str(), w.message.as_str())).collect();
    assert_eq!(unread, [("/components/schemas/Wrapped", "Wrapped: `minLength` is not read for an untyped schema and is not enforced")]);
    let missing = unread_without_warning(&path, &generated);
    assert!(missing.is_empty(), "{missing:#?}");
}

#[test]
fn response_keys_that_are_not_statuses_are_reported_not_counted() {
    let dir = tempfile::tempdir().expect("temp");
    let (_, generated) = render(&dir, "drops.yaml", DROPS);
    for key in ["99", "600", "6XX", "1000"] {
        let found = warning(&generated, &format!("/paths/~1things/get/responses/{key}"));
        assert!(found.iter().any(|w| w.kind == WarningKind::Ignored && w.message.contains("not an HTTP status")), "{key}: {found:?}");
    }
    let client = &generated.files.iter().find(|f| f.path == "src/client.rs").expect("client").contents;
    assert!(!client.contains("600") && !client.contains("1000"), "no variant for them");
}

#[test]
fn the_not_enforced_count_is_the_unenforced_warnings() {
    let dir = tempfile::tempdir().expect("temp");
    let (_, generated) = render(&dir, "drops.yaml", DROPS);
    // Half, Zero, Negative, Loose, Short and Limit; the typo and the response keys are not constraints.
    assert_eq!(generated.summary.constraints_not_enforced, 6, "{:#?}", generated.warnings);
    assert_eq!(generated.warnings.iter().filter(|w| w.is_unenforced()).count(), 6);
}

#[test]
fn yaml_merge_keys_are_merged_and_written_keys_win() {
    let dir = tempfile::tempdir().expect("temp");
    let (_, generated) = render(&dir, "drops.yaml", DROPS);
    let models = models(&generated);
    let base = &models[models.find("pub struct Base {").expect("Base is a struct")..];
    let base = &base[..base.find('}').expect("end")];
    assert!(base.contains("pub a: String") && base.contains("pub b: i64"), "merged properties, `b` required as written: {base}");
    assert!(warning(&generated, "/components/schemas/Base").is_empty());
}

#[test]
fn the_drops_spec_itself_passes_the_keyword_walk() {
    let dir = tempfile::tempdir().expect("temp");
    let (path, generated) = render(&dir, "drops.yaml", DROPS);
    // `<<` is merged by the loader; the walk reads the file without merging, so it is skipped here.
    let missing: Vec<String> = unread_without_warning(&path, &generated).into_iter().filter(|m| !m.contains("`<<`")).collect();
    assert!(missing.is_empty(), "{missing:#?}");
}

#[test]
fn openapi_3_1_keeps_the_stricter_bound_and_reports_what_3_0_cannot_say() {
    let dir = tempfile::tempdir().expect("temp");
    let text = r#"openapi: 3.1.0
info: {title: drops, version: "1"}
paths: {}
components:
  schemas:
    Both: {type: integer, minimum: 10, exclusiveMinimum: 5, maximum: 20, exclusiveMaximum: 20}
    Keys: {type: object, propertyNames: {pattern: "^[a-z]+$"}, additionalProperties: {type: string}}
    Clash: {type: string, enum: [a, b], const: c}
"#;
    let (path, generated) = render(&dir, "v31.yaml", text);
    let models = models(&generated);
    let both = &models[models.find("pub enum Both {}").expect("Both rules")..];
    assert!(both.contains("const MINIMUM: Option<i64> = Some(10);"), "the inclusive 10 is stricter than > 5: {both}");
    assert!(!both.contains("EXCLUSIVE_MINIMUM"), "{both}");
    assert!(both.contains("const MAXIMUM: Option<i64> = Some(20);") && both.contains("const EXCLUSIVE_MAXIMUM: bool = true;"), "< 20 is stricter than <= 20: {both}");
    let keys = warning(&generated, "/components/schemas/Keys");
    assert!(keys.iter().any(|w| w.is_unenforced() && w.message.contains("`propertyNames`")), "{keys:?}");
    let clash = warning(&generated, "/components/schemas/Clash");
    assert!(clash.iter().any(|w| w.is_unenforced() && w.message.contains("not among the `enum` values")), "{clash:?}");
    assert!(unread_without_warning(&path, &generated).is_empty());
}

#[test]
fn messages_escape_control_characters_and_bidi_marks() {
    let dir = tempfile::tempdir().expect("temp");
    let text = "openapi: 3.0.3\ninfo: {title: t, version: \"1\"}\npaths:\n  /x:\n    get:\n      responses:\n        \"\\e[2J\\a\\r\\u202E\": {description: evil}\n        \"200\": {description: ok, content: {application/json: {schema: {$ref: \"#/components/schemas/Gone\\e]0;x\\a\"}}}}\n";
    let path = dir.path().join("evil.yaml");
    std::fs::write(&path, text).expect("write");
    let err = Settings::new(&path).render().expect_err("dangling ref").to_string();
    assert!(!err.chars().any(|c| c == '\u{1b}' || c == '\u{7}'), "{err:?}");
    assert!(err.contains("Gone\\u{1b}]0;x\\u{7}"), "{err}");
    let fixed = text.replace("Gone\\e]0;x\\a", "Thing") + "components:\n  schemas:\n    Thing: {type: string}\n";
    std::fs::write(&path, fixed).expect("write");
    let generated = Settings::new(&path).render().expect("generates");
    let shown: Vec<String> = generated.warnings.iter().map(ToString::to_string).collect();
    assert!(shown.iter().any(|w| w.contains("\\u{1b}[2J\\u{7}\\u{d}\\u{202e}")), "{shown:?}");
    assert!(shown.iter().all(|w| !w.chars().any(|c| c.is_control() || c == '\u{202e}')), "{shown:?}");
}

#[test]
fn a_byte_order_mark_is_accepted_in_yaml_and_json() {
    let dir = tempfile::tempdir().expect("temp");
    let yaml = "\u{feff}openapi: 3.0.3\ninfo: {title: t, version: \"1\"}\npaths: {}\n";
    let json = "\u{feff}{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {}}";
    for (name, text) in [("bom.yaml", yaml), ("bom.json", json)] {
        let path = dir.path().join(name);
        std::fs::write(&path, text).expect("write");
        assert!(Settings::new(&path).render().is_ok(), "{name} with a BOM loads");
    }
}

#[test]
fn response_headers_are_reported_and_their_rules_counted() {
    let spec = r#"openapi: 3.0.3
info: {title: headers, version: "1"}
paths:
  /a:
    get:
      operationId: get_a
      responses:
        '200':
          description: ok
          headers:
            X-Rate-Limit: {schema: {type: integer, maximum: 10}}
            X-Trace: {schema: {type: string}}
          content:
            application/json:
              schema: {type: string}
"#;
    let dir = tempfile::tempdir().expect("temp");
    let (_, generated) = render(&dir, "headers.yaml", spec);
    let at = |name: &str| generated.warnings.iter().find(|w| w.pointer == format!("/paths/~1a/get/responses/200/headers/{name}"));
    let limited = at("X-Rate-Limit").expect("the constrained header is reported");
    assert!(limited.is_unenforced() && limited.message.contains("maximum"), "{limited}");
    let plain = at("X-Trace").expect("the plain header is reported");
    assert_eq!(plain.kind, oagen::WarningKind::Ignored);
    assert_eq!(generated.summary.constraints_not_enforced, 1);
}
