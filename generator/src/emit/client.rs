//! `client.rs`: an async reqwest client with one method per operation.
//!
//! Every method goes through one non-generic `execute`, so the HTTP machinery is compiled once rather
//! than once per operation. A method is a plain function: it builds its request and returns the
//! future of the generic `send`, handing it a closure that matches the status, so no method is a
//! state machine of its own for rustc to check.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::{BlockKind, Part, block, borrowed_type, doc, doc_lines, gated_items, gated_member, ident, is_text, items, rust_type};
use crate::ir::{
    AuthScheme, BodyMedia, CollectionKind, Ir, Method, Operation, PageStyle, Pagination, Param, PathPart, Primitive, Response, Rule, Status, Success,
    TypeKind, TypeRef,
};
use super::request::{encode_chosen_body, push_param};
use super::features;
use super::support::Piece;

/// `features`: the client goes into a crate with a `middleware` feature (not a `build.rs` module).
pub fn client(ir: &Ir, features: bool) -> Vec<Part<'_>> {
    let preamble = items(move || {
        let runtime = runtime(ir, &auth_schemes(ir), features);
        quote! {
            //! An async client: one method per operation, typed parameters, typed errors per status.

            #[allow(unused_imports)]
            use super::models::*;

            #runtime
        }
    });
    let methods = ir
        .operations
        .iter()
        .map(|op| gated_member(features::of_operation(ir, op), move || operation_method(ir, op, &auth_schemes(ir))))
        .collect();
    let mut parts = vec![preamble, block(BlockKind::Impl, || quote!(impl Client), methods)];
    parts.extend(ir.operations.iter().map(|op| gated_items(features::of_operation(ir, op), move || operation_types(ir, op))));
    parts
}

/// The kinds of credentials some operation of the API accepts.
#[derive(Default)]
pub struct Schemes {
    pub bearer: bool,
    pub basic: bool,
    pub api_key: bool,
}

pub fn auth_schemes(ir: &Ir) -> Schemes {
    Schemes { bearer: ir.needs.bearer, basic: ir.needs.basic, api_key: ir.needs.api_key }
}

/// The support-code conditions (`#[cfg(oagen = "...")]` in `generator/support/`) that hold for
/// this API: which credentials its operations accept, and which request bodies they send.
pub fn support_conditions(ir: &Ir, schemes: &Schemes) -> Vec<&'static str> {
    [
        ("auth", schemes.bearer || schemes.basic || schemes.api_key),
        ("bearer", schemes.bearer),
        ("basic", schemes.basic),
        ("api_key", schemes.api_key),
        ("body", ir.needs.request_bodies),
        ("multipart", ir.needs.multipart),
        ("unchecked", !ir.check_responses),
        ("page_numbers", ir.needs.page_numbers),
        ("cookies", ir.needs.cookies),
        ("next_links", ir.needs.next_links),
        ("json_errors", ir.needs.json_errors),
        ("chosen_statuses", ir.needs.chosen_statuses),
        ("unexpected_statuses", ir.needs.unexpected_statuses),
        ("optional_params", ir.needs.optional_params),
        ("optional_lists", ir.needs.optional_lists),
        ("json_responses", ir.needs.json_responses),
    ]
    .into_iter()
    .filter_map(|(name, holds)| holds.then_some(name))
    .collect()
}

