//! Lowering: the OpenAPI document in, the [`Ir`] out. Every decision about Rust shapes is made here.

use std::collections::HashMap;

use indexmap::IndexMap;
use openapiv3::OpenAPI;

use super::naming::{Scope, type_name};
use super::*;
use crate::error::{Error, SpecError, SpecErrorKind, SpecErrors, Warning, WarningKind};
use crate::load::Spec;
use crate::load::source_map::escape_token;

mod compose;
mod decide;
mod dedupe;
mod features;
mod graph;
mod http;
mod keywords;
mod operations;
mod schemas;
mod styles;
mod traits;

use graph::{box_recursive_fields, break_alias_cycles, close_request_only_enums};
pub(crate) use http::derived_operation_id;

/// Names the generated crate defines or uses unqualified (std's prelude, serde's derives, axum's
/// extractors), which schemas must not shadow.
const RESERVED_TYPE_NAMES: &[&str] = &[
    // oagen's own, defined in the emitters (the names of `generator/support/` are added from its files)
    "Api", "Value",
    // std's prelude and the derives
    "String", "Vec", "Option", "Box", "Result", "Ok", "Err", "Some", "None", "Default", "Clone", "Copy", "Debug", "Send",
    "Sync", "Sized", "From", "Into", "TryFrom", "TryInto", "Iterator", "Fn", "FnMut", "FnOnce", "Drop", "PartialEq", "Eq",
    "PartialOrd", "Ord", "Hash", "ToString", "ToOwned", "AsRef", "Serialize", "Deserialize",
    // server imports
    "Arc", "Bytes", "PathRejection", "Path", "RawQuery", "State", "HeaderMap", "StatusCode", "IntoResponse", "Response",
];

/// Method names of the generated client and server trait that operations must not take.
pub(super) const RESERVED_METHOD_NAMES: &[&str] = &[
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
    "send",
    "following",
    "with_header",
    "with_headers",
    "with_middleware_client",
];

/// Choices the user makes about the shape of the generated code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Every string enum keeps unknown values (`Unknown(String)`) instead of refusing them.
    pub enum_fallback: bool,
    /// Component schemas (by name) that a user-provided Rust type stands for, e.g. `DateTime` →
    /// `chrono::DateTime<chrono::Utc>`.
    pub type_replacements: std::collections::BTreeMap<String, String>,
    /// Derives (Rust paths) added to every generated model type that derives anything.
    pub extra_derives: Vec<String>,
    /// The client checks constraints on the responses it decodes.
    pub check_responses: bool,
    /// Detect pagination conventions and give those operations a stream method.
    pub pagination: bool,
    /// Generated files are split at about this many lines (0: never); a server trait that would
    /// be longer is declared one trait per tag.
    pub split_lines: usize,
    /// A Cargo feature per tag (see [`TagFeatures`]).
    pub tag_features: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            enum_fallback: false,
            type_replacements: Default::default(),
            extra_derives: Vec::new(),
            check_responses: true,
            pagination: true,
            split_lines: crate::DEFAULT_SPLIT_LINES,
            tag_features: false,
        }
    }
}

/// Lowers a loaded spec into the IR (on a thread with a deep stack: schemas nest).
pub fn lower(spec: &Spec, options: Options) -> Result<Ir, Error> {
    crate::with_deep_stack(|| lower_here(spec, options))
}

fn lower_here(spec: &Spec, options: Options) -> Result<Ir, Error> {
    let mut lowering = Lowering::new(spec, options.clone());
    lowering.components()?;
    let mut operations = lowering.operations()?;
    if let Some(errors) = SpecErrors::new(std::mem::take(&mut lowering.errors)) {
        return Err(Error::Spec(errors));
    }
    let server_traits = lowering.server_traits(&mut operations);
    let pointers: HashMap<TypeId, String> = lowering
        .components
        .iter()
        .map(|(key, id)| (*id, format!("/components/schemas/{}", escape_token(key))))
        .collect();
    let mut warnings = std::mem::take(&mut lowering.warnings);
    let (mut types, pointers) = lowering.slots.finish(&mut operations, &pointers);
    break_alias_cycles(&mut types, &pointers, &mut warnings);
    // Warnings name places in the document as written (a Swagger 2.0 document's own pointers).
    for warning in &mut warnings {
        warning.pointer = spec.original_pointer(&warning.pointer);
    }
    box_recursive_fields(&mut types);
    close_request_only_enums(&mut types, &operations);
    let components: std::collections::HashSet<TypeId> = pointers.keys().copied().collect();
    let (shared_types, shared_rules) = dedupe::merge_identical(&mut types, &components);
    let needs = decide::decide(&mut types, &mut operations, &options);
    let tag_features = options.tag_features.then(|| features::tag_features(&types, &mut operations));
    let check_responses = options.check_responses;
    warnings.extend(spec.warnings.iter().cloned());
    warnings.sort();
    warnings.dedup();
    let info = &spec.document.info;
    Ok(Ir {
        api: ApiInfo { title: info.title.clone(), version: info.version.clone(), description: info.description.clone() },
        types,
        operations,
        warnings,
        needs,
        check_responses,
        shared_types,
        shared_rules,
        server_traits,
        tag_features,
    })
}

