//! Which operations reach each component schema, and in which direction: through request parameters
//! and bodies (client → server) or responses (server → client), transitively through `$ref`,
//! `allOf`/`oneOf`/`anyOf`, `items`, `additionalProperties`, properties and discriminator mappings.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::sync::Arc;

use serde_json::Value;

use super::{Direction, Operations};
use crate::load::source_map::escape_token;

/// How deep `$ref` chains and nested schemas are followed; specs are finite, cycles are not.
const MAX_DEPTH: usize = 64;

const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// The component schema a `$ref` names, if it names one.
pub(super) fn schema_ref(value: &Value) -> Option<String> {
    let reference = value.get("$ref")?.as_str()?;
    let name = reference.strip_prefix("#/components/schemas/")?;
    Some(unescape(name))
}

fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// Follows local `$ref`s (bounded) to the value they point at; `None` when one dangles.
pub(super) fn resolve<'a>(raw: &'a Value, mut value: &'a Value) -> Option<&'a Value> {
    for _ in 0..MAX_DEPTH {
        match value.get("$ref").and_then(Value::as_str) {
            Some(reference) => value = target(raw, reference)?,
            None => return Some(value),
        }
    }
    None
}

/// What a local `$ref` points at. A `$ref` is a URI: its fragment may be percent-encoded.
fn target<'a>(raw: &'a Value, reference: &str) -> Option<&'a Value> {
    let local = reference.strip_prefix('#')?;
    if !local.contains('%') {
        return raw.pointer(local);
    }
    let bytes = local.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok()).and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                decoded.push(byte);
                i += 3;
            }
            (byte, _) => {
                decoded.push(byte);
                i += 1;
            }
        }
    }
    raw.pointer(&String::from_utf8_lossy(&decoded))
}

/// Every `$ref` must point into the document at something, as `generate` requires: the first that
/// does not, with its location.
pub fn check_refs(spec: &crate::load::Spec) -> Result<(), crate::SpecError> {
    use crate::SpecErrorKind;
    fn first<'a>(raw: &'a Value, value: &'a Value, at: &mut String) -> Option<(SpecErrorKind, String)> {
        match value {
            Value::Object(map) => {
                if let Some(reference) = map.get("$ref").and_then(Value::as_str) {
                    at.push_str("/$ref");
                    return match reference.strip_prefix('#') {
                        None => Some((
                            SpecErrorKind::Unsupported,
                            format!("`{reference}` points into another file; only references within the document are supported"),
                        )),
                        Some(_) if target(raw, reference).is_none() => Some((SpecErrorKind::DanglingRef, format!("`{reference}` points at nothing"))),
                        Some(_) => None,
                    };
                }
                map.iter().find_map(|(key, child)| descend(raw, child, at, &escape_token(key)))
            }
            Value::Array(items) => items.iter().enumerate().find_map(|(i, child)| descend(raw, child, at, &i.to_string())),
            _ => None,
        }
    }
    fn descend<'a>(raw: &'a Value, child: &'a Value, at: &mut String, token: &str) -> Option<(SpecErrorKind, String)> {
        let length = at.len();
        at.push('/');
        at.push_str(token);
        let found = first(raw, child, at);
        if found.is_none() {
            at.truncate(length);
        }
        found
    }
    let mut at = String::new();
    match first(&spec.raw, &spec.raw, &mut at) {
        Some((kind, message)) => Err(spec.error(kind, &at, message)),
        None => Ok(()),
    }
}

/// One operation of a spec, found under `paths`.
#[derive(Debug, Clone)]
pub(super) struct OperationInfo<'a> {
    /// The operation's id, or the one the generator derives when it has none.
    pub id: String,
    pub method: &'static str,
    pub path: String,
    pub pointer: String,
    pub operation: &'a Value,
    pub path_item: &'a Value,
}

impl OperationInfo<'_> {
    pub fn label(&self) -> String {
        format!("{} {}", self.method.to_uppercase(), self.path)
    }
}

