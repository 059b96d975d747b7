//! Rewrites a document into the shapes `openapiv3` models, in place: OpenAPI 3.1 into 3.0, and
//! (in both dialects) integer bounds written as floats (`minimum: 0.0`) into integers.
//!
//! Only schema positions are touched (a property *named* `const` is left alone). What cannot be
//! expressed is reported as a warning rather than dropped silently.

use serde_json::{Map, Value, json};

use super::source_map::escape_token;
use crate::error::{Warning, WarningKind};

/// Normalises every schema of `doc`; `dialect_3_1` adds the 3.1 → 3.0 rewrites.
pub fn schemas(doc: &mut Value, dialect_3_1: bool, warnings: &mut Vec<Warning>) {
    if dialect_3_1 {
        if let Some(version) = doc.get_mut("openapi") {
            *version = Value::String("3.0.3".into());
        }
    }
    let mut walker = Walker { warnings, dialect_3_1 };
    if let Some(components) = doc.get_mut("components").and_then(Value::as_object_mut) {
        if let Some(schemas) = components.get_mut("schemas").and_then(Value::as_object_mut) {
            for (name, schema) in schemas.iter_mut() {
                walker.schema(schema, &format!("/components/schemas/{}", escape_token(name)));
            }
        }
        for section in ["parameters", "headers"] {
            walker.each(components.get_mut(section), &format!("/components/{section}"), Walker::parameter);
        }
        walker.each(components.get_mut("requestBodies"), "/components/requestBodies", Walker::content_holder);
        walker.each(components.get_mut("responses"), "/components/responses", Walker::response);
    }
    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
        for (path, item) in paths.iter_mut() {
            let base = format!("/paths/{}", escape_token(path));
            let Some(item) = item.as_object_mut() else { continue };
            if let Some(Value::Array(params)) = item.get_mut("parameters") {
                for (i, param) in params.iter_mut().enumerate() {
                    walker.parameter(param, &format!("{base}/parameters/{i}"));
                }
            }
            for (method, operation) in item.iter_mut() {
                walker.operation(operation, &format!("{base}/{method}"));
            }
        }
    }
}

/// Callbacks describe requests the *server* makes; oagen generates neither side of them. They are
/// removed before parsing (real specs write them in forms `openapiv3` refuses) and reported.
pub fn drop_callbacks(doc: &mut Value, warnings: &mut Vec<Warning>) {
    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
        for (path, item) in paths.iter_mut() {
            let Some(item) = item.as_object_mut() else { continue };
            for (method, operation) in item.iter_mut() {
                if let Some(op) = operation.as_object_mut() {
                    if op.remove("callbacks").is_some() {
                        warnings.push(Warning::new(
                            WarningKind::Ignored,
                            format!("/paths/{}/{method}/callbacks", escape_token(path)),
                            "callbacks are not generated",
                        ));
                    }
                }
            }
        }
    }
    if let Some(components) = doc.get_mut("components").and_then(Value::as_object_mut) {
        if components.remove("callbacks").is_some() {
            warnings.push(Warning::new(WarningKind::Ignored, "/components/callbacks", "callbacks are not generated"));
        }
    }
}

struct Walker<'a> {
    warnings: &'a mut Vec<Warning>,
    dialect_3_1: bool,
}

