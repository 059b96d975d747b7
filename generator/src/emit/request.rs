//! How the client writes a request: parameters as their shapes lay them out, and the body in
//! its media type.

use proc_macro2::TokenStream;
use quote::quote;

use super::ident;
use crate::ir::{BodyMedia, Operation, OptionalPush, PartKind, Presence, QueryShape, RequestBody};

/// Pushes a parameter onto `list` (`query`, `headers` or `cookies`) as its shape lays it out.
pub(super) fn push_param(param: &crate::ir::Param, list: &TokenStream) -> TokenStream {
    let name = ident(&param.name);
    let key = &param.wire_name;
    // The common shapes take one line: a call, rather than an `if let` block.
    match param.optional_push() {
        Some(OptionalPush::Set) => return quote!(push_set(&mut #list, #key, params.#name.as_ref());),
        Some(OptionalPush::Each) => return quote!(push_each(&mut #list, #key, params.#name.as_deref());),
        None if param.required && param.shape == QueryShape::Single => {
            return quote!(#list.push((#key, ParamValue::to_param(&params.#name))););
        }
        None => {}
    }
    // `value` names a reference to the parameter's value.
    let push = push_value(&param.shape, key, list, &quote!(value));
    if param.required {
        quote!({
            let value = &params.#name;
            #push
        })
    } else {
        quote!(if let Some(value) = &params.#name { #push })
    }
}

/// Pushes the pairs of `value` (a reference) under `key`: an exploded list repeats the key per
/// item, a delimited one joins its items, an object pushes one pair (or more) per property.
fn push_value(shape: &QueryShape, key: &str, list: &TokenStream, value: &TokenStream) -> TokenStream {
    match shape {
        QueryShape::Single => quote!(#list.push((#key, ParamValue::to_param(#value)));),
        QueryShape::List | QueryShape::CheckedList => {
            quote!(for item in #value.iter() { #list.push((#key, ParamValue::to_param(item))); })
        }
        QueryShape::Delimited { delimiter, .. } => {
            let delimiter = delimiter.to_string();
            quote!(#list.push((#key, #value.iter().map(ParamValue::to_param).collect::<Vec<_>>().join(#delimiter)));)
        }
        QueryShape::Object(object) if object.packed => {
            // Every property in one value: `name,x,age,3`.
            let fields = object_fields(object, &quote!(packed), value);
            quote!({
                let mut packed: Vec<(&str, String)> = Vec::new();
                #fields
                #list.push((#key, packed.iter().flat_map(|(name, text)| [*name, text.as_str()]).collect::<Vec<_>>().join(",")));
            })
        }
        QueryShape::Object(object) => object_fields(object, list, value),
    }
}

/// Pushes each property of an object (`value`, a reference) onto `list`.
fn object_fields(object: &crate::ir::QueryObject, list: &TokenStream, value: &TokenStream) -> TokenStream {
    let fields = object.fields.iter().map(|field| {
        let member = ident(&field.field);
        let field_key = &field.key;
        let push = push_value(&field.shape, field_key, list, &quote!(item));
        match field.presence {
            Presence::Required => quote!({
                let item = &#value.#member;
                #push
            }),
            Presence::Optional => quote!(if let Some(item) = &#value.#member { #push }),
            // An explicit `null` is the key with an empty value.
            Presence::TriState => quote!(match &#value.#member {
                Some(Some(item)) => { #push }
                Some(None) => #list.push((#field_key, String::new())),
                None => {}
            }),
        }
    });
    quote!(#(#fields)*)
}

/// An expression of type `Body` for `body` (a reference to the body value): as its one media
/// type, or as the one the caller chose (`content_type`).
pub(super) fn encode_chosen_body(op: &Operation, body: &RequestBody) -> TokenStream {
    let offered = body.offered();
    match (&op.content_type_method, offered.first()) {
        (Some(_), _) => {
            let arms = offered.iter().map(|a| {
                let media_type = &a.media_type;
                let encoded = encode_body(body, &a.media, media_type);
                quote!(#media_type => #encoded,)
            });
            let list: Vec<String> = offered.iter().map(|a| format!("`{}`", a.media_type)).collect();
            let message = format!("{} sends its body as {}, not `{{other}}`", op.id.replace('{', "{{").replace('}', "}}"), list.join(", "));
            quote!(match content_type {
                #(#arms)*
                other => Body::Invalid(format!(#message)),
            })
        }
        (None, Some(first)) => encode_body(body, &first.media, &first.media_type),
        (None, None) => encode_body(body, &body.media, body.media.content_type()),
    }
}

fn encode_body(body: &RequestBody, media: &BodyMedia, content_type: &str) -> TokenStream {
    match media {
        BodyMedia::Json => quote!(encode(#content_type, body)),
        BodyMedia::Form => quote!(encode_form(#content_type, body)),
        BodyMedia::Text { .. } => quote!(Body::Bytes { content_type: #content_type, bytes: body.as_bytes().to_vec() }),
        BodyMedia::Binary { .. } => quote!(Body::Bytes { content_type: #content_type, bytes: body.to_vec() }),
        BodyMedia::Multipart => {
            let parts = body.multipart.iter().flat_map(|m| &m.parts).map(|part| {
                let name = ident(&part.field);
                let wire = &part.wire_name;
                let add = |value: TokenStream| match part.kind {
                    PartKind::File => quote! {
                        form = form.part(#wire, reqwest::multipart::Part::bytes(<[u8]>::to_vec(#value)).file_name(#wire));
                    },
                    PartKind::Text => quote! {
                        form = form.text(#wire, ParamValue::to_param(#value));
                    },
                    // A part that cannot be written makes the whole body invalid.
                    PartKind::Json => quote! {
                        match serde_json::to_string(#value) {
                            Ok(text) => form = form.text(#wire, text),
                            Err(err) => break 'form Body::Invalid(err.to_string()),
                        }
                    },
                };
                match part.presence {
                    Presence::TriState => {
                        let add = add(quote!(value));
                        quote!(if let Some(Some(value)) = &body.#name { #add })
                    }
                    Presence::Optional => {
                        let add = add(quote!(value));
                        quote!(if let Some(value) = &body.#name { #add })
                    }
                    Presence::Required => add(quote!(&body.#name)),
                }
            });
            let has_json = body.multipart.iter().flat_map(|m| &m.parts).any(|part| part.kind == PartKind::Json);
            let label = has_json.then(|| quote!('form:));
            quote!(#label {
                let mut form = reqwest::multipart::Form::new();
                #(#parts)*
                Body::Multipart(form)
            })
        }
    }
}

