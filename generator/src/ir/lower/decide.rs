//! The last pass of lowering: the facts emitters would otherwise work out by walking types —
//! derives, which types travel as parameter text, query shapes, multipart parts, and the crates
//! and support code the API needs.

use std::collections::HashSet;

use super::Options;
use crate::ir::formats::note_dependency;
use crate::ir::*;

/// Records every decision on `types` and `operations` and returns what the crate needs.
pub(super) fn decide(types: &mut TypeSpace, operations: &mut [Operation], _options: &Options) -> Needs {
    for def in types.iter_mut() {
        def.derives = derives(&def.kind);
    }
    for op in operations.iter_mut() {
        for param in &mut op.query_params {
            param.shape = query_shape(types, &param.ty);
        }
        let params: Vec<&Param> = op.query_params.iter().chain(&op.header_params).collect();
        let all_optional = params.iter().all(|p| !p.required);
        if let Some(params) = &mut op.params {
            params.derives = vec![Derive::Debug, Derive::Clone, Derive::PartialEq];
            if all_optional {
                params.derives.push(Derive::Default);
            }
        }
        if let Some(body) = op.body.as_mut().filter(|b| b.media == BodyMedia::Multipart) {
            body.multipart = multipart(types, &body.ty);
        }
    }
    for id in param_text_types(types, operations) {
        types.get_mut(id).param_text = true;
    }
    needs(types, operations)
}

/// What a type derives; the rest of its traits are written out by the emitter.
fn derives(kind: &TypeKind) -> Vec<Derive> {
    use Derive::*;
    match kind {
        // `Default` only where every field may be absent: a default for a required field would be a lie.
        TypeKind::Struct(s) if s.fields.iter().all(|f| !f.required) => vec![Debug, Clone, PartialEq, Default, Serialize, Deserialize],
        TypeKind::Struct(_) => vec![Debug, Clone, PartialEq, Serialize, Deserialize],
        // An open enum holds a `String`, so it cannot be `Copy`.
        TypeKind::StringEnum(e) if e.open => vec![Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord],
        TypeKind::StringEnum(_) => vec![Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord],
        // A tagged union reads and writes the tag itself.
        TypeKind::Union(u) if u.discriminator.is_some() => vec![Debug, Clone, PartialEq],
        TypeKind::Union(_) => vec![Debug, Clone, PartialEq, Serialize, Deserialize],
        // Deserialization checks the rules, so it is written out.
        TypeKind::Collection(_) => vec![Debug, Clone, PartialEq, Serialize],
        TypeKind::Constrained(_) | TypeKind::Alias(_) => Vec::new(),
    }
}

fn query_shape(types: &TypeSpace, ty: &TypeRef) -> QueryShape {
    match types.unalias(ty) {
        TypeRef::Vec(_) => QueryShape::List,
        named @ TypeRef::Named(_) => match types.resolve(named).map(|d| &d.kind) {
            Some(TypeKind::Collection(c)) if c.kind == CollectionKind::List => QueryShape::CheckedList,
            _ => QueryShape::Single,
        },
        _ => QueryShape::Single,
    }
}

fn part_kind(types: &TypeSpace, ty: &TypeRef) -> PartKind {
    match types.unalias(ty) {
        TypeRef::Primitive(Primitive::Binary) => PartKind::File,
        TypeRef::Primitive(_) => PartKind::Text,
        named @ TypeRef::Named(_) => match types.resolve(named).map(|d| &d.kind) {
            Some(TypeKind::StringEnum(_) | TypeKind::Constrained(_)) => PartKind::Text,
            _ => PartKind::Json,
        },
        _ => PartKind::Json,
    }
}

