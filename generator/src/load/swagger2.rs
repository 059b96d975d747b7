//! Swagger 2.0 in: the raw document is rewritten, JSON to JSON, into the OpenAPI 3.0 model before it
//! is deserialized, so every stage after loading sees one dialect.
//!
//! What moves where:
//! - `definitions`, `parameters`, `responses`, `securityDefinitions` become `components/schemas`,
//!   `components/parameters` (`components/requestBodies` for body parameters), `components/responses`
//!   and `components/securitySchemes`; every `$ref` is rewritten to match.
//! - `host`, `basePath` and `schemes` become `servers`.
//! - `in: body` and `in: formData` parameters become the operation's `requestBody`, with one media
//!   type per entry of `consumes` (form fields as the properties of one object schema; a `type: file`
//!   field makes it `multipart/form-data`); response `schema`s get one media type per `produces`.
//! - The other parameters keep their place; their type keywords move into `schema`, and
//!   `collectionFormat` becomes `style` and `explode`.
//! - Inside schemas: `type: file` is a binary string, `x-nullable` is `nullable`, and a
//!   `discriminator` names its property.
//!
//! Errors must point into the document the user wrote, so the rewrite records where each moved
//! piece came from ([`Origins`]).

use serde_json::{Map, Value, json};

use super::source_map::escape_token;
use crate::error::{Warning, WarningKind};

/// Where the pieces of a converted document came from: pairs of (pointer in the 3.0 document,
/// pointer in the 2.0 original). A pointer not under any recorded prefix is where it was.
#[derive(Debug, Clone, Default)]
pub struct Origins {
    moved: Vec<(String, String)>,
}

impl Origins {
    fn record(&mut self, new: impl Into<String>, old: impl Into<String>) {
        self.moved.push((new.into(), old.into()));
    }

    /// The pointer in the original document for `pointer` in the converted one.
    pub fn original(&self, pointer: &str) -> String {
        let under = |prefix: &str| {
            pointer.strip_prefix(prefix).filter(|rest| rest.is_empty() || rest.starts_with('/')).map(|rest| rest.len())
        };
        // The longest recorded prefix decides.
        self.moved
            .iter()
            .filter_map(|(new, old)| under(new).map(|rest| (new.len(), old, rest)))
            .max_by_key(|(length, _, _)| *length)
            .map_or_else(|| pointer.to_owned(), |(_, old, rest)| format!("{old}{}", &pointer[pointer.len() - rest..]))
    }
}

/// The keywords of a 2.0 non-body parameter (and of a header or `items` object) that describe its
/// value; in 3.0 they live in the parameter's `schema`.
const VALUE_KEYWORDS: &[&str] = &[
    "type",
    "format",
    "items",
    "default",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "enum",
    "multipleOf",
];

const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch"];

/// Rewrites a Swagger 2.0 document (`raw`) into OpenAPI 3.0.3 and says where each piece came from.
pub fn to_3_0(raw: &Value, warnings: &mut Vec<Warning>) -> (Value, Origins) {
    let mut converter = Converter { raw, origins: Origins::default(), warnings };
    let document = converter.document();
    (document, converter.origins)
}

struct Converter<'a> {
    raw: &'a Value,
    origins: Origins,
    warnings: &'a mut Vec<Warning>,
}

fn object(value: Option<&Value>) -> impl Iterator<Item = (&String, &Value)> {
    value.and_then(Value::as_object).into_iter().flatten()
}

fn strings(value: Option<&Value>) -> Option<Vec<String>> {
    value.and_then(Value::as_array).map(|list| list.iter().filter_map(Value::as_str).map(str::to_owned).collect())
}

