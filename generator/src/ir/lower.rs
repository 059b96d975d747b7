//! Lowering: the OpenAPI document in, the [`Ir`] out. Every decision about Rust shapes is made here.

use std::collections::HashMap;

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, OpenAPI, Parameter, ParameterSchemaOrContent, ReferenceOr, Schema, SchemaKind,
    SecurityScheme, StatusCode, StringFormat, Type, VariantOrUnknownOrEmpty,
};
use serde::de::DeserializeOwned;

use super::naming::{Scope, field_name, type_name};
use super::pattern::ecma_to_rust;
use super::*;
use crate::error::{Error, SpecErrorKind, Warning};
use crate::load::Spec;
use crate::load::source_map::escape_token;

/// Names the generated crate defines itself, which schemas must not take.
/// Names the generated crate defines or uses unqualified (std's prelude, serde's derives, axum's
/// extractors), which schemas must not shadow.
const RESERVED_TYPE_NAMES: &[&str] = &[
    // oagen's own
    "ConstraintError", "ParamValue", "Client", "Error", "Api", "Rejection", "RejectionLocation", "Value", "Request", "Body",
    "Failure", "Credentials", "Credential", "QueryParams", "PathParams", "MultipartParts", "Restore", "Visitor", "ApiKeyPlace",
    // std's prelude and the derives
    "String", "Vec", "Option", "Box", "Result", "Ok", "Err", "Some", "None", "Default", "Clone", "Copy", "Debug", "Send",
    "Sync", "Sized", "From", "Into", "TryFrom", "TryInto", "Iterator", "Fn", "FnMut", "FnOnce", "Drop", "PartialEq", "Eq",
    "PartialOrd", "Ord", "Hash", "ToString", "ToOwned", "AsRef", "Serialize", "Deserialize",
    // server imports
    "Arc", "Bytes", "PathRejection", "Path", "RawQuery", "State", "HeaderMap", "StatusCode", "IntoResponse", "Response",
];

/// Method names of the generated client and server trait that operations must not take.
const RESERVED_METHOD_NAMES: &[&str] = &[
    "new",
    "with_bearer_token",
    "with_basic_auth",
    "with_api_key",
    "with_http_client",
    "base_url",
    "check_bearer_token",
    "check_basic_auth",
    "check_api_key",
    "reject",
    "execute",
];

/// Choices the user makes about the shape of the generated code.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Every string enum keeps unknown values (`Unknown(String)`) instead of refusing them.
    pub enum_fallback: bool,
    /// Component schemas (by name) that a user-provided Rust type stands for, e.g. `DateTime` →
    /// `chrono::DateTime<chrono::Utc>`. Validated as Rust types by the settings; not applied yet.
    pub type_replacements: std::collections::BTreeMap<String, String>,
    /// Derives (Rust paths) added to every generated model type. Validated by the settings; not
    /// applied yet.
    pub extra_derives: Vec<String>,
}

/// Lowers a loaded spec into the IR.
pub fn lower(spec: &Spec, options: Options) -> Result<Ir, Error> {
    let mut lowering = Lowering::new(spec, options);
    lowering.components()?;
    let operations = lowering.operations()?;
    let mut types = lowering.types;
    let mut warnings = lowering.warnings;
    let pointers: HashMap<String, String> = lowering
        .components
        .iter()
        .map(|(key, name)| (name.clone(), format!("/components/schemas/{}", escape_token(key))))
        .collect();
    break_alias_cycles(&mut types, &pointers, &mut warnings);
    box_recursive_fields(&mut types);
    warnings.extend(spec.warnings.iter().cloned());
    warnings.sort();
    warnings.dedup();
    let info = &spec.document.info;
    Ok(Ir {
        api: ApiInfo { title: info.title.clone(), version: info.version.clone(), description: info.description.clone() },
        types,
        operations,
        warnings,
    })
}

/// How a schema asks to be named when it needs a type of its own.
#[derive(Clone)]
enum NameRequest {
    /// A component schema: its name is already claimed.
    Exact(String),
    /// An inline schema: claim a fresh name from this hint.
    Fresh(String),
}

impl NameRequest {
    fn hint(&self) -> &str {
        match self {
            NameRequest::Exact(name) | NameRequest::Fresh(name) => name,
        }
    }
}

/// A schema turned into a type use, with the facts its users (fields, parameters) need.
struct Lowered {
    ty: TypeRef,
    nullable: bool,
    read_only: bool,
    write_only: bool,
    deprecated: bool,
    doc: Option<String>,
}

struct Lowering<'a> {
    spec: &'a Spec,
    options: Options,
    doc: &'a OpenAPI,
    type_names: Scope,
    /// Component schema key → Rust type name.
    components: IndexMap<String, String>,
    /// Component schemas marked `nullable`, so references to them are optional.
    nullable_components: HashMap<String, bool>,
    types: Vec<TypeDef>,
    warnings: Vec<Warning>,
    /// How many schemas deep the current lowering is.
    depth: usize,
}

/// Deeper than any real spec nests; shallow enough for the default stack.
const MAX_DEPTH: usize = 64;

impl<'a> Lowering<'a> {
    fn new(spec: &'a Spec, options: Options) -> Self {
        Self {
            spec,
            options,
            doc: &spec.document,
            type_names: Scope::with_reserved(RESERVED_TYPE_NAMES),
            components: IndexMap::new(),
            nullable_components: HashMap::new(),
            types: Vec::new(),
            warnings: Vec::new(),
            depth: 0,
        }
    }

    fn warn(&mut self, pointer: &str, message: impl Into<String>) {
        self.warnings.push(Warning { pointer: pointer.to_owned(), message: message.into(), unenforced: false });
    }

    /// A rule of the spec the generated code will not check: a warning, and counted as such.
    fn unenforced(&mut self, pointer: &str, message: impl Into<String>) {
        self.warnings.push(Warning { pointer: pointer.to_owned(), message: message.into(), unenforced: true });
    }

    fn fail(&self, kind: SpecErrorKind, pointer: &str, message: impl Into<String>) -> Error {
        Error::Spec(self.spec.error(kind, pointer, message))
    }

    // ---- schemas ------------------------------------------------------------------------------

    fn components(&mut self) -> Result<(), Error> {
        let Some(components) = &self.doc.components else { return Ok(()) };
        // Claim every name first, so references resolve in any order and inline types never take
        // a component's name.
        for (key, schema) in &components.schemas {
            let name = self.type_names.claim(type_name(key));
            self.components.insert(key.clone(), name);
            if let ReferenceOr::Item(schema) = schema {
                self.nullable_components.insert(key.clone(), schema.schema_data.nullable);
            }
        }
        for (key, schema) in &components.schemas {
            let name = self.components[key].clone();
            let pointer = format!("/components/schemas/{}", escape_token(key));
            let lowered = self.schema(schema, &pointer, NameRequest::Exact(name.clone()), key)?;
            if lowered.ty != TypeRef::Named(name.clone()) {
                // Not a type of its own (a primitive, a list, another schema): an alias keeps the name.
                self.types.push(TypeDef { name, doc: lowered.doc, kind: TypeKind::Alias(lowered.ty) });
            }
        }
        Ok(())
    }

    /// Defines a named type for `request`, returning its name.
    fn define(&mut self, request: &NameRequest, doc: Option<String>, kind: TypeKind) -> TypeRef {
        let name = match request {
            NameRequest::Exact(name) => name.clone(),
            NameRequest::Fresh(hint) => self.type_names.claim(type_name(hint)),
        };
        self.types.push(TypeDef { name: name.clone(), doc, kind });
        TypeRef::Named(name)
    }