/// How a schema asks to be named when it needs a type of its own.
#[derive(Clone)]
enum NameRequest {
    /// A component schema: its type is already claimed.
    Exact(TypeId, String),
    /// An inline schema: claim a fresh name from this hint.
    Fresh(String),
}

impl NameRequest {
    fn hint(&self) -> &str {
        match self {
            NameRequest::Exact(_, name) | NameRequest::Fresh(name) => name,
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

impl Lowered {
    /// Any JSON value: what a part that failed to lower stands for while lowering goes on.
    fn any() -> Self {
        Self { ty: TypeRef::Any, nullable: false, read_only: false, write_only: false, deprecated: false, doc: None }
    }
}

struct Lowering<'a> {
    spec: &'a Spec,
    options: Options,
    doc: &'a OpenAPI,
    type_names: Scope,
    /// Component schema key → its type.
    components: IndexMap<String, TypeId>,
    /// Component schemas marked `nullable`, so references to them are optional.
    nullable_components: HashMap<String, bool>,
    slots: Slots,
    warnings: Vec<Warning>,
    /// Problems found so far; lowering goes on past them so one run reports them all.
    errors: Vec<SpecError>,
    /// How many schemas deep the current lowering is.
    depth: usize,
    /// References outside `components/schemas` being lowered right now (local pointer → the type
    /// they become, when named), so one that refers back to itself names its type instead of
    /// nesting forever.
    nested_refs: HashMap<String, Option<TypeId>>,
}

/// Deeper than any real spec nests; shallow enough for the default stack.
const MAX_DEPTH: usize = 64;

impl<'a> Lowering<'a> {
    fn new(spec: &'a Spec, options: Options) -> Self {
        Self {
            spec,
            options,
            doc: &spec.document,
            // The support code's own names (`Number`, `StringRules`, ...) are read from its files.
            type_names: Scope::with_reserved(&RESERVED_TYPE_NAMES.iter().copied().chain(crate::emit::support::reserved_type_names()).collect::<Vec<_>>()),
            components: IndexMap::new(),
            nullable_components: HashMap::new(),
            slots: Slots::default(),
            warnings: Vec::new(),
            errors: Vec::new(),
            depth: 0,
            nested_refs: HashMap::new(),
        }
    }

    fn warn(&mut self, kind: WarningKind, pointer: &str, message: impl Into<String>) {
        self.warnings.push(Warning::new(kind, pointer, message));
    }

    /// A rule of the spec the generated code will not check: a warning, and counted as such.
    fn unenforced(&mut self, pointer: &str, message: impl Into<String>) {
        self.warnings.push(Warning::new(WarningKind::UnenforcedRule, pointer, message));
    }

    /// The value of `result`, or `None` with its error kept for the report.
    fn recover<T>(&mut self, result: Result<T, Error>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(Error::Spec(errors)) => {
                self.errors.extend(errors.errors().iter().cloned());
                None
            }
            // Lowering fails with spec errors only; anything else is kept as one, not lost.
            Err(other) => {
                self.errors.push(self.spec.error(SpecErrorKind::Invalid, "", other.to_string()));
                None
            }
        }
    }

    fn fail(&self, kind: SpecErrorKind, pointer: &str, message: impl Into<String>) -> Error {
        Error::from(self.spec.error(kind, pointer, message))
    }

    /// Claims a fresh type name from `hint` and a slot for its definition.
    fn claim_type(&mut self, hint: &str) -> (TypeId, String) {
        let name = self.type_names.claim(type_name(hint));
        (self.slots.claim(name.clone()), name)
    }

    /// The kind a type use names, if it names a type defined so far.
    fn kind_of(&self, ty: &TypeRef) -> Option<&TypeKind> {
        match ty {
            TypeRef::Named(id) => self.slots.kind(*id),
            _ => None,
        }
    }

    /// The type an alias (of an alias ...) defined so far stands for.
    fn unalias_lowered<'t>(&'t self, ty: &'t TypeRef) -> &'t TypeRef {
        let mut current = ty;
        for _ in 0..32 {
            match self.kind_of(current) {
                Some(TypeKind::Alias(next)) => current = next,
                _ => break,
            }
        }
        current
    }

    /// The Rust name of a claimed type.
    fn type_name_of(&self, id: TypeId) -> &str {
        self.slots.name(id)
    }
}

/// Types while lowering: names are claimed (components first) before their definitions exist,
/// and definitions arrive in the order they are finished, which is the order they are emitted in.
#[derive(Default)]
struct Slots {
    names: Vec<String>,
    defs: Vec<Option<(Option<String>, TypeKind)>>,
    order: Vec<TypeId>,
}

impl Slots {
    fn claim(&mut self, name: String) -> TypeId {
        self.names.push(name);
        self.defs.push(None);
        TypeId(self.names.len() - 1)
    }

