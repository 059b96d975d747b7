//! `server.rs`: a trait with one async method per operation, typed responses, and an axum router
//! that authenticates, parses and validates each request before the trait sees it.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::client::{Schemes, auth_schemes, response_variant};
use super::{doc, ident, rust_type};
use crate::ir::{ApiKeyLocation, AuthScheme, BodyMedia, Capture, Ir, Method, Multipart, Operation, PartKind, Presence, QueryShape, Status};

pub fn server(ir: &Ir) -> TokenStream {
    let schemes = auth_schemes(ir);
    let dynamic_status = ir.operations.iter().flat_map(|op| {
        op.responses.iter().map(|r| r.status).chain(Some(crate::ir::Status::Code(op.auth_failure_status)))
    });
    let needs_status_code = dynamic_status.into_iter().any(|s| match s {
        Status::Code(code) => axum_status_name(code).is_none(),
        _ => true,
    });
    let runtime = runtime(ir, &schemes, needs_status_code);
    let trait_methods = ir.operations.iter().map(|op| trait_method(ir, op));
    let auth_methods = auth_trait_methods(&schemes);
    let responses = ir.operations.iter().map(|op| response_enum(ir, op));
    let open_enums = ir.needs.open_enums;
    let handlers = ir.operations.iter().filter(|op| op.route.is_some()).map(|op| handler(ir, op, open_enums));
    let routes = routes(ir);
    let title = format!(" The operations of {} {}, as the server implements them.", ir.api.title, ir.api.version);
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

        #[doc = #title]
        ///
        /// Each method receives parameters that have already been parsed and validated; the router
        /// answers malformed requests itself (through [`Api::reject`]).
        pub trait Api: Send + Sync + 'static {
            #auth_methods

            /// Shapes the response to a request turned away before reaching the implementation.
            /// The default answers with the rejection's status and a JSON body
            /// `{"detail": ..., "location": ..., "name": ...}`.
            fn reject(&self, rejection: Rejection) -> Response {
                rejection.into_response()
            }

            #(#trait_methods)*
        }

        /// Routes every operation to `api`. Paths are relative to the API's base path: nest the
        /// router (`Router::new().nest("/api/v3", router(api))`) to serve it below one.
        pub fn router<A: Api>(api: A) -> axum::Router {
            // Literal segments may start with `:` or `*` in a spec; they are literals here.
            axum::Router::new()
                .without_v07_checks()
                #routes
                .with_state(Arc::new(api))
        }

        #runtime
        #(#responses)*
        #(#handlers)*
    }
}

