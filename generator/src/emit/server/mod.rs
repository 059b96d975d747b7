//! `server.rs`: a trait with one async method per operation, typed responses, and an axum router
//! that authenticates, parses and validates each request before the trait sees it. The response
//! enums are in [`responses`], each operation's handler and request parser in [`requests`].

mod requests;
mod responses;

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::client::{Schemes, auth_schemes};
use super::{BlockKind, Part, block, doc, ident, items, member, rust_type};
use crate::ir::{Ir, Method, Operation, Status};
use super::support::Piece;
use requests::handler;
use responses::{axum_status_name, response_enum};

pub fn server(ir: &Ir) -> Vec<Part<'_>> {
    let schemes = auth_schemes(ir);
    let authenticates = schemes.bearer || schemes.basic || schemes.api_key;
    let uses = items(|| {
        quote! {
            //! Server stubs: implement [`Api`], then serve [`router`].

            use std::sync::Arc;

            use axum::body::Bytes;
            use axum::extract::rejection::PathRejection;
            use axum::extract::{Path, State};
            use axum::http::{HeaderMap, StatusCode};
            use axum::response::{IntoResponse, Response};
            #[allow(unused_imports)]
            use super::models::*;
        }
    });
    let header = move || {
        let title = format!(" The operations of {} {}, as the server implements them.", ir.api.title, ir.api.version);
        let by_tag = ir.server_traits.as_ref().map(|split| {
            let text = format!(
                " This API declares its operations in one trait per tag, which [`{}`] gathers: one trait would be longer than a generated file may be. `Api` holds what they share.",
                split.all
            );
            quote!(#[doc = #text] #[doc = ""])
        });
        quote! {
            #[doc = #title]
            ///
            #by_tag
            /// Each method receives parameters that have already been parsed and validated, the caller's
            /// identity when the operation requires authentication, and the request's head (method,
            /// URI, headers, extensions); the router answers malformed requests itself (through
            /// [`Api::reject`]).
            ///
            /// Operation methods take `self: Arc<Self>` and own what they are given, so their futures
            /// borrow nothing: rustc's check of a trait whose methods' futures borrow grows with the
            /// square of their number, and this trait has one method per operation.
            pub trait Api: Send + Sync + 'static
        }
    };
    let common = member(move || {
        let principal = authenticates.then(|| {
            quote! {
                /// Who is calling, as the credential checks establish it; handed to every operation
                /// that requires authentication.
                type Principal: Send + 'static;
            }
        });
        let auth_methods = auth_trait_methods(&auth_schemes(ir));
        quote! {
            #principal

            #auth_methods

            /// Shapes the response to a request turned away before reaching the implementation
            /// (bad credentials, parameters or body; an unsupported media type; a body over the
            /// limit; an unknown path or method). The default answers with the rejection's status
            /// and a JSON body `{"detail": ..., "location": ..., "name": ...}`.
            fn reject(&self, rejection: Rejection) -> Response {
                rejection.into_response()
            }
        }
    });
    let declared_in_api = ir.operations.iter().filter(|op| op.server_trait.is_none());
    let trait_methods = std::iter::once(common).chain(declared_in_api.map(|op| member(move || trait_method(ir, op)))).collect();
    let mut grouped = route_groups(ir);
    let groups = grouped.len();
    // One group is chained in `router_with` itself; more get a `routes_N` function each.
    let single = if groups <= 1 { grouped.pop() } else { None };
    let router = items(move || {
        // A long API's routes are added by `routes_N` functions of at most ROUTES_PER_FN each: a
        // method chain of thousands of calls is one deep expression for every tool that reads it.
        let (statements, routes) = if groups <= 1 {
            let chain = single.as_deref().map(route_chain).unwrap_or_default();
            (TokenStream::new(), quote!(axum::Router::new().without_v07_checks() #chain))
        } else {
            let adds = (1..=groups).map(|n| format_ident!("routes_{}", n));
            (quote!(let mut router = axum::Router::new().without_v07_checks(); #(router = #adds::<A>(router);)*), quote!(router))
        };
        let dynamic_status = ir.operations.iter().flat_map(|op| {
            op.responses.iter().map(|r| r.status).chain(Some(crate::ir::Status::Code(op.auth_failure_status)))
        });
        let needs_status_code = dynamic_status.into_iter().any(|s| match s {
            Status::Code(code) => axum_status_name(code).is_none(),
            _ => true,
        });
        let runtime = runtime(ir, &auth_schemes(ir), needs_status_code);
        let bound = all_operations(ir);
        let routes_doc = format!(
            " Routes every operation to `api` (an `A: {bound}`, or an `Arc<A>` the caller keeps a clone"
        );
        quote! {
            #[doc = #routes_doc]
            /// of), with the default [`RouterConfig`]. Paths are relative to the API's base path: nest
            /// the router (`Router::new().nest("/api/v3", router(api))`) to serve it below one.
            pub fn router<A: #bound>(api: impl IntoShared<A>) -> axum::Router {
                router_with(api, RouterConfig::default())
            }

            /// [`router`] with other settings (the body limit).
            pub fn router_with<A: #bound>(api: impl IntoShared<A>, config: RouterConfig) -> axum::Router {
                // Literal segments may start with `:` or `*` in a spec; they are literals here.
                #statements
                #routes
                    .fallback(unknown_path::<A>)
                    .method_not_allowed_fallback(unknown_method::<A>)
                    // Bodies are read under `config.body_limit` by the handlers, after the credentials;
                    // axum's own limit would cut multipart bodies at its default instead.
                    .layer(axum::extract::DefaultBodyLimit::disable())
                    .with_state(Served { api: api.into_shared(), config })
            }

            #runtime
        }
    });
    let open_enums = ir.needs.open_enums;
    let mut parts = vec![uses, block(BlockKind::Trait, header, trait_methods)];
    parts.extend(operation_traits(ir));
    parts.push(router);
    parts.extend(grouped.into_iter().enumerate().map(|(n, group)| {
        items(move || {
            let bound = all_operations(ir);
            let name = format_ident!("routes_{}", n + 1);
            let doc = format!(" Routes {} to {} of [`router`].", n * ROUTES_PER_FN + 1, n * ROUTES_PER_FN + group.len());
            let chain = route_chain(&group);
            quote! {
                #[doc = #doc]
                fn #name<A: #bound>(router: axum::Router<Served<A>>) -> axum::Router<Served<A>> {
                    router #chain
                }
            }
        })
    }));
    parts.extend(ir.operations.iter().map(|op| items(move || response_enum(ir, op))));
    parts.extend(ir.operations.iter().filter(|op| op.route.is_some()).map(|op| items(move || handler(ir, op, open_enums))));
    parts
}

/// The traits of each tag, and the one that gathers them, when the API's operations are split
/// by tag (see `ir/lower/traits.rs`).
fn operation_traits(ir: &Ir) -> Vec<Part<'_>> {
    let Some(split) = &ir.server_traits else { return Vec::new() };
    let mut parts: Vec<Part<'_>> = split
        .traits
        .iter()
        .enumerate()
        .map(|(index, declared)| {
            let header = move || {
                let name = ident(&declared.name);
                let whose = match (&declared.tag, declared.part) {
                    (Some(tag), None) => format!(" The operations tagged `{}`, as the server implements them (see [`Api`]).", crate::error::Shown(tag)),
                    (Some(tag), Some(part)) => format!(" Part {part} of the operations tagged `{}`, as the server implements them (see [`Api`]).", crate::error::Shown(tag)),
                    (None, None) => " The operations without a tag, as the server implements them (see [`Api`]).".to_owned(),
                    (None, Some(part)) => format!(" Part {part} of the operations without a tag, as the server implements them (see [`Api`])."),
                };
                quote! {
                    #[doc = #whose]
                    pub trait #name: Api
                }
            };
            let declared_here = ir.operations.iter().filter(move |op| op.server_trait == Some(index));
            block(BlockKind::Trait, header, declared_here.map(|op| member(move || trait_method(ir, op))).collect())
        })
        .collect();
    parts.push(items(move || {
        let all = ident(&split.all);
        let names: Vec<_> = split.traits.iter().map(|declared| ident(&declared.name)).collect();
        quote! {
            /// Every trait that declares operations: what [`router`] asks of an implementation, and
            /// implemented for each type that implements them all.
            pub trait #all: Api #(+ #names)* {}

            impl<T: Api #(+ #names)*> #all for T {}
        }
    }));
    parts
}

