//! Comparing operations, matched by method and route (`GET /flows/{}`): their names, parameters,
//! request bodies, responses and security. Schemas inline in an operation are compared here, reported
//! under the operation; schemas they reference are compared (once) as components.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::schemas::Comparer;
use super::usage::{OperationInfo, operations, resolve};
use super::{At, Axes, Change, Direction, Kind, Options, Subject};
use crate::ir::naming::field_name;
use crate::load::source_map::escape_token;

/// Compares the operations of OLD and NEW.
pub(super) fn compare(old: &Value, new: &Value, options: Options) -> Vec<Change> {
    let (old_ops, new_ops) = (operations(old), operations(new));
    let mut comparer = Comparer::new(old, new, options);
    for (key, op) in &old_ops {
        if !new_ops.contains_key(key) {
            let message = format!("{} removed (method `{}`)", op.label(), field_name(&op.id));
            comparer.out.push(at(op, Direction::default()).change(Kind::OperationRemoved, Axes::new(true, true, true), message));
        }
    }
    for (key, op) in &new_ops {
        match old_ops.get(key) {
            None => {
                let message = format!("{} added (method `{}`)", op.label(), field_name(&op.id));
                comparer.out.push(at(op, Direction::default()).change(Kind::OperationAdded, Axes::new(false, false, true), message));
            }
            Some(old_op) => compare_operation(&mut comparer, old_op, op),
        }
    }
    comparer.out
}

fn at(op: &OperationInfo, direction: Direction) -> At {
    At {
        pointer: op.pointer.clone(),
        subject: Subject::Operation(op.id.clone()),
        direction,
        operations: super::Operations::one(op.id.clone()),
    }
}

fn compare_operation<'a>(comparer: &mut Comparer<'a>, old: &OperationInfo<'a>, new: &OperationInfo<'a>) {
    let here = at(new, Direction::default());
    let (old_name, new_name) = (field_name(&old.id), field_name(&new.id));
    if old_name != new_name {
        let message = format!("{}: operation id `{}` → `{}` (method `{old_name}` → `{new_name}`)", new.label(), old.id, new.id);
        comparer.out.push(here.change(Kind::OperationRenamed, Axes::new(false, true, true), message));
    }
    let deprecated = |op: &OperationInfo| op.operation.get("deprecated").and_then(Value::as_bool).unwrap_or(false);
    if !deprecated(old) && deprecated(new) {
        comparer.out.push(here.change(Kind::OperationDeprecated, Axes::new(false, false, false), format!("{} deprecated", new.label())));
    }
    parameters(comparer, old, new);
    request_body(comparer, old, new);
    responses(comparer, old, new);
    security(comparer, old, new);
}

/// A parameter as the generated code sees it.
struct Param<'a> {
    name: String,
    value: &'a Value,
    pointer: String,
}

impl Param<'_> {
    fn required(&self) -> bool {
        self.value.get("in").and_then(Value::as_str) == Some("path") || self.value.get("required").and_then(Value::as_bool).unwrap_or(false)
    }
}

/// The parameters of an operation (the path item's, overridden by the operation's), keyed by place
/// and name; path parameters by position, since renaming one changes nothing on the wire.
fn params<'a>(raw: &'a Value, op: &OperationInfo<'a>) -> BTreeMap<String, Param<'a>> {
    let mut found = BTreeMap::new();
    let path_item_pointer = op.pointer.rsplit_once('/').map(|(p, _)| p.to_owned()).unwrap_or_default();
    let lists = [(op.path_item, path_item_pointer), (op.operation, op.pointer.clone())];
    for (holder, base) in lists {
        for (i, param) in holder.get("parameters").and_then(Value::as_array).into_iter().flatten().enumerate() {
            let Some(value) = resolve(raw, param) else { continue };
            let (Some(name), Some(location)) = (value.get("name").and_then(Value::as_str), value.get("in").and_then(Value::as_str)) else {
                continue;
            };
            let key = match location {
                "path" => format!("path#{}", op.path.split('{').skip(1).position(|s| s.split('}').next() == Some(name)).unwrap_or(usize::MAX)),
                "header" => format!("header:{}", name.to_ascii_lowercase()),
                _ => format!("{location}:{name}"),
            };
            found.insert(key, Param { name: name.to_owned(), value, pointer: format!("{base}/parameters/{i}") });
        }
    }
    found
}

