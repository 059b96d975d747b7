//! Between load and lower: keep only the operations a user asked for, and exactly the components
//! they reach. A client for ten operations of a thousand-operation API should compile like a
//! ten-operation crate, so the document itself is pruned before any type is made from it.
//!
//! Selection: with no include filter every operation is included; otherwise an operation is kept
//! when it matches any include (tag, `operationId` glob, path prefix); excludes then remove. An
//! operation without an `operationId` is matched by the name lowering derives for it.

use std::collections::{BTreeSet, VecDeque};

use serde_json::{Map, Value};

use crate::error::Error;
use crate::ir::Method;
use crate::load::Spec;

/// Which operations to keep. Each list is "any of"; an empty `Filter` keeps everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Keep operations carrying one of these tags.
    pub tags: Vec<String>,
    /// Keep operations whose `operationId` matches one of these globs (`*`, `?`).
    pub operations: Vec<String>,
    /// Keep operations whose path starts with one of these prefixes.
    pub paths: Vec<String>,
    pub exclude_tags: Vec<String>,
    pub exclude_operations: Vec<String>,
    pub exclude_paths: Vec<String>,
}

/// What a filter kept, for the end-of-run report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Kept {
    pub operations: usize,
    pub operations_total: usize,
    pub schemas: usize,
    pub schemas_total: usize,
}

const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// Component sections pruned to what kept operations reach. Security schemes stay: credentials are
/// set once on the client, whichever operations use them.
const PRUNED_COMPONENTS: [&str; 8] =
    ["schemas", "parameters", "requestBodies", "responses", "headers", "examples", "links", "callbacks"];

/// One rule of a filter, named the way the user wrote it in messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rule {
    Tag,
    Operation,
    Path,
}

/// The facts about one operation that filters look at.
struct OperationKey<'a> {
    method: &'static str,
    id: String,
    path: &'a str,
    tags: Vec<&'a str>,
}

impl Rule {
    fn matches(self, pattern: &str, op: &OperationKey<'_>) -> bool {
        match self {
            Rule::Tag => op.tags.contains(&pattern),
            Rule::Operation => glob_match(pattern, &op.id),
            Rule::Path => op.path.starts_with(pattern),
        }
    }

    fn describe(self, exclude: bool, pattern: &str) -> String {
        let (flag, what) = match self {
            Rule::Tag => ("tag", "tag"),
            Rule::Operation => ("operation", "operationId glob"),
            Rule::Path => ("path", "path prefix"),
        };
        // Named both ways: the filter may come from the command line or from `oagen.toml`.
        let (flag, key) = if exclude { (format!("--exclude-{flag}"), format!("exclude-{flag}s")) } else { (format!("--{flag}"), format!("{flag}s")) };
        format!("{what} `{pattern}` ({flag}, or `{key}` in oagen.toml)")
    }
}

impl Filter {
    /// True when the filter keeps every operation.
    pub fn is_empty(&self) -> bool {
        self.includes().all(|(_, list)| list.is_empty()) && self.excludes().all(|(_, list)| list.is_empty())
    }

    fn includes(&self) -> impl Iterator<Item = (Rule, &Vec<String>)> {
        [(Rule::Tag, &self.tags), (Rule::Operation, &self.operations), (Rule::Path, &self.paths)].into_iter()
    }

    fn excludes(&self) -> impl Iterator<Item = (Rule, &Vec<String>)> {
        [(Rule::Tag, &self.exclude_tags), (Rule::Operation, &self.exclude_operations), (Rule::Path, &self.exclude_paths)]
            .into_iter()
    }

    fn keeps(&self, op: &OperationKey<'_>) -> bool {
        let no_include = self.includes().all(|(_, list)| list.is_empty());
        let included = no_include || self.includes().any(|(rule, list)| list.iter().any(|p| rule.matches(p, op)));
        included && !self.excludes().any(|(rule, list)| list.iter().any(|p| rule.matches(p, op)))
    }

