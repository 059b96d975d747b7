//! The table of named types: every type use refers to a definition here by [`TypeId`].

use std::collections::HashMap;

use super::{TypeDef, TypeKind, TypeRef};

/// Index of a type in its [`TypeSpace`]. Ids follow definition order, which is also the order the
/// types are emitted in, so the same spec always numbers its types the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub usize);

/// Every named type of the crate, with an index by Rust name.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TypeSpace {
    defs: Vec<TypeDef>,
    by_name: HashMap<String, TypeId>,
}

impl TypeSpace {
    /// A space from definitions whose ids are their positions.
    pub fn new(defs: Vec<TypeDef>) -> Self {
        let by_name = defs.iter().map(|def| (def.name.clone(), def.id)).collect();
        Self { defs, by_name }
    }

    pub fn get(&self, id: TypeId) -> &TypeDef {
        &self.defs[id.0]
    }

    pub fn get_mut(&mut self, id: TypeId) -> &mut TypeDef {
        &mut self.defs[id.0]
    }

    /// The Rust name of a type.
    pub fn name(&self, id: TypeId) -> &str {
        &self.defs[id.0].name
    }

    /// The type a Rust name stands for.
    pub fn find(&self, name: &str) -> Option<TypeId> {
        self.by_name.get(name).copied()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, TypeDef> {
        self.defs.iter()
    }

    pub fn iter_mut(&mut self) -> std::slice::IterMut<'_, TypeDef> {
        self.defs.iter_mut()
    }

    pub fn len(&self) -> usize {
        self.defs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.defs.is_empty()
    }

    /// The type a use stands for once aliases are followed (bounded: an alias cycle must not hang).
    pub fn unalias<'a>(&'a self, ty: &'a TypeRef) -> &'a TypeRef {
        let mut current = ty;
        for _ in 0..32 {
            match current {
                TypeRef::Named(id) => match &self.get(*id).kind {
                    TypeKind::Alias(next) => current = next,
                    _ => break,
                },
                _ => break,
            }
        }
        current
    }

    /// The definition a use names, aliases followed.
    pub fn resolve<'a>(&'a self, ty: &'a TypeRef) -> Option<&'a TypeDef> {
        match self.unalias(ty) {
            TypeRef::Named(id) => Some(self.get(*id)),
            _ => None,
        }
    }
}

impl<'a> IntoIterator for &'a TypeSpace {
    type Item = &'a TypeDef;
    type IntoIter = std::slice::Iter<'a, TypeDef>;
    fn into_iter(self) -> Self::IntoIter {
        self.defs.iter()
    }
}