/// The trait that declares an operation's method.
pub(super) fn declaring_trait(ir: &Ir, op: &Operation) -> proc_macro2::Ident {
    let split = ir.server_traits.as_ref().zip(op.server_trait);
    match split.and_then(|(split, index)| split.traits.get(index)) {
        Some(declared) => ident(&declared.name),
        None => format_ident!("Api"),
    }
}

/// What the router asks of an implementation: `Api`, or the trait that gathers the traits of
/// each tag.
fn all_operations(ir: &Ir) -> proc_macro2::Ident {
    match &ir.server_traits {
        Some(split) => ident(&split.all),
        None => format_ident!("Api"),
    }
}

fn auth_trait_methods(schemes: &Schemes) -> TokenStream {
    let bearer = schemes.bearer.then(|| {
        quote! {
            /// Who a bearer token belongs to; `None` refuses it. Called before every operation that
            /// requires one, before the request body is read.
            fn check_bearer_token(&self, token: &str) -> impl std::future::Future<Output = Option<Self::Principal>> + Send;
        }
    });
    let basic = schemes.basic.then(|| {
        quote! {
            /// Who HTTP basic credentials belong to; `None` refuses them. The credentials are passed
            /// as sent after the scheme (base64), so the implementation picks its own decoding.
            fn check_basic_auth(&self, credentials: &str) -> impl std::future::Future<Output = Option<Self::Principal>> + Send;
        }
    });
    let api_key = schemes.api_key.then(|| {
        quote! {
            /// Who an API key belongs to; `None` refuses it.
            fn check_api_key(&self, key: &str) -> impl std::future::Future<Output = Option<Self::Principal>> + Send;
        }
    });
    quote!(#bearer #basic #api_key)
}

fn trait_method(ir: &Ir, op: &Operation) -> TokenStream {
    let name = ident(&op.name);
    let response = ident(&op.response_type);
    let summary = format!(" `{} {}`", op.method.as_str(), op.path);
    let docs = op.doc.as_deref().map(|text| {
        let lines = doc(Some(text));
        quote!(#[doc = ""] #lines)
    });
    let args = request_args(ir, op).into_iter().map(|(name, ty)| quote!(#name: #ty,));
    let principal = if authenticates(op) {
        Some(quote!(principal: Self::Principal,))
    } else {
        authenticates_optionally(op).then(|| quote!(principal: Option<Self::Principal>,))
    };
    quote! {
        #[doc = #summary]
        #docs
        fn #name(self: std::sync::Arc<Self>, #(#args)* #principal request: axum::http::request::Parts) -> impl std::future::Future<Output = #response> + Send;
    }
}

/// The router checks credentials (and hands the principal on) for this operation.
pub(super) fn authenticates(op: &Operation) -> bool {
    op.auth_required && !op.auth.is_empty()
}

/// The operation also allows anonymous calls: the principal is optional.
pub(super) fn authenticates_optionally(op: &Operation) -> bool {
    !op.auth_required && !op.auth.is_empty()
}

/// The parsed pieces of a request, in the order the trait method takes them.
pub(super) fn request_args(ir: &Ir, op: &Operation) -> Vec<(proc_macro2::Ident, TokenStream)> {
    let mut args: Vec<_> = op.path_params.iter().map(|p| (ident(&p.name), rust_type(ir, &p.ty))).collect();
    if let Some(params) = &op.params {
        let ty = ident(&params.name);
        args.push((format_ident!("params"), quote!(#ty)));
    }
    if let Some(body) = &op.body {
        let ty = rust_type(ir, &body.ty);
        args.push((format_ident!("body"), if body.required { ty } else { quote!(Option<#ty>) }));
    }
    args
}

/// Route templates per `routes_N` function, when an API has more than that.
const ROUTES_PER_FN: usize = 200;

/// The operations of each route template, in first-seen order, in groups of [`ROUTES_PER_FN`].
fn route_groups(ir: &Ir) -> Vec<Vec<(String, Vec<&Operation>)>> {
    let mut by_template: BTreeMap<String, Vec<&Operation>> = BTreeMap::new();
    let mut order = Vec::new();
    for op in &ir.operations {
        let Some(route) = &op.route else { continue };
        let template = route.template.clone();
        if !by_template.contains_key(&template) {
            order.push(template.clone());
        }
        by_template.entry(template).or_default().push(op);
    }
    let routes: Vec<(String, Vec<&Operation>)> = order.into_iter().map(|template| {
        let ops = by_template.remove(&template).unwrap_or_default();
        (template, ops)
    }).collect();
    routes.chunks(ROUTES_PER_FN).map(<[_]>::to_vec).collect()
}

/// `.route(template, get(handle_x::<A>).post(..))` for each template of a group.
fn route_chain(group: &[(String, Vec<&Operation>)]) -> TokenStream {
    let routes = group.iter().map(|(template, ops)| {
        let methods = ops.iter().enumerate().map(|(i, op)| {
            let handler = format_ident!("handle_{}", op.name);
            let method = method_fn(op.method);
            if i == 0 {
                quote!(axum::routing::#method(#handler::<A>))
            } else {
                quote!(.#method(#handler::<A>))
            }
        });
        quote!(.route(#template, #(#methods)*))
    });
    quote!(#(#routes)*)
}

fn method_fn(method: Method) -> proc_macro2::Ident {
    format_ident!("{}", method.as_str().to_lowercase())
}

/// Rejections, parameter parsing and authentication: written once, shared by every handler.
fn runtime(ir: &Ir, schemes: &Schemes, needs_status_code: bool) -> TokenStream {
    let status_code = needs_status_code.then(|| Piece::ServerStatusCode.tokens_with(&super::client::support_conditions(ir, schemes)));
    let form = ir.needs.form.then(|| Piece::ServerFormBody.tokens());
    let text = ir.needs.text_bodies.then(|| Piece::ServerTextBody.tokens());
    let binary = ir.needs.binary_bodies.then(|| Piece::ServerBinaryBody.tokens());
    let multipart = ir.needs.multipart.then(multipart_runtime);
    let body_decoders = quote!(#form #text #binary #multipart);
    let any_auth = schemes.bearer || schemes.basic || schemes.api_key;
    let auth = any_auth.then(|| Piece::ServerAuth.tokens_with(&super::client::support_conditions(ir, schemes)));
    let rejection = Piece::ServerRejection.tokens();
    let extract = Piece::ServerExtract.tokens_with(&super::client::support_conditions(ir, schemes));
    let request = Piece::ServerRequest.tokens_with(&super::client::support_conditions(ir, schemes));
    quote! {
        #rejection

        #request

        #status_code

        #extract

        #body_decoders

        #auth
    }
}

/// Reading `multipart/form-data` bodies: collected whole, then taken apart field by field.
fn multipart_runtime() -> TokenStream {
    Piece::ServerMultipart.tokens()
}
