//! Where the generated code puts an operation, compared on the IR of both versions: the Cargo
//! feature that compiles it (`tag-features`) and the server trait that declares it (a long trait
//! is split by tag). Neither shows in the operation's own text: a tag put first, or a tag grown
//! past the split size, moves operations that did not change.

use std::collections::BTreeMap;

use super::usage::route_key;
use super::{At, Axes, Change, Direction, Kind, Subject};
use crate::ir::{Ir, Operation};
use crate::load::Spec;
use crate::load::source_map::escape_token;

/// The moves between OLD and NEW, lowered as the crate is generated. A spec that does not lower
/// cannot be generated either, so it has no layout to compare: the error says which and why.
pub(super) fn compare(old: &Spec, new: &Spec, options: &crate::ir::Options) -> Result<Vec<Change>, String> {
    let lower = |spec: &Spec, which: &str| {
        crate::ir::lower(spec, options.clone())
            .map_err(|err| format!("where operations' code goes (features, server traits) was not compared: {which} does not generate: {err}"))
    };
    let (old, new) = crate::both(|| lower(old, "OLD"), || lower(new, "NEW"));
    let (old, new) = (old?, new?);
    let new_ops: BTreeMap<String, &Operation> = new.operations.iter().map(|op| (key(op), op)).collect();
    let mut changes = Vec::new();
    for old_op in &old.operations {
        let Some(new_op) = new_ops.get(&key(old_op)) else { continue };
        let at = at(new_op);
        let label = format!("{} {}", new_op.method.as_str(), new_op.path);
        let (old_feature, new_feature) = (feature(&old, old_op), feature(&new, new_op));
        if old_feature.is_some() && old_feature != new_feature {
            let message = format!("{label}: compiled by feature `{}` → `{}`", old_feature.unwrap_or("-"), new_feature.unwrap_or("-"));
            // A build that enables only the old feature loses the method; the server needs every tag.
            changes.push(at.change(Kind::OperationFeatureMoved, Axes::new(false, true, false), message));
        }
        let (old_trait, new_trait) = (server_trait(&old, old_op), server_trait(&new, new_op));
        if old_trait != new_trait {
            let message = format!("{label}: server trait `{}` → `{}`", old_trait.unwrap_or("Api"), new_trait.unwrap_or("Api"));
            // Its implementation must move to another `impl` block.
            changes.push(at.change(Kind::OperationTraitMoved, Axes::new(false, false, true), message));
        }
    }
    Ok(changes)
}

/// `GET /flows/{}`: the key the spec comparison matches operations by.
fn key(op: &Operation) -> String {
    format!("{} {}", op.method.as_str(), route_key(&op.path))
}

fn at(op: &Operation) -> At {
    At {
        pointer: format!("/paths/{}/{}", escape_token(&op.path), op.method.as_str().to_ascii_lowercase()),
        subject: Subject::Operation(op.id.clone()),
        direction: Direction::default(),
        operations: super::Operations::one(op.id.clone()),
    }
}

fn feature<'a>(ir: &'a Ir, op: &Operation) -> Option<&'a str> {
    ir.tag_features.as_ref()?.names.get(op.feature?).map(String::as_str)
}

/// The trait that declares the operation; `None` for `Api` (no split).
fn server_trait<'a>(ir: &'a Ir, op: &Operation) -> Option<&'a str> {
    ir.server_traits.as_ref()?.traits.get(op.server_trait?).map(|t| t.name.as_str())
}
