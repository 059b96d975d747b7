//! A Cargo feature per tag (`tag-features = true`): a user who calls the operations of a few tags
//! of a large API compiles those operations and the types they reach, not the whole crate.
//!
//! An operation belongs to the feature of its first tag (as it belongs to that tag's server trait);
//! a type is compiled when any feature whose operations reach it is on. Types every feature reaches,
//! schemas no operation uses, and every type those name, are always compiled.

use super::graph::reachable;
use crate::ir::naming::tag_feature_name;
use crate::ir::{Operation, TagFeatures, TypeId, TypeRef, TypeSpace};

/// Names of the crate's other features, which a tag's must not take.
const OTHER_FEATURES: &[&str] = &["default", "client", "server", "middleware", "rustls", "all-tags"];

/// Assigns each operation its feature and finds the features each type needs.
pub(super) fn tag_features(types: &TypeSpace, operations: &mut [Operation]) -> TagFeatures {
    let mut scope = crate::ir::naming::Scope::with_reserved(OTHER_FEATURES);
    let mut tags: Vec<Option<&str>> = Vec::new();
    let mut names = Vec::new();
    let mut assigned = Vec::with_capacity(operations.len());
    for op in operations.iter() {
        let tag = op.tags.first().map(String::as_str);
        let index = match tags.iter().position(|seen| *seen == tag) {
            Some(index) => index,
            None => {
                tags.push(tag);
                names.push(scope.claim(tag.map_or_else(|| "untagged".to_owned(), tag_feature_name)));
                tags.len() - 1
            }
        };
        assigned.push(index);
    }
    let mut by_type: Vec<Vec<usize>> = vec![Vec::new(); types.len()];
    for feature in 0..names.len() {
        let roots = operations.iter().zip(&assigned).filter(|(_, f)| **f == feature).flat_map(|(op, _)| type_uses(op));
        let mut reached: Vec<_> = reachable(types, roots).into_iter().collect();
        reached.sort();
        for id in reached {
            if let Some(features) = by_type.get_mut(id.0) {
                features.push(feature);
            }
        }
    }
    // A schema no operation reaches is compiled whatever is on, and so is every type it names
    // (an unused `Archive` holding `Pet`s keeps `Pet` unconditional).
    let unused: Vec<TypeRef> = by_type
        .iter()
        .enumerate()
        .filter(|(_, features)| features.is_empty())
        .map(|(index, _)| TypeRef::Named(TypeId(index)))
        .collect();
    let always = reachable(types, &unused);
    for (index, features) in by_type.iter_mut().enumerate() {
        // Reached by every feature: compiled whichever is on, so without a condition too.
        if features.len() == names.len() || always.contains(&TypeId(index)) {
            features.clear();
        }
    }
    for (op, feature) in operations.iter_mut().zip(assigned) {
        op.feature = Some(feature);
    }
    TagFeatures { all: "all-tags".to_owned(), names, by_type }
}

/// The types an operation names: its parameters, its body and its responses' bodies.
fn type_uses(op: &Operation) -> impl Iterator<Item = &TypeRef> {
    let params = op.path_params.iter().chain(&op.query_params).chain(&op.header_params).chain(&op.cookie_params).map(|p| &p.ty);
    let body = op.body.iter().map(|b| &b.ty);
    let responses = op.responses.iter().filter_map(|r| r.body.as_ref());
    params.chain(body).chain(responses)
}
