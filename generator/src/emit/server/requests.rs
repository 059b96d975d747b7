//! Each operation's handler and request parser: credentials first, then the body's media type
//! and size, then parameters and body, each read as its shape lays it out.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::responses::status_const;
use super::{authenticates, authenticates_optionally, declaring_trait, request_args};
use crate::emit::{ident, rust_type};
use crate::ir::{ApiKeyLocation, AuthScheme, BodyMedia, Capture, Ir, Multipart, Operation, PartKind, Presence, QueryObject, QueryShape, TypeRef};

pub(super) fn handler(ir: &Ir, op: &Operation, open_enums: bool) -> TokenStream {
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