    /// Every pattern must select at least one operation of the spec: one that selects none is
    /// almost always a typo, and would otherwise silently change what is generated.
    fn check_all_match(&self, ops: &[OperationKey<'_>], spec: &Spec) -> Result<(), Error> {
        let lists = self.includes().map(|(r, l)| (r, l, false)).chain(self.excludes().map(|(r, l)| (r, l, true)));
        for (rule, list, exclude) in lists {
            if let Some(pattern) = list.iter().find(|p| !ops.iter().any(|op| rule.matches(p, op))) {
                return Err(Error::Settings(format!(
                    "{}: the filter on {} selects no operation",
                    spec.path.display(),
                    rule.describe(exclude, pattern)
                )));
            }
        }
        Ok(())
    }
}

/// Removes the operations `filter` does not keep, then every component no kept operation reaches,
/// and rebuilds the typed document from what is left.
pub fn apply(spec: &mut Spec, filter: &Filter) -> Result<Kept, Error> {
    filter.check_all_match(&operation_keys(&spec.raw), spec)?;
    prune(spec, filter)
}

/// [`apply`] without requiring each filter to select something: for a newer version of a spec,
/// where the operations a filter named may be gone.
pub fn prune(spec: &mut Spec, filter: &Filter) -> Result<Kept, Error> {
    let schemas_total = component_count(&spec.raw, "schemas");
    let ops = operation_keys(&spec.raw);
    let operations_total = ops.len();
    let removed: Vec<(String, &str)> =
        ops.iter().filter(|op| !filter.keeps(op)).map(|op| (op.path.to_owned(), op.method)).collect();
    remove_operations(&mut spec.raw, &removed);
    let reached = reachable_components(&spec.raw);
    prune_components(&mut spec.raw, &reached);
    spec.document = serde_json::from_value(spec.raw.clone())
        .map_err(|err| Error::Settings(format!("internal error: the filtered document no longer parses: {err}")))?;
    Ok(Kept {
        operations: operations_total - removed.len(),
        operations_total,
        schemas: component_count(&spec.raw, "schemas"),
        schemas_total,
    })
}

fn operation_id(op: &Value, method: &str, path: &str) -> String {
    match op.get("operationId").and_then(Value::as_str) {
        Some(id) => id.to_owned(),
        None => crate::ir::derived_operation_id(method_of(method), path),
    }
}

fn method_of(name: &str) -> Method {
    match name {
        "put" => Method::Put,
        "post" => Method::Post,
        "delete" => Method::Delete,
        "options" => Method::Options,
        "head" => Method::Head,
        "patch" => Method::Patch,
        "trace" => Method::Trace,
        _ => Method::Get,
    }
}

/// Every operation of the document, in document order.
fn operation_keys(raw: &Value) -> Vec<OperationKey<'_>> {
    let mut keys = Vec::new();
    for (path, item) in raw.get("paths").and_then(Value::as_object).into_iter().flatten() {
        for method in METHODS {
            if let Some(op) = item.get(method) {
                let tags = op.get("tags").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
                keys.push(OperationKey { method, id: operation_id(op, method, path), path, tags });
            }
        }
    }
    keys
}

fn remove_operations(raw: &mut Value, removed: &[(String, &str)]) {
    let Some(paths) = raw.get_mut("paths").and_then(Value::as_object_mut) else { return };
    for (path, method) in removed {
        if let Some(item) = paths.get_mut(path).and_then(Value::as_object_mut) {
            item.remove(*method);
        }
    }
    // A path item left without operations (and not a `$ref` to one elsewhere) is gone too.
    paths.retain(|_, item| item.get("$ref").is_some() || METHODS.iter().any(|m| item.get(*m).is_some()));
}

fn component_count(raw: &Value, section: &str) -> usize {
    raw.get("components").and_then(|c| c.get(section)).and_then(Value::as_object).map_or(0, Map::len)
}

/// `(section, name)` of every component reached from the paths, through `$ref`s (in schemas,
/// parameters, bodies, responses, headers) and discriminator mappings, transitively.
pub fn reachable_components(raw: &Value) -> BTreeSet<(String, String)> {
    let mut reached = BTreeSet::new();
    let mut queue: VecDeque<(String, String)> = VecDeque::new();
    if let Some(paths) = raw.get("paths") {
        collect_refs(paths, &mut queue);
    }
    while let Some(key) = queue.pop_front() {
        if !reached.insert(key.clone()) {
            continue;
        }
        if let Some(component) = raw.get("components").and_then(|c| c.get(&key.0)).and_then(|s| s.get(&key.1)) {
            collect_refs(component, &mut queue);
        }
    }
    reached
}