/// The operations of a spec keyed by method and path template with parameter names erased, so renaming
/// `{id}` to `{uuid}` keeps the same operation (and the same route).
pub(super) fn operations(raw: &Value) -> BTreeMap<String, OperationInfo<'_>> {
    let mut found = BTreeMap::new();
    let Some(paths) = raw.get("paths").and_then(Value::as_object) else { return found };
    for (path, item) in paths {
        let Some(item) = resolve(raw, item) else { continue };
        for method in METHODS {
            let Some(operation) = item.get(method).filter(|o| o.is_object()) else { continue };
            let id = operation.get("operationId").and_then(Value::as_str).map(str::to_owned).unwrap_or_else(|| derived_id(method, path));
            let pointer = format!("/paths/{}/{method}", escape_token(path));
            let key = format!("{} {}", method.to_uppercase(), route_key(path));
            found.insert(key, OperationInfo { id, method, path: path.clone(), pointer, operation, path_item: item });
        }
    }
    found
}

/// The id the generator gives an operation without `operationId` (`get /things/{id}` → `get_things_by_id`),
/// so the method names compared are the generated ones.
fn derived_id(method: &str, path: &str) -> String {
    let mut id = method.to_owned();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        id.push('_');
        if segment.starts_with('{') {
            id.push_str("by_");
        }
        id.push_str(segment.trim_matches(|c| c == '{' || c == '}'));
    }
    id
}

/// `/flows/{slug}/x` → `/flows/{}/x`.
pub(super) fn route_key(path: &str) -> String {
    let mut key = String::with_capacity(path.len());
    let mut in_param = false;
    for c in path.chars() {
        match c {
            '{' => {
                in_param = true;
                key.push_str("{}");
            }
            '}' => in_param = false,
            _ if in_param => {}
            _ => key.push(c),
        }
    }
    key
}

/// The schemas a value's operation sends and receives: `(schema, direction)` pairs, before `$ref`s.
pub(super) fn operation_schemas<'a>(raw: &'a Value, op: &OperationInfo<'a>) -> Vec<(&'a Value, Direction)> {
    let mut found = Vec::new();
    for list in [op.path_item.get("parameters"), op.operation.get("parameters")].into_iter().flatten() {
        for param in list.as_array().into_iter().flatten().filter_map(|p| resolve(raw, p)) {
            found.extend(param.get("schema").map(|s| (s, Direction::REQUEST)));
            found.extend(media_schemas(param.get("content")).map(|s| (s, Direction::REQUEST)));
        }
    }
    if let Some(body) = op.operation.get("requestBody").and_then(|b| resolve(raw, b)) {
        found.extend(media_schemas(body.get("content")).map(|s| (s, Direction::REQUEST)));
    }
    for response in op.operation.get("responses").and_then(Value::as_object).into_iter().flat_map(|r| r.values()) {
        if let Some(response) = resolve(raw, response) {
            found.extend(media_schemas(response.get("content")).map(|s| (s, Direction::RESPONSE)));
        }
    }
    found
}

fn media_schemas(content: Option<&Value>) -> impl Iterator<Item = &Value> {
    content.and_then(Value::as_object).into_iter().flat_map(|c| c.values()).filter_map(|media| media.get("schema"))
}

/// The operation ids of both versions, sorted, each once. A set of operations is a [`Bits`] over this
/// list, so a report that names thousands of operations for each of thousands of schemas (Microsoft
/// Graph's beta against v1.0) holds a few kilobytes per schema, not the names again.
#[derive(Debug, Default)]
pub(super) struct OperationIds {
    ids: Arc<[String]>,
    index: HashMap<String, usize>,
}

impl OperationIds {
    pub fn of(specs: &[&Value]) -> Self {
        let ids: BTreeSet<String> = specs.iter().flat_map(|raw| operations(raw).into_values().map(|op| op.id)).collect();
        let ids: Arc<[String]> = ids.into_iter().collect();
        let index = ids.iter().enumerate().map(|(i, id)| (id.clone(), i)).collect();
        Self { ids, index }
    }