fn parameters<'a>(comparer: &mut Comparer<'a>, old: &OperationInfo<'a>, new: &OperationInfo<'a>) {
    let (was, is) = (params(comparer.old_raw(), old), params(comparer.new_raw(), new));
    let here = at(new, Direction::REQUEST);
    // The params struct has `Default` when every query, header and cookie parameter is optional.
    let has_default = !is.iter().any(|(key, p)| !key.starts_with("path#") && p.required());
    for (key, param) in &was {
        if !is.contains_key(key) {
            let message = format!("parameter `{}` removed", param.name);
            let place = At { pointer: param.pointer.clone(), ..here.clone() };
            comparer.out.push(place.change(Kind::ParameterRemoved, Axes::new(false, true, true), message));
        }
    }
    for (key, param) in &is {
        let place = At { pointer: param.pointer.clone(), ..here.clone() };
        let Some(old_param) = was.get(key) else {
            let (axes, message) = if param.required() {
                (Axes::new(true, true, false), format!("required parameter `{}` added", param.name))
            } else {
                (Axes::new(false, !has_default, false), format!("optional parameter `{}` added", param.name))
            };
            comparer.out.push(place.change(Kind::ParameterAdded, axes, message));
            continue;
        };
        match (old_param.required(), param.required()) {
            (false, true) => {
                let message = format!("parameter `{}` became required", param.name);
                comparer.out.push(place.change(Kind::ParameterRequired, Axes::new(true, true, true), message));
            }
            (true, false) => {
                let message = format!("parameter `{}` became optional", param.name);
                comparer.out.push(place.change(Kind::ParameterOptional, Axes::new(false, true, true), message));
            }
            _ => {}
        }
        let style = |p: &Param| (p.value.get("style").cloned(), p.value.get("explode").cloned());
        if style(old_param) != style(param) {
            let message = format!("parameter `{}` is encoded differently (style/explode)", param.name);
            comparer.out.push(place.change(Kind::ParameterStyleChanged, Axes::new(true, false, false), message));
        }
        let schema = |p: &Param<'a>| {
            p.value.get("schema").map(|s| (s, "/schema".to_owned())).or_else(|| {
                let (media, body) = p.value.get("content").and_then(Value::as_object)?.iter().next()?;
                Some((body.get("schema")?, format!("/content/{}/schema", escape_token(media))))
            })
        };
        if let (Some((o, _)), Some((n, suffix))) = (schema(old_param), schema(param)) {
            comparer.compare(o, n, &At { pointer: format!("{}{suffix}", param.pointer), ..here.clone() }, 0);
        }
    }
}

/// What the generator makes of a body's media type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum MediaKind {
    Json,
    Form,
    Multipart,
    Text,
    Binary,
}

fn media_kind(media: &str) -> MediaKind {
    let essence = media.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    match essence.as_str() {
        "application/json" | "*/*" | "application/*" => MediaKind::Json,
        e if e.ends_with("+json") || e.ends_with("/json") => MediaKind::Json,
        "application/x-www-form-urlencoded" => MediaKind::Form,
        "multipart/form-data" | "multipart/mixed" => MediaKind::Multipart,
        e if e.starts_with("text/") || e.ends_with("+xml") || e.ends_with("/xml") || e.contains("yaml") || e.ends_with("openapi") => {
            MediaKind::Text
        }
        _ => MediaKind::Binary,
    }
}

/// The media type a body is generated for, as the generator picks it: JSON first, then forms, then
/// text, then bytes.
fn preferred(content: Option<&Value>) -> Option<(&str, MediaKind, &Value)> {
    let content = content?.as_object()?;
    let rank = |media: &str, kind: MediaKind| match kind {
        MediaKind::Json if media.starts_with("application/json") => 0,
        kind => kind as u8 + 1,
    };
    content.iter().map(|(media, body)| (media.as_str(), media_kind(media), body)).min_by_key(|(media, kind, _)| rank(media, *kind))
}

/// Compares the bodies two sides send for one request or response; `place` points at the request
/// body or response object in NEW.
fn compare_bodies<'a>(comparer: &mut Comparer<'a>, old: &'a Value, new: &'a Value, place: &At) {
    let (Some((old_media, old_kind, old_body)), Some((new_media, new_kind, new_body))) =
        (preferred(old.get("content")), preferred(new.get("content")))
    else {
        return;
    };
    if old_media != new_media {
        let source = old_kind != new_kind;
        let message = format!("body media type `{old_media}` → `{new_media}`");
        comparer.out.push(place.child("content").change(Kind::MediaTypeChanged, Axes::new(true, source, source), message));
        if source {
            return;
        }
    }
    if matches!(new_kind, MediaKind::Json | MediaKind::Form | MediaKind::Multipart) {
        if let (Some(o), Some(n)) = (old_body.get("schema"), new_body.get("schema")) {
            comparer.compare(o, n, &place.child("content").child(new_media).child("schema"), 0);
        }
    }
}

fn request_body<'a>(comparer: &mut Comparer<'a>, old: &OperationInfo<'a>, new: &OperationInfo<'a>) {
    let body = |raw: &'a Value, op: &OperationInfo<'a>| {
        op.operation.get("requestBody").and_then(|b| resolve(raw, b)).filter(|b| preferred(b.get("content")).is_some())
    };
    let required = |b: &Value| b.get("required").and_then(Value::as_bool).unwrap_or(false);
    let place = At { pointer: format!("{}/requestBody", new.pointer), ..at(new, Direction::REQUEST) };
    let change = match (body(comparer.old_raw(), old), body(comparer.new_raw(), new)) {
        (None, None) => None,
        (None, Some(b)) => {
            let what = if required(b) { "required" } else { "optional" };
            Some((Kind::RequestBodyAdded, Axes::new(required(b), true, true), format!("{what} request body added")))
        }
        (Some(_), None) => Some((Kind::RequestBodyRemoved, Axes::new(false, true, true), "request body removed".to_owned())),
        (Some(o), Some(n)) => {
            compare_bodies(comparer, o, n, &place);
            match (required(o), required(n)) {
                (false, true) => Some((Kind::RequestBodyRequired, Axes::new(true, true, true), "request body became required".into())),
                (true, false) => Some((Kind::RequestBodyOptional, Axes::new(false, true, true), "request body became optional".into())),
                _ => None,
            }
        }
    };
    if let Some((kind, axes, message)) = change {
        comparer.out.push(place.change(kind, axes, message));
    }
}