    fn schema<S: std::borrow::Borrow<Schema>>(
        &mut self,
        schema: &ReferenceOr<S>,
        pointer: &str,
        request: NameRequest,
        origin: &str,
    ) -> Result<Lowered, Error> {
        // Inline schemas nest as deep as the document; references into other schemas' bodies can
        // even loop. Either way a bound turns a would-be stack overflow into an error.
        if self.depth >= MAX_DEPTH {
            return Err(self.fail(
                SpecErrorKind::Unsupported,
                pointer,
                format!("schemas nest more than {MAX_DEPTH} levels deep here (or refer to themselves outside components/schemas)"),
            ));
        }
        self.depth += 1;
        let lowered = match schema {
            ReferenceOr::Reference { reference } => self.reference(reference, pointer, request, origin),
            ReferenceOr::Item(schema) => self.inline(schema.borrow(), pointer, request, origin),
        };
        self.depth -= 1;
        lowered
    }

    fn reference(&mut self, reference: &str, pointer: &str, request: NameRequest, origin: &str) -> Result<Lowered, Error> {
        if let Some(key) = reference.strip_prefix("#/components/schemas/") {
            let key = unescape_token(&percent_decode(key));
            if let Some(name) = self.components.get(&key) {
                return Ok(Lowered {
                    ty: TypeRef::Named(name.clone()),
                    nullable: self.nullable_components.get(&key).copied().unwrap_or(false),
                    read_only: false,
                    write_only: false,
                    deprecated: false,
                    doc: None,
                });
            }
            if !key.contains('/') {
                return Err(self.fail(
                    SpecErrorKind::DanglingRef,
                    &format!("{pointer}/$ref"),
                    format!("`{reference}` names no schema in components/schemas"),
                ));
            }
        }
        // A reference somewhere else in this document (into another schema's properties, say):
        // lower the schema found there as if it were written inline.
        let target: ReferenceOr<Schema> = self.resolve_pointer(reference, pointer)?;
        let hint = match request {
            NameRequest::Exact(_) => request,
            NameRequest::Fresh(_) => {
                NameRequest::Fresh(reference.rsplit('/').next().map(unescape_token).unwrap_or_default())
            }
        };
        self.schema(&target, reference.trim_start_matches('#'), hint, origin)
    }

    /// Looks up a local `$ref` in the raw document and deserializes what it finds.
    fn resolve_pointer<T: DeserializeOwned>(&self, reference: &str, pointer: &str) -> Result<T, Error> {
        let at = format!("{pointer}/$ref");
        let Some(local) = reference.strip_prefix('#') else {
            return Err(self.fail(
                SpecErrorKind::Unsupported,
                &at,
                format!("`{reference}` points into another file; only references within the document are supported"),
            ));
        };
        // A `$ref` is a URI: its fragment may be percent-encoded (`%7Bid%7D` for `{id}`).
        let decoded = percent_decode(local);
        let local = decoded.as_str();
        let Some(found) = self.spec.raw.pointer(local) else {
            return Err(self.fail(SpecErrorKind::DanglingRef, &at, format!("`{reference}` points at nothing")));
        };
        serde_json::from_value(found.clone()).map_err(|err| {
            self.fail(SpecErrorKind::Invalid, local, format!("`{reference}` does not point at the expected object: {err}"))
        })
    }

    fn inline(&mut self, schema: &Schema, pointer: &str, request: NameRequest, origin: &str) -> Result<Lowered, Error> {
        let data = &schema.schema_data;
        let doc = doc_text(data.title.as_deref(), data.description.as_deref());
        let mut lowered = Lowered {
            ty: TypeRef::Any,
            nullable: data.nullable,
            read_only: data.read_only,
            write_only: data.write_only,
            deprecated: data.deprecated,
            doc: doc.clone(),
        };
        lowered.ty = match &schema.schema_kind {
            SchemaKind::Type(Type::String(string)) => {
                if !string.enumeration.is_empty() {
                    if string.enumeration.iter().any(Option::is_none) {
                        lowered.nullable = true;
                    }
                    let values: Vec<String> = string.enumeration.iter().flatten().cloned().collect();
                    if values.is_empty() {
                        TypeRef::Any
                    } else {
                        self.string_enum(&request, doc, &values)
                    }
                } else {
                    let base = string_primitive(&string.format);
                    let mut rules = Vec::new();
                    if let Some(min) = string.min_length.filter(|min| *min > 0) {
                        rules.push(Rule::MinLength(min as u64));
                    }
                    if let Some(max) = string.max_length {
                        rules.push(Rule::MaxLength(max as u64));
                    }
                    if let Some(pattern) = &string.pattern {
                        if let Some(rule) = self.pattern_rule(pattern, pointer, origin) {
                            rules.push(rule);
                        }
                    }
                    if rules.is_empty() {
                        TypeRef::Primitive(base)
                    } else if base.is_string() {
                        let kind = TypeKind::Constrained(Constrained { base, origin: origin.to_owned(), rules });
                        self.define(&request, doc, kind)
                    } else {
                        self.unenforced(pointer, format!("{origin}: length and pattern rules on a {base:?} value are not enforced"));
                        TypeRef::Primitive(base)
                    }
                }
            }
            SchemaKind::Type(Type::Integer(integer)) => {
                let base = match integer.format {
                    VariantOrUnknownOrEmpty::Item(openapiv3::IntegerFormat::Int32) => Primitive::I32,
                    _ => Primitive::I64,
                };
                let mut rules = Vec::new();
                let values: Vec<Number> = integer.enumeration.iter().flatten().map(|v| Number::Int(*v)).collect();
                if !values.is_empty() {
                    rules.push(Rule::OneOf(values));
                }
                if integer.enumeration.iter().any(Option::is_none) {
                    lowered.nullable = true;
                }
                if let Some(value) = integer.minimum {
                    rules.push(Rule::Minimum { value: Number::Int(value), exclusive: integer.exclusive_minimum });
                }
                if let Some(value) = integer.maximum {
                    rules.push(Rule::Maximum { value: Number::Int(value), exclusive: integer.exclusive_maximum });
                }
                // Every integer is a multiple of 1 (and of -1).
                if let Some(value) = integer.multiple_of.filter(|m| m.abs() > 1) {
                    rules.push(Rule::MultipleOf(Number::Int(value)));
                }
                self.number_type(&request, doc, base, rules, origin)
            }
            SchemaKind::Type(Type::Number(number)) => {
                let base = match number.format {
                    VariantOrUnknownOrEmpty::Item(openapiv3::NumberFormat::Float) => Primitive::F32,
                    _ => Primitive::F64,
                };
                let mut rules = Vec::new();
                let values: Vec<Number> = number.enumeration.iter().flatten().map(|v| Number::Float(*v)).collect();
                if !values.is_empty() {
                    rules.push(Rule::OneOf(values));
                }
                if number.enumeration.iter().any(Option::is_none) {
                    lowered.nullable = true;
                }
                if let Some(value) = number.minimum {
                    rules.push(Rule::Minimum { value: Number::Float(value), exclusive: number.exclusive_minimum });
                }
                if let Some(value) = number.maximum {
                    rules.push(Rule::Maximum { value: Number::Float(value), exclusive: number.exclusive_maximum });
                }
                if let Some(value) = number.multiple_of.filter(|m| *m > 0.0) {
                    rules.push(Rule::MultipleOf(Number::Float(value)));
                }
                self.number_type(&request, doc, base, rules, origin)
            }
            SchemaKind::Type(Type::Boolean(boolean)) => {
                let values: Vec<bool> = boolean.enumeration.iter().flatten().copied().collect();
                let allows_both = values.contains(&true) && values.contains(&false);
                if !values.is_empty() && !allows_both {
                    self.unenforced(pointer, format!("{origin}: the boolean `enum` {values:?} is not enforced"));
                }
                TypeRef::Primitive(Primitive::Bool)
            }
            SchemaKind::Type(Type::Array(array)) => {
                let item = match &array.items {
                    Some(items) => {
                        let hint = NameRequest::Fresh(format!("{}Item", request.hint()));
                        let item = self.schema(items, &format!("{pointer}/items"), hint, &format!("{origin}[]"))?;
                        wrap_nullable(item.ty, item.nullable)
                    }
                    None => TypeRef::Any,
                };
                let min = array.min_items.filter(|n| *n > 0).map(|n| n as u64);
                let max = array.max_items.map(|n| n as u64);
                if min.is_some() || max.is_some() || array.unique_items {
                    let collection =
                        Collection { kind: CollectionKind::List, item, origin: origin.to_owned(), min, max, unique: array.unique_items };
                    self.define(&request, doc, TypeKind::Collection(collection))
                } else {
                    TypeRef::Vec(Box::new(item))
                }
            }
            SchemaKind::Type(Type::Object(object)) => {
                let ty = self.object(&request, doc.clone(), &object.properties, &object.required, object.additional_properties.as_ref(), pointer, origin)?;
                let min = object.min_properties.filter(|n| *n > 0).map(|n| n as u64);
                let max = object.max_properties.map(|n| n as u64);
                match ty {
                    TypeRef::Map(item) if min.is_some() || max.is_some() => {
                        let collection =
                            Collection { kind: CollectionKind::Map, item: *item, origin: origin.to_owned(), min, max, unique: false };
                        self.define(&request, doc, TypeKind::Collection(collection))
                    }
                    ty => {
                        if min.is_some() || max.is_some() {
                            self.unenforced(pointer, format!("{origin}: minProperties/maxProperties on an object with declared properties are not enforced"));
                        }
                        ty
                    }
                }
            }
            SchemaKind::Any(any) => self.any_schema(any, &request, doc, pointer, origin, &mut lowered)?,
            SchemaKind::AllOf { all_of } => {
                if let [only] = all_of.as_slice() {
                    // A wrapper that attaches a description, readOnly or nullable to one schema.
                    let inner = self.schema(only, &format!("{pointer}/allOf/0"), request.clone(), origin)?;
                    lowered.nullable |= inner.nullable;
                    lowered.doc = lowered.doc.or(inner.doc);
                    inner.ty
                } else {
                    self.all_of(all_of, &request, doc, pointer, origin)?
                }
            }
            SchemaKind::OneOf { one_of } => self.union(one_of, "oneOf", &request, data, pointer, origin, &mut lowered)?,
            SchemaKind::AnyOf { any_of } => self.union(any_of, "anyOf", &request, data, pointer, origin, &mut lowered)?,
            SchemaKind::Not { .. } => {
                self.unenforced(pointer, format!("{origin}: `not` is not enforced; any JSON value is accepted"));
                TypeRef::Any
            }
        };
        // A component must end up as the type it names.
        if let NameRequest::Exact(name) = &request {
            if matches!(&lowered.ty, TypeRef::Named(n) if n == name) {
                lowered.doc = None;
            }
        }
        Ok(lowered)
    }