    pub fn none(&self) -> Bits {
        Bits::new(self.ids.len())
    }

    /// The operations whose bits `members` sets.
    pub fn set(&self, members: Bits) -> Operations {
        Operations { ids: self.ids.clone(), members }
    }
}

/// For each component schema, the operations that reach it and the directions they use it in.
///
/// Kept as one bit per operation and direction, spread along the references to a fixed point, so the
/// cost is the references times the operations over 64, not the operations times the schemas each
/// reaches (Microsoft Graph's beta: 22,361 operations and 6,177 schemas, referring to one another).
#[derive(Debug, Default)]
pub(super) struct Usage {
    /// Component schema name → its index in `request` and `response`.
    schemas: HashMap<String, usize>,
    /// Per schema, the operations that send values of it (parameters and request bodies).
    request: Vec<Bits>,
    /// Per schema, the operations that receive values of it (responses).
    response: Vec<Bits>,
    /// The set with no operation, for schemas no operation reaches.
    none: Bits,
}

impl Usage {
    pub fn of(raw: &Value, ids: &OperationIds) -> Self {
        let edges = component_edges(raw);
        let schemas: HashMap<String, usize> = edges.iter().enumerate().map(|(i, (name, _))| (name.clone(), i)).collect();
        let mut request = vec![ids.none(); schemas.len()];
        let mut response = request.clone();
        for op in operations(raw).values() {
            let Some(&bit) = ids.index.get(&op.id) else { continue };
            let mut seeds = Vec::new();
            for (schema, direction) in operation_schemas(raw, op) {
                refs_in(raw, schema, direction, &mut seeds, 0);
            }
            for (name, direction) in seeds {
                let Some(&i) = schemas.get(&name) else { continue };
                if direction.request {
                    request[i].set(bit);
                }
                if direction.response {
                    response[i].set(bit);
                }
            }
        }
        // Targets as indices; a name no component has leads nowhere further.
        let targets: Vec<Vec<(usize, Direction)>> =
            edges.iter().map(|(_, found)| found.iter().filter_map(|(name, mask)| Some((*schemas.get(name)?, *mask))).collect()).collect();
        spread(&mut request, &targets, |mask| mask.request);
        spread(&mut response, &targets, |mask| mask.response);
        Usage { schemas, request, response, none: ids.none() }
    }

    /// The directions a schema travels in (neither when no operation reaches it).
    pub fn direction(&self, name: &str) -> Direction {
        match self.schemas.get(name) {
            Some(&i) => Direction { request: !self.request[i].is_empty(), response: !self.response[i].is_empty() },
            None => Direction::default(),
        }
    }

    /// The operations that reach a schema, either way.
    pub fn operations(&self, name: &str) -> Bits {
        let mut reached = self.none.clone();
        if let Some(&i) = self.schemas.get(name) {
            reached.absorb(&self.request[i]);
            reached.absorb(&self.response[i]);
        }
        reached
    }
}

/// Until nothing changes: what reaches a schema also reaches the schemas it names along edges that pass
/// `passes`. A schema is queued again only when its set grew, so each edge is crossed a few times at most.
fn spread(sets: &mut [Bits], targets: &[Vec<(usize, Direction)>], passes: impl Fn(Direction) -> bool) {
    let mut queued: Vec<bool> = sets.iter().map(|set| !set.is_empty()).collect();
    let mut queue: VecDeque<usize> = (0..sets.len()).filter(|&i| queued[i]).collect();
    while let Some(from) = queue.pop_front() {
        queued[from] = false;
        // Out of the table while its targets take it in (a self-reference adds nothing).
        let source = std::mem::take(&mut sets[from]);
        for &(to, mask) in &targets[from] {
            if to != from && passes(mask) && sets[to].absorb(&source) && !queued[to] {
                queued[to] = true;
                queue.push_back(to);
            }
        }
        sets[from] = source;
    }
}