/// The client type, its error type, and the one request path every method shares
/// (`generator/support/client/`).
fn runtime(ir: &Ir, schemes: &Schemes, features: bool) -> TokenStream {
    let title = format!(" A client for {} {}.", ir.api.title, ir.api.version);
    let mut conditions = support_conditions(ir, schemes);
    if features {
        conditions.push(super::support::FEATURES);
    }
    let any_auth = schemes.bearer || schemes.basic || schemes.api_key;
    let uses_form = ir.needs.form_requests;
    let has_json_body = ir.needs.json_requests;
    let decodes_json = ir.needs.json_responses;
    let client = Piece::ClientStruct.tokens_with(&conditions);
    let credentials = any_auth.then(|| Piece::ClientCredentials.tokens_with(&conditions));
    let client_errors = Piece::ClientErrors.tokens_with(&conditions);
    let response_value = Piece::ClientResponse.tokens();
    let pages = ir.needs.pagination.then(|| Piece::ClientPages.tokens_with(&conditions));
    let key_types = schemes.api_key.then(|| Piece::ClientApiKey.tokens());
    let request = Piece::ClientRequest.tokens_with(&conditions);
    let form_encoder = uses_form.then(|| Piece::ClientEncodeForm.tokens());
    let json_decoder = decodes_json.then(|| Piece::ClientDecode.tokens_with(&conditions));
    let json_encoder = has_json_body.then(|| Piece::ClientEncode.tokens());
    let methods = Piece::ClientMethods.tokens_with(&conditions);
    quote! {
        #[doc = #title]
        #client
        #credentials
        #client_errors
        #response_value
        #pages
        #key_types
        #request
        #form_encoder
        #json_decoder
        #json_encoder
        #methods
    }
}

fn method_tokens(method: Method) -> TokenStream {
    match method {
        Method::Get => quote!(reqwest::Method::GET),
        Method::Put => quote!(reqwest::Method::PUT),
        Method::Post => quote!(reqwest::Method::POST),
        Method::Delete => quote!(reqwest::Method::DELETE),
        Method::Options => quote!(reqwest::Method::OPTIONS),
        Method::Head => quote!(reqwest::Method::HEAD),
        Method::Patch => quote!(reqwest::Method::PATCH),
        Method::Trace => quote!(reqwest::Method::TRACE),
    }
}

