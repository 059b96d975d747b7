//! Stage 1: read a spec file (YAML or JSON, OpenAPI 3.0 or 3.1) into an `openapiv3::OpenAPI`.
//!
//! 3.1 documents are normalised to the 3.0 model first (see [`normalize`]), so the stages after this
//! one see a single dialect.

mod integers;
mod normalize;
pub mod source_map;
mod swagger2;
mod yaml;

use std::path::{Path, PathBuf};

use openapiv3::OpenAPI;
use serde_json::Value;

use crate::error::{Error, SpecError, SpecErrorKind, SpecErrors, Warning, WarningKind};
use source_map::{SourceMap, escape_token};

/// A parsed spec, with what is needed to point at its lines later.
#[derive(Debug, Clone)]
pub struct Spec {
    pub path: PathBuf,
    pub document: OpenAPI,
    /// The document as plain JSON (after normalisation), for lookups `openapiv3` does not model.
    pub raw: Value,
    text: String,
    pub warnings: Vec<Warning>,
    /// For a Swagger 2.0 document, where the converted pieces came from, so errors point into the
    /// text the user wrote.
    origins: Option<swagger2::Origins>,
    /// Built at the first error, then shared by the others.
    source_map: std::sync::OnceLock<SourceMap>,
}

impl Spec {
    /// The spec's text as read.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Where `pointer` (in the document as loaded) is in the document as written: they differ for
    /// the moved pieces of a converted Swagger 2.0 document.
    pub fn original_pointer(&self, pointer: &str) -> String {
        original(self.origins.as_ref(), pointer)
    }

    /// An error at `pointer`, with the line it is on when the source can tell.
    pub fn error(&self, kind: SpecErrorKind, pointer: &str, message: impl Into<String>) -> SpecError {
        let pointer = original(self.origins.as_ref(), pointer);
        let position = self.source_map.get_or_init(|| SourceMap::build(&self.text)).position(&pointer);
        SpecError { file: self.path.clone(), pointer, position, kind, message: message.into() }
    }
}

/// Reads and parses the spec at `path`.
pub fn load(path: &Path) -> Result<Spec, Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Read { path: path.to_owned(), source })?;
    parse(path, text)
}

/// Parses spec text; `path` is only used in messages. Documents nest (each schema level a few
/// recursive calls of the YAML reader and the deserializer), so this runs on a deep stack.
pub fn parse(path: &Path, text: String) -> Result<Spec, Error> {
    crate::with_deep_stack(|| parse_here(path, text))
}

fn parse_here(path: &Path, text: String) -> Result<Spec, Error> {
    let syntax_error = |position: Option<(usize, usize)>, message: String| SpecError {
        file: path.to_owned(),
        pointer: String::new(),
        position,
        kind: SpecErrorKind::Syntax,
        message,
    };
    // Editors on Windows start files with a byte order mark; it is not part of the document (the
    // digest still covers the bytes as read).
    let body = text.strip_prefix('\u{feff}').unwrap_or(&text);
    // JSON goes through a JSON parser: YAML refuses some text JSON allows (C1 control characters).
    let mut unrepresentable = Vec::new();
    let mut raw = if body.trim_start().starts_with('{') {
        serde_json::from_str::<Value>(body).map_err(|err| syntax_error(Some((err.line(), err.column())), err.to_string()))?
    } else {
        let yaml = yaml::parse(body).map_err(|(position, message)| syntax_error(position, message))?;
        yaml_to_json(yaml, &mut String::new(), &mut unrepresentable)
    };
    let mut warnings: Vec<Warning> = unrepresentable
        .into_iter()
        .map(|pointer| {
            let message = "`.inf`/`.nan` has no JSON form; the value is ignored (taken as absent) and not enforced";
            Warning::new(WarningKind::UnenforcedRule, pointer, message)
        })
        .collect();
    let mut origins = None;
    let fail = |origins: Option<&swagger2::Origins>, kind, pointer: &str, message: String| {
        Error::from(located_error(path, &text, kind, &original(origins, pointer), message))
    };

    if !raw.is_object() {
        return Err(fail(None, SpecErrorKind::Invalid, "", "the document is not a mapping".into()));
    }
    if let Some(version) = raw.get("swagger") {
        if plain(version) != "2.0" {
            let message = format!("Swagger {} is not supported (2.0, 3.0.x and 3.1.x are)", plain(version));
            return Err(fail(None, SpecErrorKind::Unsupported, "/swagger", message));
        }
        let (converted, moved) = swagger2::to_3_0(&raw, &mut warnings);
        raw = converted;
        origins = Some(moved);
    }
    let fail = |kind, pointer: &str, message: String| fail(origins.as_ref(), kind, pointer, message);
    let version = match raw.get("openapi") {
        Some(Value::String(version)) => version.clone(),
        Some(other) => return Err(fail(SpecErrorKind::Invalid, "/openapi", format!("`openapi` must be a string, found {other}"))),
        None => return Err(fail(SpecErrorKind::Invalid, "", "missing the `openapi` version field".into())),
    };
    if !version.starts_with("3.1") && !version.starts_with("3.0") {
        return Err(fail(
            SpecErrorKind::Unsupported,
            "/openapi",
            format!("OpenAPI version {version} is not supported (3.0.x and 3.1.x are)"),
        ));
    }

    normalize::schemas(&mut raw, version.starts_with("3.1"), &mut warnings);
    normalize::drop_callbacks(&mut raw, &mut warnings);
    // Tracking the path costs a third of loading; it is only needed to explain a failure.
    let parsed = <OpenAPI as serde::Deserialize>::deserialize(&raw).or_else(|_| serde_path_to_error::deserialize(&raw));
    let document: OpenAPI = match parsed {
        Ok(document) => document,
        Err(err) => {
            // `openapiv3` flattens and untags much of the model, which hides where inside a path
            // item or schema the problem is; look again, piece by piece, for precise pointers, and
            // report every piece that fails.
            let mut found = locate_invalid(&raw);
            if found.is_empty() {
                found.push((pointer_of(err.path()), err.inner().to_string()));
            }
            let map = SourceMap::build(&text);
            let errors = found.into_iter().map(|(pointer, message)| {
                let pointer = original(origins.as_ref(), &pointer);
                SpecError { file: path.to_owned(), position: map.position(&pointer), pointer, kind: SpecErrorKind::Invalid, message }
            });
            return Err(Error::Spec(SpecErrors::new(errors.collect()).expect("at least one error")));
        }
    };
    Ok(Spec { path: path.to_owned(), document, raw, text, warnings, origins, source_map: Default::default() })
}

