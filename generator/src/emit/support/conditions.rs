//! `#[cfg(oagen = "...")]` in support files: the parts of a piece only some crates need (a struct
//! field for credentials, a `match` arm for multipart bodies). The check crate compiles every file
//! with all conditions set, its build script sets them; the generator keeps the parts a crate's
//! conditions select and drops the attributes, so the output reads as if written for that crate.
//!
//! A condition may stand on an item, an impl item, a statement, a named field, an enum variant, a
//! `match` arm or a field of a struct expression; `not(..)`, `any(..)` and `all(..)` combine them.

use syn::punctuated::Punctuated;
use syn::visit_mut::{self, VisitMut};
use syn::{Attribute, Expr, ImplItem, Item, Lit, Meta, Stmt, Token};

/// Every condition a support file may test, with what it stands for.
pub const CONDITIONS: [(&str, &str); 16] = [
    ("auth", "some operation takes credentials"),
    ("bearer", "some operation accepts a bearer token"),
    ("basic", "some operation accepts HTTP basic credentials"),
    ("api_key", "some operation accepts an API key"),
    ("body", "some operation sends a request body"),
    ("multipart", "some request body is `multipart/form-data`"),
    ("unchecked", "the client decodes responses without constraint checks"),
    ("page_numbers", "some operation pages by page number"),
    ("cookies", "some operation takes cookie parameters"),
    ("next_links", "some operation pages by links to the next page"),
    ("json_errors", "some documented error response of a fixed status is JSON"),
    ("chosen_statuses", "some response lets the handler pick its status (a range such as `2XX`, or `default`)"),
    ("unexpected_statuses", "some operation documents no `default` response"),
    ("optional_params", "some operation takes an optional parameter of one value"),
    ("optional_lists", "some operation takes an optional list parameter, one pair per item"),
    ("json_responses", "some response body is JSON"),
];

/// Not a condition of the support files: the output is a crate with its own features, so
/// `#[cfg(feature = "...")]` stays in it; without, those parts are read as switched off.
pub const FEATURES: &str = "crate features";

/// Keeps the parts of `file` whose conditions hold for `enabled`, without their `cfg` attributes.
/// A condition that cannot be read is an error, naming it.
pub fn select(file: &mut syn::File, enabled: &[&str]) -> Result<(), String> {
    let mut selector = Selector { enabled, error: None };
    selector.visit_file_mut(file);
    selector.error.map_or(Ok(()), Err)
}

/// Whether a token tree names the `oagen` condition anywhere inside.
fn mentions_oagen(tree: &proc_macro2::TokenTree) -> bool {
    match tree {
        proc_macro2::TokenTree::Ident(ident) => ident == "oagen",
        proc_macro2::TokenTree::Group(group) => group.stream().into_iter().any(|tree| mentions_oagen(&tree)),
        _ => false,
    }
}

struct Selector<'a> {
    enabled: &'a [&'a str],
    error: Option<String>,
}

impl Selector<'_> {
    /// Whether a node with these attributes stays; its `cfg` attributes are removed either way.
    fn keep(&mut self, attrs: Option<&mut Vec<Attribute>>) -> bool {
        let Some(attrs) = attrs else { return true };
        let mut keep = true;
        let mut kept = Vec::with_capacity(attrs.len());
        for attr in std::mem::take(attrs) {
            // Other `cfg`s (`feature = "middleware"`) are the generated crate's own features: kept as
            // they are in a crate (the `FEATURES` condition), read as off in a `build.rs` module.
            let names_oagen = || quote::ToTokens::to_token_stream(&attr.meta).into_iter().any(|tree| mentions_oagen(&tree));
            let is_cfg = attr.path().is_ident("cfg");
            if !is_cfg || (!names_oagen() && self.enabled.contains(&FEATURES)) {
                kept.push(attr);
                continue;
            }
            match attr.parse_args::<Meta>().map_err(|err| err.to_string()).and_then(|meta| self.holds(&meta)) {
                Ok(holds) => keep &= holds,
                Err(err) => {
                    self.error.get_or_insert(err);
                }
            }
        }
        *attrs = kept;
        keep
    }

    fn holds(&self, meta: &Meta) -> Result<bool, String> {
        match meta {
            Meta::NameValue(pair) if pair.path.is_ident("feature") => Ok(false),
            Meta::NameValue(pair) if pair.path.is_ident("oagen") => match &pair.value {
                Expr::Lit(syn::ExprLit { lit: Lit::Str(name), .. }) => {
                    let name = name.value();
                    if CONDITIONS.iter().any(|(known, _)| *known == name) {
                        Ok(self.enabled.contains(&name.as_str()))
                    } else {
                        Err(format!("unknown support condition `{name}`"))
                    }
                }
                _ => Err("a support condition is a string: `oagen = \"name\"`".to_owned()),
            },
            Meta::List(list) => {
                let nested = list
                    .parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
                    .map_err(|err| err.to_string())?
                    .iter()
                    .map(|meta| self.holds(meta))
                    .collect::<Result<Vec<bool>, String>>()?;
                if list.path.is_ident("any") {
                    Ok(nested.iter().any(|holds| *holds))
                } else if list.path.is_ident("all") {
                    Ok(nested.iter().all(|holds| *holds))
                } else if list.path.is_ident("not") && nested.len() == 1 {
                    Ok(!nested[0])
                } else {
                    Err("support conditions combine with `not(..)`, `any(..)` and `all(..)`".to_owned())
                }
            }
            _ => Err("support files test only `oagen = \"name\"` conditions".to_owned()),
        }
    }
}

