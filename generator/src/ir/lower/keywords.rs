//! No keyword of a schema is dropped without a word. `openapiv3` keeps only the keywords of the
//! shape it recognises (an untyped schema keeps many that lowering then has no use for) and drops
//! unknown ones; so after a schema is lowered, its keywords in the document are compared with the
//! ones lowering read for that shape, and every other one is reported: as a rule not enforced
//! when it constrains values, as ignored otherwise.

use openapiv3::{Schema, SchemaKind, Type};
use serde_json::Value;

use super::Lowering;
use super::compose::{any_union, is_any_object, is_composed_object};
use crate::error::WarningKind;
use crate::ir::pattern::ecma_to_rust;

/// Keywords that only describe (documentation, examples, identifiers): nothing to enforce.
const ANNOTATIONS: &[&str] = &[
    "title", "description", "default", "example", "examples", "externalDocs", "xml", "deprecated", "readOnly", "writeOnly",
    "nullable", "$comment", "$id", "$schema", "$anchor", "$defs", "contentMediaType", "contentEncoding",
];

/// Keywords that constrain values: when lowering does not read one, a rule goes unchecked.
const CONSTRAINTS: &[&str] = &[
    "type", "format", "enum", "const", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
    "minLength", "maxLength", "pattern", "items", "minItems", "maxItems", "uniqueItems", "properties", "required",
    "additionalProperties", "minProperties", "maxProperties", "allOf", "oneOf", "anyOf", "not", "propertyNames",
    "dependentRequired", "minContains", "maxContains", "unevaluatedItems", "prefixItems", "if", "then", "else",
    "dependentSchemas", "patternProperties", "unevaluatedProperties", "contains",
];

impl Lowering<'_> {
    /// Reports the keywords of the schema at `pointer` that lowering did not read for its shape.
    pub(super) fn unread_keywords(&mut self, schema: &Schema, pointer: &str, origin: &str) {
        let Some(Value::Object(raw)) = self.spec.raw.pointer(pointer) else { return };
        // A reference stands for a schema elsewhere, which is checked where it is written.
        if raw.contains_key("$ref") {
            return;
        }
        let read = read_keywords(&schema.schema_kind);
        let unread: Vec<String> = raw
            .keys()
            .filter(|key| !key.starts_with("x-") && !ANNOTATIONS.contains(&key.as_str()) && !read.contains(&key.as_str()))
            .cloned()
            .collect();
        let shape = shape_name(&schema.schema_kind);
        for key in unread {
            if CONSTRAINTS.contains(&key.as_str()) {
                self.unenforced(pointer, format!("{origin}: `{key}` is not read for {shape} and is not enforced"));
            } else if key == "discriminator" {
                let message = format!("{origin}: `discriminator` is only used on oneOf/anyOf; ignored on {shape}");
                self.warn(WarningKind::Ignored, pointer, message);
            } else {
                self.warn(WarningKind::Ignored, pointer, format!("{origin}: unknown keyword `{key}` is ignored"));
            }
        }
    }

    /// A string `enum` is enforced as the list of its values, which leaves `minLength`,
    /// `maxLength` and `pattern` nothing to add when every value meets them. A value that breaks
    /// one is still accepted (the enum wins), so that rule is reported as not enforced.
    pub(super) fn enum_against_rules(&mut self, string: &openapiv3::StringType, values: &[String], pointer: &str, origin: &str) {
        let regex = match &string.pattern {
            None => None,
            Some(pattern) => match regex::Regex::new(&ecma_to_rust(pattern)) {
                Ok(regex) => Some((pattern, regex)),
                Err(_) => {
                    let message = format!("{origin}: pattern `{pattern}` is not enforced: the regex engine cannot compile it (the enum is)");
                    self.unenforced(pointer, message);
                    None
                }
            },
        };
        let broken = values.iter().find_map(|value| {
            let length = value.chars().count();
            let rule = if let Some(min) = string.min_length.filter(|min| length < *min) {
                format!("minLength: {min}")
            } else if let Some(max) = string.max_length.filter(|max| length > *max) {
                format!("maxLength: {max}")
            } else {
                let (pattern, _) = regex.as_ref().filter(|(_, regex)| !regex.is_match(value))?;
                format!("pattern: {pattern}")
            };
            Some((value, rule))
        });
        if let Some((value, rule)) = broken {
            let message = format!("{origin}: the enum value {value:?} breaks `{rule}`; the enum is enforced, that rule is not");
            self.unenforced(pointer, message);
        }
    }
}

