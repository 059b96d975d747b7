//! `#[cfg(feature = "tag-...")]` on the items of a tag's operations and on the types only some
//! tags reach, for a crate with a feature per tag (`tag-features = true`; see
//! `ir/lower/features.rs`). Emitters make their items as always and hand them to [`gate_items`]
//! or [`gate_members`], which put the condition on each item.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Ir, Operation, TypeId};

/// The condition that compiles an operation's items, when the crate has features per tag.
pub fn of_operation(ir: &Ir, op: &Operation) -> Option<TokenStream> {
    condition(ir, op.feature.as_slice())
}

/// The condition that compiles a type, when only some tags' operations reach it.
pub fn of_type(ir: &Ir, id: TypeId) -> Option<TokenStream> {
    condition(ir, ir.tag_features.as_ref()?.of_type(id))
}

/// `feature = "tag-a"` or `any(feature = "tag-a", feature = "tag-b")`; `None` for no features.
fn condition(ir: &Ir, features: &[usize]) -> Option<TokenStream> {
    let names: Vec<&String> = features.iter().filter_map(|f| ir.tag_features.as_ref()?.names.get(*f)).collect();
    match names.as_slice() {
        [] => None,
        [one] => Some(quote!(feature = #one)),
        many => Some(quote!(any(#(feature = #many),*))),
    }
}

/// `items` with `#[cfg(condition)]` on each item (after its doc comment).
pub fn gate_items(condition: Option<TokenStream>, items: TokenStream) -> TokenStream {
    let Some(condition) = condition else { return items };
    // Unparsable tokens are left as they are: the formatter reports them with the code near them.
    let Ok(mut file) = syn::parse2::<syn::File>(items.clone()) else { return items };
    for item in &mut file.items {
        if let Some(attrs) = item_attrs(item) {
            insert_cfg(attrs, &condition);
        }
    }
    let items = &file.items;
    quote!(#(#items)*)
}

/// `members` of an `impl` block with `#[cfg(condition)]` on each.
pub fn gate_members(condition: Option<TokenStream>, members: TokenStream) -> TokenStream {
    let Some(condition) = condition else { return members };
    let Ok(mut block) = syn::parse2::<syn::ItemImpl>(quote!(impl Oagen { #members })) else { return members };
    for member in &mut block.items {
        let attrs = match member {
            syn::ImplItem::Const(item) => &mut item.attrs,
            syn::ImplItem::Fn(item) => &mut item.attrs,
            syn::ImplItem::Type(item) => &mut item.attrs,
            syn::ImplItem::Macro(item) => &mut item.attrs,
            _ => continue,
        };
        insert_cfg(attrs, &condition);
    }
    let members = &block.items;
    quote!(#(#members)*)
}

fn insert_cfg(attrs: &mut Vec<syn::Attribute>, condition: &TokenStream) {
    use syn::parse::Parser as _;
    // The condition is made of feature names as string literals; should it not parse, the item
    // keeps no condition rather than the generator panicking.
    let Ok(cfg) = syn::Attribute::parse_outer.parse2(quote!(#[cfg(#condition)])) else { return };
    let at = attrs.iter().take_while(|attr| attr.path().is_ident("doc")).count();
    attrs.splice(at..at, cfg);
}

fn item_attrs(item: &mut syn::Item) -> Option<&mut Vec<syn::Attribute>> {
    Some(match item {
        syn::Item::Const(item) => &mut item.attrs,
        syn::Item::Enum(item) => &mut item.attrs,
        syn::Item::Fn(item) => &mut item.attrs,
        syn::Item::Impl(item) => &mut item.attrs,
        syn::Item::Macro(item) => &mut item.attrs,
        syn::Item::Mod(item) => &mut item.attrs,
        syn::Item::Static(item) => &mut item.attrs,
        syn::Item::Struct(item) => &mut item.attrs,
        syn::Item::Trait(item) => &mut item.attrs,
        syn::Item::Type(item) => &mut item.attrs,
        syn::Item::Union(item) => &mut item.attrs,
        syn::Item::Use(item) => &mut item.attrs,
        _ => return None,
    })
}