/// What a successful call returns: the one documented body, `()`, or an enum of several.
pub fn success_type(ir: &Ir, op: &Operation) -> TokenStream {
    match &op.success {
        Success::Nothing => quote!(()),
        Success::One(ty) => rust_type(ir, ty),
        Success::Several { type_name } => {
            let name = ident(type_name);
            quote!(#name)
        }
    }
}

fn operation_method(ir: &Ir, op: &Operation, schemes: &Schemes) -> TokenStream {
    let api_has_bodies = ir.needs.request_bodies;
    let name = ident(&op.name);
    let with_response = ident(&op.response_method);
    let error_type = ident(&op.error_type);
    let success = success_type(ir, op);
    let docs = method_doc(ir, op);
    let deprecated = op.deprecated.then(|| quote!(#[doc = ""] #[doc = " Deprecated by the API."]));
    let response_doc = format!(" Like [`Client::{}`], with the response's status and headers.", op.name);

    // Every reference a method takes lives as long as the future it returns: `'a`.
    let path_args: Vec<TokenStream> = op
        .path_params
        .iter()
        .map(|p| {
            let name = ident(&p.name);
            let ty = borrowed_type(ir, &p.ty, &quote!('a));
            quote!(#name: #ty,)
        })
        .collect();
    let arg_names: Vec<TokenStream> = op
        .path_params
        .iter()
        .map(|p| ident(&p.name))
        .map(|n| quote!(#n,))
        .chain(op.params.as_ref().map(|_| quote!(params,)))
        .chain(op.body.as_ref().map(|_| quote!(body,)))
        .collect();
    let params_arg = op.params.as_ref().map(|params| {
        let ty = ident(&params.name);
        quote!(params: &'a #ty,)
    });
    let body_arg = op.body.as_ref().map(|body| {
        let ty = match body.ty {
            TypeRef::Primitive(Primitive::Binary) => quote!([u8]),
            TypeRef::Primitive(Primitive::String) => quote!(str),
            ref other => rust_type(ir, other),
        };
        if body.required { quote!(body: &'a #ty,) } else { quote!(body: Option<&'a #ty>,) }
    });

    // Path: each segment is a literal, a parameter, or a format of both.
    let segments: Vec<TokenStream> = op
        .segments
        .iter()
        .map(|segment| match segment.parts.as_slice() {
            [PathPart::Literal(text)] => quote!(#text.to_owned()),
            [PathPart::Param(index)] if is_text(ir, &op.path_params[*index].ty) => {
                let param = ident(&op.path_params[*index].name);
                quote!(#param.to_owned())
            }
            [PathPart::Param(index)] => {
                let param = ident(&op.path_params[*index].name);
                quote!(ParamValue::to_param(#param))
            }
            parts => {
                let pieces = parts.iter().map(|part| match part {
                    PathPart::Literal(text) => quote!(#text.to_owned()),
                    PathPart::Param(index) if is_text(ir, &op.path_params[*index].ty) => {
                        let param = ident(&op.path_params[*index].name);
                        quote!(#param.to_owned())
                    }
                    PathPart::Param(index) => {
                        let param = ident(&op.path_params[*index].name);
                        quote!(ParamValue::to_param(#param))
                    }
                });
                quote!([#(#pieces),*].concat())
            }
        })
        .collect();

    let query: Vec<TokenStream> = op.query_params.iter().map(|p| push_param(p, &quote!(query))).collect();
    let headers: Vec<TokenStream> = op.header_params.iter().map(|p| push_param(p, &quote!(headers))).collect();
    let cookies: Vec<TokenStream> = op.cookie_params.iter().map(|p| push_param(p, &quote!(cookies))).collect();
    // Cookie parameters travel together in one `Cookie` header.
    let cookie_header = (!op.cookie_params.is_empty()).then(|| {
        quote! {
            if !cookies.is_empty() {
                headers.push(("cookie", cookie_header(&cookies)));
            }
        }
    });
    let cookies_init = (!op.cookie_params.is_empty()).then(|| quote!(let mut cookies = Vec::new();));
    let body = match &op.body {
        None => quote!(None),
        Some(body) => {
            let encoded = encode_chosen_body(op, body);
            if body.required { quote!(Some(#encoded)) } else { quote!(body.map(|body| #encoded)) }
        }
    };
    let accept = &op.accept;
    let body_field = api_has_bodies.then(|| quote!(body: #body,));
    let query_init = if op.query_params.is_empty() { quote!(let query = Vec::new();) } else { quote!(let mut query = Vec::new();) };
    let headers_init = if op.header_params.is_empty() && op.cookie_params.is_empty() {
        quote!(let headers = Vec::new();)
    } else {
        quote!(let mut headers = Vec::new();)
    };
    let method = method_tokens(op.method);
    let any_auth = schemes.bearer || schemes.basic || schemes.api_key;
    let requires_auth = !op.auth.is_empty();
    let authenticated = any_auth.then(|| quote!(authenticated: #requires_auth,));
    let api_keys = op
        .auth
        .iter()
        .filter_map(|a| match a {
            AuthScheme::ApiKey { location, name } => Some(match location {
                crate::ir::ApiKeyLocation::Header => quote!(ApiKeyPlace::Header(#name)),
                crate::ir::ApiKeyLocation::Query => quote!(ApiKeyPlace::Query(#name)),
                crate::ir::ApiKeyLocation::Cookie => quote!(ApiKeyPlace::Cookie(#name)),
            }),
            _ => None,
        })
        .collect::<Vec<_>>();
    let api_keys_field = schemes.api_key.then(|| quote!(api_keys: &[#(#api_keys),*],));
    let arms = status_arms(op, false);
    // With no documented status the match has only its fallback arm.
    let allow_single = op.responses.is_empty().then(|| quote!(#[allow(clippy::match_single_binding)]));
    let allow_single2 = allow_single.clone();

    let stream = op.pagination.as_ref().map(|pages| stream_method(ir, op, pages));
    // Builds the request, then sends it and reads the response (`arms`, by status): a future.
    let request = |accept_value: &TokenStream, arms: &TokenStream| {
        quote! {
            #query_init
            #headers_init
            #cookies_init
            #(#query)*
            #(#headers)*
            #(#cookies)*
            #cookie_header
            let request = Request {
                method: #method,
                segments: vec![#(#segments),*],
                query,
                headers,
                #body_field
                accept: #accept_value,
                #authenticated
                #api_keys_field
            };
            self.send(request, |answer| match answer.status {
                #arms
            })
        }
    };
    let work = request(&quote!(#accept), &arms);
    let params_arg2 = params_arg.clone();
    let body_arg2 = body_arg.clone();
    // With a choice of media types, the method doing the work takes the one to send.
    let (full_method, full_doc, content_type_arg, chooser) = match (&op.content_type_method, &op.body) {
        (Some(method), Some(body)) => {
            let method = ident(method);
            let offered = body.offered();
            let default = offered.first().map_or("application/json", |a| a.media_type.as_str());
            let list: Vec<String> = offered.iter().map(|a| format!("`{}`", a.media_type)).collect();
            let doc = format!(" Like [`Client::{}`], with the body sent as `content_type`: one of {}.", op.response_method, list.join(", "));
            let chooser = quote! {
                #[doc = #response_doc]
                pub fn #with_response<'a>(&'a self, #(#path_args)* #params_arg2 #body_arg2) -> impl std::future::Future<Output = Result<ResponseValue<#success>, Error<#error_type>>> + 'a {
                    self.#method(#(#arg_names)* #default)
                }
            };
            (method, doc, Some(quote!(content_type: &'a str,)), chooser)
        }
        _ => (with_response.clone(), response_doc, None, TokenStream::new()),
    };
    let params_arg3 = params_arg.clone();
    let body_arg3 = body_arg.clone();
    let accept_method = op.accept_choice.as_ref().map(|choice| {
        let method = ident(&choice.method);
        let types = &choice.media_types;
        let list: Vec<String> = types.iter().map(|m| format!("`{m}`")).collect();
        let doc = format!(
            " Like [`Client::{}`], asking for the success in the media type `accept` names (one of {}) and returning its bytes as sent.",
            op.response_method,
            list.join(", ")
        );
        let message = format!("{} answers in {}, not `{{other}}`", op.id.replace('{', "{{").replace('}', "}}"), list.join(", "));
        // The chosen body media type: the default.
        let content_type = op.content_type_method.as_ref().and(op.body.as_ref()).and_then(|b| b.offered().first().map(|a| a.media_type.clone())).map(|default| quote!(let content_type = #default;));
        let work = request(&quote!(accepted), &status_arms(op, true));
        quote! {
            #[doc = #doc]
            #allow_single2
            pub async fn #method<'a>(&'a self, #(#path_args)* #params_arg #body_arg accept: &'a str) -> Result<ResponseValue<Vec<u8>>, Error<#error_type>> {
                let accepted = match accept {
                    #(#types => #types,)*
                    other => return Err(Error::InvalidRequest(format!(#message))),
                };
                #content_type
                let response = { #work };
                response.await
            }
        }
    });
    quote! {
        #docs
        #deprecated
        pub fn #name<'a>(&'a self, #(#path_args)* #params_arg #body_arg) -> impl std::future::Future<Output = Result<#success, Error<#error_type>>> + 'a {
            into_inner(self.#with_response(#(#arg_names)*))
        }

        #chooser

        #[doc = #full_doc]
        #allow_single
        pub fn #full_method<'a>(&'a self, #(#path_args)* #params_arg3 #body_arg3 #content_type_arg) -> impl std::future::Future<Output = Result<ResponseValue<#success>, Error<#error_type>>> + 'a {
            #work
        }

        #accept_method

        #stream
    }
}

/// `match answer.status { ... }` arms: successes return (as their bytes when `raw`), documented errors
/// become `Error::Api`.
fn status_arms(op: &Operation, raw: bool) -> TokenStream {
    let error_type = ident(&op.error_type);
    let several = matches!(op.success, Success::Several { .. });
    let success_type = success_type_ident(op);
    let mut exact = Vec::new();
    let mut ranges = Vec::new();
    let mut fallback = None;
    for response in &op.responses {
        let variant = ident(&response.variant);
        let decoded = match &response.media {
            BodyMedia::Text { .. } => quote!(String::from_utf8_lossy(&answer.body).into_owned()),
            BodyMedia::Binary { .. } | BodyMedia::Form | BodyMedia::Multipart => quote!(answer.body),
            BodyMedia::Json => quote!(answer.decode()?),
        };
        let value = match (response.is_success(), several, &response.body) {
            _ if response.is_json_error() => {
                quote!(answer.error(#error_type::#variant))
            }
            (true, ..) if raw => quote!(Ok(answer.body)),
            (true, false, Some(_)) if response.media == BodyMedia::Json => quote!(answer.decode()),
            (true, false, Some(_)) => quote!(Ok(#decoded)),
            (true, false, None) => quote!(Ok(())),
            (true, true, _) => {
                let success = variant_value(&success_type, response, &decoded);
                quote!(Ok(#success))
            }
            (false, ..) => {
                let inner = variant_value(&error_type, response, &decoded);
                quote!(Err(Error::Api(#inner, Box::new(answer.headers.clone()))))
            }
        };
        match response.status {
            Status::Code(code) => {
                let code = Literal::u16_unsuffixed(code);
                exact.push(quote!(#code => #value,))
            }
            Status::Range(first) => {
                let (low, high) = (Literal::u16_unsuffixed(first * 100), Literal::u16_unsuffixed(first * 100 + 99));
                ranges.push(quote!(#low..=#high => #value,));
            }
            Status::Default => fallback = Some(quote!(_ => #value,)),
        }
    }
    let no_success_documented = op.successes().next().is_none() && !several;
    let implicit_value = if raw { quote!(Ok(answer.body)) } else { quote!(Ok(())) };
    let implicit_success = (no_success_documented && fallback.is_none()).then(|| quote!(200..=299 => #implicit_value,));
    let fallback = fallback.unwrap_or_else(|| quote!(_ => answer.unexpected(),));
    quote! {
        #(#exact)*
        #(#ranges)*
        #implicit_success
        #fallback
    }
}

/// A response's variant of `enum_type` built from the response: its body (`decoded`) and, for a
/// range or `default`, the status it came with (see [`response_variant`]).
fn variant_value(enum_type: &proc_macro2::Ident, response: &Response, decoded: &TokenStream) -> TokenStream {
    let variant = ident(&response.variant);
    let carries_status = !matches!(response.status, Status::Code(_));
    match (&response.body, carries_status) {
        (Some(_), false) => quote!(#enum_type::#variant(#decoded)),
        (None, false) => quote!(#enum_type::#variant),
        (Some(_), true) => quote!(#enum_type::#variant { status: answer.status, body: #decoded }),
        (None, true) => quote!(#enum_type::#variant { status: answer.status }),
    }
}

/// The per-operation error enum (and success enum when several successes differ).
fn operation_types(ir: &Ir, op: &Operation) -> TokenStream {
    let error_type = ident(&op.error_type);
    let summary = format!(" Error responses `{}` documents.", op.name);
    let failures: Vec<&Response> = op.failures().collect();
    let variants = failures.iter().map(|r| response_variant(ir, r));
    let status_arms = failures.iter().map(|r| {
        let variant = ident(&r.variant);
        match (r.status, &r.body) {
            (Status::Code(code), Some(_)) => {
                let code = Literal::u16_unsuffixed(code);
                quote!(Self::#variant(_) => #code,)
            }
            (Status::Code(code), None) => {
                let code = Literal::u16_unsuffixed(code);
                quote!(Self::#variant => #code,)
            }
            _ => quote!(Self::#variant { status, .. } => *status,),
        }
    });
    let status_fn = if failures.is_empty() {
        quote! {
            pub fn status(&self) -> u16 {
                match *self {}
            }
        }
    } else {
        quote! {
            pub fn status(&self) -> u16 {
                match self {
                    #(#status_arms)*
                }
            }
        }
    };
    // `stages_source_list answered 403 Forbidden: GenericError { detail: ... }`.
    let formatter = if failures.is_empty() { quote!(_) } else { quote!(f) };
    let display = if failures.is_empty() {
        quote!(match *self {})
    } else {
        // The id goes into a format string: its braces are doubled.
        let prefix = format!("{} answered {{}}: {{:?}}", op.id.replace('{', "{{").replace('}', "}}"));
        quote!(write!(f, #prefix, self.status(), self))
    };
    let success = matches!(op.success, Success::Several { .. }).then(|| {
        let name = success_type_ident(op);
        let doc = format!(" Successful responses of `{}`.", op.name);
        let variants = op.successes().map(|r| response_variant(ir, r));
        quote! {
            #[doc = #doc]
            #[derive(Debug, Clone, PartialEq)]
            pub enum #name {
                #(#variants)*
            }
        }
    });
    quote! {
        #[doc = #summary]
        #[derive(Debug, Clone, PartialEq)]
        pub enum #error_type {
            #(#variants)*
        }

        impl #error_type {
            /// The HTTP status this error came with.
            #status_fn
        }

        impl std::fmt::Display for #error_type {
            fn fmt(&self, #formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                #display
            }
        }

        impl std::error::Error for #error_type {}

        impl ApiError for #error_type {
            fn status(&self) -> u16 {
                #error_type::status(self)
            }
        }

        #success
    }
}

/// A variant for one documented response: `Ok(Body)`, `NoContent`, `Default { status, body }`.
pub fn response_variant(ir: &Ir, response: &Response) -> TokenStream {
    let variant = ident(&response.variant);
    let docs = doc(response.doc.as_deref());
    let carries_status = !matches!(response.status, Status::Code(_));
    match (&response.body, carries_status) {
        (Some(ty), false) => {
            let ty = rust_type(ir, ty);
            quote!(#docs #variant(#ty),)
        }
        (None, false) => quote!(#docs #variant,),
        (Some(ty), true) => {
            let ty = rust_type(ir, ty);
            quote!(#docs #variant { status: u16, body: #ty },)
        }
        (None, true) => quote!(#docs #variant { status: u16 },),
    }
}

/// The enum of several successes (only named when the operation has one).
fn success_type_ident(op: &Operation) -> proc_macro2::Ident {
    match &op.success {
        Success::Several { type_name } => ident(type_name),
        _ => format_ident!("Never"),
    }
}

/// `{name}_stream`: every item of every page, from the page `params` names (or the first).
fn stream_method(ir: &Ir, op: &Operation, pages: &Pagination) -> TokenStream {
    let method = ident(&pages.method);
    let name = ident(&op.name);
    let error_type = ident(&op.error_type);
    let item = rust_type(ir, &pages.item);
    let items = ident(&pages.items_field);
    if let PageStyle::NextLink { next, next_optional } = &pages.style {
        return next_link_stream(ir, op, pages, next, *next_optional);
    }
    let Some(params) = &op.params else { return TokenStream::new() };
    let params_type = ident(&params.name);
    let field_path = |path: &[String]| {
        let fields = path.iter().map(|f| ident(f));
        quote!(page #(.#fields)*)
    };
    let (next, doc) = match &pages.style {
        PageStyle::PageNumber { param, param_type, next, next_optional, .. } => {
            let wire = op.query_params.iter().find(|p| &p.name == param).map_or("page", |p| p.wire_name.as_str());
            let param = ident(param);
            let value = field_path(next);
            let number = if *next_optional { quote!(#value.and_then(PageNumber::page)) } else { quote!(PageNumber::page(#value)) };
            let number = match param_type {
                Primitive::I32 => quote!(#number.and_then(|n| i32::try_from(n).ok())),
                _ => number,
            };
            let doc = format!(
                " Pages by the `{}` query parameter; the last page is the one whose `{}` is 0 or absent.",
                wire,
                next.join(".")
            );
            // A server naming the page just read as the next one would loop forever: stop.
            let next = quote! {
                let next = #number.filter(|n| Some(*n) != params.#param);
                next.map(|n| #params_type { #param: Some(n), ..params })
            };
            (next, doc)
        }
        PageStyle::NextLink { .. } => return TokenStream::new(),
        PageStyle::Cursor { param, next, next_optional } => {
            let param = ident(param);
            let value = field_path(next);
            let cursor = if *next_optional { value } else { quote!(Some(#value)) };
            let doc = format!(" Pages by the `{param}` query parameter; the last page has no `{}`.", next.join("."));
            let next = quote! {
                let next = #cursor.filter(|c| !c.is_empty() && Some(c) != params.#param.as_ref());
                next.map(|c| #params_type { #param: Some(c), ..params })
            };
            (next, doc)
        }
    };
    let summary = format!(" Every item of [`Client::{}`], page after page, as a stream; an error ends it.", op.name);
    quote! {
        #[doc = #summary]
        #[doc = ""]
        #[doc = #doc]
        pub fn #method(&self, params: #params_type) -> impl futures::Stream<Item = Result<#item, Error<#error_type>>> + '_ {
            paginate(params, move |params: #params_type| async move {
                let page = self.#name(&params).await?;
                let next = { #next };
                Ok((page.#items, next))
            })
        }
    }
}

/// The stream of an operation paged by links: the first page from the operation's own URL,
/// each next one from the link the page before gives.
fn next_link_stream(ir: &Ir, op: &Operation, pages: &Pagination, next: &[String], next_optional: bool) -> TokenStream {
    let method = ident(&pages.method);
    let item = rust_type(ir, &pages.item);
    let name = ident(&op.name);
    let error_type = ident(&op.error_type);
    let items = ident(&pages.items_field);
    let fields = next.iter().map(|f| ident(f));
    let link = if next_optional { quote!(page #(.#fields)*) } else { quote!(Some(page #(.#fields)*)) };
    let summary = format!(" Every item of [`Client::{}`], page after page, as a stream; an error ends it.", op.name);
    let doc = format!(
        " Each next page is the link in `{}` (on the API's own origin only); the last page has none.",
        next.join(".")
    );
    let (params_arg, params_type, first, call) = match &op.params {
        Some(params) => {
            let params_type = ident(&params.name);
            (quote!(params: #params_type), quote!(#params_type), quote!(params), quote!(#name(&params)))
        }
        None => (TokenStream::new(), quote!(()), quote!(()), quote!(#name())),
    };
    quote! {
        #[doc = #summary]
        #[doc = ""]
        #[doc = #doc]
        pub fn #method(&self, #params_arg) -> impl futures::Stream<Item = Result<#item, Error<#error_type>>> + '_ {
            paginate((#first, None), move |(params, link): (#params_type, Option<String>)| async move {
                let page = match &link {
                    Some(link) => self.following(link).#call.await?,
                    None => self.#call.await?,
                };
                // A page linking to itself would loop forever: stop.
                let next = #link.filter(|next| !next.is_empty() && Some(next) != link.as_ref());
                Ok((page.#items, next.map(|next| (params, Some(next)))))
            })
        }
    }
}

/// A method's doc: HTTP method and path, summary and description, each parameter with its wire
/// name and constraints, the body, and the documented errors.
fn method_doc(ir: &Ir, op: &Operation) -> TokenStream {
    let mut lines: Vec<String> = vec![format!("`{} {}`", op.method.as_str(), op.path)];
    if let Some(text) = &op.doc {
        lines.push(String::new());
        lines.extend(text.lines().map(str::to_owned));
    }
    let params: Vec<(&str, &Param)> = op
        .path_params
        .iter()
        .map(|p| ("path", p))
        .chain(op.query_params.iter().map(|p| ("query", p)))
        .chain(op.header_params.iter().map(|p| ("header", p)))
        .chain(op.cookie_params.iter().map(|p| ("cookie", p)))
        .collect();
    if !params.is_empty() || op.body.is_some() {
        lines.push(String::new());
        lines.push("# Parameters".into());
        lines.push(String::new());
    }
    for (place, param) in params {
        let rust = if place == "path" { format!("`{}`", param.name) } else { format!("`params.{}`", param.name) };
        let mut line = format!("- {rust}: {place} `{}`", param.wire_name);
        if param.required && place != "path" {
            line.push_str(", required");
        }
        if let Some(rules) = constraints_text(ir, &param.ty) {
            line.push_str(&format!("; {rules}"));
        }
        if let Some(text) = param.doc.as_deref().and_then(|d| d.lines().next()).filter(|l| !l.starts_with("Wire name:")) {
            line.push_str(&format!(". {text}"));
        }
        lines.push(line);
    }
    if let Some(body) = &op.body {
        let required = if body.required { "required" } else { "optional" };
        lines.push(format!("- `body`: `{}`, {required}", body.media.content_type()));
    }
    let failures: Vec<&Response> = op.failures().collect();
    lines.push(String::new());
    lines.push("# Errors".into());
    lines.push(String::new());
    for response in &failures {
        let status = match response.status {
            Status::Code(code) => code.to_string(),
            Status::Range(first) => format!("{first}XX"),
            Status::Default => "any other status".into(),
        };
        let what = response.doc.as_deref().and_then(|d| d.lines().next()).unwrap_or("");
        lines.push(format!("- {status}: [`{}::{}`] {what}", op.error_type, response.variant).trim_end().to_owned());
    }
    if op.responses.iter().any(|r| r.status == Status::Default) {
        lines.push("- bodies that do not match their schema: [`Error::InvalidBody`]".into());
    } else {
        lines.push("- statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]".into());
    }
    // One text, so the description's code blocks are made inert like every other doc's.
    doc_lines(&lines.join("\n"), false)
}

/// The constraints a parameter's type enforces, in words.
fn constraints_text(ir: &Ir, ty: &TypeRef) -> Option<String> {
    let def = ir.types.resolve(ty)?;
    let words: Vec<String> = match &def.kind {
        TypeKind::Constrained(c) => c
            .rules
            .iter()
            .map(|rule| match rule {
                Rule::MinLength(n) => format!("at least {n} characters"),
                Rule::MaxLength(n) => format!("at most {n} characters"),
                Rule::Pattern { ecma, .. } => format!("matches `{ecma}`"),
                Rule::Minimum { value, exclusive } => format!("{} {}", if *exclusive { ">" } else { ">=" }, number_text(*value)),
                Rule::Maximum { value, exclusive } => format!("{} {}", if *exclusive { "<" } else { "<=" }, number_text(*value)),
                Rule::MultipleOf(n) => format!("a multiple of {}", number_text(*n)),
                Rule::OneOf(values) => format!("one of {}", values.iter().map(|v| number_text(*v)).collect::<Vec<_>>().join(", ")),
            })
            .collect(),
        TypeKind::Collection(c) => {
            let noun = if c.kind == CollectionKind::List { "items" } else { "properties" };
            let mut words = Vec::new();
            words.extend(c.min.map(|n| format!("at least {n} {noun}")));
            words.extend(c.max.map(|n| format!("at most {n} {noun}")));
            if c.unique {
                words.push("no duplicates".into());
            }
            words
        }
        TypeKind::StringEnum(e) => {
            vec![format!("one of {}", e.variants.iter().map(|v| format!("`{}`", v.value)).collect::<Vec<_>>().join(", "))]
        }
        _ => Vec::new(),
    };
    (!words.is_empty()).then(|| words.join(", "))
}

fn number_text(number: crate::ir::Number) -> String {
    match number {
        crate::ir::Number::Int(n) => n.to_string(),
        crate::ir::Number::Float(x) => x.to_string(),
    }
}
