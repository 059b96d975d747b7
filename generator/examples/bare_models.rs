//! Writes the compile-time floor for `tests/bench.sh`: a crate holding the spec's component schemas
//! as bare serde types (structs, string enums, aliases), with no checks, client or server. A crate
//! of the same schemas cannot check faster than this one.
//!
//!   cargo run --release -p oagen --example bare_models -- SPEC OUT_DIR CRATE_NAME
//!
//! Formats are ignored (strings are `String`), compositions and inline objects are
//! `serde_json::Value`, and every `$ref` field is boxed so recursive schemas need no analysis.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use heck::{ToSnakeCase, ToUpperCamelCase};
use openapiv3::{AdditionalProperties, ReferenceOr, Schema, SchemaKind, StringType, Type};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [spec, out, name] = args.as_slice() else {
        eprintln!("usage: bare_models SPEC OUT_DIR CRATE_NAME");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(spec).expect("readable spec");
    let api: openapiv3::OpenAPI = serde_yaml::from_str(&text).expect("an OpenAPI 3.0 document");
    let schemas = api.components.map(|c| c.schemas).unwrap_or_default();
    let names = type_names(schemas.keys());
    let mut code = String::from("//! Bare serde types for the schemas of the spec (the compile-time floor).\n#![allow(clippy::all, non_camel_case_types)]\n\nuse serde::{Deserialize, Serialize};\n");
    for (schema_name, schema) in &schemas {
        let ty = &names[schema_name];
        match schema {
            ReferenceOr::Reference { reference } => {
                let _ = writeln!(code, "\npub type {ty} = {};", ref_name(&names, reference));
            }
            ReferenceOr::Item(schema) => item(&mut code, &names, ty, schema),
        }
    }
    let src = std::path::Path::new(out).join("src");
    std::fs::create_dir_all(&src).expect("output directory");
    std::fs::write(src.join("lib.rs"), code).expect("lib.rs written");
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\nserde = {{ version = \"1\", features = [\"derive\"] }}\nserde_json = \"1\"\n"
    );
    std::fs::write(std::path::Path::new(out).join("Cargo.toml"), manifest).expect("Cargo.toml written");
}

/// One Rust type name per schema, unique after case conversion.
fn type_names<'a>(schemas: impl Iterator<Item = &'a String>) -> BTreeMap<String, String> {
    let mut taken = BTreeSet::new();
    schemas
        .map(|schema| {
            let base = schema.to_upper_camel_case();
            let base = if base.is_empty() || base.starts_with(|c: char| c.is_ascii_digit()) { format!("T{base}") } else { base };
            let mut name = base.clone();
            let mut n = 2;
            while !taken.insert(name.clone()) {
                name = format!("{base}{n}");
                n += 1;
            }
            (schema.clone(), name)
        })
        .collect()
}

fn ref_name(names: &BTreeMap<String, String>, reference: &str) -> String {
    let schema = reference.rsplit('/').next().unwrap_or_default();
    names.get(schema).cloned().unwrap_or_else(|| "serde_json::Value".to_owned())
}

fn item(code: &mut String, names: &BTreeMap<String, String>, ty: &str, schema: &Schema) {
    match &schema.schema_kind {
        SchemaKind::Type(Type::Object(object)) if !object.properties.is_empty() => {
            let _ = writeln!(code, "\n#[derive(Debug, Clone, Serialize, Deserialize)]\npub struct {ty} {{");
            let mut fields = BTreeSet::new();
            for (property, schema) in &object.properties {
                let mut field = property.to_snake_case();
                if field.is_empty() || field.starts_with(|c: char| c.is_ascii_digit()) {
                    field = format!("f_{field}");
                }
                while !fields.insert(field.clone()) {
                    field.push('_');
                }
                let inner = match schema {
                    ReferenceOr::Reference { reference } => format!("Box<{}>", ref_name(names, reference)),
                    ReferenceOr::Item(schema) => rust_type(names, schema),
                };
                let nullable = matches!(schema, ReferenceOr::Item(s) if s.schema_data.nullable);
                let field_ty = if object.required.contains(property) && !nullable { inner } else { format!("Option<{inner}>") };
                let _ = writeln!(code, "    #[serde(rename = {property:?})]\n    pub r#{field}: {field_ty},");
            }
            code.push_str("}\n");
        }
        SchemaKind::Type(Type::String(StringType { enumeration, .. })) if !enumeration.is_empty() => {
            let _ = writeln!(code, "\n#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]\npub enum {ty} {{");
            let mut variants = BTreeSet::new();
            for value in enumeration.iter().flatten() {
                let mut variant = value.to_upper_camel_case();
                if variant.is_empty() || variant.starts_with(|c: char| c.is_ascii_digit()) {
                    variant = format!("V{variant}");
                }
                while !variants.insert(variant.clone()) {
                    variant.push('_');
                }
                let _ = writeln!(code, "    #[serde(rename = {value:?})]\n    {variant},");
            }
            code.push_str("}\n");
        }
        _ => {
            let _ = writeln!(code, "\npub type {ty} = {};", rust_type(names, schema));
        }
    }
}

/// The Rust type of an inline schema.
fn rust_type(names: &BTreeMap<String, String>, schema: &Schema) -> String {
    let inner = |boxed: &ReferenceOr<Box<Schema>>| match boxed {
        ReferenceOr::Reference { reference } => ref_name(names, reference),
        ReferenceOr::Item(schema) => rust_type(names, schema),
    };
    let ty = match &schema.schema_kind {
        SchemaKind::Type(Type::String(_)) => "String".to_owned(),
        SchemaKind::Type(Type::Integer(_)) => "i64".to_owned(),
        SchemaKind::Type(Type::Number(_)) => "f64".to_owned(),
        SchemaKind::Type(Type::Boolean(_)) => "bool".to_owned(),
        SchemaKind::Type(Type::Array(array)) => {
            format!("Vec<{}>", array.items.as_ref().map_or_else(|| "serde_json::Value".to_owned(), inner))
        }
        SchemaKind::Type(Type::Object(object)) if object.properties.is_empty() => match &object.additional_properties {
            Some(AdditionalProperties::Schema(schema)) => {
                let value = match schema.as_ref() {
                    ReferenceOr::Reference { reference } => ref_name(names, reference),
                    ReferenceOr::Item(schema) => rust_type(names, schema),
                };
                format!("std::collections::BTreeMap<String, {value}>")
            }
            _ => "serde_json::Map<String, serde_json::Value>".to_owned(),
        },
        SchemaKind::AllOf { all_of } if all_of.len() == 1 => match &all_of[0] {
            ReferenceOr::Reference { reference } => ref_name(names, reference),
            ReferenceOr::Item(schema) => rust_type(names, schema),
        },
        _ => "serde_json::Value".to_owned(),
    };
    if schema.schema_data.nullable { format!("Option<{ty}>") } else { ty }
}
