//! Schemas to types.

use indexmap::IndexMap;
use openapiv3::{AdditionalProperties, ReferenceOr, Schema, SchemaKind, Type, VariantOrUnknownOrEmpty};
use serde::de::DeserializeOwned;

use super::compose::{any_union, is_composed_object};
use super::http::{doc_text, percent_decode, unescape_token, with_wire_name, wrap_nullable};
use super::{Lowered, Lowering, MAX_DEPTH, NameRequest};
use crate::error::{Error, SpecErrorKind, WarningKind};
use crate::ir::formats::{integer_format, integer_range, string_format};
use crate::ir::naming::{Scope, field_name, type_name};
use crate::ir::pattern::ecma_to_rust;
use crate::ir::*;
use crate::load::source_map::escape_token;

impl Lowering<'_> {
    pub(super) fn components(&mut self) -> Result<(), Error> {
        let Some(components) = &self.doc.components else { return Ok(()) };
        // Claim every name first, so references resolve in any order and inline types never take
        // a component's name.
        for (key, schema) in &components.schemas {
            let (id, _) = self.claim_type(key);
            self.components.insert(key.clone(), id);
            if let ReferenceOr::Item(schema) = schema {
                self.nullable_components.insert(key.clone(), schema.schema_data.nullable);
            }
        }
        for (key, schema) in &components.schemas {
            let Some(&id) = self.components.get(key) else { continue };
            if let Some(path) = self.options.type_replacements.get(key) {
                // The user's type stands for the schema; the alias keeps the schema's name working.
                let doc = Some(format!("`{key}`, replaced by `{path}` in the settings."));
                self.slots.define(id, doc, TypeKind::Alias(TypeRef::External(path.clone())));
                let pointer = format!("/components/schemas/{}", escape_token(key));
                let rules = self.spec.raw.pointer(&pointer).map(constraint_keywords).unwrap_or_default();
                if !rules.is_empty() {
                    let message = format!("{key}: replaced by `{path}`; its rules ({}) are that type's to check", rules.join(", "));
                    self.unenforced(&pointer, message);
                }
                continue;
            }
            let name = self.type_name_of(id).to_owned();
            let pointer = format!("/components/schemas/{}", escape_token(key));
            // A schema that fails is reported and becomes any JSON value, so lowering goes on.
            let lowered = self.schema(schema, &pointer, NameRequest::Exact(id, name), key);
            let Some(lowered) = self.recover(lowered) else { continue };
            if lowered.ty != TypeRef::Named(id) {
                // Not a type of its own (a primitive, a list, another schema): an alias keeps the name.
                self.slots.define(id, lowered.doc, TypeKind::Alias(lowered.ty));
            }
        }
        Ok(())
    }

    /// Defines a named type for `request`, returning its use.
    pub(super) fn define(&mut self, request: &NameRequest, doc: Option<String>, kind: TypeKind) -> TypeRef {
        let id = self.claim_for(request);
        self.slots.define(id, doc, kind);
        TypeRef::Named(id)
    }

    /// The type a request names: the component's, or a freshly claimed one.
    pub(super) fn claim_for(&mut self, request: &NameRequest) -> TypeId {
        match request {
            NameRequest::Exact(id, _) => *id,
            NameRequest::Fresh(hint) => self.claim_type(hint).0,
        }
    }

    pub(super) fn schema<S: std::borrow::Borrow<Schema>>(
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
            if let Some(&id) = self.components.get(&key) {
                return Ok(Lowered {
                    ty: TypeRef::Named(id),
                    nullable: self.nullable_components.get(&key).copied().unwrap_or(false),
                    read_only: false,
                    write_only: false,
                    deprecated: false,
                    doc: None,
                });
            }
            if !key.contains('/') {
                // Reported, and taken as any JSON value so the rest of the schema is still read.
                let message = format!("`{reference}` names no schema in components/schemas");
                let error = self.fail(SpecErrorKind::DanglingRef, &format!("{pointer}/$ref"), message);
                self.recover::<()>(Err(error));
                return Ok(Lowered::any());
            }
        }
        // A reference somewhere else in this document (into another schema's properties or its
        // nested `definitions`/`$defs`, say): lower the schema found there as if it were written
        // inline. While it is being lowered, a reference back to it (a recursive definition) is a
        // use of its type.
        let key = percent_decode(reference.trim_start_matches('#'));
        if let Some(state) = self.nested_refs.get(&key) {
            let ty = match state {
                Some(id) => TypeRef::Named(*id),
                None => {
                    let message = format!("{origin}: `{reference}` refers to itself only through lists or references; it is taken as any JSON value");
                    self.warn(WarningKind::Approximated, &format!("{pointer}/$ref"), message);
                    TypeRef::Any
                }
            };
            return Ok(Lowered { ty, nullable: false, read_only: false, write_only: false, deprecated: false, doc: None });
        }
        let target: Result<ReferenceOr<Schema>, Error> = self.resolve_pointer(reference, pointer);
        let Some(target) = self.recover(target) else { return Ok(Lowered::any()) };
        let (request, claimed, fresh) = match request {
            NameRequest::Exact(id, _) => (request, Some(id), false),
            NameRequest::Fresh(_) => {
                let hint = reference.rsplit('/').next().map(unescape_token).unwrap_or_default();
                if names_a_type(&target) {
                    // Claimed now rather than when defined, so a reference back to it can use it;
                    // the name is the one lowering would have given it.
                    let (id, name) = self.claim_type(&hint);
                    (NameRequest::Exact(id, name), Some(id), true)
                } else {
                    (NameRequest::Fresh(hint), None, false)
                }
            }
        };
        self.nested_refs.insert(key.clone(), claimed);
        let lowered = self.schema(&target, reference.trim_start_matches('#'), request, origin);
        self.nested_refs.remove(&key);
        let mut lowered = lowered?;
        if let (true, Some(id), ReferenceOr::Item(schema)) = (fresh, claimed, &target) {
            if lowered.ty == TypeRef::Named(id) {
                // As an inline type would: the description documents the field too.
                lowered.doc = doc_text(schema.schema_data.title.as_deref(), schema.schema_data.description.as_deref());
            } else {
                // Not a type of its own after all (an allOf that names one schema, say): an alias
                // keeps the claimed name meaning it.
                self.slots.define(id, None, TypeKind::Alias(lowered.ty.clone()));
                lowered.ty = TypeRef::Named(id);
            }
        }
        Ok(lowered)
    }

    /// Looks up a local `$ref` in the raw document and deserializes what it finds.
    pub(super) fn resolve_pointer<T: DeserializeOwned>(&self, reference: &str, pointer: &str) -> Result<T, Error> {
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
        self.unread_keywords(schema, pointer, origin);
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
                    self.enum_against_rules(string, &values, pointer, origin);
                    if values.is_empty() {
                        TypeRef::Any
                    } else {
                        self.string_enum(&request, doc, &values, origin)
                    }
                } else {
                    let base = string_format(format_name(&string.format));
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
                let base = integer_format(match &integer.format {
                    VariantOrUnknownOrEmpty::Item(openapiv3::IntegerFormat::Int32) => Some("int32"),
                    VariantOrUnknownOrEmpty::Item(openapiv3::IntegerFormat::Int64) => Some("int64"),
                    VariantOrUnknownOrEmpty::Unknown(format) => Some(format.as_str()),
                    VariantOrUnknownOrEmpty::Empty => None,
                });
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
                // Every integer is a multiple of 1: nothing to check.
                match integer.multiple_of {
                    Some(value) if value > 1 => rules.push(Rule::MultipleOf(Number::Int(value))),
                    Some(value) if value <= 0 => self.multiple_of_not_positive(&value.to_string(), pointer, origin),
                    _ => {}
                }
                let base = self.widen_integer(base, &rules, pointer, origin);
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
                match number.multiple_of {
                    Some(value) if value > 0.0 => rules.push(Rule::MultipleOf(Number::Float(value))),
                    Some(value) => self.multiple_of_not_positive(&value.to_string(), pointer, origin),
                    None => {}
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
            SchemaKind::Any(any) => self.any_schema(any, &request, data, doc, pointer, origin, &mut lowered)?,
            SchemaKind::AllOf { all_of } => {
                // Members that only annotate (`{description: ...}`, `{nullable: true}`) add no shape.
                let (annotations, shaped): (Vec<_>, Vec<_>) = all_of.iter().enumerate().partition(|(_, part)| annotation(part).is_some());
                if let [(i, only)] = shaped.as_slice() {
                    // A wrapper that attaches a description, readOnly or nullable to one schema.
                    let inner = self.schema(only, &format!("{pointer}/allOf/{i}"), request.clone(), origin)?;
                    let notes: Vec<&openapiv3::SchemaData> = annotations.iter().filter_map(|(_, part)| annotation(part)).collect();
                    lowered.nullable |= inner.nullable || notes.iter().any(|note| note.nullable);
                    lowered.read_only |= notes.iter().any(|note| note.read_only);
                    lowered.write_only |= notes.iter().any(|note| note.write_only);
                    lowered.deprecated |= notes.iter().any(|note| note.deprecated);
                    let noted = notes.iter().find_map(|note| doc_text(note.title.as_deref(), note.description.as_deref()));
                    lowered.doc = lowered.doc.or(noted).or(inner.doc);
                    inner.ty
                } else {
                    self.all_of(all_of, &[], &request, doc, pointer, origin)?
                }
            }
            SchemaKind::OneOf { one_of } => self.union(one_of, "oneOf", &request, data, pointer, origin, &mut lowered, None)?,
            SchemaKind::AnyOf { any_of } => self.union(any_of, "anyOf", &request, data, pointer, origin, &mut lowered, None)?,
            SchemaKind::Not { .. } => {
                self.unenforced(pointer, format!("{origin}: `not` is not enforced; any JSON value is accepted"));
                TypeRef::Any
            }
        };
        // A component must end up as the type it names.
        if let NameRequest::Exact(id, _) = &request {
            if lowered.ty == TypeRef::Named(*id) {
                lowered.doc = None;
            }
        }
        Ok(lowered)
    }

    fn string_enum(&mut self, request: &NameRequest, doc: Option<String>, values: &[String], origin: &str) -> TypeRef {
        // `Unknown` is the open enum's catch-all; a listed value of that name becomes `Unknown2`.
        let mut scope = if self.options.enum_fallback { Scope::with_reserved(&["Unknown"]) } else { Scope::default() };
        // A value listed twice (`[kml, kml]`) allows nothing more: one variant, not two that
        // `FromStr` could never tell apart.
        let mut seen = std::collections::HashSet::new();
        let variants = values
            .iter()
            .filter(|value| seen.insert(value.as_str()))
            .map(|value| EnumVariant {
                name: scope.claim(if value.is_empty() { "Empty".into() } else { type_name(value) }),
                value: value.clone(),
            })
            .collect();
        let open = self.options.enum_fallback;
        self.define(request, doc, TypeKind::StringEnum(StringEnum { variants, origin: origin.to_owned(), open }))
    }

    /// `multipleOf` must be greater than 0 (JSON Schema); any other value divides nothing.
    fn multiple_of_not_positive(&mut self, value: &str, pointer: &str, origin: &str) {
        self.unenforced(pointer, format!("{origin}: `multipleOf: {value}` is not greater than 0, so it is invalid and not enforced"));
    }

    fn number_type(&mut self, request: &NameRequest, doc: Option<String>, base: Primitive, mut rules: Vec<Rule>, origin: &str) -> TypeRef {
        // Bounds at or beyond what the Rust type can hold are always met (`minimum: 0` on a u8);
        // checking them would not compile (out-of-range literals) or be flagged as useless
        // comparisons.
        if let Some((low, high)) = integer_range(base) {
            rules.retain(|rule| match rule {
                Rule::Minimum { value: Number::Int(v), exclusive } => i128::from(*v) + i128::from(*exclusive) > low,
                Rule::Maximum { value: Number::Int(v), exclusive } => i128::from(*v) - i128::from(*exclusive) < high,
                _ => true,
            });
        }
        if rules.is_empty() {
            return TypeRef::Primitive(base);
        }
        self.define(request, doc, TypeKind::Constrained(Constrained { base, origin: origin.to_owned(), rules }))
    }

    /// An integer format whose rules name values its Rust type cannot hold (an enum value, a
    /// multiple, or a bound past the range on the side that matters) is typed `i64`, so the rules
    /// keep their meaning and compile.
    fn widen_integer(&mut self, base: Primitive, rules: &[Rule], pointer: &str, origin: &str) -> Primitive {
        let Some((low, high)) = integer_range(base).filter(|_| base != Primitive::I64) else {
            return base;
        };
        let fits = |v: &i64| (low..=high).contains(&i128::from(*v));
        let outside = rules.iter().find_map(|rule| match rule {
            Rule::OneOf(values) => values.iter().find_map(|v| match v {
                Number::Int(v) if !fits(v) => Some(*v),
                _ => None,
            }),
            Rule::Minimum { value: Number::Int(v), .. } if i128::from(*v) > high => Some(*v),
            Rule::Maximum { value: Number::Int(v), .. } if i128::from(*v) < low => Some(*v),
            Rule::MultipleOf(Number::Int(v)) if !fits(v) => Some(*v),
            _ => None,
        });
        match outside {
            Some(value) => {
                let rust = format!("{base:?}").to_lowercase();
                let message = format!("{origin}: an integer typed {rust} by its format, with the value {value}, which no {rust} holds; typed as i64");
                self.warn(WarningKind::Approximated, pointer, message);
                Primitive::I64
            }
            None => base,
        }
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
    pub(super) fn object(
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
        let id = self.claim_for(request);
        let struct_name = self.type_name_of(id).to_owned();
        let fields = self.fields(&struct_name, properties, required, pointer, origin)?;
        self.slots.define(id, doc, TypeKind::Struct(Struct { fields, additional: additional_ty }));
        Ok(TypeRef::Named(id))
    }

    pub(super) fn fields(
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
            let name = names.claim(field_name(wire_name));
            let doc = with_wire_name(lowered.doc, &name, wire_name);
            fields.push(Field {
                default,
                name,
                wire_name: wire_name.clone(),
                ty: lowered.ty,
                required: required.contains(wire_name),
                nullable: lowered.nullable,
                read_only: lowered.read_only,
                write_only: lowered.write_only,
                deprecated: lowered.deprecated,
                doc,
            });
        }
        Ok(fields)
    }

    /// Schemas without a `type` keyword, or that mix keywords `openapiv3` keeps apart: objects by
    /// their properties, compositions by their parts, enums by their values. What is read here is
    /// mirrored by `keywords::any_keywords`, which reports the rest.
    #[allow(clippy::too_many_arguments)]
    fn any_schema(
        &mut self,
        any: &openapiv3::AnySchema,
        request: &NameRequest,
        data: &openapiv3::SchemaData,
        doc: Option<String>,
        pointer: &str,
        origin: &str,
        lowered: &mut Lowered,
    ) -> Result<TypeRef, Error> {
        let has_own = !any.properties.is_empty() || any.additional_properties.is_some();
        // Composition beside the keywords of an object (or of no type); `type: string` with a
        // `oneOf` of formats, say, stays what its type says.
        if is_composed_object(any) {
            return self.composed_object(any, request, data, doc, pointer, origin, lowered);
        }
        if has_own || any.typ.as_deref() == Some("object") {
            return self.object(request, doc, &any.properties, &any.required, any.additional_properties.as_ref(), pointer, origin);
        }
        // A composition with a sibling (`required` beside `allOf`, `type` beside `oneOf`); the
        // siblings lowering does not read are reported by `unread_keywords`.
        if let ([only], true) = (any.all_of.as_slice(), any.required.is_empty()) {
            // A one-part wrapper, as in `inline`: the wrapped type itself.
            let inner = self.schema(only, &format!("{pointer}/allOf/0"), request.clone(), origin)?;
            lowered.nullable |= inner.nullable;
            lowered.doc = lowered.doc.take().or(inner.doc);
            return Ok(inner.ty);
        }
        if !any.all_of.is_empty() {
            return self.all_of(&any.all_of, &any.required, request, doc, pointer, origin);
        }
        if let Some((branches, keyword)) = any_union(any) {
            // `type: "null"` is 3.1's spelling of nullable, found in 3.0 documents too.
            lowered.nullable |= any.typ.as_deref() == Some("null");
            return self.union(branches, keyword, request, data, pointer, origin, lowered, None);
        }
        if !any.enumeration.is_empty() {
            lowered.nullable |= any.enumeration.iter().any(|v| v.is_null());
            let strings: Vec<String> = any.enumeration.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect();
            if strings.len() == any.enumeration.iter().filter(|v| !v.is_null()).count() && !strings.is_empty() {
                return Ok(self.string_enum(request, doc, &strings, origin));
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
            Some("string") => Ok(TypeRef::Primitive(string_format(any.format.as_deref()))),
            Some("integer") => Ok(TypeRef::Primitive(integer_format(any.format.as_deref()))),
            Some("number") => Ok(TypeRef::Primitive(Primitive::F64)),
            Some("boolean") => Ok(TypeRef::Primitive(Primitive::Bool)),
            Some("array") => Ok(TypeRef::Vec(Box::new(TypeRef::Any))),
            _ => Ok(TypeRef::Any),
        }
    }
}