impl VisitMut for Selector<'_> {
    fn visit_file_mut(&mut self, file: &mut syn::File) {
        file.items.retain_mut(|item| self.keep(item_attrs(item)));
        visit_mut::visit_file_mut(self, file);
    }

    fn visit_item_impl_mut(&mut self, item: &mut syn::ItemImpl) {
        item.items.retain_mut(|item| self.keep(impl_item_attrs(item)));
        visit_mut::visit_item_impl_mut(self, item);
    }

    fn visit_block_mut(&mut self, block: &mut syn::Block) {
        block.stmts.retain_mut(|stmt| self.keep(stmt_attrs(stmt)));
        visit_mut::visit_block_mut(self, block);
    }

    fn visit_fields_named_mut(&mut self, fields: &mut syn::FieldsNamed) {
        let all = std::mem::take(&mut fields.named);
        fields.named = all.into_iter().filter_map(|mut field| self.keep(Some(&mut field.attrs)).then_some(field)).collect();
        visit_mut::visit_fields_named_mut(self, fields);
    }

    fn visit_item_enum_mut(&mut self, item: &mut syn::ItemEnum) {
        let all = std::mem::take(&mut item.variants);
        item.variants = all.into_iter().filter_map(|mut variant| self.keep(Some(&mut variant.attrs)).then_some(variant)).collect();
        visit_mut::visit_item_enum_mut(self, item);
    }

    fn visit_expr_match_mut(&mut self, expr: &mut syn::ExprMatch) {
        expr.arms.retain_mut(|arm| self.keep(Some(&mut arm.attrs)));
        visit_mut::visit_expr_match_mut(self, expr);
    }

    fn visit_expr_struct_mut(&mut self, expr: &mut syn::ExprStruct) {
        let all = std::mem::take(&mut expr.fields);
        expr.fields = all.into_iter().filter_map(|mut field| self.keep(Some(&mut field.attrs)).then_some(field)).collect();
        visit_mut::visit_expr_struct_mut(self, expr);
    }
}

/// The attributes of the items support files hold.
fn item_attrs(item: &mut Item) -> Option<&mut Vec<Attribute>> {
    Some(match item {
        Item::Const(item) => &mut item.attrs,
        Item::Enum(item) => &mut item.attrs,
        Item::Fn(item) => &mut item.attrs,
        Item::Impl(item) => &mut item.attrs,
        Item::Macro(item) => &mut item.attrs,
        Item::Static(item) => &mut item.attrs,
        Item::Struct(item) => &mut item.attrs,
        Item::Trait(item) => &mut item.attrs,
        Item::Type(item) => &mut item.attrs,
        _ => return None,
    })
}

fn impl_item_attrs(item: &mut ImplItem) -> Option<&mut Vec<Attribute>> {
    Some(match item {
        ImplItem::Const(item) => &mut item.attrs,
        ImplItem::Fn(item) => &mut item.attrs,
        ImplItem::Type(item) => &mut item.attrs,
        ImplItem::Macro(item) => &mut item.attrs,
        _ => return None,
    })
}

fn stmt_attrs(stmt: &mut Stmt) -> Option<&mut Vec<Attribute>> {
    match stmt {
        Stmt::Local(local) => Some(&mut local.attrs),
        Stmt::Item(item) => item_attrs(item),
        Stmt::Macro(mac) => Some(&mut mac.attrs),
        Stmt::Expr(expr, _) => expr_attrs(expr),
    }
}

/// The attributes of expressions that stand as statements in support files.
fn expr_attrs(expr: &mut Expr) -> Option<&mut Vec<Attribute>> {
    Some(match expr {
        Expr::Assign(expr) => &mut expr.attrs,
        Expr::Block(expr) => &mut expr.attrs,
        Expr::Call(expr) => &mut expr.attrs,
        Expr::ForLoop(expr) => &mut expr.attrs,
        Expr::If(expr) => &mut expr.attrs,
        Expr::Macro(expr) => &mut expr.attrs,
        Expr::Match(expr) => &mut expr.attrs,
        Expr::MethodCall(expr) => &mut expr.attrs,
        Expr::While(expr) => &mut expr.attrs,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn selected(source: &str, enabled: &[&str]) -> Result<String, String> {
        let mut file = syn::parse_file(source).map_err(|err| err.to_string())?;
        select(&mut file, enabled)?;
        Ok(quote::quote!(#file).to_string())
    }

    #[test]
    fn parts_stay_when_their_condition_holds_and_lose_the_attribute() {
        let source = r#"
            struct S { a: u8, #[cfg(oagen = "bearer")] b: u8, #[cfg(not(oagen = "bearer"))] c: u8 }
            enum E { #[cfg(any(oagen = "basic", oagen = "api_key"))] K, #[cfg(all(oagen = "bearer", oagen = "body"))] B }
            fn f(x: Option<u8>) -> S {
                #[cfg(oagen = "bearer")]
                let y = 1;
                match x { #[cfg(oagen = "multipart")] Some(_) => {} _ => {} }
                S { a: 0, #[cfg(oagen = "bearer")] b: y }
            }
        "#;
        let out = selected(source, &["bearer"]).unwrap_or_default();
        assert!(!out.contains("cfg"), "{out}");
        assert!(out.contains("b : u8") && !out.contains("c : u8"), "{out}");
        assert!(!out.contains('K') && !out.contains("B }"), "{out}");
        assert!(out.contains("let y = 1") && !out.contains("Some (_)") && out.contains("b : y"), "{out}");
        let none = selected(source, &[]).unwrap_or_default();
        assert!(none.contains("c : u8") && !none.contains("b : u8") && !none.contains("let y"), "{none}");
    }

    #[test]
    fn unknown_conditions_are_errors() {
        assert!(selected(r#"#[cfg(oagen = "bearr")] struct S;"#, &[]).is_err_and(|err| err.contains("bearr")));
        assert!(selected(r#"#[cfg(test)] struct S;"#, &[]).is_err());
    }
}
