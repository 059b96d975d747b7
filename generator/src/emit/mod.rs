//! Stage 3: IR to tokens. One function per construct; no emitter looks at the OpenAPI document.

mod cargo;
mod client;
mod models;
mod server;

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use crate::Settings;
use crate::ir::{Ir, Primitive, TypeKind, TypeRef, naming};

/// One file of the generated crate, before formatting.
pub enum Emitted {
    Rust(TokenStream),
    Text(String),
}

/// The files of a generated crate, in a fixed order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CrateFile {
    Manifest,
    Lib,
    Models,
    Client,
    Server,
}

impl CrateFile {
    pub const ALL: [CrateFile; 5] = [Self::Manifest, Self::Lib, Self::Models, Self::Client, Self::Server];

    /// Whether the crate has this file, given the parts the user asked for.
    pub fn wanted(self, parts: crate::Parts) -> bool {
        match self {
            Self::Manifest | Self::Lib | Self::Models => true,
            Self::Client => parts.client,
            Self::Server => parts.server,
        }
    }

    /// The path relative to the crate root.
    pub fn path(self) -> &'static str {
        match self {
            Self::Manifest => "Cargo.toml",
            Self::Lib => "src/lib.rs",
            Self::Models => "src/models.rs",
            Self::Client => "src/client.rs",
            Self::Server => "src/server.rs",
        }
    }
}

/// One file of the crate. Files are independent, so callers may emit them in parallel.
pub fn emit_file(ir: &Ir, settings: &Settings, uses: &Uses, file: CrateFile) -> Emitted {
    match file {
        CrateFile::Manifest => Emitted::Text(cargo::manifest(ir, settings, uses)),
        CrateFile::Lib => Emitted::Rust(lib_rs(ir, settings.parts)),
        CrateFile::Models => Emitted::Rust(models::models(ir, settings, uses)),
        CrateFile::Client => Emitted::Rust(client::client(ir)),
        CrateFile::Server => Emitted::Rust(server::server(ir)),
    }
}

/// Which optional crates the generated code needs.
#[derive(Debug, Default, Clone, Copy)]
pub struct Uses {
    pub uuid: bool,
    pub chrono: bool,
    pub regex: bool,
    /// `application/x-www-form-urlencoded` request bodies.
    pub form: bool,
    /// `multipart/form-data` request bodies.
    pub multipart: bool,
}

impl Uses {
    pub fn of(ir: &Ir) -> Self {
        let mut uses = Uses::default();
        let mut visit = |ty: &TypeRef| visit_primitives(ty, &mut |p| match p {
            Primitive::Uuid => uses.uuid = true,
            Primitive::DateTime | Primitive::Date => uses.chrono = true,
            _ => {}
        });
        for def in &ir.types {
            match &def.kind {
                TypeKind::Struct(s) => {
                    s.fields.iter().for_each(|f| visit(&f.ty));
                    if let Some(extra) = &s.additional {
                        visit(extra);
                    }
                }
                TypeKind::Union(u) => u.variants.iter().for_each(|v| visit(&v.ty)),
                TypeKind::Alias(ty) => visit(ty),
                TypeKind::Constrained(c) => visit(&TypeRef::Primitive(c.base)),
                TypeKind::Collection(c) => visit(&c.item),
                TypeKind::StringEnum(_) => {}
            }
        }
        for op in &ir.operations {
            op.path_params.iter().chain(&op.query_params).chain(&op.header_params).for_each(|p| visit(&p.ty));
            op.body.iter().for_each(|b| visit(&b.ty));
            op.responses.iter().filter_map(|r| r.body.as_ref()).for_each(&mut visit);
        }
        let medias = || ir.operations.iter().filter_map(|op| op.body.as_ref()).map(|b| &b.media);
        uses.form = medias().any(|m| *m == crate::ir::BodyMedia::Form);
        uses.multipart = medias().any(|m| *m == crate::ir::BodyMedia::Multipart);
        uses.regex = ir.types.iter().any(|t| {
            matches!(&t.kind, TypeKind::Constrained(c) if c.rules.iter().any(|r| matches!(r, crate::ir::Rule::Pattern { .. })))
        });
        uses
    }
}

fn visit_primitives(ty: &TypeRef, f: &mut impl FnMut(Primitive)) {
    match ty {
        TypeRef::Primitive(p) => f(*p),
        TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Boxed(inner) | TypeRef::Nullable(inner) => visit_primitives(inner, f),
        TypeRef::Named(_) | TypeRef::Any => {}
    }
}