    fn define(&mut self, id: TypeId, doc: Option<String>, kind: TypeKind) {
        if let Some(slot) = self.defs.get_mut(id.0) {
            if slot.is_none() {
                self.order.push(id);
            }
            *slot = Some((doc, kind));
        }
    }

    fn kind(&self, id: TypeId) -> Option<&TypeKind> {
        self.defs.get(id.0).and_then(Option::as_ref).map(|(_, kind)| kind)
    }

    fn name(&self, id: TypeId) -> &str {
        self.names.get(id.0).map_or("", String::as_str)
    }

    /// The finished type space, renumbered in definition order, with every type use in the types
    /// and operations rewritten to the new ids (a claimed type never defined becomes `Any`).
    fn finish(self, operations: &mut [Operation], pointers: &HashMap<TypeId, String>) -> (TypeSpace, HashMap<TypeId, String>) {
        let mut new_ids = vec![None; self.names.len()];
        for (position, old) in self.order.iter().enumerate() {
            new_ids[old.0] = Some(TypeId(position));
        }
        let remap = |ty: &mut TypeRef| remap_type(ty, &new_ids);
        let mut defs = Vec::with_capacity(self.order.len());
        let mut slots: Vec<Option<(Option<String>, TypeKind)>> = self.defs;
        for (position, old) in self.order.iter().enumerate() {
            let Some((doc, mut kind)) = slots[old.0].take() else { continue };
            each_type_in_kind(&mut kind, &mut |ty| remap(ty));
            let name = self.names[old.0].clone();
            defs.push(TypeDef { id: TypeId(position), name, doc, kind, derives: Vec::new(), param_text: false });
        }
        for op in operations {
            each_type_in_operation(op, &mut |ty| remap(ty));
        }
        let pointers = pointers.iter().filter_map(|(old, pointer)| Some((new_ids[old.0]?, pointer.clone()))).collect();
        (TypeSpace::new(defs), pointers)
    }
}

fn remap_type(ty: &mut TypeRef, new_ids: &[Option<TypeId>]) {
    match ty {
        TypeRef::Named(id) => match new_ids.get(id.0).copied().flatten() {
            Some(new) => *id = new,
            None => *ty = TypeRef::Any,
        },
        TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Boxed(inner) | TypeRef::Nullable(inner) => remap_type(inner, new_ids),
        TypeRef::Primitive(_) | TypeRef::Any | TypeRef::External(_) => {}
    }
}

/// Calls `f` on every type use a definition holds directly.
fn each_type_in_kind(kind: &mut TypeKind, f: &mut impl FnMut(&mut TypeRef)) {
    match kind {
        TypeKind::Struct(s) => {
            s.fields.iter_mut().for_each(|field| f(&mut field.ty));
            if let Some(additional) = &mut s.additional {
                f(additional);
            }
        }
        TypeKind::Union(u) => u.variants.iter_mut().for_each(|v| f(&mut v.ty)),
        TypeKind::Collection(c) => f(&mut c.item),
        TypeKind::Alias(ty) => f(ty),
        TypeKind::StringEnum(_) | TypeKind::Constrained(_) => {}
    }
}

/// Calls `f` on every type use an operation holds.
fn each_type_in_operation(op: &mut Operation, f: &mut impl FnMut(&mut TypeRef)) {
    op.path_params.iter_mut().chain(&mut op.query_params).chain(&mut op.header_params).chain(&mut op.cookie_params).for_each(|p| f(&mut p.ty));
    if let Some(body) = &mut op.body {
        f(&mut body.ty);
    }
    op.responses.iter_mut().filter_map(|r| r.body.as_mut()).for_each(&mut *f);
    if let Success::One(ty) = &mut op.success {
        f(ty);
    }
}

#[cfg(test)]
mod tests {
    use super::graph::strongly_connected;
    use super::http::{derived_operation_id, percent_decode, status_variant};
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