/// Pushes the component named by every `$ref` and discriminator mapping under `value`.
fn collect_refs(value: &Value, into: &mut VecDeque<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                match (key.as_str(), child) {
                    ("$ref", Value::String(target)) => into.extend(component_of(target)),
                    ("discriminator", Value::Object(discriminator)) => {
                        let targets = discriminator.get("mapping").and_then(Value::as_object).into_iter().flatten();
                        for target in targets.filter_map(|(_, t)| t.as_str()) {
                            // A mapping value is a reference or, by the spec, a bare schema name.
                            if target.starts_with('#') {
                                into.extend(component_of(target));
                            } else {
                                into.push_back(("schemas".to_owned(), target.to_owned()));
                            }
                        }
                    }
                    _ => collect_refs(child, into),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| collect_refs(item, into)),
        _ => {}
    }
}

/// `#/components/schemas/Pet/properties/x` → `("schemas", "Pet")`; other references → none.
fn component_of(reference: &str) -> Option<(String, String)> {
    let rest = reference.strip_prefix("#/components/")?;
    let mut tokens = rest.split('/');
    let section = tokens.next()?;
    let name = tokens.next()?;
    let unescape = |t: &str| t.replace("~1", "/").replace("~0", "~");
    Some((unescape(section), unescape(name)))
}

fn prune_components(raw: &mut Value, reached: &BTreeSet<(String, String)>) {
    let Some(components) = raw.get_mut("components").and_then(Value::as_object_mut) else { return };
    for section in PRUNED_COMPONENTS {
        if let Some(entries) = components.get_mut(section).and_then(Value::as_object_mut) {
            entries.retain(|name, _| reached.contains(&(section.to_owned(), name.clone())));
        }
    }
}

/// `*` matches any run of characters (none included), `?` exactly one; everything else itself.
pub fn glob_match(pattern: &str, text: &str) -> bool {
    let (pattern, text): (Vec<char>, Vec<char>) = (pattern.chars().collect(), text.chars().collect());
    let (mut p, mut t) = (0, 0);
    // Where the last `*` was, and the text position it currently stands for: on a mismatch the
    // star swallows one more character. Linear backtracking, no recursion.
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        match pattern.get(p) {
            Some('*') => {
                star = Some((p, t));
                p += 1;
            }
            Some(c) if *c == '?' || *c == text[t] => {
                p += 1;
                t += 1;
            }
            _ => match star {
                Some((star_p, star_t)) => {
                    p = star_p + 1;
                    t = star_t + 1;
                    star = Some((star_p, star_t + 1));
                }
                None => return false,
            },
        }
    }
    pattern[p..].iter().all(|c| *c == '*')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_match_like_a_shell() {
        assert!(glob_match("stages_*", "stages_source_list"));
        assert!(glob_match("*_list", "stages_source_list"));
        assert!(glob_match("stages_?ource_*", "stages_source_list"));
        assert!(glob_match("*", ""));
        assert!(glob_match("a*b*c", "axxbyyc"));
        assert!(!glob_match("a*b*c", "axxbyy"));
        assert!(!glob_match("stages_?", "stages_"));
        assert!(!glob_match("list", "stages_source_list"));
    }

    #[test]
    fn discriminator_mappings_reach_their_schemas() {
        let raw = serde_json::json!({
            "paths": {"/a": {"get": {"responses": {"200": {"$ref": "#/components/responses/A"}}}}},
            "components": {
                "responses": {"A": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Base"}}}}},
                "schemas": {
                    "Base": {"discriminator": {"propertyName": "k", "mapping": {"x": "#/components/schemas/X", "y": "Y"}}},
                    "X": {}, "Y": {"items": {"$ref": "#/components/schemas/Z"}}, "Z": {}, "Lonely": {}
                }
            }
        });
        let names: Vec<String> = reachable_components(&raw).into_iter().map(|(section, name)| format!("{section}/{name}")).collect();
        assert_eq!(names, ["responses/A", "schemas/Base", "schemas/X", "schemas/Y", "schemas/Z"]);
    }

    #[test]
    fn references_name_their_component() {
        assert_eq!(component_of("#/components/schemas/Pet"), Some(("schemas".into(), "Pet".into())));
        assert_eq!(component_of("#/components/schemas/a~1b/properties/x"), Some(("schemas".into(), "a/b".into())));
        assert_eq!(component_of("other.yaml#/Pet"), None);
    }
}
