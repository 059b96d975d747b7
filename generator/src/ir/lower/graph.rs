//! Passes over the finished type graph: alias cycles and recursive fields.

use std::collections::{HashMap, HashSet};

use crate::error::{Warning, WarningKind};
use crate::ir::*;

/// `A: {$ref: B}`, `B: {$ref: A}` (or `A: {type: array, items: {$ref: A}}`) would be type aliases
/// that name themselves, which Rust refuses. Such an alias becomes `serde_json::Value`, reported.
pub(super) fn break_alias_cycles(types: &mut TypeSpace, pointers: &HashMap<TypeId, String>, warnings: &mut Vec<Warning>) {
    fn named(ty: &TypeRef, into: &mut Vec<TypeId>) {
        match ty {
            TypeRef::Named(id) => into.push(*id),
            TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Boxed(inner) | TypeRef::Nullable(inner) => named(inner, into),
            TypeRef::Primitive(_) | TypeRef::Any | TypeRef::External(_) => {}
        }
    }
    let alias_target = |id: TypeId| match &types.get(id).kind {
        TypeKind::Alias(ty) => Some(ty),
        _ => None,
    };
    let cyclic: Vec<TypeId> = types
        .iter()
        .filter_map(|def| alias_target(def.id).map(|ty| (def.id, ty)))
        .filter(|(start, target)| {
            // Follow aliases only: structs and enums are nominal and end a chain.
            let mut seen = HashSet::new();
            let mut pending = Vec::new();
            named(target, &mut pending);
            while let Some(id) = pending.pop() {
                if id == *start {
                    return true;
                }
                if seen.insert(id) {
                    if let Some(next) = alias_target(id) {
                        named(next, &mut pending);
                    }
                }
            }
            false
        })
        .map(|(id, _)| id)
        .collect();
    for id in cyclic {
        let def = types.get_mut(id);
        def.kind = TypeKind::Alias(TypeRef::Any);
        let message = format!("{}: the schema refers to itself only through references and lists; it is taken as any JSON value", def.name);
        warnings.push(Warning::new(WarningKind::UnenforcedRule, pointers.get(&id).cloned().unwrap_or_default(), message));
    }
}

/// Boxes the fields and variants through which a type contains itself (directly or through other
/// types), which Rust cannot lay out otherwise. `Vec` and maps already allocate and need no box.
pub(super) fn box_recursive_fields(types: &mut TypeSpace) {
    let edges: Vec<Vec<usize>> = types.iter().map(|t| direct_refs(&t.kind).into_iter().map(|id| id.0).collect()).collect();
    let component = strongly_connected(&edges);
    for def in types.iter_mut() {
        let own = component[def.id.0];
        let recursive = |ty: &TypeRef| matches!(ty, TypeRef::Named(id) if component.get(id.0) == Some(&own));
        match &mut def.kind {
            TypeKind::Struct(s) => {
                for field in &mut s.fields {
                    if recursive(&field.ty) {
                        field.ty = TypeRef::Boxed(Box::new(field.ty.clone()));
                    }
                }
            }
            TypeKind::Union(u) => {
                for variant in &mut u.variants {
                    if recursive(&variant.ty) {
                        variant.ty = TypeRef::Boxed(Box::new(variant.ty.clone()));
                    }
                }
            }
            _ => {}
        }
    }
}

/// Named types a type holds by value (not behind a `Vec` or map).
fn direct_refs(kind: &TypeKind) -> Vec<TypeId> {
    fn named(ty: &TypeRef) -> Option<TypeId> {
        match ty {
            TypeRef::Named(id) => Some(*id),
            _ => None,
        }
    }
    match kind {
        TypeKind::Struct(s) => s.fields.iter().filter_map(|f| named(&f.ty)).collect(),
        TypeKind::Union(u) => u.variants.iter().filter_map(|v| named(&v.ty)).collect(),
        TypeKind::Alias(ty) => named(ty).into_iter().collect(),
        _ => Vec::new(),
    }
}

/// Tarjan's algorithm, iterative so deep schemas cannot overflow the stack. Returns each node's
/// component id; nodes in a cycle share one.
pub(super) fn strongly_connected(edges: &[Vec<usize>]) -> Vec<usize> {
    let n = edges.len();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut component = vec![usize::MAX; n];
    let mut next_index = 0;
    let mut next_component = 0;
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        while let Some(&mut (node, ref mut edge)) = work.last_mut() {
            if *edge == 0 && index[node] == usize::MAX {
                index[node] = next_index;
                low[node] = next_index;
                next_index += 1;
                stack.push(node);
                on_stack[node] = true;
            }
            if let Some(&next) = edges[node].get(*edge) {
                *edge += 1;
                if index[next] == usize::MAX {
                    work.push((next, 0));
                } else if on_stack[next] {
                    low[node] = low[node].min(index[next]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == index[node] {
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component[member] = next_component;
                    if member == node {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    component
}

/// With `--enum-fallback`, only enums a client decodes need to keep unknown values: those
/// reachable from a response body. The others (query parameters, request-only fields) stay
/// closed, so they keep the strict API (`Copy`, `as_str` giving `&'static str`); servers refuse
/// unknown values in requests either way.
pub(super) fn close_request_only_enums(types: &mut TypeSpace, operations: &[Operation]) {
    let responses = operations.iter().flat_map(|op| op.responses.iter().filter_map(|r| r.body.as_ref()));
    let reached = reachable(types, responses);
    for def in types.iter_mut() {
        if let TypeKind::StringEnum(e) = &mut def.kind {
            e.open &= reached.contains(&def.id);
        }
    }
}

/// Every named type the uses in `roots` reach, through fields, variants, items and aliases.
pub(super) fn reachable<'a>(types: &'a TypeSpace, roots: impl IntoIterator<Item = &'a TypeRef>) -> HashSet<TypeId> {
    let mut pending: Vec<&TypeRef> = roots.into_iter().collect();
    let mut reached: HashSet<TypeId> = HashSet::new();
    while let Some(ty) = pending.pop() {
        match ty {
            TypeRef::Named(id) => {
                if !reached.insert(*id) {
                    continue;
                }
                match &types.get(*id).kind {
                    TypeKind::Struct(s) => {
                        pending.extend(s.fields.iter().map(|f| &f.ty));
                        pending.extend(s.additional.as_ref());
                    }
                    TypeKind::Union(u) => pending.extend(u.variants.iter().map(|v| &v.ty)),
                    TypeKind::Collection(c) => pending.push(&c.item),
                    TypeKind::Alias(target) => pending.push(target),
                    TypeKind::StringEnum(_) | TypeKind::Constrained(_) => {}
                }
            }
            TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Boxed(inner) | TypeRef::Nullable(inner) => pending.push(inner),
            TypeRef::Primitive(_) | TypeRef::Any | TypeRef::External(_) => {}
        }
    }
    reached
}