/// The parts of a multipart body whose type is a struct (lowering turns other bodies into bytes).
fn multipart(types: &TypeSpace, ty: &TypeRef) -> Option<Multipart> {
    let def = types.resolve(ty)?;
    let TypeKind::Struct(body) = &def.kind else { return None };
    let parts = body
        .fields
        .iter()
        .map(|field| MultipartPart {
            field: field.name.clone(),
            wire_name: field.wire_name.clone(),
            presence: if field.is_tri_state() {
                Presence::TriState
            } else if field.is_optional() {
                Presence::Optional
            } else {
                Presence::Required
            },
            kind: part_kind(types, &field.ty),
        })
        .collect();
    Some(Multipart { struct_type: def.id, parts, additional: body.additional.is_some() })
}

/// Named types that travel as parameter text (path, query, header, multipart text parts).
fn param_text_types(types: &TypeSpace, operations: &[Operation]) -> HashSet<TypeId> {
    fn collect(types: &TypeSpace, ty: &TypeRef, into: &mut HashSet<TypeId>) {
        match ty {
            TypeRef::Named(id) => {
                if into.insert(*id) {
                    // Aliases stand for their target; checked lists repeat their items as text.
                    match &types.get(*id).kind {
                        TypeKind::Alias(inner) => collect(types, inner, into),
                        TypeKind::Collection(list) => collect(types, &list.item, into),
                        _ => {}
                    }
                }
            }
            TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Boxed(inner) | TypeRef::Nullable(inner) => collect(types, inner, into),
            TypeRef::Primitive(_) | TypeRef::Any => {}
        }
    }
    let mut ids = HashSet::new();
    for op in operations {
        for param in op.path_params.iter().chain(&op.query_params).chain(&op.header_params) {
            collect(types, &param.ty, &mut ids);
        }
        let Some(body) = &op.body else { continue };
        let Some(multipart) = &body.multipart else { continue };
        let TypeKind::Struct(fields) = &types.get(multipart.struct_type).kind else { continue };
        for (field, part) in fields.fields.iter().zip(&multipart.parts) {
            if part.kind == PartKind::Text {
                collect(types, &field.ty, &mut ids);
            }
        }
    }
    ids
}

fn needs(types: &TypeSpace, operations: &[Operation]) -> Needs {
    fn primitives(ty: &TypeRef, needs: &mut Needs) {
        match ty {
            TypeRef::Primitive(p) => note_dependency(*p, needs),
            TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Boxed(inner) | TypeRef::Nullable(inner) => primitives(inner, needs),
            TypeRef::Named(_) | TypeRef::Any => {}
        }
    }
    let mut needs = Needs::default();
    for def in types {
        match &def.kind {
            TypeKind::Struct(s) => {
                s.fields.iter().for_each(|f| primitives(&f.ty, &mut needs));
                if let Some(extra) = &s.additional {
                    primitives(extra, &mut needs);
                }
                needs.tri_state |= s.fields.iter().any(Field::is_tri_state);
                needs.strict_fields |= s.fields.iter().any(|f| f.refuses_null() || f.must_be_present());
            }
            TypeKind::Union(u) => u.variants.iter().for_each(|v| primitives(&v.ty, &mut needs)),
            TypeKind::Alias(ty) => primitives(ty, &mut needs),
            TypeKind::Constrained(c) => {
                note_dependency(c.base, &mut needs);
                needs.regex |= c.rules.iter().any(|r| matches!(r, Rule::Pattern { .. }));
                if c.base.is_string() {
                    needs.constrained_strings = true;
                } else {
                    needs.constrained_numbers = true;
                }
            }
            TypeKind::Collection(c) => primitives(&c.item, &mut needs),
            TypeKind::StringEnum(e) => {
                needs.enums = true;
                needs.open_enums |= e.open;
            }
        }
    }
    for op in operations {
        op.path_params.iter().chain(&op.query_params).chain(&op.header_params).for_each(|p| primitives(&p.ty, &mut needs));
        op.responses.iter().filter_map(|r| r.body.as_ref()).for_each(|ty| primitives(ty, &mut needs));
        if let Some(body) = &op.body {
            primitives(&body.ty, &mut needs);
            needs.request_bodies = true;
            needs.form |= body.accepted.iter().any(|a| a.media == BodyMedia::Form);
            needs.multipart |= body.media == BodyMedia::Multipart;
        }
    }
    needs
}
