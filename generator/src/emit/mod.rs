//! Stage 3: IR to tokens. One function per construct; no emitter looks at the OpenAPI document.

mod cargo;
mod doc;
mod client;
mod features;
mod models;
mod request;
mod server;
mod structs;
pub(crate) mod support;

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use crate::Settings;
pub use doc::{doc, doc_lines};
pub(crate) use features::gate_file;
use crate::ir::{Ir, Primitive, TypeRef, naming};

/// One file of the generated crate, before formatting.
pub enum Emitted<'a> {
    Rust(Vec<Part<'a>>),
    Text(String),
}

/// Makes the tokens of one item when called. Token streams cannot cross threads, so the
/// formatter calls these on its worker threads and drops each item's tokens once it is printed:
/// no file is ever held whole as tokens.
pub type Make<'a> = Box<dyn Fn() -> TokenStream + Send + Sync + 'a>;

/// A piece of a Rust file: one or more top-level items, or a block (`impl`, `trait`, `mod`) whose
/// members are made and formatted one by one (a client's `impl Client` holds every operation).
/// Items and members may carry a `#[cfg]` condition ([`Cfg`]), which the formatter puts on each
/// item of theirs while it has them parsed.
pub enum Part<'a> {
    Items { make: Make<'a>, cfg: Option<Cfg> },
    Block { kind: BlockKind, header: Make<'a>, members: Vec<Member<'a>> },
}

/// One member of a block: its maker, and the condition on each item it makes.
pub struct Member<'a> {
    pub make: Make<'a>,
    pub cfg: Option<Cfg>,
}

/// A `#[cfg(...)]` condition: the Cargo features any of which compiles the item (`tag-pets`).
/// Plain data, unlike tokens, so it can cross to the formatter's threads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cfg {
    pub features: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// An inherent `impl`: a split file may spread its members over several blocks.
    Impl,
    Trait,
    Mod,
}

impl BlockKind {
    /// `members` inside a stand-in block of this kind, so they parse (and print) as they would
    /// in the real block.
    pub fn stand_in(self, members: &TokenStream) -> TokenStream {
        match self {
            BlockKind::Impl => quote!(impl Oagen { #members }),
            BlockKind::Trait => quote!(trait Oagen { #members }),
            BlockKind::Mod => quote!(mod oagen { #members }),
        }
    }
}

impl Part<'_> {
    /// The part as one token stream: the header (`impl Client`) followed by its members in braces.
    pub fn tokens(&self) -> TokenStream {
        match self {
            Part::Items { make, cfg } => features::gate_tokens(cfg.as_ref(), make(), None),
            Part::Block { kind, header, members } => {
                let header = header();
                let members = members.iter().map(|member| member.tokens(*kind));
                quote!(#header { #(#members)* })
            }
        }
    }
}

impl Member<'_> {
    /// The member's tokens, with its condition on each of its items.
    pub fn tokens(&self, kind: BlockKind) -> TokenStream {
        features::gate_tokens(self.cfg.as_ref(), (self.make)(), Some(kind))
    }
}

/// Items made by `make`.
pub fn items<'a>(make: impl Fn() -> TokenStream + Send + Sync + 'a) -> Part<'a> {
    Part::Items { make: Box::new(make), cfg: None }
}

/// Items made by `make`, each compiled only when `cfg` holds (none: always).
pub fn gated_items<'a>(cfg: Option<Cfg>, make: impl Fn() -> TokenStream + Send + Sync + 'a) -> Part<'a> {
    Part::Items { make: Box::new(make), cfg }
}

/// A block with the header `make` returns and its members.
pub fn block<'a>(kind: BlockKind, header: impl Fn() -> TokenStream + Send + Sync + 'a, members: Vec<Member<'a>>) -> Part<'a> {
    Part::Block { kind, header: Box::new(header), members }
}

/// A member of a block, made by `make`.
pub fn member<'a>(make: impl Fn() -> TokenStream + Send + Sync + 'a) -> Member<'a> {
    Member { make: Box::new(make), cfg: None }
}

/// A member of a block whose items are each compiled only when `cfg` holds (none: always).
pub fn gated_member<'a>(cfg: Option<Cfg>, make: impl Fn() -> TokenStream + Send + Sync + 'a) -> Member<'a> {
    Member { make: Box::new(make), cfg }
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
pub fn emit_file<'a>(ir: &'a Ir, settings: &'a Settings, file: CrateFile) -> Emitted<'a> {
    let uses = &ir.needs;
    match file {
        CrateFile::Manifest => Emitted::Text(cargo::manifest(ir, settings, uses)),
        CrateFile::Lib => Emitted::Rust(vec![items(move || lib_rs(ir, settings.parts))]),
        CrateFile::Models => Emitted::Rust(models::models(ir, settings, uses)),
        CrateFile::Client => Emitted::Rust(client::client(ir, true)),
        CrateFile::Server => Emitted::Rust(server::server(ir)),
    }
}

