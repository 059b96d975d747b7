//! The last pass of lowering: the facts emitters would otherwise work out by walking types —
//! derives, which types travel as parameter text, query shapes, multipart parts, and the crates
//! and support code the API needs.

use std::collections::HashSet;

use super::Options;
use crate::ir::formats::note_dependency;
use crate::ir::*;

/// Records every decision on `types` and `operations` and returns what the crate needs.
pub(super) fn decide(types: &mut TypeSpace, operations: &mut [Operation], options: &Options) -> Needs {
    for def in types.iter_mut() {
        def.derives = derives(&def.kind);
        // The user's derives go on every type that derives anything (aliases and constrained values
        // derive nothing of their own).
        if !def.derives.is_empty() {
            for extra in &options.extra_derives {
                if !def.derives.iter().any(|d| d.as_str() == extra) {
                    def.derives.push(Derive::Extra(extra.clone()));
                }
            }
        }
    }
    for op in operations.iter_mut() {
        for param in op.query_params.iter_mut().chain(&mut op.cookie_params) {
            param.shape = query_shape(types, param);
        }
        let params: Vec<&Param> = op.query_params.iter().chain(&op.header_params).chain(&op.cookie_params).collect();
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
    if options.pagination {
        let mut methods = crate::ir::naming::Scope::with_reserved(super::RESERVED_METHOD_NAMES);
        for op in operations.iter() {
            methods.claim(op.name.clone());
            methods.claim(op.response_method.clone());
            if let Some(method) = &op.content_type_method {
                methods.claim(method.clone());
            }
            if let Some(choice) = &op.accept_choice {
                methods.claim(choice.method.clone());
            }
        }
        for op in operations.iter_mut() {
            if let Some((items_field, item, style)) = pagination(types, op) {
                let method = methods.claim(format!("{}_stream", op.name));
                op.pagination = Some(Pagination { method, items_field, item, style });
            }
        }
    }
    let mut param_text: Vec<TypeId> = param_text_types(types, operations).into_iter().collect();
    param_text.sort();
    // A replaced schema's alias carries the `ParamValue` impl of the user's type, once per type.
    let mut external = HashSet::new();
    for id in param_text {
        let def = types.get_mut(id);
        if let TypeKind::Alias(TypeRef::External(path)) = &def.kind {
            if has_support_param_text(path) || !external.insert(path.clone()) {
                continue;
            }
        }
        def.param_text = true;
    }
    needs(types, operations)
}

/// What a type derives; the rest of its traits are written out by the emitter.
fn derives(kind: &TypeKind) -> Vec<Derive> {
    use Derive::*;
    match kind {
        // `Default` only where every field may be absent: a default for a required field would be a lie.
        // A struct's `Deserialize` is written out: it reads fields through shared generic helpers,
        // which compiles far quicker than the derive's per-field `deserialize_with` wrappers.
        TypeKind::Struct(s) if s.fields.iter().all(|f| !f.required) => vec![Debug, Clone, PartialEq, Default, Serialize],
        TypeKind::Struct(_) => vec![Debug, Clone, PartialEq, Serialize],
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

/// How a query or cookie parameter is laid out, from its style and its type.
fn query_shape(types: &TypeSpace, param: &Param) -> QueryShape {
    let delimiter = match param.style {
        ParamStyle::FormUnexploded => Some(','),
        ParamStyle::SpaceDelimited => Some(' '),
        ParamStyle::PipeDelimited => Some('|'),
        ParamStyle::Form | ParamStyle::DeepObject | ParamStyle::Json => None,
    };
    match (list_shape(types, &param.ty), delimiter) {
        (Some(QueryShape::CheckedList), Some(delimiter)) => QueryShape::Delimited { delimiter, checked: true },
        (Some(_), Some(delimiter)) => QueryShape::Delimited { delimiter, checked: false },
        (Some(list), None) => list,
        (None, _) => match param.style {
            ParamStyle::Form | ParamStyle::FormUnexploded | ParamStyle::DeepObject => {
                query_object(types, param).map_or(QueryShape::Single, QueryShape::Object)
            }
            _ => QueryShape::Single,
        },
    }
}

/// `List` or `CheckedList` for a list type (aliases followed).
fn list_shape(types: &TypeSpace, ty: &TypeRef) -> Option<QueryShape> {
    match types.unalias(ty) {
        TypeRef::Vec(_) => Some(QueryShape::List),
        named @ TypeRef::Named(_) => match types.resolve(named).map(|d| &d.kind) {
            Some(TypeKind::Collection(c)) if c.kind == CollectionKind::List => Some(QueryShape::CheckedList),
            _ => None,
        },
        _ => None,
    }
}

/// An object parameter's properties, each with the key of its pairs.
fn query_object(types: &TypeSpace, param: &Param) -> Option<QueryObject> {
    let def = types.resolve(&param.ty)?;
    let TypeKind::Struct(object) = &def.kind else { return None };
    let fields = object
        .fields
        .iter()
        .map(|field| QueryObjectField {
            field: field.name.clone(),
            key: if param.style == ParamStyle::DeepObject {
                format!("{}[{}]", param.wire_name, field.wire_name)
            } else {
                field.wire_name.clone()
            },
            ty: field.ty.clone(),
            presence: if field.is_tri_state() {
                Presence::TriState
            } else if field.is_optional() {
                Presence::Optional
            } else {
                Presence::Required
            },
            shape: list_shape(types, &field.ty).unwrap_or(QueryShape::Single),
        })
        .collect();
    let packed = param.style == ParamStyle::FormUnexploded;
    Some(QueryObject { struct_type: def.id, fields, additional: object.additional.is_some(), packed })
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
            TypeRef::Primitive(_) | TypeRef::Any | TypeRef::External(_) => {}
        }
    }
    let mut ids = HashSet::new();
    for op in operations {
        for param in op.path_params.iter().chain(&op.query_params).chain(&op.header_params).chain(&op.cookie_params) {
            // An object laid out property by property travels as its properties' text.
            match (&param.shape, types.resolve(&param.ty).map(|d| &d.kind)) {
                (QueryShape::Object(_), Some(TypeKind::Struct(object))) => object.fields.iter().for_each(|f| collect(types, &f.ty, &mut ids)),
                _ => collect(types, &param.ty, &mut ids),
            }
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
            TypeRef::External(path) => note_external_dependency(path, needs),
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
                needs.structs = true;
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
        op.path_params.iter().chain(&op.query_params).chain(&op.header_params).chain(&op.cookie_params).for_each(|p| primitives(&p.ty, &mut needs));
        needs.cookies |= !op.cookie_params.is_empty();
        for param in op.query_params.iter().chain(&op.header_params).chain(&op.cookie_params) {
            needs.optional_params |= param.optional_push() == Some(OptionalPush::Set);
            needs.optional_lists |= param.optional_push() == Some(OptionalPush::Each);
        }
        op.responses.iter().filter_map(|r| r.body.as_ref()).for_each(|ty| primitives(ty, &mut needs));
        if let Some(body) = &op.body {
            primitives(&body.ty, &mut needs);
            needs.request_bodies = true;
            needs.form |= body.accepted.iter().any(|a| a.media == BodyMedia::Form);
            needs.multipart |= body.media == BodyMedia::Multipart;
            // The client encodes the body in every media type it offers.
            let offered = body.offered();
            needs.json_requests |= body.media == BodyMedia::Json || offered.iter().any(|a| a.media == BodyMedia::Json);
            needs.form_requests |= body.media == BodyMedia::Form || offered.iter().any(|a| a.media == BodyMedia::Form);
            needs.text_bodies |= body.accepted.iter().any(|a| matches!(a.media, BodyMedia::Text { .. }));
            needs.binary_bodies |= body.accepted.iter().any(|a| matches!(a.media, BodyMedia::Binary { .. }));
        }
        needs.json_responses |= op.responses.iter().any(|r| r.body.is_some() && r.media == BodyMedia::Json);
        needs.json_errors |= op.responses.iter().any(|r| r.is_json_error());
        needs.chosen_statuses |= op.responses.iter().any(|r| !matches!(r.status, Status::Code(_)));
        needs.unexpected_statuses |= op.responses.iter().all(|r| r.status != Status::Default);
        for scheme in &op.auth {
            match scheme {
                AuthScheme::Bearer => needs.bearer = true,
                AuthScheme::Basic => needs.basic = true,
                AuthScheme::ApiKey { .. } => needs.api_key = true,
            }
        }
        if let Some(pagination) = &op.pagination {
            needs.pagination = true;
            needs.page_numbers |= matches!(pagination.style, PageStyle::PageNumber { .. });
            needs.next_links |= matches!(pagination.style, PageStyle::NextLink { .. });
        }
    }
    needs
}

/// A replacement type from a crate the generated code already knows brings that dependency along.
fn note_external_dependency(path: &str, needs: &mut Needs) {
    let root = path.trim_start_matches("::").split("::").next().unwrap_or_default();
    match root {
        "uuid" => needs.uuid = true,
        "chrono" => needs.chrono = true,
        _ => {}
    }
}

/// Types whose parameter text the support code already provides (`generator/support/models/`),
/// which a replacement must not implement a second time.
fn has_support_param_text(path: &str) -> bool {
    const PROVIDED: &[&str] = &[
        "String", "bool", "i32", "i64", "f32", "f64", "serde_json::Value", "uuid::Uuid", "chrono::DateTime<chrono::Utc>",
        "chrono::NaiveDate", "std::net::Ipv4Addr", "std::net::Ipv6Addr",
    ];
    const CONTAINERS: &[&str] = &["Vec<", "Option<", "Box<", "std::collections::BTreeMap<"];
    let path: String = path.trim_start_matches("::").chars().filter(|c| !c.is_whitespace()).collect();
    PROVIDED.contains(&path.as_str()) || CONTAINERS.iter().any(|c| path.starts_with(c))
}

/// The pagination convention an operation follows, if one is detectable (the README states the
/// rule): a GET without path parameters or body whose success body is an object with a list of items (`results`, `items` or
/// `data`) and
/// - an optional integer query parameter `page` with a number `pagination.next` (or `next_page`)
///   in the body, `0` or absent on the last page (authentik, drf-spectacular's page numbers); or
/// - an optional string query parameter `cursor` (or `page_token`, `after`) with a string
///   `next_cursor` (or `next_page_token`, `pagination.next_cursor`) in the body; or
/// - a string `next` (or `next_url`, `links.next`, `pagination.next`) in the body: a link to the
///   next page (Django REST framework, JSON:API).
fn pagination(types: &TypeSpace, op: &Operation) -> Option<(String, TypeRef, PageStyle)> {
    // The stream method takes the params struct only.
    if op.method != Method::Get || !op.path_params.is_empty() || op.body.is_some() {
        return None;
    }
    let Success::One(body) = &op.success else { return None };
    let fields = struct_fields(types, body)?;
    let (items_field, item) = ["results", "items", "data"].iter().find_map(|wire| {
        let field = fields.iter().find(|f| f.wire_name == *wire && !f.is_optional())?;
        match types.unalias(&field.ty) {
            TypeRef::Vec(item) => Some((field.name.clone(), (**item).clone())),
            _ => None,
        }
    })?;
    let query = |wires: &[&str], want: &dyn Fn(Primitive) -> bool| {
        op.query_params.iter().find_map(|p| match types.unalias(&p.ty) {
            TypeRef::Primitive(prim) if !p.required && wires.contains(&p.wire_name.as_str()) && want(*prim) => Some((p.name.clone(), *prim)),
            _ => None,
        })
    };
    if let Some((param, param_type)) = query(&["page"], &|p| p.is_integer()) {
        let numeric = |p: Primitive| p.is_integer() || matches!(p, Primitive::F32 | Primitive::F64);
        let paths: [&[&str]; 2] = [&["pagination", "next"], &["next_page"]];
        if let Some((next, next_type, next_optional)) = paths.iter().find_map(|path| field_path(types, fields, path, &numeric)) {
            return Some((items_field, item, PageStyle::PageNumber { param, param_type, next, next_type, next_optional }));
        }
    }
    if let Some((param, _)) = query(&["cursor", "page_token", "after"], &|p| p == Primitive::String) {
        let paths: [&[&str]; 3] = [&["next_cursor"], &["next_page_token"], &["pagination", "next_cursor"]];
        if let Some((next, _, next_optional)) = paths.iter().find_map(|path| field_path(types, fields, path, &|p| p == Primitive::String)) {
            return Some((items_field, item, PageStyle::Cursor { param, next, next_optional }));
        }
    }
    let paths: [&[&str]; 4] = [&["next"], &["next_url"], &["links", "next"], &["pagination", "next"]];
    if let Some((next, _, next_optional)) = paths.iter().find_map(|path| field_path(types, fields, path, &|p| p == Primitive::String)) {
        return Some((items_field, item, PageStyle::NextLink { next, next_optional }));
    }
    None
}

/// The fields of the struct `ty` names (aliases followed).
fn struct_fields<'t>(types: &'t TypeSpace, ty: &'t TypeRef) -> Option<&'t [Field]> {
    match &types.resolve(types.unalias(ty))?.kind {
        TypeKind::Struct(s) => Some(&s.fields),
        _ => None,
    }
}

/// Follows `path` (wire names) through nested required structs to a primitive field: its Rust
/// path, its type, and whether the last field is optional.
fn field_path(types: &TypeSpace, fields: &[Field], path: &[&str], want: &dyn Fn(Primitive) -> bool) -> Option<(Vec<String>, Primitive, bool)> {
    let (first, rest) = path.split_first()?;
    let field = fields.iter().find(|f| f.wire_name == *first)?;
    if rest.is_empty() {
        // A plain `Option` only: `Option<Option<T>>` and nullable wrappers are left alone.
        if field.is_tri_state() {
            return None;
        }
        return match types.unalias(&field.ty) {
            TypeRef::Primitive(p) if want(*p) => Some((vec![field.name.clone()], *p, field.is_optional())),
            _ => None,
        };
    }
    if field.is_optional() {
        return None;
    }
    let (mut names, prim, optional) = field_path(types, struct_fields(types, &field.ty)?, rest, want)?;
    names.insert(0, field.name.clone());
    Some((names, prim, optional))
}
