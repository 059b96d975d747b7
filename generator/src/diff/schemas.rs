//! Comparing two versions of a schema. Component schemas are compared by key; inside them, a `$ref`
//! to the same component on both sides stops the walk, since that component is compared (and
//! reported) on its own, with the operations that reach it.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde_json::Value;

use super::constraints;
use super::usage::{OperationIds, Usage, resolve, schema_ref};
use super::{At, Axes, Change, Direction, Kind, Operations, Options, Shift, Subject};

/// Nested schemas deeper than this are not compared: bounds the walk on any input.
const MAX_DEPTH: usize = 48;

/// Compares `components/schemas` of OLD and NEW, and everything each schema contains.
pub(super) fn compare_components(old: &Value, new: &Value, ids: &OperationIds, usage: &(Usage, Usage), options: Options) -> Vec<Change> {
    let (old_usage, new_usage) = usage;
    let schemas = |raw| raw_schemas(raw).map(|(name, schema)| (name.as_str(), schema)).collect::<HashMap<_, _>>();
    let (old_schemas, new_schemas) = (schemas(old), schemas(new));
    let names: BTreeSet<&str> = old_schemas.keys().chain(new_schemas.keys()).copied().collect();
    let renames = renames(&old_schemas, &new_schemas);
    let mut comparer = Comparer::new(old, new, options);
    for name in names {
        let before = comparer.out.len();
        // The operations are named after the comparison, and only for a schema that changed: naming
        // them for every schema costs the operations times the schemas.
        let mut reached_by = vec![name];
        let at = At {
            pointer: format!("/components/schemas/{}", crate::load::source_map::escape_token(name)),
            subject: Subject::Schema(name.to_owned()),
            direction: old_usage.direction(name).union(new_usage.direction(name)),
            operations: Operations::default(),
        };
        let rust_name = crate::ir::naming::type_name(name);
        match (old_schemas.get(name), new_schemas.get(name)) {
            (Some(_), None) if renames.contains_key(name) => {}
            (None, Some(_)) => match renames.iter().find(|(_, to)| **to == name) {
                Some((from, _)) => {
                    reached_by.push(from);
                    let at = At { direction: at.direction.union(old_usage.direction(from)), ..at };
                    let message = format!("schema `{from}` renamed `{name}`, unchanged: the type `{}` is now `{rust_name}`", crate::ir::naming::type_name(from));
                    comparer.out.push(at.change(Kind::SchemaRenamed, Axes::new(false, true, true), message));
                }
                None => comparer.out.push(at.change(Kind::SchemaAdded, Axes::new(false, false, false), format!("schema `{name}` added (type `{rust_name}`)"))),
            },
            (Some(_), None) => comparer.out.push(at.change(
                Kind::SchemaRemoved,
                Axes::new(false, true, true),
                format!("schema `{name}` removed: the type `{rust_name}` is gone"),
            )),
            (Some(o), Some(n)) => comparer.compare(o, n, &at, 0),
            (None, None) => {}
        }
        if comparer.out.len() > before {
            let mut members = ids.none();
            for name in reached_by {
                members.absorb(&old_usage.operations(name));
                members.absorb(&new_usage.operations(name));
            }
            let operations = ids.set(members);
            for change in &mut comparer.out[before..] {
                change.operations = operations.clone();
            }
        }
    }
    comparer.out
}

/// Schemas removed from OLD whose exact text is one schema added in NEW: renamed, not replaced.
fn renames<'a>(old: &HashMap<&'a str, &Value>, new: &HashMap<&'a str, &Value>) -> BTreeMap<&'a str, &'a str> {
    let added: Vec<(&str, &Value)> = new.iter().filter(|(name, _)| !old.contains_key(*name)).map(|(n, v)| (*n, *v)).collect();
    let mut found = BTreeMap::new();
    for (name, schema) in old.iter().filter(|(name, _)| !new.contains_key(*name)) {
        let mut same = added.iter().filter(|(_, candidate)| candidate == schema);
        if let (Some((to, _)), None) = (same.next(), same.next()) {
            found.insert(*name, *to);
        }
    }
    // Two removed schemas with the same text cannot both claim one added schema.
    let mut claims: HashMap<&str, usize> = HashMap::new();
    for to in found.values() {
        *claims.entry(*to).or_default() += 1;
    }
    found.retain(|_, to| claims.get(to) == Some(&1));
    found
}