impl Converter<'_> {
    fn warn(&mut self, pointer: &str, message: String) {
        self.warnings.push(Warning::new(WarningKind::Approximated, pointer, message));
    }

    fn document(&mut self) -> Value {
        let raw = self.raw;
        let mut out = Map::new();
        out.insert("openapi".into(), json!("3.0.3"));
        self.origins.record("/openapi", "/swagger");
        for key in ["info", "tags", "externalDocs", "security"] {
            if let Some(value) = raw.get(key) {
                out.insert(key.into(), value.clone());
            }
        }
        // Vendor extensions at the top level travel as they are.
        for (key, value) in object(Some(raw)).filter(|(key, _)| key.starts_with("x-")) {
            out.insert(key.clone(), value.clone());
        }
        if let Some(servers) = self.servers() {
            out.insert("servers".into(), servers);
        }

        let mut paths = Map::new();
        for (path, item) in object(raw.get("paths")) {
            let at = format!("/paths/{}", escape_token(path));
            paths.insert(path.clone(), self.path_item(item, &at));
        }
        out.insert("paths".into(), Value::Object(paths));

        let mut components = Map::new();
        let mut schemas = Map::new();
        for (name, schema) in object(raw.get("definitions")) {
            let token = escape_token(name);
            self.origins.record(format!("/components/schemas/{token}"), format!("/definitions/{token}"));
            schemas.insert(name.clone(), schema_of(schema));
        }
        let mut parameters = Map::new();
        let mut bodies = Map::new();
        for (name, parameter) in object(raw.get("parameters")) {
            let token = escape_token(name);
            let old = format!("/parameters/{token}");
            match parameter.get("in").and_then(Value::as_str) {
                Some("body") => {
                    let at = format!("/components/requestBodies/{token}");
                    let consumes = self.media_list(None, "consumes");
                    bodies.insert(name.clone(), self.body(parameter, &consumes, &at, &old));
                }
                Some("formData") => {
                    // Form fields only make sense together; they are inlined where used.
                }
                _ => {
                    self.origins.record(format!("/components/parameters/{token}"), old.clone());
                    parameters.insert(name.clone(), self.parameter(parameter, &format!("/components/parameters/{token}"), &old));
                }
            }
        }
        let mut responses = Map::new();
        for (name, response) in object(raw.get("responses")) {
            let token = escape_token(name);
            let produces = self.media_list(None, "produces");
            let converted = self.response(response, &produces, &format!("/components/responses/{token}"), &format!("/responses/{token}"));
            responses.insert(name.clone(), converted);
        }
        let mut schemes = Map::new();
        for (name, scheme) in object(raw.get("securityDefinitions")) {
            let token = escape_token(name);
            self.origins.record(format!("/components/securitySchemes/{token}"), format!("/securityDefinitions/{token}"));
            schemes.insert(name.clone(), security_scheme(scheme));
        }
        for (key, map) in [
            ("schemas", schemas),
            ("parameters", parameters),
            ("requestBodies", bodies),
            ("responses", responses),
            ("securitySchemes", schemes),
        ] {
            if !map.is_empty() {
                components.insert(key.into(), Value::Object(map));
            }
        }
        if !components.is_empty() {
            out.insert("components".into(), Value::Object(components));
        }
        let mut document = Value::Object(out);
        rewrite_refs(&mut document);
        document
    }

    /// `schemes://host/basePath`, one server per scheme; a document without a host gets a relative
    /// server URL (its `basePath`), as 2.0 means "the host the document was served from".
    fn servers(&mut self) -> Option<Value> {
        let raw = self.raw;
        let host = raw.get("host").and_then(Value::as_str);
        let base = raw.get("basePath").and_then(Value::as_str).unwrap_or_default();
        let base = base.trim_end_matches('/');
        self.origins.record("/servers", if host.is_some() { "/host" } else { "/basePath" });
        match host {
            Some(host) => {
                let schemes = strings(raw.get("schemes")).filter(|s| !s.is_empty()).unwrap_or_else(|| vec!["https".into()]);
                let servers: Vec<Value> = schemes.iter().map(|scheme| json!({ "url": format!("{scheme}://{host}{base}") })).collect();
                Some(Value::Array(servers))
            }
            None if !base.is_empty() => Some(json!([{ "url": base }])),
            None => None,
        }
    }

    /// The media types an operation consumes or produces: its own list, else the document's, else JSON.
    fn media_list(&self, operation: Option<&Value>, key: &str) -> Vec<String> {
        operation
            .and_then(|op| strings(op.get(key)))
            .or_else(|| strings(self.raw.get(key)))
            .filter(|list| !list.is_empty())
            .unwrap_or_else(|| vec!["application/json".into()])
    }

    fn path_item(&mut self, item: &Value, at: &str) -> Value {
        let Some(fields) = item.as_object() else {
            return item.clone();
        };
        let shared: Vec<(usize, Value)> = item
            .get("parameters")
            .and_then(Value::as_array)
            .map(|list| list.iter().cloned().enumerate().collect())
            .unwrap_or_default();
        let mut out = Map::new();
        for (key, value) in fields {
            if METHODS.contains(&key.as_str()) {
                let op_at = format!("{at}/{}", escape_token(key));
                out.insert(key.clone(), self.operation(value, &shared, at, &op_at));
            } else if key == "parameters" {
                // Only the parameters that stay parameters stay here; body and form fields are
                // merged into each operation's request body.
                let mut kept = Vec::new();
                for (i, parameter) in &shared {
                    if !matches!(self.location(parameter).as_deref(), Some("body" | "formData")) {
                        let new = format!("{at}/parameters/{}", kept.len());
                        let old = format!("{at}/parameters/{i}");
                        self.origins.record(new.clone(), old.clone());
                        kept.push(self.parameter(parameter, &new, &old));
                    }
                }
                if !kept.is_empty() {
                    out.insert(key.clone(), Value::Array(kept));
                }
            } else {
                out.insert(key.clone(), value.clone());
            }
        }
        Value::Object(out)
    }

    /// Where a parameter (or the parameter it refers to) goes: `query`, `body`, `formData`, ...
    fn location(&self, parameter: &Value) -> Option<String> {
        self.dereference(parameter).get("in").and_then(Value::as_str).map(str::to_owned)
    }

    fn operation(&mut self, op: &Value, shared: &[(usize, Value)], path_at: &str, at: &str) -> Value {
        let Some(fields) = op.as_object() else {
            return op.clone();
        };
        let own: Vec<(String, Value)> = op
            .get("parameters")
            .and_then(Value::as_array)
            .map(|list| list.iter().enumerate().map(|(i, p)| (format!("{at}/parameters/{i}"), p.clone())).collect())
            .unwrap_or_default();
        // Shared body and form parameters apply unless the operation declares its own of that name.
        let mut all = own.clone();
        for (i, parameter) in shared {
            let param = self.dereference(parameter);
            if matches!(param.get("in").and_then(Value::as_str), Some("body" | "formData")) {
                let name = param.get("name");
                let overridden = own.iter().any(|(_, p)| {
                    let p = self.dereference(p);
                    p.get("name") == name && p.get("in") == param.get("in")
                });
                if !overridden {
                    all.push((format!("{path_at}/parameters/{i}"), parameter.clone()));
                }
            }
        }

        let consumes = self.media_list(Some(op), "consumes");
        let produces = self.media_list(Some(op), "produces");
        let mut out = Map::new();
        let mut parameters = Vec::new();
        let mut form = Vec::new();
        let mut body = None;
        for (old, parameter) in &all {
            let resolved = self.dereference(parameter);
            match resolved.get("in").and_then(Value::as_str) {
                Some("body") => {
                    let new = format!("{at}/requestBody");
                    body = Some(match parameter.get("$ref").and_then(Value::as_str) {
                        Some(reference) => {
                            self.origins.record(new, old.clone());
                            json!({ "$ref": reference.replacen("#/parameters/", "#/components/requestBodies/", 1) })
                        }
                        None => self.body(parameter, &consumes, &new, old),
                    });
                }
                Some("formData") => form.push((old.clone(), resolved)),
                _ => {
                    let new = format!("{at}/parameters/{}", parameters.len());
                    self.origins.record(new.clone(), old.clone());
                    parameters.push(self.parameter(parameter, &new, old));
                }
            }
        }
        if body.is_none() && !form.is_empty() {
            body = Some(self.form_body(&form, &consumes, at));
        }

        for (key, value) in fields {
            match key.as_str() {
                "responses" => {
                    let mut responses = Map::new();
                    for (status, response) in object(Some(value)) {
                        let token = escape_token(status);
                        let new = format!("{at}/responses/{token}");
                        responses.insert(status.clone(), self.response(response, &produces, &new, &new));
                    }
                    out.insert(key.clone(), Value::Object(responses));
                }
                "parameters" | "consumes" | "produces" | "schemes" => {}
                _ => {
                    out.insert(key.clone(), value.clone());
                }
            }
        }
        if !parameters.is_empty() {
            out.insert("parameters".into(), Value::Array(parameters));
        }
        if let Some(body) = body {
            out.insert("requestBody".into(), body);
        }
        Value::Object(out)
    }

    /// A parameter, following a `#/parameters/...` reference in the original document.
    fn dereference(&self, parameter: &Value) -> Value {
        let target = parameter
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|reference| reference.strip_prefix('#'))
            .and_then(|pointer| self.raw.pointer(pointer));
        target.unwrap_or(parameter).clone()
    }

    /// A query, path, header or cookie parameter in the 3.0 form (a reference stays a reference).
    fn parameter(&mut self, parameter: &Value, new: &str, old: &str) -> Value {
        let Some(fields) = parameter.as_object() else {
            return parameter.clone();
        };
        if fields.contains_key("$ref") {
            return parameter.clone();
        }
        let location = fields.get("in").and_then(Value::as_str).unwrap_or_default().to_owned();
        let mut out = Map::new();
        let mut schema = Map::new();
        for (key, value) in fields {
            if VALUE_KEYWORDS.contains(&key.as_str()) {
                schema.insert(key.clone(), value.clone());
            } else if key == "collectionFormat" {
            } else {
                out.insert(key.clone(), value.clone());
            }
        }
        self.origins.record(format!("{new}/schema"), old.to_owned());
        if schema.get("type").and_then(Value::as_str) == Some("array") {
            let format = fields.get("collectionFormat").and_then(Value::as_str).unwrap_or("csv");
            let (style, explode) = match (format, location.as_str()) {
                ("multi", _) => ("form", true),
                ("ssv", "query") => ("spaceDelimited", false),
                ("pipes", "query") => ("pipeDelimited", false),
                (_, "query" | "cookie") => ("form", false),
                _ => ("simple", false),
            };
            if !matches!(format, "csv" | "multi" | "ssv" | "pipes") || (matches!(format, "ssv" | "pipes") && location != "query") {
                self.warn(old, format!("`collectionFormat: {format}` has no OpenAPI 3 form here; taken as comma-separated"));
            }
            out.insert("style".into(), json!(style));
            out.insert("explode".into(), json!(explode));
        }
        out.insert("schema".into(), value_schema(&Value::Object(schema)));
        Value::Object(out)
    }

    /// An `in: body` parameter as a request body, one media type per entry of `consumes`.
    fn body(&mut self, parameter: &Value, consumes: &[String], new: &str, old: &str) -> Value {
        self.origins.record(new, old);
        let schema = parameter.get("schema").map_or_else(|| json!({}), schema_of);
        let mut content = Map::new();
        for media in consumes {
            let media_at = format!("{new}/content/{}/schema", escape_token(media));
            self.origins.record(media_at, format!("{old}/schema"));
            content.insert(media.clone(), json!({ "schema": schema }));
        }
        let mut out = Map::new();
        if let Some(description) = parameter.get("description") {
            out.insert("description".into(), description.clone());
        }
        out.insert("content".into(), Value::Object(content));
        if let Some(required) = parameter.get("required") {
            out.insert("required".into(), required.clone());
        }
        copy_extensions(parameter, &mut out);
        Value::Object(out)
    }

    /// `in: formData` parameters as one object schema, sent as a form or (with a file, or when the
    /// operation consumes it) as multipart.
    fn form_body(&mut self, fields: &[(String, Value)], consumes: &[String], at: &str) -> Value {
        let new = format!("{at}/requestBody");
        if let Some((first, _)) = fields.first() {
            self.origins.record(new.clone(), first.clone());
        }
        let mut properties = Map::new();
        let mut required = Vec::new();
        let mut has_file = false;
        for (old, field) in fields {
            let Some(name) = field.get("name").and_then(Value::as_str) else { continue };
            let mut schema = Map::new();
            for (key, value) in object(Some(field)) {
                if VALUE_KEYWORDS.contains(&key.as_str()) || key == "description" {
                    schema.insert(key.clone(), value.clone());
                }
            }
            has_file |= schema.get("type").and_then(Value::as_str) == Some("file");
            if field.get("required").and_then(Value::as_bool) == Some(true) {
                required.push(json!(name));
            }
            properties.insert(name.to_owned(), value_schema(&Value::Object(schema)));
            let token = escape_token(name);
            for media in ["multipart/form-data", "application/x-www-form-urlencoded"] {
                self.origins.record(format!("{new}/content/{}/schema/properties/{token}", escape_token(media)), old.clone());
            }
        }
        let mut schema = json!({ "type": "object", "properties": properties });
        if !required.is_empty() {
            schema["required"] = Value::Array(required);
        }
        let forms: Vec<&String> = consumes
            .iter()
            .filter(|media| {
                let essence = media.split(';').next().unwrap_or_default().trim();
                essence == "multipart/form-data" || (!has_file && essence == "application/x-www-form-urlencoded")
            })
            .collect();
        let default = if has_file { "multipart/form-data" } else { "application/x-www-form-urlencoded" };
        let mut content = Map::new();
        if forms.is_empty() {
            content.insert(default.into(), json!({ "schema": schema }));
        }
        for media in forms {
            content.insert(media.clone(), json!({ "schema": schema }));
        }
        let required = fields.iter().any(|(_, field)| field.get("required").and_then(Value::as_bool) == Some(true));
        json!({ "required": required, "content": content })
    }

    /// A response: its `schema` under one media type per entry of `produces`, headers with schemas.
    fn response(&mut self, response: &Value, produces: &[String], new: &str, old: &str) -> Value {
        let Some(fields) = response.as_object() else {
            return response.clone();
        };
        if fields.contains_key("$ref") {
            return response.clone();
        }
        if new != old {
            self.origins.record(new, old);
        }
        let mut out = Map::new();
        for (key, value) in fields {
            match key.as_str() {
                "schema" => {
                    let schema = schema_of(value);
                    let mut content = Map::new();
                    for media in produces {
                        self.origins.record(format!("{new}/content/{}/schema", escape_token(media)), format!("{old}/schema"));
                        content.insert(media.clone(), json!({ "schema": schema }));
                    }
                    out.insert("content".into(), Value::Object(content));
                }
                "headers" => {
                    let mut headers = Map::new();
                    for (name, header) in object(Some(value)) {
                        let token = escape_token(name);
                        let header_old = format!("{old}/headers/{token}");
                        self.origins.record(format!("{new}/headers/{token}/schema"), header_old);
                        let mut schema = Map::new();
                        let mut converted = Map::new();
                        for (key, value) in object(Some(header)) {
                            if VALUE_KEYWORDS.contains(&key.as_str()) {
                                schema.insert(key.clone(), value.clone());
                            } else if key != "collectionFormat" {
                                converted.insert(key.clone(), value.clone());
                            }
                        }
                        converted.insert("schema".into(), value_schema(&Value::Object(schema)));
                        headers.insert(name.clone(), Value::Object(converted));
                    }
                    out.insert(key.clone(), Value::Object(headers));
                }
                // Examples keyed by media type have no place in 3.0's response object.
                "examples" => {}
                _ => {
                    out.insert(key.clone(), value.clone());
                }
            }
        }
        // 3.0 requires a description.
        out.entry("description").or_insert_with(|| json!(""));
        Value::Object(out)
    }
}