    fn string_enum(&mut self, request: &NameRequest, doc: Option<String>, values: &[String]) -> TypeRef {
        // `Unknown` is the open enum's catch-all; a listed value of that name becomes `Unknown2`.
        let mut scope = if self.options.enum_fallback { Scope::with_reserved(&["Unknown"]) } else { Scope::default() };
        let variants = values
            .iter()
            .map(|value| EnumVariant {
                name: scope.claim(if value.is_empty() { "Empty".into() } else { type_name(value) }),
                value: value.clone(),
            })
            .collect();
        let open = self.options.enum_fallback;
        self.define(request, doc, TypeKind::StringEnum(StringEnum { variants, open }))
    }

    fn number_type(&mut self, request: &NameRequest, doc: Option<String>, base: Primitive, mut rules: Vec<Rule>, origin: &str) -> TypeRef {
        // Bounds at or beyond what the Rust type can hold are always met; checking them would not
        // compile (out-of-range literals) or be flagged as useless comparisons.
        let (low, high) = match base {
            Primitive::I32 => (i64::from(i32::MIN), i64::from(i32::MAX)),
            _ => (i64::MIN, i64::MAX),
        };
        rules.retain(|rule| match rule {
            Rule::Minimum { value: Number::Int(v), .. } => *v > low,
            Rule::Maximum { value: Number::Int(v), .. } => *v < high,
            _ => true,
        });
        if rules.is_empty() {
            return TypeRef::Primitive(base);
        }
        self.define(request, doc, TypeKind::Constrained(Constrained { base, origin: origin.to_owned(), rules }))
    }