/// A set of small integers, one bit each.
#[derive(Debug, Clone, Default)]
pub(super) struct Bits(Vec<u64>);

impl Bits {
    pub fn new(len: usize) -> Self {
        Self(vec![0; len.div_ceil(64)])
    }

    pub fn set(&mut self, bit: usize) {
        self.0[bit / 64] |= 1 << (bit % 64);
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|word| *word == 0)
    }

    pub fn len(&self) -> usize {
        self.0.iter().map(|word| word.count_ones() as usize).sum()
    }

    /// Adds `other`'s members; whether any was new.
    pub fn absorb(&mut self, other: &Bits) -> bool {
        let mut grew = false;
        for (word, add) in self.0.iter_mut().zip(&other.0) {
            grew |= add & !*word != 0;
            *word |= add;
        }
        grew
    }

    pub fn ones(&self) -> impl Iterator<Item = usize> + Clone + '_ {
        self.0.iter().enumerate().flat_map(|(i, word)| (0..64).filter(move |b| word >> b & 1 == 1).map(move |b| i * 64 + b))
    }
}

/// For each component schema, the component schemas it names directly, with the directions that pass
/// (a `readOnly` property only travels in responses, a `writeOnly` one only in requests).
fn component_edges(raw: &Value) -> Vec<(String, Vec<(String, Direction)>)> {
    let both = Direction { request: true, response: true };
    let mut edges = Vec::new();
    for (name, schema) in raw.pointer("/components/schemas").and_then(Value::as_object).into_iter().flatten() {
        let mut found = Vec::new();
        if schema.get("$ref").is_some() {
            found.extend(schema_ref(schema).map(|target| (target, both)));
        } else {
            refs_in(raw, schema, both, &mut found, 0);
        }
        edges.push((name.clone(), found));
    }
    edges
}