fn copy_extensions(from: &Value, to: &mut Map<String, Value>) {
    for (key, value) in object(Some(from)).filter(|(key, _)| key.starts_with("x-")) {
        to.insert(key.clone(), value.clone());
    }
}

/// The schema of a parameter, header or `items` object: the same keywords, with `items` converted
/// in turn and `type: file` as binary.
fn value_schema(value: &Value) -> Value {
    let mut out = Map::new();
    for (key, value) in object(Some(value)) {
        match key.as_str() {
            "items" => {
                out.insert(key.clone(), value_schema(value));
            }
            "collectionFormat" => {}
            _ => {
                out.insert(key.clone(), value.clone());
            }
        }
    }
    if out.get("type").and_then(Value::as_str) == Some("file") {
        out.insert("type".into(), json!("string"));
        out.insert("format".into(), json!("binary"));
    }
    Value::Object(out)
}

/// A 2.0 schema object in 3.0 terms (the two nearly agree).
fn schema_of(schema: &Value) -> Value {
    let Some(fields) = schema.as_object() else {
        return schema.clone();
    };
    let mut out = Map::new();
    for (key, value) in fields {
        let converted = match key.as_str() {
            "properties" => Value::Object(object(Some(value)).map(|(name, schema)| (name.clone(), schema_of(schema))).collect()),
            "items" | "additionalProperties" | "not" => schema_of(value),
            "allOf" | "anyOf" | "oneOf" => match value {
                Value::Array(parts) => Value::Array(parts.iter().map(schema_of).collect()),
                other => other.clone(),
            },
            "discriminator" => match value {
                Value::String(property) => json!({ "propertyName": property }),
                other => other.clone(),
            },
            "x-nullable" => {
                out.insert("nullable".into(), value.clone());
                continue;
            }
            _ => value.clone(),
        };
        out.insert(key.clone(), converted);
    }
    if out.get("type").and_then(Value::as_str) == Some("file") {
        out.insert("type".into(), json!("string"));
        out.insert("format".into(), json!("binary"));
    }
    Value::Object(out)
}