impl Walker<'_> {
    fn each(&mut self, section: Option<&mut Value>, base: &str, visit: fn(&mut Self, &mut Value, &str)) {
        if let Some(Value::Object(entries)) = section {
            for (name, value) in entries.iter_mut() {
                visit(self, value, &format!("{base}/{}", escape_token(name)));
            }
        }
    }

    fn operation(&mut self, operation: &mut Value, at: &str) {
        let Some(op) = operation.as_object_mut() else { return };
        if let Some(Value::Array(params)) = op.get_mut("parameters") {
            for (i, param) in params.iter_mut().enumerate() {
                self.parameter(param, &format!("{at}/parameters/{i}"));
            }
        }
        if let Some(body) = op.get_mut("requestBody") {
            self.content_holder(body, &format!("{at}/requestBody"));
        }
        self.each(op.get_mut("responses"), &format!("{at}/responses"), Walker::response);
    }

    fn parameter(&mut self, param: &mut Value, at: &str) {
        if let Some(schema) = param.get_mut("schema") {
            self.schema(schema, &format!("{at}/schema"));
        }
        self.content_holder(param, at);
    }

    fn response(&mut self, response: &mut Value, at: &str) {
        self.content_holder(response, at);
        if let Some(headers) = response.get_mut("headers") {
            let headers = Some(headers);
            self.each(headers, &format!("{at}/headers"), Walker::parameter);
        }
    }

    fn content_holder(&mut self, holder: &mut Value, at: &str) {
        if let Some(Value::Object(content)) = holder.get_mut("content") {
            for (media, media_type) in content.iter_mut() {
                if let Some(schema) = media_type.get_mut("schema") {
                    self.schema(schema, &format!("{at}/content/{}/schema", escape_token(media)));
                }
            }
        }
    }

    fn schema(&mut self, schema: &mut Value, at: &str) {
        // Boolean schemas: `true` accepts anything, `false` nothing.
        if let (Value::Bool(accept), true) = (&*schema, self.dialect_3_1) {
            *schema = if *accept { json!({}) } else { json!({"not": {}}) };
            return;
        }
        let Some(object) = schema.as_object_mut() else { return };
        if self.dialect_3_1 {
            self.keywords(object, at);
        }
        super::integers::integer_bounds(object, at, self.warnings);
        for key in ["items", "additionalProperties", "not"] {
            // `additionalProperties: false` means the same in 3.0: keep it, or it would turn into
            // `{not: {}}`, a schema for the values, and open the object.
            if key == "additionalProperties" && object.get(key).is_some_and(Value::is_boolean) {
                continue;
            }
            if let Some(child) = object.get_mut(key) {
                self.schema(child, &format!("{at}/{key}"));
            }
        }
        for key in ["allOf", "oneOf", "anyOf"] {
            if let Some(Value::Array(children)) = object.get_mut(key) {
                for (i, child) in children.iter_mut().enumerate() {
                    self.schema(child, &format!("{at}/{key}/{i}"));
                }
            }
        }
        if let Some(Value::Object(properties)) = object.get_mut("properties") {
            for (name, child) in properties.iter_mut() {
                self.schema(child, &format!("{at}/properties/{}", escape_token(name)));
            }
        }
        self.null_branches(object);
    }

    /// Keyword-level rewrites on one schema object.
    fn keywords(&mut self, object: &mut Map<String, Value>, at: &str) {
        // `$ref` with siblings: 3.1 keeps the siblings, 3.0 ignores them; `allOf` keeps both.
        if object.contains_key("$ref") && object.len() > 1 {
            let reference = object.remove("$ref").unwrap_or_default();
            object.insert("allOf".into(), json!([{ "$ref": reference }]));
        }
        // `type: [T, "null"]` → `type: T, nullable: true`.
        if let Some(Value::Array(types)) = object.get("type").cloned() {
            let nullable = types.iter().any(|t| t == "null");
            let concrete: Vec<Value> = types.into_iter().filter(|t| t != "null").collect();
            match concrete.as_slice() {
                [] => {
                    object.remove("type");
                }
                [single] => {
                    object.insert("type".into(), single.clone());
                }
                several => {
                    object.remove("type");
                    let branches: Vec<Value> = several.iter().map(|t| json!({ "type": t })).collect();
                    object.insert("anyOf".into(), Value::Array(branches));
                }
            }
            if nullable {
                object.insert("nullable".into(), Value::Bool(true));
            }
        } else if object.get("type") == Some(&Value::String("null".into())) {
            object.remove("type");
            object.insert("nullable".into(), Value::Bool(true));
            object.insert("enum".into(), json!([null]));
        }
        if let Some(value) = object.remove("const") {
            // `const` beside an `enum` that lacks its value allows nothing; the generated type
            // accepts the `const` value, so that `enum` is a rule not enforced.
            if object.get("enum").and_then(Value::as_array).is_some_and(|values| !values.contains(&value)) {
                let message = format!("`const: {value}` is not among the `enum` values, so nothing is valid; only the `const` is enforced");
                self.warnings.push(Warning::new(WarningKind::UnenforcedRule, at, message));
            }
            object.insert("enum".into(), Value::Array(vec![value]));
        }
        for (exclusive, inclusive, lower) in [("exclusiveMinimum", "minimum", true), ("exclusiveMaximum", "maximum", false)] {
            if let Some(Value::Number(bound)) = object.get(exclusive).cloned() {
                // 3.1 may give both bounds; 3.0 has room for one, so the stricter one is kept.
                let inclusive_wins = object.get(inclusive).and_then(Value::as_f64).zip(bound.as_f64()).is_some_and(
                    |(inclusive, exclusive)| if lower { inclusive > exclusive } else { inclusive < exclusive },
                );
                if inclusive_wins {
                    object.remove(exclusive);
                } else {
                    object.insert(inclusive.into(), Value::Number(bound));
                    object.insert(exclusive.into(), Value::Bool(true));
                }
            }
        }
        if let Some(examples) = object.remove("examples") {
            if let (Some(first), false) = (examples.as_array().and_then(|e| e.first()), object.contains_key("example")) {
                object.insert("example".into(), first.clone());
            }
        }
        for unsupported in ["prefixItems", "if", "then", "else", "dependentSchemas", "patternProperties", "unevaluatedProperties", "contains"] {
            if object.remove(unsupported).is_some() {
                self.warnings.push(Warning::new(
                    WarningKind::UnenforcedRule,
                    at,
                    format!("the 3.1 keyword `{unsupported}` is not supported and is not enforced"),
                ));
            }
        }
    }

    /// `anyOf`/`oneOf` with a `{type: null}` branch (already rewritten to `{nullable, enum: [null]}`)
    /// means "nullable"; drop the branch and mark the schema.
    fn null_branches(&mut self, object: &mut Map<String, Value>) {
        for key in ["anyOf", "oneOf"] {
            let Some(Value::Array(branches)) = object.get_mut(key) else { continue };
            let before = branches.len();
            branches.retain(|b| b.get("enum") != Some(&json!([null])));
            if branches.len() == before {
                continue;
            }
            object.insert("nullable".into(), Value::Bool(true));
            if let Some(Value::Array(branches)) = object.get(key).cloned() {
                if branches.len() == 1 {
                    object.remove(key);
                    object.insert("allOf".into(), Value::Array(branches));
                }
            }
        }
    }
}