/// Collects the component schemas `schema` names, without entering them.
fn refs_in(raw: &Value, schema: &Value, direction: Direction, into: &mut Vec<(String, Direction)>, depth: usize) {
    if depth > MAX_DEPTH || !(direction.request || direction.response) {
        return;
    }
    if let Some(name) = schema_ref(schema) {
        into.push((name, direction));
        return;
    }
    if schema.get("$ref").is_some() {
        if let Some(target) = resolve(raw, schema) {
            refs_in(raw, target, direction, into, depth + 1);
        }
        return;
    }
    for (_, property) in schema.get("properties").and_then(Value::as_object).into_iter().flatten() {
        let flag = |key: &str| property.get(key).and_then(Value::as_bool).unwrap_or(false);
        refs_in(raw, property, direction.through_property(flag("readOnly"), flag("writeOnly")), into, depth + 1);
    }
    for key in ["items", "additionalProperties", "not"] {
        if let Some(sub) = schema.get(key).filter(|s| s.is_object()) {
            refs_in(raw, sub, direction, into, depth + 1);
        }
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        for sub in schema.get(key).and_then(Value::as_array).into_iter().flatten() {
            refs_in(raw, sub, direction, into, depth + 1);
        }
    }
    for (_, target) in schema.pointer("/discriminator/mapping").and_then(Value::as_object).into_iter().flatten() {
        if let Some(target) = target.as_str() {
            let name = target.strip_prefix("#/components/schemas/").unwrap_or(target);
            into.push((unescape(name), direction));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn names(usage: &Usage, ids: &OperationIds, schema: &str) -> Vec<String> {
        ids.set(usage.operations(schema)).to_vec()
    }

    const REQUEST: Direction = Direction::REQUEST;
    const RESPONSE: Direction = Direction::RESPONSE;
    const BOTH: Direction = Direction { request: true, response: true };

    /// A cycle, a `readOnly` and a `writeOnly` reference, `items`, `allOf`, a discriminator mapping, a
    /// parameter, and a schema no operation reaches.
    #[test]
    fn operations_reach_schemas_through_references_in_the_directions_that_pass() {
        let raw = json!({
            "paths": {
                "/pets": {
                    "post": {
                        "operationId": "createPet",
                        "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewPet"}}}},
                        "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}}
                    },
                    "get": {
                        "operationId": "listPets",
                        "responses": {"200": {"content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}}}}}
                    }
                },
                "/owners/{id}": {
                    "get": {
                        "operationId": "getOwner",
                        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"$ref": "#/components/schemas/Tag"}}],
                        "responses": {"204": {}}
                    }
                }
            },
            "components": {"schemas": {
                "Pet": {
                    "properties": {
                        "owner": {"$ref": "#/components/schemas/Owner", "readOnly": true},
                        "tags": {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}}
                    },
                    "discriminator": {"propertyName": "kind", "mapping": {"dog": "#/components/schemas/Dog"}}
                },
                "Owner": {"properties": {"pets": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}}},
                "Tag": {"type": "string"},
                "Dog": {"allOf": [{"$ref": "#/components/schemas/Pet"}]},
                "NewPet": {"properties": {
                    "secret": {"$ref": "#/components/schemas/Secret", "writeOnly": true},
                    "pet": {"$ref": "#/components/schemas/Pet"}
                }},
                "Secret": {"type": "object"},
                "Lonely": {"type": "object"}
            }}
        });
        let ids = OperationIds::of(&[&raw]);
        let usage = Usage::of(&raw, &ids);
        let expected: [(&str, Direction, &[&str]); 8] = [
            ("Pet", BOTH, &["createPet", "listPets"]),
            ("Owner", RESPONSE, &["createPet", "listPets"]),
            ("Tag", BOTH, &["createPet", "getOwner", "listPets"]),
            ("Dog", BOTH, &["createPet", "listPets"]),
            ("NewPet", REQUEST, &["createPet"]),
            ("Secret", REQUEST, &["createPet"]),
            ("Lonely", Direction::default(), &[]),
            ("NotASchema", Direction::default(), &[]),
        ];
        for (name, direction, operations) in expected {
            assert_eq!((usage.direction(name), names(&usage, &ids, name)), (direction, operations.iter().map(|id| id.to_string()).collect::<Vec<_>>()), "{name}");
        }
    }

    /// More operations than one word of bits holds, each reaching the end of a chain from its own start.
    #[test]
    fn every_operation_of_many_is_named() {
        let mut paths = serde_json::Map::new();
        for i in 0..130 {
            let schema = format!("#/components/schemas/{}", if i % 2 == 0 { "Head" } else { "Middle" });
            paths.insert(
                format!("/things/{i}"),
                json!({"get": {"operationId": format!("op{i:03}"), "responses": {"200": {"content": {"application/json": {"schema": {"$ref": schema}}}}}}}),
            );
        }
        let raw = json!({
            "paths": paths,
            "components": {"schemas": {
                "Head": {"properties": {"next": {"$ref": "#/components/schemas/Middle"}}},
                "Middle": {"properties": {"next": {"$ref": "#/components/schemas/Tail"}}},
                "Tail": {"type": "object"}
            }}
        });
        let ids = OperationIds::of(&[&raw]);
        let usage = Usage::of(&raw, &ids);
        let all: Vec<String> = (0..130).map(|i| format!("op{i:03}")).collect();
        let even: Vec<String> = (0..130).step_by(2).map(|i| format!("op{i:03}")).collect();
        assert_eq!(names(&usage, &ids, "Tail"), all);
        assert_eq!(names(&usage, &ids, "Middle"), all);
        assert_eq!(names(&usage, &ids, "Head"), even);
        assert_eq!(ids.set(usage.operations("Tail")).len(), 130);
        assert_eq!(usage.direction("Tail"), RESPONSE);
    }
}
