//! Each operation's response enum: one variant per documented status, and `IntoResponse`, which
//! checks a status the handler picks against what its response covers.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::emit::client::response_variant;
use crate::emit::ident;
use crate::ir::{BodyMedia, Ir, Operation, Status};

pub(super) fn response_enum(ir: &Ir, op: &Operation) -> TokenStream {
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

/// `StatusCode::FORBIDDEN` for a standard code, `status_code(499)` for others.
pub(super) fn status_const(code: u16) -> TokenStream {
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
pub(super) fn axum_status_name(code: u16) -> Option<&'static str> {
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