/// The pointer in the document as written (a converted Swagger 2.0 document has moved pieces).
fn original(origins: Option<&swagger2::Origins>, pointer: &str) -> String {
    origins.map_or_else(|| pointer.to_owned(), |origins| origins.original(pointer))
}

fn located_error(path: &Path, text: &str, kind: SpecErrorKind, pointer: &str, message: String) -> SpecError {
    SpecError {
        file: path.to_owned(),
        pointer: pointer.to_owned(),
        position: SourceMap::build(text).position(pointer),
        kind,
        message,
    }
}

fn plain(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// YAML allows non-string keys (`200:` is an integer); OpenAPI means them as strings. Numbers JSON
/// cannot hold (`.inf`, `.nan`) become null, and their pointers are collected for a warning.
///
/// `at` is the node's pointer, grown and cut back as the walk goes rather than built per node.
fn yaml_to_json(value: serde_yaml::Value, at: &mut String, unrepresentable: &mut Vec<String>) -> Value {
    use serde_yaml::Value as Y;
    match value {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else if let Some(number) = n.as_f64().and_then(serde_json::Number::from_f64) {
                Value::Number(number)
            } else {
                unrepresentable.push(at.clone());
                Value::Null
            }
        }
        Y::String(s) => Value::String(s),
        Y::Sequence(items) => Value::Array(
            items.into_iter().enumerate().map(|(i, item)| within(at, &i.to_string(), |at| yaml_to_json(item, at, unrepresentable))).collect(),
        ),
        Y::Mapping(map) => Value::Object(mapping_to_json(map, at, unrepresentable)),
        Y::Tagged(tagged) => yaml_to_json(tagged.value, at, unrepresentable),
    }
}