fn security_scheme(scheme: &Value) -> Value {
    let kind = scheme.get("type").and_then(Value::as_str).unwrap_or_default();
    let mut out = Map::new();
    if let Some(description) = scheme.get("description") {
        out.insert("description".into(), description.clone());
    }
    match kind {
        "basic" => {
            out.insert("type".into(), json!("http"));
            out.insert("scheme".into(), json!("basic"));
        }
        "apiKey" => {
            out.insert("type".into(), json!("apiKey"));
            for key in ["name", "in"] {
                if let Some(value) = scheme.get(key) {
                    out.insert(key.into(), value.clone());
                }
            }
        }
        "oauth2" => {
            let scopes = scheme.get("scopes").cloned().unwrap_or_else(|| json!({}));
            let authorization = scheme.get("authorizationUrl").cloned().unwrap_or_else(|| json!(""));
            let token = scheme.get("tokenUrl").cloned().unwrap_or_else(|| json!(""));
            let (name, flow) = match scheme.get("flow").and_then(Value::as_str).unwrap_or_default() {
                "implicit" => ("implicit", json!({ "authorizationUrl": authorization, "scopes": scopes })),
                "password" => ("password", json!({ "tokenUrl": token, "scopes": scopes })),
                "application" => ("clientCredentials", json!({ "tokenUrl": token, "scopes": scopes })),
                _ => ("authorizationCode", json!({ "authorizationUrl": authorization, "tokenUrl": token, "scopes": scopes })),
            };
            out.insert("type".into(), json!("oauth2"));
            out.insert("flows".into(), json!({ name: flow }));
        }
        _ => return scheme.clone(),
    }
    copy_extensions(scheme, &mut out);
    Value::Object(out)
}

