//! Structs of the models: the type (serde's derive writes `Serialize`) and its `Deserialize`,
//! written out as one loop over the object's keys that calls the generic helpers of
//! `support/models/read_object.rs`.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::{doc, ident, rust_type};
use crate::ir::{Field, Ir, Struct, UuidText};

/// The struct, its fields as the API names them, and its `Deserialize`.
pub fn emit_struct(ir: &Ir, name: &str, docs: TokenStream, derives: TokenStream, s: &Struct) -> TokenStream {
    let type_name = ident(name);
    let fields = s.fields.iter().map(|field| struct_field(ir, field));
    let additional = s.additional.as_ref().map(|ty| {
        let ty = rust_type(ir, ty);
        quote! {
            /// Properties not listed in the schema.
            #[serde(flatten)]
            pub additional_properties: std::collections::BTreeMap<String, #ty>,
        }
    });
    let deserialize = read_struct(ir, name, s);
    quote! {
        #docs
        #derives
        pub struct #type_name {
            #(#fields)*
            #additional
        }

        #deserialize
    }
}

fn struct_field(ir: &Ir, field: &Field) -> TokenStream {
    let docs = doc(field_doc(field).as_deref());
    let name = ident(&field.name);
    let rename = (field.name != field.wire_name).then(|| {
        let wire = &field.wire_name;
        quote!(#[serde(rename = #wire)])
    });
    let ty = field_type(ir, field);
    // Absent optional fields stay absent on the wire.
    let skip = (!field.required).then(|| quote!(#[serde(skip_serializing_if = "Option::is_none")]));
    quote! {
        #docs
        #rename
        #skip
        pub #name: #ty,
    }
}

/// The field's Rust type: `T`; `Option<T>` when it may be absent (and then `null` is refused)
/// or is required and nullable; `Option<Option<T>>` when absent and `null` differ (optional and
/// nullable: `Some(None)` clears a value in a PATCH body).
fn field_type(ir: &Ir, field: &Field) -> TokenStream {
    let ty = rust_type(ir, &field.ty);
    if field.is_tri_state() {
        quote!(Option<Option<#ty>>)
    } else if field.is_optional() {
        quote!(Option<#ty>)
    } else {
        ty
    }
}

fn field_doc(field: &Field) -> Option<String> {
    let mut notes = Vec::new();
    if field.read_only {
        notes.push("Read-only: set by the server.");
    }
    if field.write_only {
        notes.push("Write-only: never returned by the server.");
    }
    if field.deprecated {
        notes.push("Deprecated.");
    }
    let text = match (&field.doc, notes.is_empty()) {
        (Some(doc), true) => Some(doc.clone()),
        (Some(doc), false) => Some(format!("{doc}\n\n{}", notes.join(" "))),
        (None, false) => Some(notes.join(" ")),
        (None, true) => None,
    };
    match (text, &field.default) {
        (text, None) => text,
        (Some(text), Some(default)) => Some(format!("{text}\n\nDefault: `{default}`.")),
        (None, Some(default)) => Some(format!("Default: `{default}`.")),
    }
}

/// `Deserialize` for a struct: each listed key fills its field's slot (a second time is an
/// error), other keys are skipped or kept in `additional_properties`, and required fields must
/// have been seen.
fn read_struct(ir: &Ir, name: &str, s: &Struct) -> TokenStream {
    let type_name = ident(name);
    let Locals { map, key, slots } = Locals::new(&s.fields);
    let declarations = s.fields.iter().zip(&slots).map(|(field, slot)| {
        let ty = slot_type(ir, field);
        quote!(let mut #slot: Option<#ty> = None;)
    });
    let arms = s.fields.iter().zip(&slots).map(|(field, slot)| {
        let wire = &field.wire_name;
        match value_seed(field) {
            Some(seed) => quote!(#wire => #map.fill_with(&mut #slot, &#key, #seed)?,),
            None => quote!(#wire => #map.fill(&mut #slot, &#key)?,),
        }
    });
    let additional = s.additional.as_ref().map(|ty| rust_type(ir, ty));
    // Its type comes from the field it fills.
    let additional_slot = additional.is_some().then(|| quote!(let mut additional_properties = std::collections::BTreeMap::new();));
    let entries = match (s.fields.is_empty(), &additional) {
        (true, None) => quote!(while #map.next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?.is_some() {}),
        (true, Some(ty)) => quote! {
            while let Some((#key, value)) = #map.next_entry::<String, #ty>()? {
                additional_properties.insert(#key, value);
            }
        },
        (false, additional) => {
            let other = match additional {
                Some(_) => quote!({
                    additional_properties.insert(#key.into_string(), #map.next_value()?);
                }),
                None => quote!(skip_value(&mut #map)?),
            };
            quote! {
                while let Some(#key) = #map.next_key::<Key>()? {
                    match #key.as_str() {
                        #(#arms)*
                        _ => #other,
                    }
                }
            }
        }
    };
    let values = s.fields.iter().zip(&slots).map(|(field, slot)| {
        let name = ident(&field.name);
        let wire = &field.wire_name;
        match (field.required, *slot == name) {
            (true, _) => quote!(#name: required(#slot, #wire)?,),
            (false, true) => quote!(#name,),
            (false, false) => quote!(#name: #slot,),
        }
    });
    let additional_value = additional.is_some().then(|| quote!(additional_properties,));
    quote! {
        impl<'de> Deserialize<'de> for #type_name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                read_object(deserializer)
            }
        }

        impl<'de> ReadObject<'de> for #type_name {
            const NAME: &'static str = #name;

            fn read<A: serde::de::MapAccess<'de>>(mut #map: A) -> Result<Self, A::Error> {
                #(#declarations)*
                #additional_slot
                #entries
                Ok(Self {
                    #(#values)*
                    #additional_value
                })
            }
        }
    }
}

/// What a field's slot holds once the key was seen: the value as sent, so `Option<T>` where
/// `null` is allowed.
fn slot_type(ir: &Ir, field: &Field) -> TokenStream {
    let ty = rust_type(ir, &field.ty);
    if field.nullable { quote!(Option<#ty>) } else { ty }
}

/// The seed of a field serde's own `Deserialize` would read too loosely: `format: uuid` takes the
/// hyphenated form only (as the field's value, or in the lists and maps it holds).
fn value_seed(field: &Field) -> Option<TokenStream> {
    match (field.uuid_text()?, field.nullable) {
        (UuidText::Plain, false) => Some(quote!(HyphenatedUuid)),
        (UuidText::Plain, true) => Some(quote!(HyphenatedUuidOrNull)),
        (UuidText::Nested, _) => Some(quote!(HyphenatedUuids::new())),
    }
}

/// The local variables of a struct's `read`: the `MapAccess`, the key, and one slot per field,
/// named after the field unless a helper the body calls, another local, or clippy (`_1`, `foo`)
/// objects to that name.
struct Locals {
    map: Ident,
    key: Ident,
    slots: Vec<Ident>,
}

impl Locals {
    const HELPERS: [&'static str; 4] = ["required", "skip_value", "additional_properties", "value"];

    fn new(fields: &[Field]) -> Self {
        let field_names: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
        let free = |name: &str, taken: &[String]| {
            let mut local = name.to_owned();
            while field_names.contains(&local.as_str()) || taken.contains(&local) || Self::HELPERS.contains(&local.as_str()) {
                local.push('_');
            }
            local
        };
        let map = free("map", &[]);
        let key = free("key", std::slice::from_ref(&map));
        let mut taken = vec![map.clone(), key.clone()];
        let slots = fields
            .iter()
            .map(|field| {
                let base = if field.name.starts_with('_') || ["foo", "baz", "quux"].contains(&field.name.as_str()) {
                    format!("field_{}", field.name.trim_start_matches('_'))
                } else {
                    field.name.clone()
                };
                let slot = if base != field.name || taken.contains(&base) || Self::HELPERS.contains(&base.as_str()) {
                    free(&base, &taken)
                } else {
                    base
                };
                taken.push(slot.clone());
                ident(&slot)
            })
            .collect();
        Self { map: format_ident!("{}", map), key: format_ident!("{}", key), slots }
    }
}