/// A YAML mapping as a JSON object. YAML merge keys (`<<: *base`, or `<<: [*a, *b]`), which
/// specs use to share fragments, are merged where they stand: keys written in the mapping win,
/// then earlier merged mappings over later ones (YAML 1.1's rule). A `<<` whose value is not a
/// mapping or a list of mappings stays an ordinary key (and is reported as an unknown keyword).
fn mapping_to_json(map: serde_yaml::Mapping, at: &mut String, unrepresentable: &mut Vec<String>) -> serde_json::Map<String, Value> {
    use serde_yaml::Value as Y;
    let key_text = |key: Y, at: &mut String, unrepresentable: &mut Vec<String>| match key {
        Y::String(s) => s,
        other => plain(&yaml_to_json(other, at, unrepresentable)),
    };
    let written: std::collections::HashSet<String> = if map.keys().any(is_merge_key) {
        map.keys().filter(|k| !is_merge_key(k)).filter_map(|k| k.as_str().map(str::to_owned)).collect()
    } else {
        Default::default()
    };
    let mut object = serde_json::Map::new();
    for (key, value) in map {
        let merged = if is_merge_key(&key) { merge_sources(&value) } else { None };
        let Some(sources) = merged else {
            let key = key_text(key, at, unrepresentable);
            let child = within(at, &escape_token(&key), |at| yaml_to_json(value, at, unrepresentable));
            object.insert(key, child);
            continue;
        };
        for source in sources {
            for (key, value) in source {
                let key = key_text(key, at, unrepresentable);
                if written.contains(&key) || object.contains_key(&key) {
                    continue;
                }
                let child = within(at, &escape_token(&key), |at| yaml_to_json(value, at, unrepresentable));
                object.insert(key, child);
            }
        }
    }
    object
}

/// Runs `walk` with `/token` appended to the pointer `at`, then cuts it back.
fn within<T>(at: &mut String, token: &str, walk: impl FnOnce(&mut String) -> T) -> T {
    let len = at.len();
    at.push('/');
    at.push_str(token);
    let result = walk(at);
    at.truncate(len);
    result
}

fn is_merge_key(key: &serde_yaml::Value) -> bool {
    key.as_str() == Some("<<")
}

/// The mappings a merge key's value names, when it is a mapping or a list of mappings.
fn merge_sources(value: &serde_yaml::Value) -> Option<Vec<serde_yaml::Mapping>> {
    use serde_yaml::Value as Y;
    match value {
        Y::Mapping(map) => Some(vec![map.clone()]),
        Y::Sequence(items) => items.iter().map(|item| item.as_mapping().cloned()).collect(),
        _ => None,
    }
}

fn pointer_of(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut pointer = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Map { key } => {
                pointer.push('/');
                pointer.push_str(&escape_token(key));
            }
            Segment::Seq { index } => {
                pointer.push('/');
                pointer.push_str(&index.to_string());
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    pointer
}

/// Deserializes the pieces of a document one at a time and returns every one that fails, each with
/// a pointer as deep as the piece's own deserializer can tell.
fn locate_invalid(raw: &Value) -> Vec<(String, String)> {
    use openapiv3::{Operation, Parameter, ReferenceOr, RequestBody, Response, Schema};

    fn check<T: serde::de::DeserializeOwned>(value: &Value, at: &str, found: &mut Vec<(String, String)>) {
        if value.get("$ref").is_some() {
            return;
        }
        if let Err(err) = serde_path_to_error::deserialize::<_, T>(value) {
            found.push((format!("{at}{}", pointer_of(err.path())), err.into_inner().to_string()));
        }
    }
    fn entries(value: Option<&Value>) -> Vec<(&String, &Value)> {
        value.and_then(Value::as_object).map(|m| m.iter().collect()).unwrap_or_default()
    }

    let mut found = Vec::new();
    for (name, schema) in entries(raw.pointer("/components/schemas")) {
        check::<Schema>(schema, &format!("/components/schemas/{}", escape_token(name)), &mut found);
    }
    for (path, item) in entries(raw.get("paths")) {
        let base = format!("/paths/{}", escape_token(path));
        let before = found.len();
        let mut operations = entries(Some(item));
        operations.retain(|(key, _)| {
            matches!(key.as_str(), "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace")
        });
        let parameters = |list: Option<&Value>, at: &str, found: &mut Vec<(String, String)>| {
            for (i, param) in list.and_then(Value::as_array).into_iter().flatten().enumerate() {
                check::<Parameter>(param, &format!("{at}/parameters/{i}"), found);
            }
        };
        parameters(item.get("parameters"), &base, &mut found);
        for (method, op) in &operations {
            let at = format!("{base}/{method}");
            let pieces = found.len();
            parameters(op.get("parameters"), &at, &mut found);
            if let Some(body) = op.get("requestBody") {
                check::<RequestBody>(body, &format!("{at}/requestBody"), &mut found);
            }
            for (status, response) in entries(op.get("responses")) {
                check::<Response>(response, &format!("{at}/responses/{}", escape_token(status)), &mut found);
            }
            if found.len() == pieces {
                // Only when no piece of it failed: the operation as a whole would fail on them again.
                check::<Operation>(op, &at, &mut found);
            }
        }
        if found.len() == before {
            check::<ReferenceOr<openapiv3::PathItem>>(item, &base, &mut found);
        }
    }
    found
}
