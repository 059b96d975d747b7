//! `#[cfg(feature = "tag-...")]` on the items of a tag's operations and on the types only some
//! tags reach, for a crate with a feature per tag (`tag-features = true`; see
//! `ir/lower/features.rs`). Emitters make their items as always and give each part or member its
//! condition ([`of_operation`], [`of_type`]); the formatter puts it on each item while it has them
//! parsed ([`gate_file`]), so gating costs no parse of its own.

use proc_macro2::TokenStream;
use quote::quote;

use super::{BlockKind, Cfg};
use crate::ir::{Ir, Operation, TypeId};

/// The condition that compiles an operation's items, when the crate has features per tag.
pub fn of_operation(ir: &Ir, op: &Operation) -> Option<Cfg> {
    condition(ir, op.feature.as_slice())
}

/// The condition that compiles a type, when only some tags' operations reach it.
pub fn of_type(ir: &Ir, id: TypeId) -> Option<Cfg> {
    condition(ir, ir.tag_features.as_ref()?.of_type(id))
}

/// The named features; `None` for none.
fn condition(ir: &Ir, features: &[usize]) -> Option<Cfg> {
    let names: Vec<String> = features.iter().filter_map(|f| ir.tag_features.as_ref()?.names.get(*f).cloned()).collect();
    (!names.is_empty()).then_some(Cfg { features: names })
}

/// `#[cfg(feature = "tag-a")]`, or `#[cfg(any(feature = "tag-a", feature = "tag-b"))]`.
fn attribute(cfg: &Cfg) -> Option<syn::Attribute> {
    use syn::parse::Parser as _;
    let predicate = match cfg.features.as_slice() {
        [] => return None,
        [one] => quote!(feature = #one),
        many => quote!(any(#(feature = #many),*)),
    };
    // Feature names are string literals, so this parses; should it not, the items keep no
    // condition rather than the generator panicking.
    syn::Attribute::parse_outer.parse2(quote!(#[cfg(#predicate)])).ok()?.pop()
}

/// Puts `#[cfg]` on each item of a parsed piece: on the file's items, or, for a member printed
/// inside a stand-in block of `kind`, on the block's members.
pub fn gate_file(cfg: &Cfg, file: &mut syn::File, member_of: Option<BlockKind>) {
    let Some(attr) = attribute(cfg) else { return };
    if member_of.is_none() {
        file.items.iter_mut().filter_map(item_attrs).for_each(|attrs| insert(attrs, &attr));
        return;
    }
    for block in &mut file.items {
        match block {
            syn::Item::Impl(block) => block.items.iter_mut().filter_map(impl_item_attrs).for_each(|attrs| insert(attrs, &attr)),
            syn::Item::Mod(block) => {
                let items = block.content.iter_mut().flat_map(|(_, items)| items);
                items.filter_map(item_attrs).for_each(|attrs| insert(attrs, &attr));
            }
            syn::Item::Trait(block) => block.items.iter_mut().filter_map(trait_item_attrs).for_each(|attrs| insert(attrs, &attr)),
            _ => {}
        }
    }
}

/// `tokens` with `cfg` on each item, for callers that need the tokens themselves rather than
/// printed text (a whole file as one stream). `member_of`: the tokens are members of such a block.
pub fn gate_tokens(cfg: Option<&Cfg>, tokens: TokenStream, member_of: Option<BlockKind>) -> TokenStream {
    let Some(cfg) = cfg else { return tokens };
    let wrapped = member_of.map_or_else(|| tokens.clone(), |kind| kind.stand_in(&tokens));
    // Unparsable tokens are left as they are: the formatter reports them with the code near them.
    let Ok(mut file) = syn::parse2::<syn::File>(wrapped) else { return tokens };
    gate_file(cfg, &mut file, member_of);
    match (member_of, file.items.first()) {
        (None, _) => quote!(#file),
        (Some(_), Some(syn::Item::Impl(block))) => {
            let items = &block.items;
            quote!(#(#items)*)
        }
        (Some(_), Some(syn::Item::Trait(block))) => {
            let items = &block.items;
            quote!(#(#items)*)
        }
        (Some(_), Some(syn::Item::Mod(block))) => {
            let items = block.content.iter().flat_map(|(_, items)| items);
            quote!(#(#items)*)
        }
        _ => tokens,
    }
}

/// After the doc comment, so the item reads as documented and then conditioned.
fn insert(attrs: &mut Vec<syn::Attribute>, cfg: &syn::Attribute) {
    let at = attrs.iter().take_while(|attr| attr.path().is_ident("doc")).count();
    attrs.insert(at, cfg.clone());
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

fn impl_item_attrs(item: &mut syn::ImplItem) -> Option<&mut Vec<syn::Attribute>> {
    Some(match item {
        syn::ImplItem::Const(item) => &mut item.attrs,
        syn::ImplItem::Fn(item) => &mut item.attrs,
        syn::ImplItem::Type(item) => &mut item.attrs,
        syn::ImplItem::Macro(item) => &mut item.attrs,
        _ => return None,
    })
}

fn trait_item_attrs(item: &mut syn::TraitItem) -> Option<&mut Vec<syn::Attribute>> {
    Some(match item {
        syn::TraitItem::Const(item) => &mut item.attrs,
        syn::TraitItem::Fn(item) => &mut item.attrs,
        syn::TraitItem::Type(item) => &mut item.attrs,
        syn::TraitItem::Macro(item) => &mut item.attrs,
        _ => return None,
    })
}