    fn pattern_rule(&mut self, pattern: &str, pointer: &str, origin: &str) -> Option<Rule> {
        let rust = ecma_to_rust(pattern);
        match regex::Regex::new(&rust) {
            Ok(_) => Some(Rule::Pattern { ecma: pattern.to_owned(), rust }),
            Err(err) => {
                let reason = err.to_string().lines().last().unwrap_or_default().trim().to_owned();
                self.unenforced(
                    &format!("{pointer}/pattern"),
                    format!("{origin}: pattern `{pattern}` is not enforced: the regex engine cannot compile it ({reason})"),
                );
                None
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn object(
        &mut self,
        request: &NameRequest,
        doc: Option<String>,
        properties: &IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        additional: Option<&AdditionalProperties>,
        pointer: &str,
        origin: &str,
    ) -> Result<TypeRef, Error> {
        let additional_ty = match additional {
            None | Some(AdditionalProperties::Any(false)) => None,
            Some(AdditionalProperties::Any(true)) => Some(TypeRef::Any),
            Some(AdditionalProperties::Schema(schema)) => {
                let hint = NameRequest::Fresh(format!("{}Value", request.hint()));
                let value = self.schema(schema, &format!("{pointer}/additionalProperties"), hint, &format!("{origin}.*"))?;
                Some(wrap_nullable(value.ty, value.nullable))
            }
        };
        if properties.is_empty() {
            // A map, or a free-form object.
            return Ok(TypeRef::Map(Box::new(additional_ty.unwrap_or(TypeRef::Any))));
        }
        let struct_name = match request {
            NameRequest::Exact(name) => name.clone(),
            NameRequest::Fresh(hint) => self.type_names.claim(type_name(hint)),
        };
        let fields = self.fields(&struct_name, properties, required, pointer, origin)?;
        let kind = TypeKind::Struct(Struct { fields, additional: additional_ty });
        self.types.push(TypeDef { name: struct_name.clone(), doc, kind });
        Ok(TypeRef::Named(struct_name))
    }

    fn fields(
        &mut self,
        struct_name: &str,
        properties: &IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        pointer: &str,
        origin: &str,
    ) -> Result<Vec<Field>, Error> {
        let mut names = Scope::with_reserved(&["additional_properties"]);
        let mut fields = Vec::with_capacity(properties.len());
        for (wire_name, property) in properties {
            let at = format!("{pointer}/properties/{}", escape_token(wire_name));
            let hint = NameRequest::Fresh(format!("{struct_name}{}", type_name(wire_name)));
            let lowered = self.schema(property, &at, hint, &format!("{origin}.{wire_name}"))?;
            let default = match property {
                ReferenceOr::Item(schema) => schema.schema_data.default.as_ref().map(|v| v.to_string()),
                ReferenceOr::Reference { .. } => None,
            };
            fields.push(Field {
                default,
                name: names.claim(field_name(wire_name)),
                wire_name: wire_name.clone(),
                ty: lowered.ty,
                required: required.contains(wire_name),
                nullable: lowered.nullable,
                read_only: lowered.read_only,
                write_only: lowered.write_only,
                deprecated: lowered.deprecated,
                doc: lowered.doc,
            });
        }
        Ok(fields)
    }

    /// Schemas without a `type` keyword: objects by their properties, enums by their values.
    fn any_schema(
        &mut self,
        any: &openapiv3::AnySchema,
        request: &NameRequest,
        doc: Option<String>,
        pointer: &str,
        origin: &str,
        lowered: &mut Lowered,
    ) -> Result<TypeRef, Error> {
        if !any.properties.is_empty() || any.additional_properties.is_some() || any.typ.as_deref() == Some("object") {
            if !any.all_of.is_empty() || !any.one_of.is_empty() || !any.any_of.is_empty() {
                self.warn(pointer, format!("{origin}: properties mixed with allOf/oneOf/anyOf; only the properties are used"));
            }
            return self.object(request, doc, &any.properties, &any.required, any.additional_properties.as_ref(), pointer, origin);
        }
        if !any.enumeration.is_empty() {
            lowered.nullable |= any.enumeration.iter().any(|v| v.is_null());
            let strings: Vec<String> = any.enumeration.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect();
            if strings.len() == any.enumeration.iter().filter(|v| !v.is_null()).count() && !strings.is_empty() {
                return Ok(self.string_enum(request, doc, &strings));
            }
            if !strings.is_empty() || any.enumeration.iter().any(|v| !v.is_null()) {
                self.unenforced(pointer, format!("{origin}: an `enum` of mixed or non-string values is not enforced"));
            }
        }
        if let Some(items) = &any.items {
            let hint = NameRequest::Fresh(format!("{}Item", request.hint()));
            let item = self.schema(items, &format!("{pointer}/items"), hint, &format!("{origin}[]"))?;
            return Ok(TypeRef::Vec(Box::new(wrap_nullable(item.ty, item.nullable))));
        }
        match any.typ.as_deref() {
            Some("string") => Ok(TypeRef::Primitive(match any.format.as_deref() {
                Some("uuid") => Primitive::Uuid,
                Some("date-time") => Primitive::DateTime,
                Some("date") => Primitive::Date,
                Some("binary") => Primitive::Binary,
                _ => Primitive::String,
            })),
            Some("integer") => Ok(TypeRef::Primitive(Primitive::I64)),
            Some("number") => Ok(TypeRef::Primitive(Primitive::F64)),
            Some("boolean") => Ok(TypeRef::Primitive(Primitive::Bool)),
            Some("array") => Ok(TypeRef::Vec(Box::new(TypeRef::Any))),
            _ => Ok(TypeRef::Any),
        }
    }

    /// `allOf` of several schemas: one struct with the properties of all of them.
    fn all_of(
        &mut self,
        parts: &[ReferenceOr<Schema>],
        request: &NameRequest,
        doc: Option<String>,
        pointer: &str,
        origin: &str,
    ) -> Result<TypeRef, Error> {
        let mut properties = IndexMap::new();
        let mut required = Vec::new();
        let mut additional = None;
        for (i, part) in parts.iter().enumerate() {
            let at = format!("{pointer}/allOf/{i}");
            if !self.collect_object(part, &at, &mut properties, &mut required, &mut additional, 0)? {
                self.unenforced(&at, format!("{origin}: an allOf part that is not an object is not enforced"));
            }
        }
        if properties.is_empty() && additional.is_none() {
            return Ok(TypeRef::Any);
        }
        self.object(request, doc, &properties, &required, additional.as_ref(), pointer, origin)
    }

    /// Gathers the properties of an object schema (following references and nested `allOf`).
    fn collect_object(
        &self,
        part: &ReferenceOr<Schema>,
        pointer: &str,
        properties: &mut IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &mut Vec<String>,
        additional: &mut Option<AdditionalProperties>,
        depth: usize,
    ) -> Result<bool, Error> {
        if depth > 32 {
            return Err(self.fail(SpecErrorKind::Unsupported, pointer, "allOf nests or refers to itself more than 32 levels deep"));
        }
        let schema: Schema = match part {
            ReferenceOr::Reference { reference } => self.resolve_pointer(reference, pointer)?,
            ReferenceOr::Item(schema) => schema.clone(),
        };
        let (props, req, extra) = match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) => (&o.properties, &o.required, &o.additional_properties),
            SchemaKind::Any(a) if a.all_of.is_empty() => (&a.properties, &a.required, &a.additional_properties),
            SchemaKind::AllOf { all_of } => {
                let mut all = true;
                for (i, inner) in all_of.iter().enumerate() {
                    all &= self.collect_object(inner, &format!("{pointer}/allOf/{i}"), properties, required, additional, depth + 1)?;
                }
                return Ok(all);
            }
            SchemaKind::Any(a) => {
                let mut all = true;
                for (i, inner) in a.all_of.iter().enumerate() {
                    all &= self.collect_object(inner, &format!("{pointer}/allOf/{i}"), properties, required, additional, depth + 1)?;
                }
                for (key, value) in &a.properties {
                    properties.insert(key.clone(), value.clone());
                }
                required.extend(a.required.iter().cloned());
                return Ok(all);
            }
            _ => return Ok(false),
        };
        for (key, value) in props {
            properties.insert(key.clone(), value.clone());
        }
        required.extend(req.iter().cloned());
        if extra.is_some() {
            additional.clone_from(extra);
        }
        Ok(true)
    }

    #[allow(clippy::too_many_arguments)]
    fn union(
        &mut self,
        branches: &[ReferenceOr<Schema>],
        keyword: &str,
        request: &NameRequest,
        data: &openapiv3::SchemaData,
        pointer: &str,
        origin: &str,
        lowered: &mut Lowered,
    ) -> Result<TypeRef, Error> {
        let doc = doc_text(data.title.as_deref(), data.description.as_deref());
        let discriminator = data.discriminator.as_ref();
        let mut scope = Scope::default();
        let mut variants: Vec<UnionVariant> = Vec::new();
        let mut all_tagged = discriminator.is_some();
        for (i, branch) in branches.iter().enumerate() {
            let hint = NameRequest::Fresh(format!("{}Variant{i}", request.hint()));
            let at = format!("{pointer}/{keyword}/{i}");
            let variant = self.schema(branch, &at, hint, origin)?;
            lowered.nullable |= variant.nullable;
            let mut tags = match (discriminator, branch) {
                (Some(discriminator), ReferenceOr::Reference { reference }) => discriminator_tags(discriminator, reference),
                _ => Vec::new(),
            };
            // A tag selects one variant: the first that claims it.
            tags.retain(|tag| !variants.iter().any(|v| v.tags.contains(tag)));
            all_tagged &= !tags.is_empty();
            if let Some(existing) = variants.iter_mut().find(|v| v.ty == variant.ty) {
                existing.tags.extend(tags);
                continue;
            }
            let name = scope.claim(variant_name(&variant.ty));
            variants.push(UnionVariant { name, ty: variant.ty, tags });
        }
        let discriminator = discriminator.filter(|_| all_tagged).map(|d| d.property_name.clone());
        Ok(match variants.len() {
            0 => TypeRef::Any,
            1 if matches!(request, NameRequest::Fresh(_)) => variants.remove(0).ty,
            _ => self.define(request, doc, TypeKind::Union(Union { variants, discriminator })),
        })
    }

    // ---- operations ---------------------------------------------------------------------------

    fn operations(&mut self) -> Result<Vec<Operation>, Error> {
        let mut method_names = Scope::with_reserved(RESERVED_METHOD_NAMES);
        let mut operations = Vec::new();
        // (template, method) pairs taken, and the templates the router (axum's matchit) accepted.
        let mut routes = std::collections::HashSet::new();
        let mut templates = std::collections::HashSet::new();
        let mut router = matchit::Router::new();
        for (path, item) in &self.doc.paths.paths {
            let path_pointer = format!("/paths/{}", escape_token(path));
            let item = match item {
                ReferenceOr::Item(item) => item.clone(),
                ReferenceOr::Reference { reference } => self.resolve_pointer(reference, &path_pointer)?,
            };
            let methods = [
                (Method::Get, &item.get),
                (Method::Put, &item.put),
                (Method::Post, &item.post),
                (Method::Delete, &item.delete),
                (Method::Options, &item.options),
                (Method::Head, &item.head),
                (Method::Patch, &item.patch),
                (Method::Trace, &item.trace),
            ];
            for (method, operation) in methods {
                let Some(operation) = operation else { continue };
                let pointer = format!("{path_pointer}/{}", method.as_str().to_lowercase());
                let mut lowered = self.operation(path, method, operation, &item.parameters, &pointer, &mut method_names)?;
                let route = route_for(&lowered.segments);
                let accepted = if templates.contains(&route.template) {
                    Ok(())
                } else {
                    router.insert(route.template.clone(), ()).map(|()| {
                        templates.insert(route.template.clone());
                    })
                };
                if let Err(err) = accepted {
                    self.warn(&pointer, format!("{}: the server cannot route `{}`: {err}", lowered.id, route.template));
                } else if routes.insert((route.template.clone(), method.as_str())) {
                    lowered.route = Some(route);
                } else {
                    self.warn(
                        &pointer,
                        format!("{}: the server cannot route it: another operation already answers {} {}", lowered.id, method.as_str(), route.template),
                    );
                }
                operations.push(lowered);
            }
        }
        Ok(operations)
    }

    fn operation(
        &mut self,
        path: &str,
        method: Method,
        operation: &openapiv3::Operation,
        shared_params: &[ReferenceOr<Parameter>],
        pointer: &str,
        method_names: &mut Scope,
    ) -> Result<Operation, Error> {
        let id = operation.operation_id.clone().unwrap_or_else(|| derived_operation_id(method, path));
        let name = method_names.claim(field_name(&id));
        let type_prefix = self.claim_operation_prefix(&type_name(&id));
        let doc = doc_text(operation.summary.as_deref(), operation.description.as_deref());

        // Parameters: the path item's, overridden by the operation's of the same name and place.
        let mut params: Vec<(Parameter, String)> = Vec::new();
        let shared = shared_params.iter().enumerate().map(|(i, p)| (p, format!("{}/parameters/{i}", parent_pointer(pointer))));
        let own = operation.parameters.iter().enumerate().map(|(i, p)| (p, format!("{pointer}/parameters/{i}")));
        for (param, at) in shared.chain(own) {
            let param: Parameter = match param {
                ReferenceOr::Item(param) => param.clone(),
                ReferenceOr::Reference { reference } => self.resolve_pointer(reference, &at)?,
            };
            let key = (param_location(&param), param.parameter_data_ref().name.clone());
            params.retain(|(p, _)| (param_location(p), p.parameter_data_ref().name.clone()) != key);
            params.push((param, at));
        }

        let mut param_names = Scope::with_reserved(&["body", "params", "path", "query", "headers", "api", "status", "segments"]);
        let mut path_params = Vec::new();
        let mut query_params = Vec::new();
        let mut header_params = Vec::new();
        for (param, at) in &params {
            let data = param.parameter_data_ref();
            let lowered = match &data.format {
                ParameterSchemaOrContent::Schema(schema) => {
                    let hint = NameRequest::Fresh(format!("{type_prefix}{}", type_name(&data.name)));
                    self.schema(schema, &format!("{at}/schema"), hint, &format!("{id}.{}", data.name))?
                }
                ParameterSchemaOrContent::Content(content) => {
                    let hint = NameRequest::Fresh(format!("{type_prefix}{}", type_name(&data.name)));
                    match content.iter().next().and_then(|(_, media)| media.schema.as_ref()) {
                        Some(schema) => self.schema(schema, &format!("{at}/content"), hint, &format!("{id}.{}", data.name))?,
                        None => Lowered {
                            ty: TypeRef::Primitive(Primitive::String),
                            nullable: false,
                            read_only: false,
                            write_only: false,
                            deprecated: false,
                            doc: None,
                        },
                    }
                }
            };
            let built = Param {
                name: param_names.claim(field_name(&data.name)),
                wire_name: data.name.clone(),
                ty: lowered.ty,
                required: data.required || matches!(param, Parameter::Path { .. }),
                doc: doc_text(None, data.description.as_deref()).or(lowered.doc),
            };
            match param {
                Parameter::Path { .. } => path_params.push(built),
                Parameter::Query { style, .. } => {
                    // Objects in a query string have per-property forms (`form` explodes them into
                    // one pair per property, `deepObject` writes `name[key]=value`); oagen sends
                    // them as one JSON text instead, and says so.
                    let is_object = match &built.ty {
                        TypeRef::Map(_) => true,
                        TypeRef::Named(name) => self.types.iter().any(|t| {
                            &t.name == name
                                && match &t.kind {
                                    TypeKind::Struct(_) | TypeKind::Union(_) => true,
                                    TypeKind::Collection(c) => c.kind == CollectionKind::Map,
                                    _ => false,
                                }
                        }),
                        _ => false,
                    };
                    if is_object || matches!(style, openapiv3::QueryStyle::DeepObject) {
                        self.warn(
                            at,
                            format!("{id}: query parameter `{}` is an object; it is sent as JSON text, not in the `{style:?}` style", data.name),
                        );
                    }
                    query_params.push(built);
                }
                Parameter::Header { .. } => header_params.push(built),
                Parameter::Cookie { .. } => {
                    self.warn(at, format!("{id}: cookie parameter `{}` is not supported; it is neither sent nor read", data.name));
                }
            }
        }
        let segments = self.path_segments(path, &mut path_params, pointer, &id)?;

        let body = match &operation.request_body {
            None => None,
            Some(body) => {
                let at = format!("{pointer}/requestBody");
                let body: openapiv3::RequestBody = match body {
                    ReferenceOr::Item(body) => body.clone(),
                    ReferenceOr::Reference { reference } => self.resolve_pointer(reference, &at)?,
                };
                if body.content.is_empty() {
                    None
                } else {
                    let hint = format!("{type_prefix}Body");
                    let (ty, media) = self.body(&body.content, &at, &hint, &format!("{id}.body"))?;
                    Some(RequestBody { ty, required: body.required, media })
                }
            }
        };

        let responses = self.responses(operation, pointer, &type_prefix, &id)?;
        let (auth, auth_required) = self.security(operation, pointer, &id)?;
        let documented = |code| responses.iter().any(|r: &Response| r.status == Status::Code(code));
        let auth_failure_status = if documented(401) || !documented(403) { 401 } else { 403 };
        Ok(Operation {
            name,
            type_prefix,
            id,
            method,
            path: path.to_owned(),
            segments,
            doc,
            deprecated: operation.deprecated,
            path_params,
            query_params,
            header_params,
            body,
            responses,
            auth,
            auth_required,
            auth_failure_status,
            route: None,
        })
    }

    /// The type and encoding of a request or response body.
    fn body(
        &mut self,
        content: &IndexMap<String, openapiv3::MediaType>,
        at: &str,
        hint: &str,
        origin: &str,
    ) -> Result<(TypeRef, BodyMedia), Error> {
        let Some((media, kind, schema)) = preferred_media(content) else {
            return Ok((TypeRef::Any, BodyMedia::Json));
        };
        if content.len() > 1 {
            let others: Vec<&str> = content.keys().map(String::as_str).filter(|m| *m != media).collect();
            self.warn(at, format!("{origin}: generated for `{media}`; the other media types {others:?} are not offered"));
        }
        let schema_at = format!("{at}/content/{}/schema", escape_token(media));
        let lower = |this: &mut Self| -> Result<TypeRef, Error> {
            Ok(match schema {
                Some(schema) => {
                    let lowered = this.schema(schema, &schema_at, NameRequest::Fresh(hint.to_owned()), origin)?;
                    wrap_nullable(lowered.ty, lowered.nullable)
                }
                None => TypeRef::Any,
            })
        };
        Ok(match kind {
            BodyMedia::Json => (lower(self)?, kind),
            BodyMedia::Text { .. } => (TypeRef::Primitive(Primitive::String), kind),
            BodyMedia::Binary { .. } => (TypeRef::Primitive(Primitive::Binary), kind),
            BodyMedia::Form | BodyMedia::Multipart => {
                let ty = lower(self)?;
                let is_struct = matches!(&ty, TypeRef::Named(name) if self.types.iter().any(|t| &t.name == name && matches!(t.kind, TypeKind::Struct(_))));
                if is_struct {
                    (ty, kind)
                } else {
                    self.warn(at, format!("{origin}: a `{media}` body that is not an object is sent as raw bytes"));
                    (TypeRef::Primitive(Primitive::Binary), BodyMedia::Binary { content_type: media.to_owned() })
                }
            }
        })
    }

    /// Claims `{prefix}Params`, `{prefix}Error`, `{prefix}Response` and `{prefix}Success` together.
    fn claim_operation_prefix(&mut self, wanted: &str) -> String {
        let suffixes = ["Params", "Error", "Response", "Success"];
        let mut candidate = wanted.to_owned();
        let mut n = 1;
        while suffixes.iter().any(|s| self.type_names.contains(&format!("{candidate}{s}"))) {
            n += 1;
            candidate = format!("{wanted}{n}");
        }
        for suffix in suffixes {
            self.type_names.claim(format!("{candidate}{suffix}"));
        }
        candidate
    }

    fn path_segments(&mut self, path: &str, params: &mut Vec<Param>, pointer: &str, id: &str) -> Result<Vec<PathSegment>, Error> {
        let mut segments = Vec::new();
        let mut used = vec![false; params.len()];
        for raw in path.trim_start_matches('/').split('/') {
            let mut parts = Vec::new();
            let mut rest = raw;
            while let Some(open) = rest.find('{') {
                let Some(close) = rest[open..].find('}').map(|c| c + open) else { break };
                if open > 0 {
                    parts.push(PathPart::Literal(rest[..open].to_owned()));
                }
                let wire = &rest[open + 1..close];
                match params.iter().position(|p| p.wire_name == wire) {
                    Some(index) => {
                        used[index] = true;
                        parts.push(PathPart::Param(index));
                    }
                    None => {
                        // An undeclared path parameter: still a required string, so the route works.
                        self.warn(pointer, format!("{id}: path parameter `{wire}` is not declared; it is taken as a string"));
                        params.push(Param {
                            name: field_name(wire),
                            wire_name: wire.to_owned(),
                            ty: TypeRef::Primitive(Primitive::String),
                            required: true,
                            doc: None,
                        });
                        used.push(true);
                        parts.push(PathPart::Param(params.len() - 1));
                    }
                }
                rest = &rest[close + 1..];
            }
            if !rest.is_empty() || parts.is_empty() {
                parts.push(PathPart::Literal(rest.to_owned()));
            }
            segments.push(PathSegment { parts });
        }
        // Declared path parameters the template does not use cannot be sent; drop them loudly.
        let mut index = 0;
        let mut remap = Vec::new();
        params.retain(|p| {
            let keep = used[index];
            if !keep {
                self.warnings.push(Warning {
                    pointer: pointer.to_owned(),
                    message: format!("{id}: path parameter `{}` does not appear in the path; ignored", p.wire_name),
                    unenforced: false,
                });
            }
            remap.push(if keep { Some(remap.iter().flatten().count()) } else { None });
            index += 1;
            keep
        });
        for segment in &mut segments {
            for part in &mut segment.parts {
                if let PathPart::Param(i) = part {
                    *i = remap[*i].unwrap_or(*i);
                }
            }
        }
        Ok(segments)
    }

    fn responses(&mut self, operation: &openapiv3::Operation, pointer: &str, prefix: &str, id: &str) -> Result<Vec<Response>, Error> {
        let mut entries: Vec<(Status, &ReferenceOr<openapiv3::Response>, String)> = Vec::new();
        for (code, response) in &operation.responses.responses {
            let (status, key) = match code {
                StatusCode::Code(code) => (Status::Code(*code), code.to_string()),
                StatusCode::Range(range) => (Status::Range(*range), format!("{range}XX")),
            };
            entries.push((status, response, key));
        }
        if let Some(default) = &operation.responses.default {
            entries.push((Status::Default, default, "default".into()));
        }
        let mut variants = Scope::default();
        let mut responses = Vec::new();
        for (status, response, key) in entries {
            let at = format!("{pointer}/responses/{key}");
            let response: openapiv3::Response = match response {
                ReferenceOr::Item(response) => response.clone(),
                ReferenceOr::Reference { reference } => self.resolve_pointer(reference, &at)?,
            };
            let variant = variants.claim(status_variant(status));
            let (body, media) = if response.content.is_empty() {
                (None, BodyMedia::Json)
            } else {
                let (ty, media) = self.body(&response.content, &at, &format!("{prefix}{variant}Body"), &format!("{id}.{key}"))?;
                (Some(ty), media)
            };
            responses.push(Response { status, variant, body, media, doc: doc_text(None, Some(&response.description)) });
        }
        responses.sort_by_key(|r| r.status);
        Ok(responses)
    }

    fn security(&mut self, operation: &openapiv3::Operation, pointer: &str, id: &str) -> Result<(Vec<AuthScheme>, bool), Error> {
        let requirements = operation.security.as_ref().or(self.doc.security.as_ref());
        let Some(requirements) = requirements else { return Ok((Vec::new(), false)) };
        let schemes = self.doc.components.as_ref().map(|c| &c.security_schemes);
        let mut auth = Vec::new();
        let mut required = !requirements.is_empty();
        for requirement in requirements {
            if requirement.is_empty() {
                required = false;
            }
            for scheme_name in requirement.keys() {
                let Some(scheme) = schemes.and_then(|s| s.get(scheme_name)) else {
                    self.warn(pointer, format!("{id}: security scheme `{scheme_name}` is not defined; ignored"));
                    continue;
                };
                let scheme = match scheme {
                    ReferenceOr::Item(scheme) => scheme.clone(),
                    ReferenceOr::Reference { reference } => self.resolve_pointer(reference, pointer)?,
                };
                let lowered = match scheme {
                    SecurityScheme::HTTP { scheme, .. } if scheme.to_ascii_lowercase().starts_with("bearer") => AuthScheme::Bearer,
                    SecurityScheme::HTTP { scheme, .. } if scheme.eq_ignore_ascii_case("basic") => AuthScheme::Basic,
                    SecurityScheme::HTTP { scheme, .. } => {
                        self.warn(pointer, format!("{id}: HTTP auth scheme `{scheme}` is not supported; requests are not authenticated"));
                        continue;
                    }
                    SecurityScheme::APIKey { location, name, .. } => AuthScheme::ApiKey {
                        location: match location {
                            openapiv3::APIKeyLocation::Header => ApiKeyLocation::Header,
                            openapiv3::APIKeyLocation::Query => ApiKeyLocation::Query,
                            openapiv3::APIKeyLocation::Cookie => ApiKeyLocation::Cookie,
                        },
                        name,
                    },
                    SecurityScheme::OAuth2 { .. } | SecurityScheme::OpenIDConnect { .. } => AuthScheme::Bearer,
                };
                if !auth.contains(&lowered) {
                    auth.push(lowered);
                }
            }
        }
        if auth.is_empty() {
            required = false;
        }
        Ok((auth, required))
    }
}

/// The router template for a path. The router matches a literal prefix before a parameter
/// (`image{n}`) but not text after one (`{id}.json`) or two parameters in a segment; those segments
/// are captured whole and split by the handler.
fn route_for(segments: &[PathSegment]) -> Route {
    let escape = |text: &str| text.replace('{', "{{").replace('}', "}}");
    let mut template = String::new();
    let mut captures = Vec::new();
    for segment in segments {
        template.push('/');
        let name = format!("{{p{}}}", captures.len());
        match segment.parts.as_slice() {
            [PathPart::Literal(text)] => template.push_str(&escape(text)),
            [PathPart::Param(param)] => {
                template.push_str(&name);
                captures.push(Capture::Whole(*param));
            }
            [PathPart::Literal(prefix), PathPart::Param(param)] => {
                template.push_str(&escape(prefix));
                template.push_str(&name);
                captures.push(Capture::Whole(*param));
            }
            parts => {
                template.push_str(&name);
                let mut literals = vec![String::new()];
                let mut params = Vec::new();
                for part in parts {
                    match part {
                        PathPart::Literal(text) => literals.last_mut().map(|l| l.push_str(text)).unwrap_or_default(),
                        PathPart::Param(param) => {
                            params.push(*param);
                            literals.push(String::new());
                        }
                    }
                }
                captures.push(Capture::Split { literals, params });
            }
        }
    }
    if template.is_empty() {
        template.push('/');
    }
    Route { template, captures }
}

/// How a media type is carried, from its essence (`type/subtype`, parameters dropped).
fn media_kind(media: &str) -> BodyMedia {
    let essence = media.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    match essence.as_str() {
        "application/json" | "*/*" | "application/*" => BodyMedia::Json,
        e if e.ends_with("+json") || e.ends_with("/json") => BodyMedia::Json,
        "application/x-www-form-urlencoded" => BodyMedia::Form,
        "multipart/form-data" | "multipart/mixed" => BodyMedia::Multipart,
        e if e.starts_with("text/") || e.ends_with("+xml") || e.ends_with("/xml") || e.contains("yaml") || e.ends_with("openapi") => {
            BodyMedia::Text { content_type: essence.clone() }
        }
        _ => BodyMedia::Binary { content_type: essence.clone() },
    }
}

/// Which of several media types a body is generated for: JSON first, then forms, then text, then bytes.
fn preferred_media(content: &IndexMap<String, openapiv3::MediaType>) -> Option<(&str, BodyMedia, Option<&ReferenceOr<Schema>>)> {
    let rank = |media: &str, kind: &BodyMedia| match kind {
        BodyMedia::Json if media.starts_with("application/json") => 0,
        BodyMedia::Json => 1,
        BodyMedia::Form => 2,
        BodyMedia::Multipart => 3,
        BodyMedia::Text { .. } => 4,
        BodyMedia::Binary { .. } => 5,
    };
    content
        .iter()
        .map(|(media, body)| (media.as_str(), media_kind(media), body.schema.as_ref()))
        .min_by_key(|(media, kind, _)| rank(media, kind))
}

fn param_location(param: &Parameter) -> &'static str {
    match param {
        Parameter::Query { .. } => "query",
        Parameter::Header { .. } => "header",
        Parameter::Path { .. } => "path",
        Parameter::Cookie { .. } => "cookie",
    }
}