fn responses<'a>(comparer: &mut Comparer<'a>, old: &OperationInfo<'a>, new: &OperationInfo<'a>) {
    // Keyed by status with ranges in one case (`2xx` is `2XX`), with the key as written for pointers.
    let list = |raw: &'a Value, op: &OperationInfo<'a>| -> BTreeMap<String, (&'a str, &'a Value)> {
        let entries = op.operation.get("responses").and_then(Value::as_object).into_iter().flatten();
        entries.filter_map(|(status, r)| Some((status.to_ascii_uppercase(), (status.as_str(), resolve(raw, r)?)))).collect()
    };
    let (was, is) = (list(comparer.old_raw(), old), list(comparer.new_raw(), new));
    let here = at(new, Direction::RESPONSE);
    let place = |status: &str, op: &OperationInfo| At { pointer: format!("{}/responses/{}", op.pointer, status), ..here.clone() };
    let success = |status: &str| status.starts_with('2');
    for (key, (status, _)) in was.iter().filter(|(key, _)| !is.contains_key(*key)) {
        let message = format!("status {key} no longer documented");
        comparer.out.push(place(status, old).change(Kind::ResponseStatusRemoved, Axes::new(false, true, true), message));
    }
    for (key, (written, response)) in &is {
        let status = key.as_str();
        let Some((_, old_response)) = was.get(key) else {
            // Old clients take an undocumented success status for an error.
            let message = format!("status {status} now documented");
            comparer.out.push(place(written, new).change(Kind::ResponseStatusAdded, Axes::new(success(status), true, false), message));
            continue;
        };
        let has_body = |r: &Value| preferred(r.get("content")).is_some();
        let spot = place(written, new);
        match (has_body(old_response), has_body(response)) {
            (false, true) => {
                let message = format!("status {status} now has a body");
                comparer.out.push(spot.change(Kind::ResponseBodyAdded, Axes::new(false, true, true), message));
            }
            (true, false) => {
                let message = format!("status {status} no longer has a body");
                comparer.out.push(spot.change(Kind::ResponseBodyRemoved, Axes::new(true, true, true), message));
            }
            _ => compare_bodies(comparer, old_response, response, &spot),
        }
    }
}

/// The alternatives an operation accepts (each a set of scheme names), with their scheme definitions.
fn requirements(raw: &Value, op: &OperationInfo) -> BTreeSet<Vec<(String, String)>> {
    let list = op.operation.get("security").or_else(|| raw.get("security")).and_then(Value::as_array);
    let alternatives: Vec<&Value> = list.map(|l| l.iter().collect()).unwrap_or_default();
    if alternatives.is_empty() {
        return BTreeSet::from([Vec::new()]);
    }
    alternatives
        .iter()
        .filter_map(|alt| alt.as_object())
        .map(|alt| {
            let scheme = |name: &str| raw.pointer(&format!("/components/securitySchemes/{}", escape_token(name))).map(Value::to_string);
            alt.keys().map(|name| (name.clone(), scheme(name).unwrap_or_default())).collect()
        })
        .collect()
}

/// An old client authenticates with one of OLD's alternatives; it keeps working when NEW accepts that
/// alternative (same schemes, same definitions), or accepts anonymous requests.
fn security<'a>(comparer: &mut Comparer<'a>, old: &OperationInfo<'a>, new: &OperationInfo<'a>) {
    let (was, is) = (requirements(comparer.old_raw(), old), requirements(comparer.new_raw(), new));
    if was == is {
        return;
    }
    let open = is.contains(&Vec::new());
    let lost: Vec<String> =
        was.iter().filter(|alt| !is.contains(*alt)).map(|alt| alt.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>().join("+")).collect();
    let breaking = !open && !lost.is_empty();
    let describe = |alts: &BTreeSet<Vec<(String, String)>>| {
        let names: Vec<String> = alts.iter().map(|alt| alt.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>().join("+")).collect();
        names.iter().map(|n| if n.is_empty() { "(none)".to_owned() } else { n.clone() }).collect::<Vec<_>>().join(" | ")
    };
    let message = format!("security {} → {}", describe(&was), describe(&is));
    let place = At { pointer: format!("{}/security", new.pointer), ..at(new, Direction::REQUEST) };
    comparer.out.push(place.change(Kind::SecurityChanged, Axes::new(breaking, false, false), message));
}
