//! The files a spec is made of, for `build.rs`'s `cargo:rerun-if-changed`: the spec itself and,
//! transitively, every file a `$ref` names (`other.yaml#/Pet`, `./schemas/pet.json`).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::error::{Error, SpecError, SpecErrorKind};

/// The spec and every file it references, directly or through other files; spec first, then the
/// others in sorted order. Referenced files that cannot be read are still listed (cargo then
/// reruns when they appear); the spec itself must be readable.
pub fn spec_files(spec: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut seen: BTreeSet<PathBuf> = BTreeSet::new();
    let mut queue = vec![spec.to_owned()];
    let mut first = true;
    while let Some(file) = queue.pop() {
        if !seen.insert(file.clone()) {
            continue;
        }
        let text = match std::fs::read_to_string(&file) {
            Ok(text) => text,
            Err(source) if first => return Err(Error::Read { path: file, source }),
            Err(_) => continue,
        };
        let value: serde_yaml::Value = serde_yaml::from_str(&text).map_err(|err| SpecError {
            file: file.clone(),
            pointer: String::new(),
            position: err.location().map(|at| (at.line(), at.column())),
            kind: SpecErrorKind::Syntax,
            message: err.to_string(),
        })?;
        first = false;
        let dir = file.parent().unwrap_or(Path::new(""));
        let mut refs = BTreeSet::new();
        file_refs(&value, &mut refs);
        queue.extend(refs.into_iter().map(|r| dir.join(r)));
    }
    seen.remove(spec);
    Ok(std::iter::once(spec.to_owned()).chain(seen).collect())
}

/// The file part of every `$ref` under `value` that names another file.
fn file_refs(value: &serde_yaml::Value, into: &mut BTreeSet<String>) {
    use serde_yaml::Value as Y;
    match value {
        Y::Mapping(map) => {
            for (key, child) in map {
                if let (Some("$ref"), Y::String(target)) = (key.as_str(), child) {
                    let file = target.split('#').next().unwrap_or("");
                    // Only relative files: a URL is not something cargo can watch.
                    if !file.is_empty() && !file.contains("://") {
                        into.insert(file.to_owned());
                    }
                } else {
                    file_refs(child, into);
                }
            }
        }
        Y::Sequence(items) => items.iter().for_each(|item| file_refs(item, into)),
        Y::Tagged(tagged) => file_refs(&tagged.value, into),
        _ => {}
    }
}
