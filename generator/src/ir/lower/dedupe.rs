//! One type per shape: inline string enums and constrained values with identical definitions
//! (for fields or parameters of the same name) become one type, so a value read from one
//! operation can be sent to another as it is.
//!
//! The first definition (in the order lowering met them) is the type; every later identical one
//! becomes an alias of it (`pub type PatchedSourceStageRequestName = SourceStageRequestName;`), so
//! every name the spec gives rise to keeps working. Component schemas are the spec author's own
//! names and stay types of their own.

use std::collections::{HashMap, HashSet};

use crate::ir::*;

/// Turns every inline enum or constrained value identical to an earlier one, for a field or
/// parameter of the same name, into an alias of it; returns how many became aliases, and how
/// many rules they held (still enforced, by the type they alias).
pub(super) fn merge_identical(types: &mut TypeSpace, components: &HashSet<TypeId>) -> (usize, usize) {
    // The first type of each shape, and the origins of every field that shares it.
    let mut first: HashMap<String, TypeId> = HashMap::new();
    let mut merged: Vec<(TypeId, TypeId)> = Vec::new();
    for def in types.iter() {
        if components.contains(&def.id) {
            continue;
        }
        let Some(key) = shape_key(&def.kind) else { continue };
        match first.get(&key) {
            Some(&canonical) => merged.push((def.id, canonical)),
            None => {
                first.insert(key, def.id);
            }
        }
    }
    let mut origins: HashMap<TypeId, Vec<String>> = HashMap::new();
    let mut rules = 0;
    for &(duplicate, canonical) in &merged {
        let name = types.name(canonical).to_owned();
        let def = types.get_mut(duplicate);
        match &def.kind {
            TypeKind::Constrained(c) => {
                origins.entry(canonical).or_default().push(c.origin.clone());
                rules += c.rules.len();
            }
            _ => rules += 1,
        }
        let what = if matches!(def.kind, TypeKind::StringEnum(_)) { "values" } else { "rules" };
        let note = format!("The same type as [`{name}`], which has the same {what}.");
        def.doc = Some(match def.doc.take() {
            Some(doc) => format!("{doc}\n\n{note}"),
            None => note,
        });
        def.kind = TypeKind::Alias(TypeRef::Named(canonical));
    }
    // A shared constrained value names the fields whose rules it checks in its errors.
    for (canonical, others) in origins {
        if let TypeKind::Constrained(c) = &mut types.get_mut(canonical).kind {
            c.origin = shared_origin(&c.origin, &others);
        }
    }
    (merged.len(), rules)
}

/// What makes two definitions one type: the whole definition, less where it came from, and
/// the name of the field or parameter it was written for (`name`, `model`), so that a `name`
/// and a `title` with the same rules stay apart.
fn shape_key(kind: &TypeKind) -> Option<String> {
    match kind {
        TypeKind::StringEnum(e) => Some(format!("{} {:?} {:?}", field_of(&e.origin), e.variants, e.open)),
        TypeKind::Constrained(c) => Some(format!("{} {:?} {:?}", field_of(&c.origin), c.base, c.rules)),
        _ => None,
    }
}

/// `name` of `SourceStageRequest.name`; `tags[]` of `Pet.tags[]`.
fn field_of(origin: &str) -> &str {
    origin.rsplit_once('.').map_or(origin, |(_, field)| field)
}

/// `A.x`, `A.x and B.x`, `A.x, B.x and C.x`, `A.x and 3 others named `x``.
fn shared_origin(first: &str, others: &[String]) -> String {
    let mut all: Vec<&str> = std::iter::once(first).chain(others.iter().map(String::as_str)).collect();
    all.dedup();
    match all.as_slice() {
        [one] => (*one).to_owned(),
        [init @ .., last] if all.len() <= 3 => format!("{} and {last}", init.join(", ")),
        [one, rest @ ..] => format!("{one} and {} others named `{}`", rest.len(), field_of(one)),
        [] => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::shared_origin;

    #[test]
    fn shared_origins_name_up_to_three_fields() {
        assert_eq!(shared_origin("A.x", &[]), "A.x");
        assert_eq!(shared_origin("A.x", &["B.y".into()]), "A.x and B.y");
        assert_eq!(shared_origin("A.x", &["B.y".into(), "C.z".into()]), "A.x, B.y and C.z");
        assert_eq!(shared_origin("A.x", &["B.x".into(), "C.x".into(), "D.x".into()]), "A.x and 3 others named `x`");
    }
}