fn parent_pointer(pointer: &str) -> &str {
    pointer.rsplit_once('/').map_or(pointer, |(parent, _)| parent)
}

/// Decodes `%XX` escapes; malformed escapes are kept as they are.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%' && i + 2 < bytes.len())
            .then(|| std::str::from_utf8(&bytes[i + 1..i + 3]).ok())
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        if let Some(byte) = escaped {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}

fn unescape_token(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// The discriminator values that select the schema `reference` points at: the mapping's keys that
/// name it, or else the schema's own name (what the spec prescribes without a mapping).
fn discriminator_tags(discriminator: &openapiv3::Discriminator, reference: &str) -> Vec<String> {
    let key = reference.rsplit('/').next().map(unescape_token).unwrap_or_default();
    let mapped: Vec<String> = discriminator
        .mapping
        .iter()
        .filter(|(_, target)| target.as_str() == reference || target.as_str() == key)
        .map(|(tag, _)| tag.clone())
        .collect();
    if mapped.is_empty() && reference.starts_with("#/components/schemas/") { vec![key] } else { mapped }
}

/// `get /pets/{id}/toys` → `get_pets_id_toys`: stable, and distinct per method and path.
pub(crate) fn derived_operation_id(method: Method, path: &str) -> String {
    let mut id = method.as_str().to_lowercase();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        id.push('_');
        if segment.starts_with('{') {
            id.push_str("by_");
        }
        id.push_str(segment.trim_matches(|c| c == '{' || c == '}'));
    }
    id
}

