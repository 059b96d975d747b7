//! Stage 1: read a spec file (YAML or JSON, OpenAPI 3.0 or 3.1) into an `openapiv3::OpenAPI`.
//!
//! 3.1 documents are normalised to the 3.0 model first (see [`normalize`]), so the stages after this
//! one see a single dialect.

mod normalize;
pub mod source_map;

use std::path::{Path, PathBuf};

use openapiv3::OpenAPI;
use serde_json::Value;

use crate::error::{Error, SpecError, SpecErrorKind, Warning};
use source_map::{SourceMap, escape_token};

/// A parsed spec, with what is needed to point at its lines later.
#[derive(Debug)]
pub struct Spec {
    pub path: PathBuf,
    pub document: OpenAPI,
    /// The document as plain JSON (after normalisation), for lookups `openapiv3` does not model.
    pub raw: Value,
    text: String,
    pub warnings: Vec<Warning>,
}

impl Spec {
    /// An error at `pointer`, with the line it is on when the source can tell.
    pub fn error(&self, kind: SpecErrorKind, pointer: &str, message: impl Into<String>) -> SpecError {
        located_error(&self.path, &self.text, kind, pointer, message.into())
    }
}

/// Reads and parses the spec at `path`.
pub fn load(path: &Path) -> Result<Spec, Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Read { path: path.to_owned(), source })?;
    parse(path, text)
}

/// Parses spec text; `path` is only used in messages.
pub fn parse(path: &Path, text: String) -> Result<Spec, Error> {
    let yaml: serde_yaml::Value = serde_yaml::from_str(&text).map_err(|err| {
        let position = err.location().map(|at| (at.line(), at.column()));
        SpecError {
            file: path.to_owned(),
            pointer: String::new(),
            position,
            kind: SpecErrorKind::Syntax,
            message: err.to_string(),
        }
    })?;
    let mut raw = yaml_to_json(yaml);
    let fail = |kind, pointer: &str, message: String| Error::Spec(located_error(path, &text, kind, pointer, message));

    if !raw.is_object() {
        return Err(fail(SpecErrorKind::Invalid, "", "the document is not a mapping".into()));
    }
    if let Some(version) = raw.get("swagger") {
        return Err(fail(
            SpecErrorKind::Unsupported,
            "/swagger",
            format!("Swagger {} (OpenAPI 2.0) is not supported; convert it to OpenAPI 3 first", plain(version)),
        ));
    }
    let version = match raw.get("openapi") {
        Some(Value::String(version)) => version.clone(),
        Some(other) => return Err(fail(SpecErrorKind::Invalid, "/openapi", format!("`openapi` must be a string, found {other}"))),
        None => return Err(fail(SpecErrorKind::Invalid, "", "missing the `openapi` version field".into())),
    };
    let mut warnings = Vec::new();
    if version.starts_with("3.1") {
        normalize::from_3_1(&mut raw, &mut warnings);
    } else if !version.starts_with("3.0") {
        return Err(fail(
            SpecErrorKind::Unsupported,
            "/openapi",
            format!("OpenAPI version {version} is not supported (3.0.x and 3.1.x are)"),
        ));
    }

    let document: OpenAPI = serde_path_to_error::deserialize(&raw).map_err(|err| {
        let pointer = pointer_of(err.path());
        fail(SpecErrorKind::Invalid, &pointer, err.inner().to_string())
    })?;
    Ok(Spec { path: path.to_owned(), document, raw, text, warnings })
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

/// YAML allows non-string keys (`200:` is an integer); OpenAPI means them as strings.
fn yaml_to_json(value: serde_yaml::Value) -> Value {
    use serde_yaml::Value as Y;
    match value {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                n.as_f64().and_then(serde_json::Number::from_f64).map_or(Value::Null, Value::Number)
            }
        }
        Y::String(s) => Value::String(s),
        Y::Sequence(items) => Value::Array(items.into_iter().map(yaml_to_json).collect()),
        Y::Mapping(map) => Value::Object(
            map.into_iter()
                .map(|(key, value)| {
                    let key = match key {
                        Y::String(s) => s,
                        other => plain(&yaml_to_json(other)),
                    };
                    (key, yaml_to_json(value))
                })
                .collect(),
        ),
        Y::Tagged(tagged) => yaml_to_json(tagged.value),
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
