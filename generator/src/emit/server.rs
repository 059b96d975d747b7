//! `server.rs`: a trait with one async method per operation, typed responses, and an axum router
//! that authenticates, parses and validates each request before the trait sees it.

use std::collections::BTreeMap;

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::client::{Schemes, auth_schemes, response_variant};
use super::{BlockKind, Part, block, doc, ident, items, member, rust_type};
use crate::ir::{ApiKeyLocation, AuthScheme, BodyMedia, Capture, Ir, Method, Multipart, Operation, PartKind, Presence, QueryObject, QueryShape, Status, TypeRef};
use super::support::Piece;

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
fn declaring_trait(ir: &Ir, op: &Operation) -> proc_macro2::Ident {
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
fn authenticates(op: &Operation) -> bool {
    op.auth_required && !op.auth.is_empty()
}

/// The operation also allows anonymous calls: the principal is optional.
fn authenticates_optionally(op: &Operation) -> bool {
    !op.auth_required && !op.auth.is_empty()
}

/// The parsed pieces of a request, in the order the trait method takes them.
fn request_args(ir: &Ir, op: &Operation) -> Vec<(proc_macro2::Ident, TokenStream)> {
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

fn response_enum(ir: &Ir, op: &Operation) -> TokenStream {
    let name = ident(&op.response_type);
    let summary = format!(" Responses `{}` may answer with, one per documented status.", op.name);
    let variants = op.responses.iter().map(|r| response_variant(ir, r));
    let arms = op.responses.iter().map(|r| {
        let variant = ident(&r.variant);
        let fixed = match r.status {
            Status::Code(code) => Some(status_const(code)),
            _ => None,
        };
        let send = |status: TokenStream| match &r.media {
            BodyMedia::Json => quote!(json(#status, &body)),
            BodyMedia::Text { content_type } | BodyMedia::Binary { content_type } => {
                quote!((#status, [(axum::http::header::CONTENT_TYPE, #content_type)], body).into_response())
            }
            BodyMedia::Form => quote!((#status, [(axum::http::header::CONTENT_TYPE, "application/x-www-form-urlencoded")], body).into_response()),
            BodyMedia::Multipart => quote!((#status, [(axum::http::header::CONTENT_TYPE, "multipart/form-data")], body).into_response()),
        };
        match (fixed, &r.body) {
            (Some(status), Some(_)) => {
                let send = send(status);
                quote!(Self::#variant(body) => #send,)
            }
            (Some(status), None) => quote!(Self::#variant => #status.into_response(),),
            (None, Some(_)) => {
                let documented = documented(op, r.status);
                let send = send(quote!(status));
                quote!(Self::#variant { status, body } => match chosen_status(status, #documented) { Ok(status) => #send, Err(misplaced) => misplaced.into_response() },)
            }
            (None, None) => {
                let documented = documented(op, r.status);
                quote!(Self::#variant { status } => match chosen_status(status, #documented) { Ok(status) => status.into_response(), Err(misplaced) => misplaced.into_response() },)
            }
        }
    });
    let into_response = quote!(match self { #(#arms)* Self::OutsideSpec(response) => response, });
    quote! {
        #[doc = #summary]
        #[derive(Debug)]
        pub enum #name {
            #(#variants)*
            /// Any response, sent as it is: a deliberate answer the spec does not document, kept
            /// visible in the code that chooses it.
            OutsideSpec(Response),
        }

        impl IntoResponse for #name {
            fn into_response(self) -> Response {
                #into_response
            }
        }
    }
}

/// The arguments of `chosen_status` after the status, for a response whose status the handler
/// picks (a range, or `default`): the range, and the statuses and ranges the operation documents
/// apart, which it must not take.
fn documented(op: &Operation, status: Status) -> TokenStream {
    let codes = op.responses.iter().filter_map(|r| match (r.status, status) {
        (Status::Code(code), Status::Range(first)) if code / 100 == first => Some(Literal::u16_unsuffixed(code)),
        (Status::Code(code), Status::Default) => Some(Literal::u16_unsuffixed(code)),
        _ => None,
    });
    let (range, ranges) = match status {
        Status::Range(first) => {
            let first = Literal::u16_unsuffixed(first);
            (quote!(Some(#first)), Vec::new())
        }
        _ => {
            let ranges = op.responses.iter().filter_map(|r| match r.status {
                Status::Range(first) => Some(Literal::u16_unsuffixed(first)),
                _ => None,
            });
            (quote!(None), ranges.collect())
        }
    };
    quote!(#range, &[#(#codes),*], &[#(#ranges),*])
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

/// `StatusCode::FORBIDDEN` for a standard code, `status_code(499)` for others.
fn status_const(code: u16) -> TokenStream {
    match axum_status_name(code) {
        Some(name) => {
            let name = format_ident!("{}", name);
            quote!(StatusCode::#name)
        }
        None => {
            let code = proc_macro2::Literal::u16_unsuffixed(code);
            quote!(status_code(#code))
        }
    }
}

/// The associated constant `http::StatusCode` has for a code, when it has one.
fn axum_status_name(code: u16) -> Option<&'static str> {
    Some(match code {
        200 => "OK",
        201 => "CREATED",
        202 => "ACCEPTED",
        204 => "NO_CONTENT",
        301 => "MOVED_PERMANENTLY",
        302 => "FOUND",
        304 => "NOT_MODIFIED",
        400 => "BAD_REQUEST",
        401 => "UNAUTHORIZED",
        403 => "FORBIDDEN",
        404 => "NOT_FOUND",
        405 => "METHOD_NOT_ALLOWED",
        409 => "CONFLICT",
        410 => "GONE",
        415 => "UNSUPPORTED_MEDIA_TYPE",
        422 => "UNPROCESSABLE_ENTITY",
        429 => "TOO_MANY_REQUESTS",
        500 => "INTERNAL_SERVER_ERROR",
        501 => "NOT_IMPLEMENTED",
        502 => "BAD_GATEWAY",
        503 => "SERVICE_UNAVAILABLE",
        _ => return None,
    })
}

fn method_fn(method: Method) -> proc_macro2::Ident {
    format_ident!("{}", method.as_str().to_lowercase())
}

fn handler(ir: &Ir, op: &Operation, open_enums: bool) -> TokenStream {
    let handler = format_ident!("handle_{}", op.name);
    let declared_in = declaring_trait(ir, op);
    let parse = format_ident!("parse_{}", op.name);
    let method = ident(&op.name);
    let operation = &op.id;
    let uses_path = !op.path_params.is_empty();
    let uses_query = !op.query_params.is_empty();
    let uses_headers = !op.header_params.is_empty() || !op.cookie_params.is_empty();
    let multipart = op.body.as_ref().is_some_and(|b| b.media == BodyMedia::Multipart);
    let uses_body = op.body.is_some() && !multipart;
    // Several accepted media types with different decoders: the parser picks by position.
    let accepted = op.body.iter().flat_map(|b| &b.accepted);
    let decoders: Vec<TokenStream> = accepted.clone().filter_map(|a| decoder(&a.media)).collect();
    let mut encodings = accepted.map(|a| std::mem::discriminant(&a.media));
    let picks_decoder = encodings.next().is_some_and(|first| encodings.any(|other| other != first));

    let guard = (authenticates(op) || authenticates_optionally(op)).then(|| {
        let status = status_const(op.auth_failure_status);
        let credentials = op.auth.iter().map(credential);
        let kind = if authenticates(op) { quote!(required) } else { quote!(optional) };
        quote!(Guard::#kind(&[#(#credentials),*], #status))
    });
    let accepted: Vec<&String> = op.body.iter().flat_map(|b| &b.accepted).map(|a| &a.media_type).collect();
    let accepts = match (accepted.is_empty(), multipart) {
        (true, _) => quote!(Accepts::Nothing),
        (false, false) => quote!(Accepts::Body(&[#(#accepted),*])),
        (false, true) => quote!(Accepts::Parts(&[#(#accepted),*])),
    };
    let (args, types): (Vec<_>, Vec<_>) = request_args(ir, op).into_iter().unzip();
    let path_arg = uses_path.then(|| quote!(path: Result<Path<Vec<(String, String)>>, PathRejection>,));
    let (steps, uses_operation) = parse_steps(ir, op, picks_decoder, &decoders);
    let returned = if args.len() == 1 { quote!(#(#args)*) } else { quote!((#(#args),*)) };
    let returned_type = if types.len() == 1 { quote!(#(#types)*) } else { quote!((#(#types),*)) };
    let doc_text = format!(" Parses and validates a `{}` request.", op.id);
    let parse_operation = uses_operation.then(|| quote!(const OPERATION: &str = #operation;));
    let parse_body = if open_enums && !steps.is_empty() {
        // Requests may only carry the values the spec lists, even where models keep unknown ones.
        quote! {
            #parse_operation
            refusing_unknown_enum_values(|| {
                #(#steps)*
                Ok(#returned)
            })
        }
    } else {
        quote! {
            #parse_operation
            #(#steps)*
            Ok(#returned)
        }
    };
    let handler_doc = format!(
        " `{} {}`: credentials first, then the body's media type and size, then parameters and body.",
        op.method.as_str(),
        op.path
    );
    let principal = guard.is_some().then(|| quote!(principal,));
    // The parser reads what it uses of the request; the rest of `Received` is left alone.
    let received_fields: Vec<TokenStream> = [
        (uses_query, quote!(query)),
        (uses_headers, quote!(headers)),
        (uses_body, quote!(body)),
        (uses_body && picks_decoder, quote!(media)),
        (multipart, quote!(parts)),
    ]
    .into_iter()
    .filter_map(|(used, field)| used.then_some(field))
    .collect();
    let (received_param, unpack) = if received_fields.is_empty() {
        (quote!(_: Received<'_>), TokenStream::new())
    } else {
        (quote!(received: Received<'_>), quote!(let Received { #(#received_fields,)* .. } = received;))
    };
    let parser = if uses_path { quote!(move |received| #parse(path, received)) } else { quote!(#parse) };
    let (driver, guard) = match guard {
        Some(guard) => (quote!(serve_authorized), quote!(#guard,)),
        None => (quote!(serve), TokenStream::new()),
    };
    quote! {
        #[doc = #doc_text]
        fn #parse(#path_arg #received_param) -> Result<#returned_type, Rejection> {
            #unpack
            #parse_body
        }

        #[doc = #handler_doc]
        fn #handler<A: #declared_in>(
            State(served): State<Served<A>>,
            #path_arg
            axum::extract::RawQuery(query): axum::extract::RawQuery,
            request: axum::extract::Request,
        ) -> Handling {
            #driver(served, #operation, #guard #accepts, query, request, #parser, |api, #returned, #principal head| {
                api.#method(#(#args,)* #principal head)
            })
        }
    }
}

/// The statements of an operation's parser: path, then parameters, then body; and whether they
/// name the operation in their rejections (then the parser declares `OPERATION`).
fn parse_steps(ir: &Ir, op: &Operation, picks_decoder: bool, decoders: &[TokenStream]) -> (Vec<TokenStream>, bool) {
    let uses_path = !op.path_params.is_empty();
    let uses_query = !op.query_params.is_empty();
    let mut steps = Vec::new();
    // Whether a step names the operation in its rejections (then `OPERATION` is declared).
    let mut uses_operation = false;
    if uses_path {
        uses_operation = true;
        steps.push(quote!(let path = PathParams::new(OPERATION, path)?;));
        let captures = op.route.as_ref().map(|r| r.captures.as_slice()).unwrap_or_default();
        for (index, capture) in captures.iter().enumerate() {
            let index = proc_macro2::Literal::usize_unsuffixed(index);
            match capture {
                Capture::Whole(param) => {
                    let param = &op.path_params[*param];
                    let (name, wire) = (ident(&param.name), &param.wire_name);
                    steps.push(quote!(let #name = path.get(#index, #wire)?;));
                }
                Capture::Split { literals, params } => {
                    for (position, param) in params.iter().enumerate() {
                        let param = &op.path_params[*param];
                        let (name, wire) = (ident(&param.name), &param.wire_name);
                        let position = proc_macro2::Literal::usize_unsuffixed(position);
                        steps.push(quote!(let #name = path.get_within(#index, &[#(#literals),*], #position, #wire)?;));
                    }
                }
            }
        }
    }
    if let Some(params) = &op.params {
        // Query parsing and header getters both name the operation.
        uses_operation = true;
        let params_type = ident(&params.name);
        if uses_query {
            steps.push(quote!(let query = QueryParams::parse(OPERATION, query)?;));
        }
        let fields = op.query_params.iter().map(|p| {
            let name = ident(&p.name);
            let getter = param_getter(ir, p, &quote!(query));
            quote!(#name: #getter,)
        });
        if !op.cookie_params.is_empty() {
            steps.push(quote!(let cookies = QueryParams::cookies(OPERATION, headers)?;));
        }
        let cookie_fields = op.cookie_params.iter().map(|p| {
            let name = ident(&p.name);
            let getter = param_getter(ir, p, &quote!(cookies));
            quote!(#name: #getter,)
        });
        let header_fields = op.header_params.iter().map(|p| {
            let name = ident(&p.name);
            let wire = &p.wire_name;
            let getter = if p.required {
                quote!(header_required(OPERATION, headers, #wire)?)
            } else {
                quote!(header_optional(OPERATION, headers, #wire)?)
            };
            quote!(#name: #getter,)
        });
        steps.push(quote!(let params = #params_type { #(#fields)* #(#header_fields)* #(#cookie_fields)* };));
    }
    if let Some(body) = &op.body {
        let decode = if picks_decoder {
            // One arm per media type decoded otherwise than the first; the first's decoder is the fallback.
            let first = body.accepted.first().map(|a| std::mem::discriminant(&a.media));
            let arms = body.accepted.iter().enumerate().filter_map(|(position, accepted)| {
                if Some(std::mem::discriminant(&accepted.media)) == first {
                    return None;
                }
                let decoder = decoder(&accepted.media)?;
                let position = proc_macro2::Literal::usize_unsuffixed(position);
                Some(quote!(#position => #decoder(OPERATION, body),))
            });
            decoders.first().map(|fallback| quote!(match media { #(#arms)* _ => #fallback(OPERATION, body), }))
        } else {
            decoders.first().map(|decoder| quote!(#decoder(OPERATION, body)))
        };
        uses_operation |= decode.is_some();
        steps.push(match (decode, &body.multipart) {
            (Some(decode), _) if body.required => quote!(let body = #decode?;),
            (Some(decode), _) => quote!(let body = if body.is_empty() { None } else { Some(#decode?) };),
            (None, None) => quote!(let body = unreachable!();),
            (None, Some(multipart)) => {
                uses_operation |= multipart.parts.iter().any(|p| p.presence == Presence::Required);
                let build = multipart_struct(ir, multipart);
                if body.required { quote!(let body = #build;) } else { quote!(let body = Some(#build);) }
            }
        });
    }
    (steps, uses_operation)
}

/// The support function that decodes a body of this media type (multipart is read part by part).
fn decoder(media: &BodyMedia) -> Option<TokenStream> {
    match media {
        BodyMedia::Json => Some(quote!(json_body)),
        BodyMedia::Form => Some(quote!(form_body)),
        BodyMedia::Text { .. } => Some(quote!(text_body)),
        BodyMedia::Binary { .. } => Some(quote!(binary_body)),
        BodyMedia::Multipart => None,
    }
}

/// The `Credential` an auth scheme is checked as.
fn credential(scheme: &AuthScheme) -> TokenStream {
    match scheme {
        AuthScheme::Bearer => quote!(Credential::Bearer),
        AuthScheme::Basic => quote!(Credential::Basic),
        AuthScheme::ApiKey { location: ApiKeyLocation::Header, name } => quote!(Credential::ApiKeyHeader(#name)),
        AuthScheme::ApiKey { location: ApiKeyLocation::Query, name } => quote!(Credential::ApiKeyQuery(#name)),
        AuthScheme::ApiKey { location: ApiKeyLocation::Cookie, name } => quote!(Credential::ApiKeyCookie(#name)),
    }
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
    let extract = Piece::ServerExtract.tokens();
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

/// An expression building the body struct from multipart parts (`parts` in scope).
/// Reads a query or cookie parameter from `source` (a `QueryParams`) as its shape lays it out.
fn param_getter(ir: &Ir, param: &crate::ir::Param, source: &TokenStream) -> TokenStream {
    let wire = &param.wire_name;
    match &param.shape {
        // Every property in the one value: read from its own pairs.
        QueryShape::Object(object) if object.packed => {
            let build = query_object(ir, object, &quote!(object));
            let build = quote!({
                let object = #source.packed(#wire)?;
                #build
            });
            if param.required { build } else { quote!(if #source.has(#wire) { Some(#build) } else { None }) }
        }
        QueryShape::Object(object) => {
            let build = query_object(ir, object, source);
            if param.required {
                build
            } else {
                let keys = object.fields.iter().map(|f| &f.key);
                quote!(if #source.has_any(&[#(#keys),*]) { Some(#build) } else { None })
            }
        }
        shape => value_getter(ir, shape, wire, &param.ty, if param.required { Presence::Required } else { Presence::Optional }, source),
    }
}

/// Reads one value under `key`; lists must appear at least once when required (form style has no
/// empty list).
fn value_getter(ir: &Ir, shape: &QueryShape, key: &str, ty: &TypeRef, presence: Presence, source: &TokenStream) -> TokenStream {
    let all = match shape {
        QueryShape::Single | QueryShape::Object(_) => None,
        QueryShape::List => Some(quote!(#source.all(#key)?)),
        QueryShape::CheckedList => {
            let ty = rust_type(ir, ty);
            Some(quote!(#source.checked_list(#key, #ty::new)?))
        }
        QueryShape::Delimited { delimiter, checked: false } => Some(quote!(#source.split(#key, #delimiter)?)),
        QueryShape::Delimited { delimiter, checked: true } => {
            let ty = rust_type(ir, ty);
            Some(quote!(#source.checked_split(#key, #delimiter, #ty::new)?))
        }
    };
    match (all, presence) {
        (Some(all), Presence::Required) => quote!({
            #source.require(#key)?;
            #all
        }),
        (Some(_), Presence::Optional) if *shape == QueryShape::List => quote!(#source.optional_all(#key)?),
        (Some(all), Presence::Optional) => quote!(if #source.has(#key) { Some(#all) } else { None }),
        (Some(all), Presence::TriState) => quote!(if #source.has(#key) { Some(Some(#all)) } else { None }),
        (None, Presence::Required) => quote!(#source.required(#key)?),
        (None, Presence::Optional) => quote!(#source.optional(#key)?),
        (None, Presence::TriState) => quote!(#source.tri_state(#key)?),
    }
}

/// Builds an object parameter from its properties' pairs.
fn query_object(ir: &Ir, object: &QueryObject, source: &TokenStream) -> TokenStream {
    let name = ident(ir.types.name(object.struct_type));
    let fields = object.fields.iter().map(|field| {
        let member = ident(&field.field);
        let value = value_getter(ir, &field.shape, &field.key, &field.ty, field.presence, source);
        quote!(#member: #value,)
    });
    let additional = object.additional.then(|| quote!(additional_properties: Default::default(),));
    quote!(#name { #(#fields)* #additional })
}

fn multipart_struct(ir: &Ir, multipart: &Multipart) -> TokenStream {
    let name = ident(ir.types.name(multipart.struct_type));
    let fields = multipart.parts.iter().map(|part| {
        let member = ident(&part.field);
        let wire = &part.wire_name;
        let value = match part.kind {
            PartKind::File => quote!(parts.file(#wire)),
            PartKind::Text => quote!(parts.text(#wire)?),
            PartKind::Json => quote!(parts.json(#wire)?),
        };
        let value = match part.presence {
            Presence::TriState => quote!(#value.map(Some)),
            Presence::Optional => value,
            Presence::Required => quote!(required_part(OPERATION, #wire, #value)?),
        };
        quote!(#member: #value,)
    });
    let additional = multipart.additional.then(|| quote!(additional_properties: Default::default(),));
    quote!(#name { #(#fields)* #additional })
}

/// Reading `multipart/form-data` bodies: collected whole, then taken apart field by field.
fn multipart_runtime() -> TokenStream {
    Piece::ServerMultipart.tokens()
}