/// Points `$ref`s at the components' new homes.
fn rewrite_refs(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                match child {
                    Value::String(reference) if key == "$ref" => {
                        for (from, to) in [
                            ("#/definitions/", "#/components/schemas/"),
                            ("#/parameters/", "#/components/parameters/"),
                            ("#/responses/", "#/components/responses/"),
                        ] {
                            if let Some(at) = reference.find(from) {
                                reference.replace_range(at..at + from.len(), to);
                                break;
                            }
                        }
                    }
                    _ => rewrite_refs(child),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(rewrite_refs),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_take_the_longest_prefix() {
        let mut origins = Origins::default();
        origins.record("/components/schemas/A", "/definitions/A");
        origins.record("/paths/~1a/get/requestBody", "/paths/~1a/get/parameters/1");
        origins.record("/paths/~1a/get/requestBody/content/application~1json/schema", "/paths/~1a/get/parameters/1/schema");
        assert_eq!(origins.original("/components/schemas/A/properties/x"), "/definitions/A/properties/x");
        assert_eq!(origins.original("/components/schemas/AB"), "/components/schemas/AB");
        assert_eq!(
            origins.original("/paths/~1a/get/requestBody/content/application~1json/schema/items"),
            "/paths/~1a/get/parameters/1/schema/items"
        );
        assert_eq!(origins.original("/paths/~1a/get/requestBody"), "/paths/~1a/get/parameters/1");
        assert_eq!(origins.original("/info"), "/info");
    }

    #[test]
    fn parameters_bodies_and_refs_move() {
        let raw = json!({
            "swagger": "2.0",
            "host": "example.com",
            "basePath": "/v1/",
            "schemes": ["http", "https"],
            "consumes": ["application/json"],
            "paths": {"/pets/{id}": {"post": {
                "parameters": [
                    {"name": "id", "in": "path", "required": true, "type": "integer", "format": "uint8"},
                    {"name": "tags", "in": "query", "type": "array", "items": {"type": "string"}, "collectionFormat": "multi"},
                    {"name": "pet", "in": "body", "schema": {"$ref": "#/definitions/Pet"}}
                ],
                "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Pet"}}}
            }}},
            "definitions": {"Pet": {"type": "object", "discriminator": "kind", "properties": {"photo": {"type": "file"}, "kind": {"type": "string", "x-nullable": true}}}}
        });
        let (doc, origins) = to_3_0(&raw, &mut Vec::new());
        assert_eq!(doc["servers"], json!([{"url": "http://example.com/v1"}, {"url": "https://example.com/v1"}]));
        let op = &doc["paths"]["/pets/{id}"]["post"];
        assert_eq!(op["parameters"][0]["schema"], json!({"type": "integer", "format": "uint8"}));
        assert_eq!(op["parameters"][1]["style"], "form");
        assert_eq!(op["parameters"][1]["explode"], true);
        assert_eq!(op["requestBody"]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/Pet");
        assert_eq!(op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/Pet");
        let pet = &doc["components"]["schemas"]["Pet"];
        assert_eq!(pet["discriminator"], json!({"propertyName": "kind"}));
        assert_eq!(pet["properties"]["photo"], json!({"type": "string", "format": "binary"}));
        assert_eq!(pet["properties"]["kind"]["nullable"], true);
        assert_eq!(
            origins.original("/paths/~1pets~1{id}/post/requestBody/content/application~1json/schema"),
            "/paths/~1pets~1{id}/post/parameters/2/schema"
        );
    }

    #[test]
    fn security_definitions_become_schemes() {
        let raw = json!({
            "swagger": "2.0",
            "paths": {},
            "securityDefinitions": {
                "basic": {"type": "basic"},
                "key": {"type": "apiKey", "name": "X-Key", "in": "header"},
                "oauth": {"type": "oauth2", "flow": "application", "tokenUrl": "https://x/token", "scopes": {"read": "r"}}
            }
        });
        let (doc, origins) = to_3_0(&raw, &mut Vec::new());
        let schemes = &doc["components"]["securitySchemes"];
        assert_eq!(schemes["basic"], json!({"type": "http", "scheme": "basic"}));
        assert_eq!(schemes["key"], json!({"type": "apiKey", "name": "X-Key", "in": "header"}));
        assert_eq!(
            schemes["oauth"],
            json!({"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": "https://x/token", "scopes": {"read": "r"}}}})
        );
        assert_eq!(origins.original("/components/securitySchemes/key/name"), "/securityDefinitions/key/name");
    }

    #[test]
    fn form_fields_become_one_object() {
        let raw = json!({
            "swagger": "2.0",
            "paths": {"/upload": {"post": {
                "consumes": ["multipart/form-data"],
                "parameters": [
                    {"name": "file", "in": "formData", "type": "file", "required": true},
                    {"name": "note", "in": "formData", "type": "string"}
                ],
                "responses": {"204": {"description": "done"}}
            }}}
        });
        let (doc, _) = to_3_0(&raw, &mut Vec::new());
        let body = &doc["paths"]["/upload"]["post"]["requestBody"];
        let schema = &body["content"]["multipart/form-data"]["schema"];
        assert_eq!(schema["properties"]["file"], json!({"type": "string", "format": "binary"}));
        assert_eq!(schema["required"], json!(["file"]));
        assert!(doc["paths"]["/upload"]["post"].get("parameters").is_none());
    }
}