fn auth_trait_methods(schemes: &Schemes) -> TokenStream {
    let bearer = schemes.bearer.then(|| {
        quote! {
            /// Decides whether a bearer token is valid. Called before every operation that requires one.
            fn check_bearer_token(&self, token: &str) -> impl std::future::Future<Output = bool> + Send;
        }
    });
    let basic = schemes.basic.then(|| {
        quote! {
            /// Decides whether HTTP basic credentials are valid. The header is passed as sent
            /// (`Basic <base64>`), so the implementation picks its own decoding.
            fn check_basic_auth(&self, authorization: &str) -> impl std::future::Future<Output = bool> + Send;
        }
    });
    let api_key = schemes.api_key.then(|| {
        quote! {
            /// Decides whether an API key is valid.
            fn check_api_key(&self, key: &str) -> impl std::future::Future<Output = bool> + Send;
        }
    });
    quote!(#bearer #basic #api_key)
}

fn trait_method(ir: &Ir, op: &Operation) -> TokenStream {
    let name = ident(&op.name);
    let response = ident(&op.response_type);
    let summary = format!(" `{} {}`", op.method.as_str(), op.path);
    let docs = doc(op.doc.as_deref());
    let args = request_args(ir, op).into_iter().map(|(name, ty)| quote!(#name: #ty,));
    quote! {
        #[doc = #summary]
        #[doc = ""]
        #docs
        fn #name(&self, #(#args)*) -> impl std::future::Future<Output = #response> + Send;
    }
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
            BodyMedia::Json => quote!(json_response(#status, serde_json::to_vec(&body))),
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
                let send = send(quote!(status_code(status)));
                quote!(Self::#variant { status, body } => #send,)
            }
            (None, None) => quote!(Self::#variant { status } => status_code(status).into_response(),),
        }
    });
    let into_response = if op.responses.is_empty() {
        quote!(match self {})
    } else {
        quote!(match self { #(#arms)* })
    };
    quote! {
        #[doc = #summary]
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#variants)*
        }

        impl IntoResponse for #name {
            fn into_response(self) -> Response {
                #into_response
            }
        }
    }
}

fn routes(ir: &Ir) -> TokenStream {
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
    let routes = order.iter().map(|template| {
        let ops = &by_template[template];
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
    let parse = format_ident!("parse_{}", op.name);
    let method = ident(&op.name);
    let operation = &op.id;
    let uses_path = !op.path_params.is_empty();
    let uses_query = !op.query_params.is_empty();
    let uses_headers = !op.header_params.is_empty();
    let multipart = op.body.as_ref().is_some_and(|b| b.media == BodyMedia::Multipart);
    let uses_body = op.body.is_some() && !multipart;

    let auth = (op.auth_required && !op.auth.is_empty()).then(|| {
        let status = status_const(op.auth_failure_status);
        let credentials = op.auth.iter().map(credential);
        quote! {
            if let Err(rejection) =
                authorize(&*api, #operation, &[#(#credentials),*], &headers, query.as_deref(), #status).await
            {
                return api.reject(rejection);
            }
        }
    });

    let (args, types): (Vec<_>, Vec<_>) = request_args(ir, op).into_iter().unzip();
    let path_arg = uses_path.then(|| quote!(path: Result<Path<Vec<(String, String)>>, PathRejection>,));
    let path_value = uses_path.then(|| quote!(path,));
    let path_param = uses_path.then(|| quote!(path: Result<Path<Vec<(String, String)>>, PathRejection>,));
    let query_param = uses_query.then(|| quote!(query: Option<&str>,));
    let query_value = uses_query.then(|| quote!(query.as_deref(),));
    let header_param = uses_headers.then(|| quote!(headers: &HeaderMap,));
    let header_value = uses_headers.then(|| quote!(&headers,));
    let body_param = uses_body.then(|| quote!(body: &Bytes,));
    let body_value = uses_body.then(|| quote!(&body,));
    let body_arg = if multipart {
        Some(quote!(multipart: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,))
    } else {
        uses_body.then(|| quote!(body: Bytes,))
    };
    let parts_param = multipart.then(|| quote!(parts: MultipartParts,));
    let parts_value = multipart.then(|| quote!(parts,));
    let read_parts = multipart.then(|| {
        quote! {
            let parts = match read_multipart(#operation, multipart).await {
                Ok(parts) => parts,
                Err(rejection) => return api.reject(rejection),
            };
        }
    });

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
            steps.push(quote!(let query = QueryParams::parse(OPERATION, query);));
        }
        let fields = op.query_params.iter().map(|p| {
            let name = ident(&p.name);
            let wire = &p.wire_name;
            let all = match p.shape {
                QueryShape::Single => None,
                QueryShape::List => Some(quote!(query.all(#wire)?)),
                QueryShape::CheckedList => {
                    let ty = rust_type(ir, &p.ty);
                    Some(quote!(query.checked_list(#wire, #ty::new)?))
                }
            };
            let getter = match (all, p.required) {
                // A required list must appear at least once: form style has no empty list.
                (Some(all), true) => quote!({
                    query.require(#wire)?;
                    #all
                }),
                (Some(all), false) => quote!({
                    if query.has(#wire) { Some(#all) } else { None }
                }),
                (None, true) => quote!(query.required(#wire)?),
                (None, false) => quote!(query.optional(#wire)?),
            };
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
        steps.push(quote!(let params = #params_type { #(#fields)* #(#header_fields)* };));
    }
    if let Some(body) = &op.body {
        let decoder = match &body.media {
            BodyMedia::Json => Some(quote!(json_body)),
            BodyMedia::Form => Some(quote!(form_body)),
            BodyMedia::Text { .. } => Some(quote!(text_body)),
            BodyMedia::Binary { .. } => Some(quote!(binary_body)),
            BodyMedia::Multipart => None,
        };
        uses_operation |= decoder.is_some();
        steps.push(match (decoder, &body.multipart) {
            (Some(decoder), _) if body.required => quote!(let body = #decoder(OPERATION, body)?;),
            (Some(decoder), _) => quote!(let body = if body.is_empty() { None } else { Some(#decoder(OPERATION, body)?) };),
            (None, None) => quote!(let body = unreachable!();),
            (None, Some(multipart)) => {
                uses_operation |= multipart.parts.iter().any(|p| p.presence == Presence::Required);
                let build = multipart_struct(ir, multipart);
                if body.required { quote!(let body = #build;) } else { quote!(let body = Some(#build);) }
            }
        });
    }
    let returned = if args.len() == 1 { quote!(#(#args)*) } else { quote!((#(#args),*)) };
    let returned_type = if types.len() == 1 { quote!(#(#types)*) } else { quote!((#(#types),*)) };
    let bound = returned.clone();
    let needs_query_for_auth = auth.is_some();
    let query_arg = (uses_query || needs_query_for_auth).then(|| quote!(axum::extract::RawQuery(query): axum::extract::RawQuery,));
    let headers_arg = (uses_headers || auth.is_some()).then(|| quote!(headers: HeaderMap,));
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

    quote! {
        #[doc = #doc_text]
        fn #parse(#path_param #query_param #header_param #body_param #parts_param) -> Result<#returned_type, Rejection> {
            #parse_body
        }

        async fn #handler<A: Api>(
            State(api): State<Arc<A>>,
            #path_arg
            #headers_arg
            #query_arg
            #body_arg
        ) -> Response {
            #auth
            #read_parts
            let #bound = match #parse(#path_value #query_value #header_value #body_value #parts_value) {
                Ok(parsed) => parsed,
                Err(rejection) => return api.reject(rejection),
            };
            api.#method(#(#args),*).await.into_response()
        }
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
    let bearer_variant = schemes.bearer.then(|| quote!(Bearer,));
    let basic_variant = schemes.basic.then(|| quote!(Basic,));
    let key_variants = schemes.api_key.then(|| {
        quote! {
            #[allow(dead_code)]
            ApiKeyHeader(&'static str),
            #[allow(dead_code)]
            ApiKeyQuery(&'static str),
            #[allow(dead_code)]
            ApiKeyCookie(&'static str),
        }
    });
    let bearer_arm = schemes.bearer.then(|| {
        quote! {
            Credential::Bearer => {
                let token = headers
                    .get(axum::http::header::AUTHORIZATION)
                    .and_then(|value| value.to_str().ok())
                    .and_then(|value| value.strip_prefix("Bearer ").or_else(|| value.strip_prefix("bearer ")));
                if let Some(token) = token {
                    presented = true;
                    if api.check_bearer_token(token.trim()).await {
                        return Ok(());
                    }
                }
            }
        }
    });
    let basic_arm = schemes.basic.then(|| {
        quote! {
            Credential::Basic => {
                let value = headers.get(axum::http::header::AUTHORIZATION).and_then(|value| value.to_str().ok());
                if let Some(value) = value.filter(|v| v.starts_with("Basic ") || v.starts_with("basic ")) {
                    presented = true;
                    if api.check_basic_auth(value).await {
                        return Ok(());
                    }
                }
            }
        }
    });
    let key_arms = schemes.api_key.then(|| {
        quote! {
            Credential::ApiKeyHeader(name) => {
                if let Some(key) = headers.get(*name).and_then(|value| value.to_str().ok()) {
                    presented = true;
                    if api.check_api_key(key).await {
                        return Ok(());
                    }
                }
            }
            Credential::ApiKeyQuery(name) => {
                let pairs = QueryParams::parse(operation, query);
                if let Some((_, key)) = pairs.pairs.iter().find(|(k, _)| k == name) {
                    presented = true;
                    if api.check_api_key(key).await {
                        return Ok(());
                    }
                }
            }
            Credential::ApiKeyCookie(name) => {
                let cookies = headers.get_all(axum::http::header::COOKIE).iter().filter_map(|v| v.to_str().ok());
                let key = cookies
                    .flat_map(|line| line.split(';'))
                    .filter_map(|pair| pair.trim().split_once('='))
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.to_owned());
                if let Some(key) = key {
                    presented = true;
                    if api.check_api_key(&key).await {
                        return Ok(());
                    }
                }
            }
        }
    });
    let status_code = needs_status_code.then(|| {
        quote! {
            /// A status the spec documents that has no named constant.
            fn status_code(code: u16) -> StatusCode {
                StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
            }
        }
    });
    let medias: Vec<&BodyMedia> = ir.operations.iter().filter_map(|op| op.body.as_ref()).map(|b| &b.media).collect();
    let form = medias.iter().any(|m| **m == BodyMedia::Form).then(|| {
        quote! {
            /// Decodes an `application/x-www-form-urlencoded` body, naming the offending field.
            fn form_body<T: serde::de::DeserializeOwned>(operation: &'static str, body: &Bytes) -> Result<T, Rejection> {
                let deserializer = serde_urlencoded::Deserializer::new(form_urlencoded::parse(body));
                serde_path_to_error::deserialize(deserializer).map_err(|err| {
                    let path = err.path().to_string();
                    let name = if path == "." { String::new() } else { path };
                    Rejection::invalid(operation, RejectionLocation::Body, name, err.into_inner().to_string())
                })
            }
        }
    });
    let text = medias.iter().any(|m| matches!(m, BodyMedia::Text { .. })).then(|| {
        quote! {
            fn text_body(operation: &'static str, body: &Bytes) -> Result<String, Rejection> {
                String::from_utf8(body.to_vec())
                    .map_err(|_| Rejection::invalid(operation, RejectionLocation::Body, "", "the body is not UTF-8 text"))
            }
        }
    });
    let binary = medias.iter().any(|m| matches!(m, BodyMedia::Binary { .. })).then(|| {
        quote! {
            fn binary_body(_operation: &'static str, body: &Bytes) -> Result<Vec<u8>, Rejection> {
                Ok(body.to_vec())
            }
        }
    });
    let multipart = medias.iter().any(|m| **m == BodyMedia::Multipart).then(multipart_runtime);
    let body_decoders = quote!(#form #text #binary #multipart);
    let any_auth = schemes.bearer || schemes.basic || schemes.api_key;
    let auth = any_auth.then(|| {
        quote! {
            /// A kind of credential an operation accepts.
            #[derive(Debug, Clone, Copy)]
            enum Credential {
                #bearer_variant
                #basic_variant
                #key_variants
            }

            /// Passes when any accepted credential is present and valid.
            async fn authorize<A: Api>(
                api: &A,
                operation: &'static str,
                accepted: &[Credential],
                headers: &HeaderMap,
                query: Option<&str>,
                status: StatusCode,
            ) -> Result<(), Rejection> {
                let _ = query;
                let mut presented = false;
                for credential in accepted {
                    match credential {
                        #bearer_arm
                        #basic_arm
                        #key_arms
                    }
                }
                let message = if presented {
                    "Invalid credentials."
                } else {
                    "Authentication credentials were not provided."
                };
                Err(Rejection {
                    operation,
                    status,
                    location: RejectionLocation::Auth,
                    name: String::new(),
                    message: message.to_owned(),
                })
            }
        }
    });
    quote! {
        /// Where the part of a request that was turned away came from.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum RejectionLocation {
            /// Missing or invalid credentials.
            Auth,
            Path,
            Query,
            Header,
            Body,
        }

        impl RejectionLocation {
            pub fn as_str(self) -> &'static str {
                match self {
                    RejectionLocation::Auth => "auth",
                    RejectionLocation::Path => "path",
                    RejectionLocation::Query => "query",
                    RejectionLocation::Header => "header",
                    RejectionLocation::Body => "body",
                }
            }
        }

        /// A request the router turned away before calling [`Api`].
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct Rejection {
            /// The `operationId` of the operation the request was for.
            pub operation: &'static str,
            pub status: StatusCode,
            pub location: RejectionLocation,
            /// The parameter name, or the path of the body field (`flow_set[0].slug`); empty when
            /// the whole body or the credentials are at fault.
            pub name: String,
            pub message: String,
        }

        impl Rejection {
            fn invalid(operation: &'static str, location: RejectionLocation, name: impl Into<String>, message: impl Into<String>) -> Self {
                Self { operation, status: StatusCode::BAD_REQUEST, location, name: name.into(), message: message.into() }
            }
        }

        impl IntoResponse for Rejection {
            fn into_response(self) -> Response {
                let body = if self.location == RejectionLocation::Auth {
                    serde_json::json!({ "detail": self.message })
                } else {
                    serde_json::json!({
                        "detail": format!("{} `{}`: {}", self.location.as_str(), self.name, self.message),
                        "location": self.location.as_str(),
                        "name": self.name,
                    })
                };
                json_response(self.status, serde_json::to_vec(&body))
            }
        }

        #status_code

        /// A JSON response; a body that cannot be serialized is a server error, not a panic.
        fn json_response(status: StatusCode, body: Result<Vec<u8>, serde_json::Error>) -> Response {
            match body {
                Ok(bytes) => (status, [(axum::http::header::CONTENT_TYPE, "application/json")], bytes).into_response(),
                Err(err) => (StatusCode::INTERNAL_SERVER_ERROR, format!("cannot serialize the response: {err}")).into_response(),
            }
        }

        /// Path parameters, by position in the route template.
        #[allow(dead_code)]
        struct PathParams {
            operation: &'static str,
            values: Vec<String>,
        }

        #[allow(dead_code)]
        impl PathParams {
            fn new(operation: &'static str, path: Result<Path<Vec<(String, String)>>, PathRejection>) -> Result<Self, Rejection> {
                match path {
                    Ok(Path(pairs)) => Ok(Self { operation, values: pairs.into_iter().map(|(_, value)| value).collect() }),
                    Err(err) => Err(Rejection::invalid(operation, RejectionLocation::Path, "", err.body_text())),
                }
            }

            fn get<T: ParamValue>(&self, index: usize, name: &'static str) -> Result<T, Rejection> {
                let raw = self.values.get(index).map(String::as_str).unwrap_or_default();
                T::from_param(raw).map_err(|message| Rejection::invalid(self.operation, RejectionLocation::Path, name, message))
            }

            /// One parameter of a segment like `{id}.json`: `literals` are the texts around the
            /// parameters (`["", ".json"]`), `position` which parameter to take.
            fn get_within<T: ParamValue>(&self, index: usize, literals: &[&str], position: usize, name: &'static str) -> Result<T, Rejection> {
                let raw = self.values.get(index).map(String::as_str).unwrap_or_default();
                let value = split_segment(raw, literals).and_then(|values| values.get(position).copied()).ok_or_else(|| {
                    let template = literals.join("{}");
                    Rejection::invalid(self.operation, RejectionLocation::Path, name, format!("`{raw}` does not match `{template}`"))
                })?;
                T::from_param(value).map_err(|message| Rejection::invalid(self.operation, RejectionLocation::Path, name, message))
            }
        }

        /// Splits `12.json` by `["", ".json"]` into `["12"]`; `None` when the text does not fit.
        #[allow(dead_code)]
        fn split_segment<'a>(text: &'a str, literals: &[&str]) -> Option<Vec<&'a str>> {
            let (first, rest) = literals.split_first()?;
            let (last, middle) = rest.split_last()?;
            let mut remaining = text.strip_prefix(first)?.strip_suffix(last)?;
            let mut values = Vec::with_capacity(rest.len());
            for literal in middle {
                let at = remaining.find(literal).filter(|_| !literal.is_empty())?;
                values.push(&remaining[..at]);
                remaining = &remaining[at + literal.len()..];
            }
            values.push(remaining);
            Some(values)
        }

        /// Query string pairs, decoded once.
        #[allow(dead_code)]
        struct QueryParams {
            operation: &'static str,
            pairs: Vec<(String, String)>,
        }

        #[allow(dead_code)]
        impl QueryParams {
            fn parse(operation: &'static str, raw: Option<&str>) -> Self {
                let pairs = form_urlencoded::parse(raw.unwrap_or_default().as_bytes()).into_owned().collect();
                Self { operation, pairs }
            }

            fn optional<T: ParamValue>(&self, name: &'static str) -> Result<Option<T>, Rejection> {
                match self.pairs.iter().find(|(key, _)| key == name) {
                    None => Ok(None),
                    Some((_, value)) => T::from_param(value)
                        .map(Some)
                        .map_err(|message| Rejection::invalid(self.operation, RejectionLocation::Query, name, message)),
                }
            }

            fn required<T: ParamValue>(&self, name: &'static str) -> Result<T, Rejection> {
                self.optional(name)?.ok_or_else(|| {
                    Rejection::invalid(self.operation, RejectionLocation::Query, name, "this parameter is required")
                })
            }

            fn has(&self, name: &str) -> bool {
                self.pairs.iter().any(|(key, _)| key == name)
            }

            fn require(&self, name: &'static str) -> Result<(), Rejection> {
                if self.has(name) {
                    Ok(())
                } else {
                    Err(Rejection::invalid(self.operation, RejectionLocation::Query, name, "this parameter is required"))
                }
            }

            /// Every value of a repeated parameter, through a list type's checking constructor.
            fn checked_list<T: ParamValue, L>(
                &self,
                name: &'static str,
                build: impl FnOnce(Vec<T>) -> Result<L, ConstraintError>,
            ) -> Result<L, Rejection> {
                build(self.all(name)?)
                    .map_err(|err| Rejection::invalid(self.operation, RejectionLocation::Query, name, err.to_string()))
            }

            fn all<T: ParamValue>(&self, name: &'static str) -> Result<Vec<T>, Rejection> {
                self.pairs
                    .iter()
                    .filter(|(key, _)| key == name)
                    .map(|(_, value)| {
                        T::from_param(value)
                            .map_err(|message| Rejection::invalid(self.operation, RejectionLocation::Query, name, message))
                    })
                    .collect()
            }
        }

        #[allow(dead_code)]
        fn header_optional<T: ParamValue>(operation: &'static str, headers: &HeaderMap, name: &'static str) -> Result<Option<T>, Rejection> {
            match headers.get(name) {
                None => Ok(None),
                Some(value) => {
                    let text = value.to_str().map_err(|_| {
                        Rejection::invalid(operation, RejectionLocation::Header, name, "the value is not visible ASCII")
                    })?;
                    T::from_param(text).map(Some).map_err(|message| Rejection::invalid(operation, RejectionLocation::Header, name, message))
                }
            }
        }

        #[allow(dead_code)]
        fn header_required<T: ParamValue>(operation: &'static str, headers: &HeaderMap, name: &'static str) -> Result<T, Rejection> {
            header_optional(operation, headers, name)?
                .ok_or_else(|| Rejection::invalid(operation, RejectionLocation::Header, name, "this header is required"))
        }

        /// Decodes a JSON body; the rejection names the path of the offending field.
        #[allow(dead_code)]
        fn json_body<T: serde::de::DeserializeOwned>(operation: &'static str, body: &Bytes) -> Result<T, Rejection> {
            if body.is_empty() {
                return Err(Rejection::invalid(operation, RejectionLocation::Body, "", "a JSON body is required"));
            }
            let mut deserializer = serde_json::Deserializer::from_slice(body);
            let value: T = serde_path_to_error::deserialize(&mut deserializer).map_err(|err| {
                let path = err.path().to_string();
                let name = if path == "." { String::new() } else { path };
                Rejection::invalid(operation, RejectionLocation::Body, name, err.into_inner().to_string())
            })?;
            deserializer
                .end()
                .map_err(|err| Rejection::invalid(operation, RejectionLocation::Body, "", err.to_string()))?;
            Ok(value)
        }

        #body_decoders

        #auth
    }
}

/// An expression building the body struct from multipart parts (`parts` in scope).
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
    quote! {
        /// The parts of a multipart body, by name.
        struct MultipartParts {
            operation: &'static str,
            parts: Vec<(String, Vec<u8>)>,
        }

        async fn read_multipart(
            operation: &'static str,
            multipart: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
        ) -> Result<MultipartParts, Rejection> {
            let invalid = |message: String| Rejection::invalid(operation, RejectionLocation::Body, "", message);
            let mut multipart = multipart.map_err(|err| invalid(err.body_text()))?;
            let mut parts = Vec::new();
            while let Some(field) = multipart.next_field().await.map_err(|err| invalid(err.body_text()))? {
                let name = field.name().unwrap_or_default().to_owned();
                let bytes = field.bytes().await.map_err(|err| invalid(err.body_text()))?;
                parts.push((name, bytes.to_vec()));
            }
            Ok(MultipartParts { operation, parts })
        }

        #[allow(dead_code)]
        impl MultipartParts {
            fn raw(&self, name: &str) -> Option<&[u8]> {
                self.parts.iter().find(|(n, _)| n == name).map(|(_, bytes)| bytes.as_slice())
            }

            fn file(&self, name: &str) -> Option<Vec<u8>> {
                self.raw(name).map(<[u8]>::to_vec)
            }

            fn text<T: ParamValue>(&self, name: &'static str) -> Result<Option<T>, Rejection> {
                let Some(bytes) = self.raw(name) else { return Ok(None) };
                let text = std::str::from_utf8(bytes)
                    .map_err(|_| Rejection::invalid(self.operation, RejectionLocation::Body, name, "the part is not UTF-8 text"))?;
                T::from_param(text).map(Some).map_err(|message| Rejection::invalid(self.operation, RejectionLocation::Body, name, message))
            }

            fn json<T: serde::de::DeserializeOwned>(&self, name: &'static str) -> Result<Option<T>, Rejection> {
                let Some(bytes) = self.raw(name) else { return Ok(None) };
                serde_json::from_slice(bytes)
                    .map(Some)
                    .map_err(|err| Rejection::invalid(self.operation, RejectionLocation::Body, name, err.to_string()))
            }
        }

        fn required_part<T>(operation: &'static str, name: &'static str, value: Option<T>) -> Result<T, Rejection> {
            value.ok_or_else(|| Rejection::invalid(operation, RejectionLocation::Body, name, "this part is required"))
        }
    }
}