fn string_primitive(format: &VariantOrUnknownOrEmpty<StringFormat>) -> Primitive {
    match format {
        VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => Primitive::DateTime,
        VariantOrUnknownOrEmpty::Item(StringFormat::Date) => Primitive::Date,
        VariantOrUnknownOrEmpty::Item(StringFormat::Binary) => Primitive::Binary,
        VariantOrUnknownOrEmpty::Unknown(format) if format == "uuid" => Primitive::Uuid,
        _ => Primitive::String,
    }
}

/// Items, map values and bodies that may be `null` become `Option<T>`; `Any` already holds `null`.
fn wrap_nullable(ty: TypeRef, nullable: bool) -> TypeRef {
    if nullable && ty != TypeRef::Any { TypeRef::Nullable(Box::new(ty)) } else { ty }
}

/// Doc text from a title and a description, with line endings normalised.
fn doc_text(title: Option<&str>, description: Option<&str>) -> Option<String> {
    let clean = |s: &str| s.replace("\r\n", "\n").replace('\r', "\n").trim().to_owned();
    let parts: Vec<String> = [title, description].into_iter().flatten().map(clean).filter(|s| !s.is_empty()).collect();
    if parts.is_empty() { None } else { Some(parts.join("\n\n")) }
}

/// Variant names for a status: `200` → `Ok`, `404` → `NotFound`, `default` → `Default`.
fn status_variant(status: Status) -> String {
    let code = match status {
        Status::Default => return "Default".into(),
        Status::Range(range) => return format!("Status{range}xx"),
        Status::Code(code) => code,
    };
    let reason = match code {
        100 => "Continue",
        101 => "SwitchingProtocols",
        200 => "Ok",
        201 => "Created",
        202 => "Accepted",
        203 => "NonAuthoritativeInformation",
        204 => "NoContent",
        205 => "ResetContent",
        206 => "PartialContent",
        207 => "MultiStatus",
        300 => "MultipleChoices",
        301 => "MovedPermanently",
        302 => "Found",
        303 => "SeeOther",
        304 => "NotModified",
        307 => "TemporaryRedirect",
        308 => "PermanentRedirect",
        400 => "BadRequest",
        401 => "Unauthorized",
        402 => "PaymentRequired",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        406 => "NotAcceptable",
        407 => "ProxyAuthenticationRequired",
        408 => "RequestTimeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "LengthRequired",
        412 => "PreconditionFailed",
        413 => "PayloadTooLarge",
        414 => "UriTooLong",
        415 => "UnsupportedMediaType",
        416 => "RangeNotSatisfiable",
        417 => "ExpectationFailed",
        418 => "ImATeapot",
        422 => "UnprocessableEntity",
        423 => "Locked",
        424 => "FailedDependency",
        425 => "TooEarly",
        426 => "UpgradeRequired",
        428 => "PreconditionRequired",
        429 => "TooManyRequests",
        431 => "RequestHeaderFieldsTooLarge",
        451 => "UnavailableForLegalReasons",
        500 => "InternalServerError",
        501 => "NotImplemented",
        502 => "BadGateway",
        503 => "ServiceUnavailable",
        504 => "GatewayTimeout",
        505 => "HttpVersionNotSupported",
        507 => "InsufficientStorage",
        _ => return format!("Status{code}"),
    };
    reason.into()
}