/// The keywords lowering reads for a schema of this shape (see `Lowering::inline` and
/// `Lowering::any_schema`).
fn read_keywords(kind: &SchemaKind) -> Vec<&'static str> {
    let mut read = vec!["type"];
    match kind {
        SchemaKind::Type(Type::String(_)) => read.extend(["format", "enum", "minLength", "maxLength", "pattern"]),
        SchemaKind::Type(Type::Integer(_) | Type::Number(_)) => {
            read.extend(["format", "enum", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"]);
        }
        SchemaKind::Type(Type::Boolean(_)) => read.push("enum"),
        SchemaKind::Type(Type::Array(_)) => read.extend(["items", "minItems", "maxItems", "uniqueItems"]),
        SchemaKind::Type(Type::Object(_)) => {
            read.extend(["properties", "required", "additionalProperties", "minProperties", "maxProperties"]);
        }
        SchemaKind::OneOf { .. } => read.extend(["oneOf", "discriminator"]),
        SchemaKind::AnyOf { .. } => read.extend(["anyOf", "discriminator"]),
        SchemaKind::AllOf { .. } => read.push("allOf"),
        SchemaKind::Not { .. } => read.push("not"),
        SchemaKind::Any(any) => read.extend(any_keywords(any)),
    }
    read
}

/// What `any_schema` reads of an untyped (or mixed) schema: an object's properties; or else an
/// `allOf` with the `required` beside it; or else a union; or else an enum, items, and a string's
/// format.
fn any_keywords(any: &openapiv3::AnySchema) -> Vec<&'static str> {
    if is_composed_object(any) {
        // One type of the parts and the schema's own properties.
        return vec!["properties", "required", "additionalProperties", "allOf", "oneOf", "anyOf", "discriminator"];
    }
    if is_any_object(any) {
        // allOf/oneOf/anyOf beside properties are reported by `any_schema` itself.
        return vec!["properties", "required", "additionalProperties", "allOf", "oneOf", "anyOf"];
    }
    if !any.all_of.is_empty() {
        return vec!["allOf", "required"];
    }
    if let Some((_, keyword)) = any_union(any) {
        return vec![keyword, "discriminator"];
    }
    let mut read = vec!["enum", "items"];
    if any.typ.as_deref() == Some("string") {
        read.push("format");
    }
    read
}

/// How a message names the shape a schema was read as.
fn shape_name(kind: &SchemaKind) -> &'static str {
    match kind {
        SchemaKind::Type(Type::String(_)) => "a string",
        SchemaKind::Type(Type::Integer(_)) => "an integer",
        SchemaKind::Type(Type::Number(_)) => "a number",
        SchemaKind::Type(Type::Boolean(_)) => "a boolean",
        SchemaKind::Type(Type::Array(_)) => "an array",
        SchemaKind::Type(Type::Object(_)) => "an object",
        SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. } => "a union",
        SchemaKind::AllOf { .. } => "an allOf",
        SchemaKind::Not { .. } => "a `not` schema",
        SchemaKind::Any(any) => match any.typ.as_deref() {
            Some("integer") => "an integer schema that mixes in other keywords (read as untyped)",
            Some("number") => "a number schema that mixes in other keywords (read as untyped)",
            Some("string") => "a string schema that mixes in other keywords (read as untyped)",
            Some("array") => "an array schema that mixes in other keywords (read as untyped)",
            Some("boolean") => "a boolean schema that mixes in other keywords (read as untyped)",
            _ => "an untyped schema",
        },
    }
}