/// Which optional crates and support code the generated code needs, as lowering decided.
pub type Uses = crate::ir::Needs;

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
    // With only some tags' features on, support code only the others' operations use is unused.
    let some_tags = ir.tag_features.as_ref().map(|tags| {
        let all = &tags.all;
        quote!(#[cfg_attr(not(feature = #all), allow(dead_code, unused_imports))])
    });
    let client = parts.client.then(|| quote!(#[cfg(feature = "client")] #some_tags pub mod client;));
    let server = parts.server.then(|| quote!(#[cfg(feature = "server")] pub mod server;));
    quote! {
        #![doc = #title]
        #![doc = ""]
        #description
        #![doc = ""]
        #![doc = " Generated by oagen from the API's OpenAPI description: do not edit by hand, regenerate."]
        #![allow(#(#allowed),*)]

        #some_tags
        pub mod models;
        #client
        #server
    }
}

/// The whole API as one Rust file of modules (`models`, `client`, `server`), for `build.rs` users
/// to `include!` from `OUT_DIR`. The including crate provides the dependencies.
pub fn emit_module<'a>(ir: &'a Ir, settings: &'a Settings) -> Emitted<'a> {
    // Included into a private module, whatever the user does not call would be dead code.
    let module = |name: &'static str, parts: Vec<Part<'a>>| {
        let header = move || {
            let allowed = spec_lints();
            let name = format_ident!("{}", name);
            quote!(#[allow(dead_code, unused_imports, #(#allowed),*)] pub mod #name)
        };
        let members = parts.into_iter().map(|part| member(move || part.tokens())).collect();
        block(BlockKind::Mod, header, members)
    };
    let mut parts = vec![module("models", models::models(ir, settings, &ir.needs))];
    if settings.parts.client {
        parts.push(module("client", client::client(ir, false)));
    }
    if settings.parts.server {
        parts.push(module("server", server::server(ir)));
    }
    Emitted::Rust(parts)
}

/// An identifier, raw when it is a keyword.
pub fn ident(name: &str) -> Ident {
    if naming::is_keyword(name) { Ident::new_raw(name, Span::call_site()) } else { format_ident!("{}", name) }
}

/// The Rust type for a type use, as seen from any module of the crate (models are imported).
pub fn rust_type(ir: &Ir, ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::Primitive(p) => primitive(*p),
        TypeRef::Named(id) => {
            let name = ident(ir.types.name(*id));
            quote!(#name)
        }
        TypeRef::Vec(inner) => {
            let inner = rust_type(ir, inner);
            quote!(Vec<#inner>)
        }
        TypeRef::Map(inner) => {
            let inner = rust_type(ir, inner);
            quote!(std::collections::BTreeMap<String, #inner>)
        }
        TypeRef::Any => quote!(serde_json::Value),
        // Checked as a Rust type when the settings were read.
        TypeRef::External(path) => syn::parse_str::<syn::Type>(path).map_or_else(|_| quote!(serde_json::Value), |ty| quote!(#ty)),
        TypeRef::Boxed(inner) => {
            let inner = rust_type(ir, inner);
            quote!(Box<#inner>)
        }
        TypeRef::Nullable(inner) => {
            let inner = rust_type(ir, inner);
            quote!(Option<#inner>)
        }
    }
}

/// One arm per primitive: the Rust type each format of the spec becomes.
pub fn primitive(p: Primitive) -> TokenStream {
    match p {
        Primitive::String => quote!(String),
        Primitive::Bool => quote!(bool),
        Primitive::I8 => quote!(i8),
        Primitive::U8 => quote!(u8),
        Primitive::I16 => quote!(i16),
        Primitive::U16 => quote!(u16),
        Primitive::I32 => quote!(i32),
        Primitive::U32 => quote!(u32),
        Primitive::I64 => quote!(i64),
        Primitive::U64 => quote!(u64),
        Primitive::F32 => quote!(f32),
        Primitive::F64 => quote!(f64),
        Primitive::Uuid => quote!(uuid::Uuid),
        Primitive::DateTime => quote!(chrono::DateTime<chrono::Utc>),
        Primitive::Date => quote!(chrono::NaiveDate),
        Primitive::Binary => quote!(Vec<u8>),
        Primitive::Ipv4 => quote!(std::net::Ipv4Addr),
        Primitive::Ipv6 => quote!(std::net::Ipv6Addr),
    }
}

/// The type of a parameter as a function argument: borrowed for `lifetime`, and `&str` for strings.
pub fn borrowed_type(ir: &Ir, ty: &TypeRef, lifetime: &TokenStream) -> TokenStream {
    match ty {
        _ if is_text(ir, ty) => quote!(&#lifetime str),
        other => {
            let ty = rust_type(ir, other);
            quote!(&#lifetime #ty)
        }
    }
}

/// A plain string, or an alias of one (`Label = String`): borrowed as `&str`.
pub fn is_text(ir: &Ir, ty: &TypeRef) -> bool {
    *ir.types.unalias(ty) == TypeRef::Primitive(Primitive::String)
}

/// `#[derive(...)]` for a list decided in lowering (nothing when it is empty).
pub fn derive_attr(derives: &[crate::ir::Derive]) -> TokenStream {
    if derives.is_empty() {
        return TokenStream::new();
    }
    let names = derives.iter().filter_map(|d| syn::parse_str::<syn::Path>(d.as_str()).ok());
    quote!(#[derive(#(#names),*)])
}