/// A union variant's name from its type: `Pet`, `String`, `Vec`, ...
fn variant_name(ty: &TypeRef) -> String {
    match ty {
        TypeRef::Named(name) => name.clone(),
        TypeRef::Primitive(p) => format!("{p:?}"),
        TypeRef::Vec(inner) => format!("{}List", variant_name(inner)),
        TypeRef::Map(inner) => format!("{}Map", variant_name(inner)),
        TypeRef::Any => "Value".into(),
        TypeRef::Boxed(inner) | TypeRef::Nullable(inner) => variant_name(inner),
    }
}

/// `A: {$ref: B}`, `B: {$ref: A}` (or `A: {type: array, items: {$ref: A}}`) would be type aliases
/// that name themselves, which Rust refuses. Such an alias becomes `serde_json::Value`, reported.
fn break_alias_cycles(types: &mut [TypeDef], pointers: &HashMap<String, String>, warnings: &mut Vec<Warning>) {
    fn names(ty: &TypeRef, into: &mut Vec<String>) {
        match ty {
            TypeRef::Named(name) => into.push(name.clone()),
            TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Boxed(inner) | TypeRef::Nullable(inner) => names(inner, into),
            TypeRef::Primitive(_) | TypeRef::Any => {}
        }
    }
    let aliases: HashMap<String, TypeRef> = types
        .iter()
        .filter_map(|t| match &t.kind {
            TypeKind::Alias(ty) => Some((t.name.clone(), ty.clone())),
            _ => None,
        })
        .collect();
    let cyclic: Vec<String> = aliases
        .keys()
        .filter(|start| {
            // Follow aliases only: structs and enums are nominal and end a chain.
            let mut seen = std::collections::HashSet::new();
            let mut pending = Vec::new();
            names(&aliases[*start], &mut pending);
            while let Some(name) = pending.pop() {
                if &name == *start {
                    return true;
                }
                if seen.insert(name.clone()) {
                    if let Some(next) = aliases.get(&name) {
                        names(next, &mut pending);
                    }
                }
            }
            false
        })
        .cloned()
        .collect();
    for def in types.iter_mut().filter(|t| cyclic.contains(&t.name)) {
        def.kind = TypeKind::Alias(TypeRef::Any);
        warnings.push(Warning {
            pointer: pointers.get(&def.name).cloned().unwrap_or_default(),
            message: format!("{}: the schema refers to itself only through references and lists; it is taken as any JSON value", def.name),
            unenforced: true,
        });
    }
}