/// Walks two schema trees side by side, collecting changes.
pub(super) struct Comparer<'a> {
    old: &'a Value,
    new: &'a Value,
    options: Options,
    /// Wire verdicts of resolved pairs compared for a changed `$ref` (by address and direction), so
    /// cycles end: a pair met again while still being compared counts as wire-compatible.
    ref_pairs: HashMap<(usize, usize, Direction), bool>,
    /// Pairs behind references to something other than a component schema, being compared now: a
    /// cycle through them ends when it comes back.
    active: HashSet<(usize, usize)>,
    pub out: Vec<Change>,
}

impl<'a> Comparer<'a> {
    pub fn new(old: &'a Value, new: &'a Value, options: Options) -> Self {
        Self { old, new, options, ref_pairs: HashMap::new(), active: HashSet::new(), out: Vec::new() }
    }

    /// The OLD document, to resolve its `$ref`s.
    pub fn old_raw(&self) -> &'a Value {
        self.old
    }

    /// The NEW document, to resolve its `$ref`s.
    pub fn new_raw(&self) -> &'a Value {
        self.new
    }

    /// Compares one schema (or `$ref`) of OLD with its counterpart in NEW.
    pub fn compare(&mut self, old: &'a Value, new: &'a Value, at: &At, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        self.nullable(old, new, at);
        let (old, new) = (unwrap_all_of(old), unwrap_all_of(new));
        match (schema_ref(old), schema_ref(new)) {
            (Some(a), Some(b)) if a == b => {}
            (None, None) if old.get("$ref").is_none() && new.get("$ref").is_none() => self.compare_inline(old, new, at, depth),
            (None, None) => {
                // References to something other than a component schema: compare what they point at.
                if let (Some(o), Some(n)) = (resolve(self.old, old), resolve(self.new, new)) {
                    if self.active.insert(pair(o, n)) {
                        self.compare(o, n, at, depth + 1);
                        self.active.remove(&pair(o, n));
                    }
                }
            }
            (a, b) => self.ref_changed(old, new, a, b, at, depth),
        }
    }

    /// A value that now names another schema, or is now inline: its Rust type changes; the wire verdict
    /// comes from comparing what both sides resolve to.
    fn ref_changed(&mut self, old: &'a Value, new: &'a Value, a: Option<String>, b: Option<String>, at: &At, depth: usize) {
        let label = |name: Option<String>| name.map(|n| format!("`{n}`")).unwrap_or_else(|| "an inline schema".into());
        let wire = match (resolve(self.old, old), resolve(self.new, new)) {
            (Some(o), Some(n)) => self.wire_verdict(o, n, at, depth),
            _ => true,
        };
        let message = format!("was {}, now {}", label(a), label(b));
        self.out.push(at.change(Kind::RefChanged, Axes::new(wire, true, true), message));
    }

    /// Whether any change between two resolved schemas breaks the wire; the changes themselves are
    /// summed up in the `ref-changed` that asked.
    fn wire_verdict(&mut self, old: &'a Value, new: &'a Value, at: &At, depth: usize) -> bool {
        let (o, n) = pair(old, new);
        let key = (o, n, at.direction);
        if let Some(verdict) = self.ref_pairs.get(&key) {
            return *verdict;
        }
        self.ref_pairs.insert(key, false);
        let mark = self.out.len();
        self.compare(old, new, at, depth + 1);
        let verdict = self.out[mark..].iter().any(|c| c.wire.is_breaking());
        self.out.truncate(mark);
        self.ref_pairs.insert(key, verdict);
        verdict
    }

    /// Two inline schemas (neither a `$ref`).
    fn compare_inline(&mut self, old: &'a Value, new: &'a Value, at: &At, depth: usize) {
        if !self.same_type(old, new, at) {
            return;
        }
        self.format(old, new, at);
        self.enumeration(old, new, at);
        constraints::compare(old, new, at, &mut self.out);
        self.properties(old, new, at, depth);
        self.additional_properties(old, new, at, depth);
        if let (Some(o), Some(n)) = (old.get("items"), new.get("items")) {
            self.compare(o, n, &at.child("items"), depth + 1);
        }
        self.variants(old, new, at, depth);
        self.all_of(old, new, at, depth);
        self.discriminator(old, new, at);
    }

    fn nullable(&mut self, old: &Value, new: &Value, at: &At) {
        let (was, is) = (is_nullable(old), is_nullable(new));
        if was == is {
            return;
        }
        let (kind, shift, message) = if is {
            (Kind::NullableAdded, Shift::Looser, "may now be null: the Rust type becomes `Option`")
        } else {
            (Kind::NullableRemoved, Shift::Tighter, "may no longer be null")
        };
        self.out.push(at.change(kind, Axes::new(shift.breaks(at.direction), true, true), message));
    }

    /// Reports a change of JSON type; `false` when the schemas are too different to compare further.
    fn same_type(&mut self, old: &Value, new: &Value, at: &At) -> bool {
        let (was, is) = (json_type(old), json_type(new));
        if was == is {
            return true;
        }
        let shift = match (was, is) {
            (Some("integer"), Some("number")) => Shift::Looser,
            (Some("number"), Some("integer")) => Shift::Tighter,
            (_, None) => Shift::Looser,
            (None, _) => Shift::Tighter,
            _ => Shift::Both,
        };
        let message = format!("type {} → {}", was.unwrap_or("(any)"), is.unwrap_or("(any)"));
        self.out.push(at.change(Kind::TypeChanged, Axes::new(shift.breaks(at.direction), true, true), message));
        false
    }

    /// Formats matter where the generator maps them to a Rust type (and so decodes them strictly).
    fn format(&mut self, old: &Value, new: &Value, at: &At) {
        let (was, is) = (old.get("format").and_then(Value::as_str), new.get("format").and_then(Value::as_str));
        if was == is {
            return;
        }
        let ty = json_type(new).unwrap_or("");
        let (old_rust, new_rust) = (primitive(ty, was), primitive(ty, is));
        let shift = match (old_rust, new_rust) {
            _ if old_rust == new_rust => Shift::None,
            ("i32", "i64") | ("f32", "f64") | (_, "String") => Shift::Looser,
            ("i64", "i32") | ("f64", "f32") | ("String", _) => Shift::Tighter,
            _ => Shift::Both,
        };
        let source = old_rust != new_rust;
        let message = format!("format {} → {} (Rust {old_rust} → {new_rust})", was.unwrap_or("(none)"), is.unwrap_or("(none)"));
        self.out.push(at.change(Kind::FormatChanged, Axes::new(shift.breaks(at.direction), source, source), message));
    }

    /// String enums are Rust enums (strict unless the client was generated with enum fallback);
    /// numeric enums are checked values.
    fn enumeration(&mut self, old: &Value, new: &Value, at: &At) {
        let values = |v: &Value| v.get("enum").and_then(Value::as_array).cloned();
        let (was, is) = (values(old), values(new));
        if was == is {
            return;
        }
        let is_string = json_type(new) == Some("string") || json_type(old) == Some("string");
        let source = at.direction.or_both();
        let open_client = is_string && self.options.enum_fallback;
        let (was, is) = match (was, is) {
            (Some(was), Some(is)) => (was, is),
            (None, _) => {
                let message = "values now restricted to an enum";
                self.out.push(at.change(Kind::EnumValueRemoved, Axes::new(Shift::Tighter.breaks(at.direction), true, true), message));
                return;
            }
            (_, None) => {
                let wire = at.direction.response && !open_client;
                self.out.push(at.change(Kind::EnumValueAdded, Axes::new(wire, true, true), "no longer an enum: any value accepted"));
                return;
            }
        };
        let added: Vec<String> = is.iter().filter(|v| !was.contains(v)).map(Value::to_string).collect();
        let removed: Vec<String> = was.iter().filter(|v| !is.contains(v)).map(Value::to_string).collect();
        if !added.is_empty() {
            let wire = at.direction.response && !open_client;
            let axes = Axes::new(wire, is_string && source.response, is_string && source.request);
            let note = if open_client { " (old clients decode them as unknown values)" } else { "" };
            self.out.push(at.change(Kind::EnumValueAdded, axes, format!("enum values added: {}{note}", added.join(", "))));
        }
        if !removed.is_empty() {
            let axes = Axes::new(at.direction.request, is_string, is_string);
            self.out.push(at.change(Kind::EnumValueRemoved, axes, format!("enum values removed: {}", removed.join(", "))));
        }
    }

    fn properties(&mut self, old: &'a Value, new: &'a Value, at: &At, depth: usize) {
        static EMPTY: std::sync::LazyLock<serde_json::Map<String, Value>> = std::sync::LazyLock::new(serde_json::Map::new);
        let props = |v: &'a Value| v.get("properties").and_then(Value::as_object).unwrap_or(&EMPTY);
        let (was, is) = (props(old), props(new));
        let (old_required, new_required) = (required(old), required(new));
        // Without `Default` (some field required), every new field breaks struct literals.
        let no_default = new_required.iter().any(|r| is.contains_key(r));
        let source = at.direction.or_both();
        let base = at.child("properties");
        for (name, property) in was.iter().filter(|(name, _)| !is.contains_key(*name)) {
            let direction = property_direction(property, at.direction);
            let was_required = old_required.contains(name);
            let wire = was_required && direction.response;
            let message = format!("property `{name}` removed{}", if was_required { " (it was required)" } else { "" });
            self.out.push(base.child(name).change(Kind::PropertyRemoved, Axes::new(wire, true, true), message));
        }
        for (name, property) in is {
            let direction = property_direction(property, at.direction);
            let here = base.child(name).with_direction(direction);
            let (was_required, is_required) = (old_required.contains(name), new_required.contains(name));
            let Some(old_property) = was.get(name) else {
                let change = if is_required {
                    let axes = Axes::new(direction.request, source.request, source.response);
                    here.change(Kind::RequiredPropertyAdded, axes, format!("required property `{name}` added"))
                } else {
                    let axes = Axes::new(false, source.request && no_default, source.response && no_default);
                    here.change(Kind::PropertyAdded, axes, format!("optional property `{name}` added"))
                };
                self.out.push(change);
                continue;
            };
            if was_required != is_required {
                let (kind, wire, message) = if is_required {
                    (Kind::PropertyRequired, direction.request, format!("property `{name}` became required"))
                } else {
                    (Kind::PropertyOptional, direction.response, format!("property `{name}` became optional"))
                };
                self.out.push(here.change(kind, Axes::new(wire, true, true), message));
            }
            self.compare(old_property, property, &here, depth + 1);
        }
    }

    /// The generator keeps extra keys in a map field when `additionalProperties` is `true` or a schema,
    /// and ignores them otherwise.
    fn additional_properties(&mut self, old: &'a Value, new: &'a Value, at: &At, depth: usize) {
        let form = |v: &'a Value| match v.get("additionalProperties") {
            None | Some(Value::Bool(false)) => None,
            Some(Value::Bool(true)) => Some(None),
            Some(schema) if schema.as_object().is_some_and(|o| o.is_empty()) => Some(None),
            Some(schema) => Some(Some(schema)),
        };
        let here = at.child("additionalProperties");
        match (form(old), form(new)) {
            (Some(Some(o)), Some(Some(n))) => self.compare(o, n, &here, depth + 1),
            (was, is) if was.is_some() != is.is_some() || was.flatten().is_some() != is.flatten().is_some() => {
                let shift = if is.flatten().is_some() { Shift::Tighter } else { Shift::None };
                let describe = |f: Option<Option<&Value>>| match f {
                    None => "ignored",
                    Some(None) => "any value",
                    Some(Some(_)) => "a schema",
                };
                let message = format!("extra properties: {} → {}", describe(was), describe(is));
                self.out.push(here.change(Kind::AdditionalPropertiesChanged, Axes::new(shift.breaks(at.direction), true, true), message));
            }
            _ => {}
        }
    }

    /// `oneOf`/`anyOf` variants: referenced ones matched by name, inline ones by position.
    fn variants(&mut self, old: &'a Value, new: &'a Value, at: &At, depth: usize) {
        let list = |v: &'a Value| {
            ["oneOf", "anyOf"].into_iter().find_map(|key| v.get(key).and_then(Value::as_array).map(|l| (key, l.as_slice())))
        };
        let (Some((_, was)), Some((key, is))) = (list(old), list(new)) else {
            return;
        };
        let source = at.direction.or_both();
        let (added, removed) = self.parts(was, is, &at.child(key), depth);
        for name in added {
            let axes = Axes::new(at.direction.response, source.response, source.request);
            self.out.push(at.child(key).change(Kind::VariantAdded, axes, format!("variant {name} added")));
        }
        for name in removed {
            let axes = Axes::new(at.direction.request, true, true);
            self.out.push(at.child(key).change(Kind::VariantRemoved, axes, format!("variant {name} removed")));
        }
    }

    fn all_of(&mut self, old: &'a Value, new: &'a Value, at: &At, depth: usize) {
        let list = |v: &'a Value| v.get("allOf").and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[]);
        let (was, is) = (list(old), list(new));
        if was.len() <= 1 && is.len() <= 1 {
            return; // a single part was compared as the schema itself
        }
        let here = at.child("allOf");
        let (added, removed) = self.parts(was, is, &here, depth);
        for (name, verb) in added.iter().map(|n| (n, "added")).chain(removed.iter().map(|n| (n, "removed"))) {
            let axes = Axes::new(Shift::Both.breaks(at.direction), true, true);
            self.out.push(here.change(Kind::AllOfChanged, axes, format!("part {name} {verb}: properties change")));
        }
    }

    /// Matches the parts of a composition: `$ref`s by name, inline parts by position (compared).
    /// Returns the labels of the parts added and removed.
    fn parts(&mut self, was: &'a [Value], is: &'a [Value], at: &At, depth: usize) -> (Vec<String>, Vec<String>) {
        let names = |list: &'a [Value]| list.iter().filter_map(schema_ref).collect::<BTreeSet<_>>();
        let inline = |list: &'a [Value]| list.iter().enumerate().filter(|(_, v)| v.get("$ref").is_none()).collect::<Vec<_>>();
        let (old_names, new_names) = (names(was), names(is));
        let mut added: Vec<String> = new_names.difference(&old_names).map(|n| format!("`{n}`")).collect();
        let mut removed: Vec<String> = old_names.difference(&new_names).map(|n| format!("`{n}`")).collect();
        let (old_inline, new_inline) = (inline(was), inline(is));
        for (i, (_, n)) in new_inline.iter().enumerate() {
            match old_inline.get(i) {
                Some((_, o)) => self.compare(o, n, &at.child(&new_inline[i].0.to_string()), depth + 1),
                None => added.push(format!("#{}", new_inline[i].0)),
            }
        }
        removed.extend(old_inline.iter().skip(new_inline.len()).map(|(i, _)| format!("#{i}")));
        (added, removed)
    }

    fn discriminator(&mut self, old: &Value, new: &Value, at: &At) {
        let property = |v: &Value| v.pointer("/discriminator/propertyName").and_then(Value::as_str).map(str::to_owned);
        let here = at.child("discriminator");
        let (was, is) = (property(old), property(new));
        if was != is {
            let message = format!("discriminator property {} → {}", was.as_deref().unwrap_or("(none)"), is.as_deref().unwrap_or("(none)"));
            let axes = Axes::new(Shift::Both.breaks(at.direction), true, true);
            self.out.push(here.change(Kind::DiscriminatorChanged, axes, message));
            return;
        }
        let mapping = |v: &Value| v.pointer("/discriminator/mapping").and_then(Value::as_object).cloned().unwrap_or_default();
        let (was, is) = (mapping(old), mapping(new));
        let here = here.child("mapping");
        for (tag, target) in &is {
            match was.get(tag) {
                None => {
                    let axes = Axes::new(Shift::Looser.breaks(at.direction), false, false);
                    self.out.push(here.child(tag).change(Kind::DiscriminatorMappingAdded, axes, format!("tag `{tag}` added")));
                }
                Some(old_target) if old_target != target => {
                    let axes = Axes::new(Shift::Both.breaks(at.direction), true, true);
                    let message = format!("tag `{tag}` now selects {target} instead of {old_target}");
                    self.out.push(here.child(tag).change(Kind::DiscriminatorChanged, axes, message));
                }
                Some(_) => {}
            }
        }
        for tag in was.keys().filter(|tag| !is.contains_key(*tag)) {
            let axes = Axes::new(Shift::Tighter.breaks(at.direction), false, false);
            self.out.push(here.child(tag).change(Kind::DiscriminatorMappingRemoved, axes, format!("tag `{tag}` removed")));
        }
    }
}