/// Names and doc text come from the spec; these lints judge them, not the generated code.
fn spec_lints() -> Vec<TokenStream> {
    vec![
        quote!(clippy::doc_lazy_continuation),
        quote!(clippy::doc_overindented_list_items),
        quote!(clippy::tabs_in_doc_comments),
        quote!(clippy::enum_variant_names),
        quote!(clippy::should_implement_trait),
        quote!(clippy::wrong_self_convention),
        quote!(clippy::len_without_is_empty),
        quote!(clippy::too_many_arguments),
        quote!(clippy::large_enum_variant),
    ]
}

fn lib_rs(ir: &Ir, parts: crate::Parts) -> TokenStream {
    let allowed = spec_lints();
    let contents = match (parts.client, parts.server) {
        (true, true) => "models, an async client and server stubs",
        (true, false) => "models and an async client",
        (false, true) => "models and server stubs",
        (false, false) => "models",
    };
    let title = format!(" {} {}: {contents}.", ir.api.title, ir.api.version);
    let description = ir.api.description.as_deref().map(|d| doc_lines(d, true)).unwrap_or_default();
    let client = parts.client.then(|| quote!(#[cfg(feature = "client")] pub mod client;));
    let server = parts.server.then(|| quote!(#[cfg(feature = "server")] pub mod server;));
    quote! {
        #![doc = #title]
        #![doc = ""]
        #description
        #![doc = ""]
        #![doc = " Generated by oagen from the API's OpenAPI description: do not edit by hand, regenerate."]
        #![allow(#(#allowed),*)]

        pub mod models;
        #client
        #server
    }
}

/// The whole API as one Rust file of modules (`models`, `client`, `server`), for `build.rs` users
/// to `include!` from `OUT_DIR`. The including crate provides the dependencies.
pub fn emit_module(ir: &Ir, settings: &Settings) -> Emitted {
    let uses = Uses::of(ir);
    let models = models::models(ir, settings, &uses);
    // Included into a private module, whatever the user does not call would be dead code.
    let allowed = spec_lints();
    let allow = quote!(#[allow(dead_code, unused_imports, #(#allowed),*)]);
    let client = settings.parts.client.then(|| {
        let client = client::client(ir);
        quote!(#allow pub mod client { #client })
    });
    let server = settings.parts.server.then(|| {
        let server = server::server(ir);
        quote!(#allow pub mod server { #server })
    });
    Emitted::Rust(quote! {
        #allow
        pub mod models {
            #models
        }

        #client
        #server
    })
}

/// `#[doc = "..."]` attributes, one per line (`inner` for `//!`).
pub fn doc_lines(text: &str, inner: bool) -> TokenStream {
    let lines = text.replace("\r\n", "\n").replace('\r', "\n").replace('\t', "    ");
    let attrs = lines.lines().map(|line| {
        let line = if line.is_empty() { String::new() } else { format!(" {}", line.trim_end()) };
        if inner { quote!(#![doc = #line]) } else { quote!(#[doc = #line]) }
    });
    quote!(#(#attrs)*)
}

/// Doc attributes for an optional text.
pub fn doc(text: Option<&str>) -> TokenStream {
    text.map(|t| doc_lines(t, false)).unwrap_or_default()
}

/// An identifier, raw when it is a keyword.
pub fn ident(name: &str) -> Ident {
    if naming::is_keyword(name) { Ident::new_raw(name, Span::call_site()) } else { format_ident!("{}", name) }
}

/// The Rust type for a type use, as seen from any module of the crate (models are imported).
pub fn rust_type(ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::Primitive(p) => primitive(*p),
        TypeRef::Named(name) => {
            let name = ident(name);
            quote!(#name)
        }
        TypeRef::Vec(inner) => {
            let inner = rust_type(inner);
            quote!(Vec<#inner>)
        }
        TypeRef::Map(inner) => {
            let inner = rust_type(inner);
            quote!(std::collections::BTreeMap<String, #inner>)
        }
        TypeRef::Any => quote!(serde_json::Value),
        TypeRef::Boxed(inner) => {
            let inner = rust_type(inner);
            quote!(Box<#inner>)
        }
        TypeRef::Nullable(inner) => {
            let inner = rust_type(inner);
            quote!(Option<#inner>)
        }
    }
}

pub fn primitive(p: Primitive) -> TokenStream {
    match p {
        Primitive::String => quote!(String),
        Primitive::Bool => quote!(bool),
        Primitive::I32 => quote!(i32),
        Primitive::I64 => quote!(i64),
        Primitive::F32 => quote!(f32),
        Primitive::F64 => quote!(f64),
        Primitive::Uuid => quote!(uuid::Uuid),
        Primitive::DateTime => quote!(chrono::DateTime<chrono::Utc>),
        Primitive::Date => quote!(chrono::NaiveDate),
        Primitive::Binary => quote!(Vec<u8>),
    }
}

/// The type of a parameter as a function argument: borrowed, and `&str` for strings.
pub fn borrowed_type(ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::Primitive(Primitive::String) => quote!(&str),
        other => {
            let ty = rust_type(other);
            quote!(&#ty)
        }
    }
}

/// How one property of a multipart body travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    /// A file part: the bytes as they are.
    File,
    /// A text part in the parameter text form (strings, numbers, enums).
    Text,
    /// A text part holding JSON (objects, lists).
    Json,
}

/// The type a use stands for once aliases are followed.
fn unalias<'a>(ir: &'a Ir, ty: &'a TypeRef) -> &'a TypeRef {
    let mut current = ty;
    // Bounded: alias chains in a spec are short, and a cycle must not hang the generator.
    for _ in 0..32 {
        let TypeRef::Named(name) = current else { break };
        match ir.types.iter().find(|t| &t.name == name).map(|t| &t.kind) {
            Some(TypeKind::Alias(next)) => current = next,
            _ => break,
        }
    }
    current
}

/// The type definition a type use names, following aliases.
pub fn resolve<'a>(ir: &'a Ir, ty: &'a TypeRef) -> Option<&'a crate::ir::TypeDef> {
    match unalias(ir, ty) {
        TypeRef::Named(name) => ir.types.iter().find(|t| &t.name == name),
        _ => None,
    }
}

pub fn part_kind(ir: &Ir, ty: &TypeRef) -> PartKind {
    match unalias(ir, ty) {
        TypeRef::Primitive(Primitive::Binary) => PartKind::File,
        TypeRef::Primitive(_) => PartKind::Text,
        named @ TypeRef::Named(_) => match resolve(ir, named).map(|d| &d.kind) {
            Some(TypeKind::StringEnum(_) | TypeKind::Constrained(_)) => PartKind::Text,
            _ => PartKind::Json,
        },
        _ => PartKind::Json,
    }
}

/// The fields of the struct a type use names, if it names one.
pub fn struct_fields<'a>(ir: &'a Ir, ty: &'a TypeRef) -> Option<&'a [crate::ir::Field]> {
    match resolve(ir, ty).map(|d| &d.kind) {
        Some(TypeKind::Struct(s)) => Some(&s.fields),
        _ => None,
    }
}

/// Named types that travel as parameter text (path, query, header, multipart text parts) and so
/// need `ParamValue`; the others skip it, which keeps large crates smaller to compile.
pub fn param_types(ir: &Ir) -> std::collections::HashSet<String> {
    fn collect(ir: &Ir, ty: &TypeRef, into: &mut std::collections::HashSet<String>) {
        match ty {
            TypeRef::Named(name) => {
                if into.insert(name.clone()) {
                    // Aliases stand for their target; checked lists repeat their items as text.
                    match ir.types.iter().find(|t| &t.name == name).map(|t| &t.kind) {
                        Some(TypeKind::Alias(inner)) => collect(ir, inner, into),
                        Some(TypeKind::Collection(list)) => collect(ir, &list.item, into),
                        _ => {}
                    }
                }
            }
            TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Boxed(inner) | TypeRef::Nullable(inner) => collect(ir, inner, into),
            TypeRef::Primitive(_) | TypeRef::Any => {}
        }
    }
    let mut names = std::collections::HashSet::new();
    for op in &ir.operations {
        for param in op.path_params.iter().chain(&op.query_params).chain(&op.header_params) {
            collect(ir, &param.ty, &mut names);
        }
        if let Some(body) = op.body.as_ref().filter(|b| b.media == crate::ir::BodyMedia::Multipart) {
            for field in struct_fields(ir, &body.ty).into_iter().flatten() {
                if part_kind(ir, &field.ty) == PartKind::Text {
                    collect(ir, &field.ty, &mut names);
                }
            }
        }
    }
    names
}

/// How a query parameter's value is laid out: lists repeat the parameter once per item (`form`,
/// exploded, OpenAPI's default); a list with size rules is built through its constructor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryShape {
    Single,
    List,
    CheckedList,
}

pub fn query_shape(ir: &Ir, ty: &TypeRef) -> QueryShape {
    match unalias(ir, ty) {
        TypeRef::Vec(_) => QueryShape::List,
        named @ TypeRef::Named(_) => match resolve(ir, named).map(|d| &d.kind) {
            Some(TypeKind::Collection(c)) if c.kind == crate::ir::CollectionKind::List => QueryShape::CheckedList,
            _ => QueryShape::Single,
        },
        _ => QueryShape::Single,
    }
}
