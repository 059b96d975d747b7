//! Compositions: `allOf` merged into one struct, `oneOf`/`anyOf` unions, and schemas that mix
//! either with their own properties.

use indexmap::IndexMap;
use openapiv3::{AdditionalProperties, ReferenceOr, Schema, SchemaKind, Type};

use super::http::{discriminator_tags, doc_text, variant_name};
use super::{Lowered, Lowering, NameRequest};
use crate::error::{Error, SpecErrorKind, WarningKind};
use crate::ir::naming::{Scope, type_name};
use crate::ir::*;

impl Lowering<'_> {
    /// A schema with `allOf`, `oneOf` or `anyOf` beside its own keywords (`properties`, `required`,
    /// `type: object`): one type. With `allOf` only, one struct of the members' properties and its
    /// own; with `oneOf`/`anyOf`, a union whose every variant also has the schema's own properties
    /// (and those of its `allOf`).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn composed_object(
        &mut self,
        any: &openapiv3::AnySchema,
        request: &NameRequest,
        data: &openapiv3::SchemaData,
        doc: Option<String>,
        pointer: &str,
        origin: &str,
        lowered: &mut Lowered,
    ) -> Result<TypeRef, Error> {
        let has_own = !any.properties.is_empty() || any.additional_properties.is_some() || !any.required.is_empty();
        if let ([only], true, true, false) = (any.all_of.as_slice(), any.one_of.is_empty(), any.any_of.is_empty(), has_own) {
            // `type: object` beside a one-member `allOf`: still the wrapper that names one schema.
            let inner = self.schema(only, &format!("{pointer}/allOf/0"), request.clone(), origin)?;
            lowered.nullable |= inner.nullable;
            lowered.doc = lowered.doc.take().or(inner.doc);
            return Ok(inner.ty);
        }
        let mut own = any.clone();
        own.one_of.clear();
        own.any_of.clear();
        let own = ReferenceOr::Item(Schema { schema_data: Default::default(), schema_kind: SchemaKind::Any(own) });
        let (keyword, branches) = if any.one_of.is_empty() { ("anyOf", &any.any_of) } else { ("oneOf", &any.one_of) };
        if branches.is_empty() {
            return self.merged_object(&[(&own, pointer.to_owned())], request, doc, pointer, origin);
        }
        if !any.one_of.is_empty() && !any.any_of.is_empty() {
            self.warn(WarningKind::Approximated, pointer, format!("{origin}: both oneOf and anyOf; the anyOf is not used"));
        }
        if !has_own && any.all_of.is_empty() {
            return self.union(branches, keyword, request, data, pointer, origin, lowered, None);
        }
        self.union(branches, keyword, request, data, pointer, origin, lowered, Some(&own))
    }

    /// `allOf` of several schemas: one struct with the properties of all of them.
    pub(super) fn all_of(
        &mut self,
        parts: &[ReferenceOr<Schema>],
        required_beside: &[String],
        request: &NameRequest,
        doc: Option<String>,
        pointer: &str,
        origin: &str,
    ) -> Result<TypeRef, Error> {
        // `required` written beside the `allOf` applies to the merged properties: one more part.
        let beside = openapiv3::AnySchema { required: required_beside.to_vec(), ..Default::default() };
        let beside = ReferenceOr::Item(Schema { schema_data: Default::default(), schema_kind: SchemaKind::Any(beside) });
        let mut parts: Vec<(&ReferenceOr<Schema>, String)> =
            parts.iter().enumerate().map(|(i, part)| (part, format!("{pointer}/allOf/{i}"))).collect();
        if !required_beside.is_empty() {
            parts.push((&beside, pointer.to_owned()));
        }
        self.merged_object(&parts, request, doc, pointer, origin)
    }

    /// One struct with the properties of every part (each with the pointer it is at).
    pub(super) fn merged_object(
        &mut self,
        parts: &[(&ReferenceOr<Schema>, String)],
        request: &NameRequest,
        doc: Option<String>,
        pointer: &str,
        origin: &str,
    ) -> Result<TypeRef, Error> {
        let mut properties = IndexMap::new();
        let mut required = Vec::new();
        let mut additional = None;
        for (part, at) in parts {
            if !self.collect_object(part, at, &mut properties, &mut required, &mut additional, 0)? {
                self.unenforced(at, format!("{origin}: an allOf part that is not an object is not enforced"));
            }
        }

        if properties.is_empty() && additional.is_none() {
            return Ok(TypeRef::Any);
        }
        self.object(request, doc, &properties, &required, additional.as_ref(), pointer, origin)
    }

    /// Gathers the properties of an object schema (following references and nested `allOf`).
    pub(super) fn collect_object(
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
            // A member that only annotates adds nothing, and is no reason to warn.
            SchemaKind::Any(a) if *a == openapiv3::AnySchema::default() => return Ok(true),
            SchemaKind::Any(a) => {
                let mut all = true;
                for (i, inner) in a.all_of.iter().enumerate() {
                    all &= self.collect_object(inner, &format!("{pointer}/allOf/{i}"), properties, required, additional, depth + 1)?;
                }
                for (key, value) in &a.properties {
                    properties.insert(key.clone(), value.clone());
                }
                required.extend(a.required.iter().cloned());
                if a.additional_properties.is_some() {
                    additional.clone_from(&a.additional_properties);
                }
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
    pub(super) fn union(
        &mut self,
        branches: &[ReferenceOr<Schema>],
        keyword: &str,
        request: &NameRequest,
        data: &openapiv3::SchemaData,
        pointer: &str,
        origin: &str,
        lowered: &mut Lowered,
        shared: Option<&ReferenceOr<Schema>>,
    ) -> Result<TypeRef, Error> {
        let doc = doc_text(data.title.as_deref(), data.description.as_deref());
        let discriminator = data.discriminator.as_ref();
        let mut scope = Scope::default();
        let mut variants: Vec<UnionVariant> = Vec::new();
        let mut all_tagged = discriminator.is_some();
        for (i, branch) in branches.iter().enumerate() {
            let at = format!("{pointer}/{keyword}/{i}");
            let variant = match shared {
                None => {
                    let hint = NameRequest::Fresh(format!("{}Variant{i}", request.hint()));
                    self.schema(branch, &at, hint, origin)?
                }
                // Properties beside the `oneOf`/`anyOf` belong to every variant: each variant is
                // its own schema merged with them, named after the schema it refers to.
                Some(shared) => {
                    let suffix = match branch {
                        ReferenceOr::Reference { reference } => type_name(reference.rsplit('/').next().unwrap_or_default()),
                        ReferenceOr::Item(_) => format!("Variant{i}"),
                    };
                    let hint = NameRequest::Fresh(format!("{}{suffix}", request.hint()));
                    let ty = self.merged_object(&[(branch, at.clone()), (shared, pointer.to_owned())], &hint, None, &at, origin)?;
                    Lowered { ty, nullable: false, read_only: false, write_only: false, deprecated: false, doc: None }
                }
            };
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
            let name = scope.claim(variant_name(&variant.ty, &|id| self.type_name_of(id).to_owned()));
            variants.push(UnionVariant { name, ty: variant.ty, tags });
        }
        let discriminator = discriminator.filter(|_| all_tagged).map(|d| d.property_name.clone());
        Ok(match variants.len() {
            0 => TypeRef::Any,
            1 if matches!(request, NameRequest::Fresh(_)) => variants.remove(0).ty,
            _ => self.define(request, doc, TypeKind::Union(Union { variants, discriminator })),
        })
    }
}

/// A composition (`allOf`/`oneOf`/`anyOf`) beside the keywords of an object or of no type: one
/// type of the parts and the schema's own properties (see `composed_object`).
pub(super) fn is_composed_object(any: &openapiv3::AnySchema) -> bool {
    let composed = !any.all_of.is_empty() || !any.one_of.is_empty() || !any.any_of.is_empty();
    composed && any.enumeration.is_empty() && any.items.is_none() && matches!(any.typ.as_deref(), None | Some("object"))
}

/// An untyped schema read as an object: it has properties, `additionalProperties` or `type: object`.
pub(super) fn is_any_object(any: &openapiv3::AnySchema) -> bool {
    !any.properties.is_empty() || any.additional_properties.is_some() || any.typ.as_deref() == Some("object")
}

/// The `oneOf` (else `anyOf`) branches of an untyped schema that is not an object or an `allOf`.
pub(super) fn any_union(any: &openapiv3::AnySchema) -> Option<(&[ReferenceOr<Schema>], &'static str)> {
    if !any.one_of.is_empty() {
        Some((&any.one_of, "oneOf"))
    } else if !any.any_of.is_empty() {
        Some((&any.any_of, "anyOf"))
    } else {
        None
    }
}