fn raw_schemas(raw: &Value) -> impl Iterator<Item = (&String, &Value)> {
    raw.pointer("/components/schemas").and_then(Value::as_object).into_iter().flatten()
}

fn pair(old: &Value, new: &Value) -> (usize, usize) {
    (old as *const Value as usize, new as *const Value as usize)
}

/// `allOf: [X]` (how specs attach `nullable`, `readOnly` or a description to a `$ref`) is `X`.
fn unwrap_all_of(schema: &Value) -> &Value {
    match schema.get("allOf").and_then(Value::as_array).map(Vec::as_slice) {
        Some([only]) if schema.get("properties").is_none() && schema.get("type").is_none() => only,
        _ => schema,
    }
}

fn is_nullable(schema: &Value) -> bool {
    let flag = |v: &Value| v.get("nullable").and_then(Value::as_bool).unwrap_or(false);
    flag(schema) || (unwrap_all_of(schema) != schema && unwrap_all_of(schema).get("$ref").is_none() && flag(unwrap_all_of(schema)))
}

/// The JSON type, inferred as the generator does when `type` is absent.
pub(super) fn json_type(schema: &Value) -> Option<&str> {
    match schema.get("type").and_then(Value::as_str) {
        Some(ty) => Some(ty),
        None if schema.get("properties").is_some() => Some("object"),
        None => None,
    }
}

/// The Rust type the generator gives a `type`/`format` pair.
pub(super) fn primitive(ty: &str, format: Option<&str>) -> &'static str {
    match (ty, format) {
        ("string", Some("date-time")) => "DateTime",
        ("string", Some("date")) => "Date",
        ("string", Some("binary")) => "Vec<u8>",
        ("string", Some("uuid")) => "Uuid",
        ("string", _) => "String",
        ("integer", Some("int32")) => "i32",
        ("integer", _) => "i64",
        ("number", Some("float")) => "f32",
        ("number", _) => "f64",
        _ => "(unchanged)",
    }
}

fn required(schema: &Value) -> BTreeSet<String> {
    schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).map(str::to_owned).collect()
}

fn property_direction(property: &Value, direction: Direction) -> Direction {
    let flag = |key: &str| property.get(key).and_then(Value::as_bool).unwrap_or(false);
    direction.through_property(flag("readOnly"), flag("writeOnly"))
}