/// Boxes the fields and variants through which a type contains itself (directly or through other
/// types), which Rust cannot lay out otherwise. `Vec` and maps already allocate and need no box.
fn box_recursive_fields(types: &mut [TypeDef]) {
    let index: HashMap<String, usize> = types.iter().enumerate().map(|(i, t)| (t.name.clone(), i)).collect();
    let edges: Vec<Vec<usize>> = types
        .iter()
        .map(|t| direct_refs(&t.kind).into_iter().filter_map(|name| index.get(name).copied()).collect())
        .collect();
    let component = strongly_connected(&edges);
    for (i, def) in types.iter_mut().enumerate() {
        let recursive = |ty: &TypeRef| match ty {
            TypeRef::Named(name) => index.get(name).is_some_and(|&j| component[j] == component[i]),
            _ => false,
        };
        match &mut def.kind {
            TypeKind::Struct(s) => {
                for field in &mut s.fields {
                    if recursive(&field.ty) {
                        field.ty = TypeRef::Boxed(Box::new(field.ty.clone()));
                    }
                }
            }
            TypeKind::Union(u) => {
                for variant in &mut u.variants {
                    if recursive(&variant.ty) {
                        variant.ty = TypeRef::Boxed(Box::new(variant.ty.clone()));
                    }
                }
            }
            _ => {}
        }
    }
}

/// Named types a type holds by value (not behind a `Vec` or map).
fn direct_refs(kind: &TypeKind) -> Vec<&str> {
    fn named(ty: &TypeRef) -> Option<&str> {
        match ty {
            TypeRef::Named(name) => Some(name.as_str()),
            _ => None,
        }
    }
    match kind {
        TypeKind::Struct(s) => s.fields.iter().filter_map(|f| named(&f.ty)).collect(),
        TypeKind::Union(u) => u.variants.iter().filter_map(|v| named(&v.ty)).collect(),
        TypeKind::Alias(ty) => named(ty).into_iter().collect(),
        _ => Vec::new(),
    }
}

/// Tarjan's algorithm, iterative so deep schemas cannot overflow the stack. Returns each node's
/// component id; nodes in a cycle share one.
fn strongly_connected(edges: &[Vec<usize>]) -> Vec<usize> {
    let n = edges.len();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut component = vec![usize::MAX; n];
    let mut next_index = 0;
    let mut next_component = 0;
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        while let Some(&mut (node, ref mut edge)) = work.last_mut() {
            if *edge == 0 && index[node] == usize::MAX {
                index[node] = next_index;
                low[node] = next_index;
                next_index += 1;
                stack.push(node);
                on_stack[node] = true;
            }
            if let Some(&next) = edges[node].get(*edge) {
                *edge += 1;
                if index[next] == usize::MAX {
                    work.push((next, 0));
                } else if on_stack[next] {
                    low[node] = low[node].min(index[next]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == index[node] {
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component[member] = next_component;
                    if member == node {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    component
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cycles_are_found() {
        // 0 → 1 → 0, 2 → 2, 3 alone.
        let components = strongly_connected(&[vec![1], vec![0], vec![2], vec![]]);
        assert_eq!(components[0], components[1]);
        assert_ne!(components[2], components[3]);
        assert_ne!(components[0], components[2]);
    }

    #[test]
    fn percent_escapes_decode() {
        assert_eq!(percent_decode("/paths/~1a~1%7Bid%7D"), "/paths/~1a~1{id}");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%é"), "%zz%é");
    }

    #[test]
    fn derived_ids_are_stable() {
        assert_eq!(derived_operation_id(Method::Get, "/pets/{id}/toys"), "get_pets_by_id_toys");
    }

    #[test]
    fn statuses_name_variants() {
        assert_eq!(status_variant(Status::Code(403)), "Forbidden");
        assert_eq!(status_variant(Status::Code(299)), "Status299");
        assert_eq!(status_variant(Status::Range(4)), "Status4xx");
    }
}