/// The annotations of an `allOf` member that has no shape of its own (no type, properties or
/// composition: a description, `nullable`, `readOnly`, ...).
fn annotation(part: &ReferenceOr<Schema>) -> Option<&openapiv3::SchemaData> {
    match part {
        ReferenceOr::Item(schema) => match &schema.schema_kind {
            SchemaKind::Any(any) if *any == openapiv3::AnySchema::default() => Some(&schema.schema_data),
            _ => None,
        },
        ReferenceOr::Reference { .. } => None,
    }
}

/// Whether an inline schema becomes a type of its own (an object with properties, an enum, a
/// union or a merged `allOf`), so a reference to it can name that type before it is defined.
fn names_a_type(target: &ReferenceOr<Schema>) -> bool {
    let ReferenceOr::Item(schema) = target else { return false };
    match &schema.schema_kind {
        SchemaKind::Type(Type::Object(object)) => !object.properties.is_empty(),
        SchemaKind::Type(Type::String(string)) => string.enumeration.iter().any(Option::is_some),
        SchemaKind::AllOf { all_of: parts } | SchemaKind::OneOf { one_of: parts } | SchemaKind::AnyOf { any_of: parts } => {
            parts.len() > 1
        }
        SchemaKind::Any(any) => {
            !any.properties.is_empty() || any.all_of.len() > 1 || any.one_of.len() > 1 || any.any_of.len() > 1
        }
        _ => false,
    }
}

/// The `format` keyword of a string schema as written.
fn format_name(format: &VariantOrUnknownOrEmpty<openapiv3::StringFormat>) -> Option<&str> {
    use openapiv3::StringFormat;
    match format {
        VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => Some("date-time"),
        VariantOrUnknownOrEmpty::Item(StringFormat::Date) => Some("date"),
        VariantOrUnknownOrEmpty::Item(StringFormat::Binary) => Some("binary"),
        VariantOrUnknownOrEmpty::Item(StringFormat::Byte) => Some("byte"),
        VariantOrUnknownOrEmpty::Item(StringFormat::Password) => Some("password"),
        VariantOrUnknownOrEmpty::Unknown(format) => Some(format),
        VariantOrUnknownOrEmpty::Empty => None,
    }
}

/// The validation keywords a raw schema object carries.
pub(super) fn constraint_keywords(schema: &serde_json::Value) -> Vec<&'static str> {
    const KEYWORDS: &[&str] = &[
        "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
        "enum", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties",
    ];
    KEYWORDS.iter().copied().filter(|k| schema.get(k).is_some()).collect()
}
