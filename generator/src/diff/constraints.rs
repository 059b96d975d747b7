//! Constraint keywords: lengths, bounds, sizes, patterns, `multipleOf`, `uniqueItems`.
//!
//! A constraint only matters on the wire where the generated code checks it (string lengths and
//! patterns on plain strings, sizes on lists and maps, bounds on numbers). In source, what matters is
//! whether a value gains or loses its checked newtype: a first rule added, or the last one removed,
//! changes its Rust type; a bound moved does not.

use serde_json::Value;

use super::schemas::{json_type, primitive};
use super::{At, Axes, Change, Kind, Shift};

/// A size keyword: its name, whether it is a lower bound, and its kinds (added, removed, increased, decreased).
type SizeKeyword = (&'static str, bool, [Kind; 4]);

const SIZES: [SizeKeyword; 6] = [
    ("minLength", true, [Kind::MinLengthAdded, Kind::MinLengthRemoved, Kind::MinLengthIncreased, Kind::MinLengthDecreased]),
    ("maxLength", false, [Kind::MaxLengthAdded, Kind::MaxLengthRemoved, Kind::MaxLengthIncreased, Kind::MaxLengthDecreased]),
    ("minItems", true, [Kind::MinItemsAdded, Kind::MinItemsRemoved, Kind::MinItemsIncreased, Kind::MinItemsDecreased]),
    ("maxItems", false, [Kind::MaxItemsAdded, Kind::MaxItemsRemoved, Kind::MaxItemsIncreased, Kind::MaxItemsDecreased]),
    (
        "minProperties",
        true,
        [Kind::MinPropertiesAdded, Kind::MinPropertiesRemoved, Kind::MinPropertiesIncreased, Kind::MinPropertiesDecreased],
    ),
    (
        "maxProperties",
        false,
        [Kind::MaxPropertiesAdded, Kind::MaxPropertiesRemoved, Kind::MaxPropertiesIncreased, Kind::MaxPropertiesDecreased],
    ),
];

/// Compares every constraint keyword of two inline schemas of the same type.
pub(super) fn compare(old: &Value, new: &Value, at: &At, out: &mut Vec<Change>) {
    let retyped = checked(old) != checked(new);
    let mut push = |kind: Kind, shift: Shift, keyword: &str, message: String| {
        let wire = enforced(new, keyword) && enforced(old, keyword) && shift.breaks(at.direction);
        out.push(at.change(kind, Axes::new(wire, retyped, retyped), message));
    };
    for (keyword, lower, kinds) in SIZES {
        let (was, is) = (size(old, keyword), size(new, keyword));
        let (kind, shift) = match (was, is) {
            (None, Some(_)) => (kinds[0], Shift::Tighter),
            (Some(_), None) => (kinds[1], Shift::Looser),
            (Some(a), Some(b)) if b > a => (kinds[2], if lower { Shift::Tighter } else { Shift::Looser }),
            (Some(a), Some(b)) if b < a => (kinds[3], if lower { Shift::Looser } else { Shift::Tighter }),
            _ => continue,
        };
        push(kind, shift, keyword, format!("{keyword} {} → {}", show(was), show(is)));
    }
    for (keyword, lower) in [("minimum", true), ("maximum", false)] {
        if let Some((kind, shift, message)) = bound(old, new, keyword, lower) {
            push(kind, shift, keyword, message);
        }
    }
    let text = |v: &Value, key: &str| v.get(key).and_then(Value::as_str).map(str::to_owned);
    let (was, is) = (text(old, "pattern"), text(new, "pattern"));
    let pattern = match (&was, &is) {
        (None, Some(p)) => Some((Kind::PatternAdded, Shift::Tighter, format!("pattern `{p}` added"))),
        (Some(p), None) => Some((Kind::PatternRemoved, Shift::Looser, format!("pattern `{p}` removed"))),
        (Some(a), Some(b)) if a != b => Some((Kind::PatternChanged, Shift::Both, format!("pattern `{a}` → `{b}`"))),
        _ => None,
    };
    if let Some((kind, shift, message)) = pattern {
        push(kind, shift, "pattern", message);
    }
    if let Some((kind, shift, message)) = multiple_of(old, new) {
        push(kind, shift, "multipleOf", message);
    }
    let unique = |v: &Value| v.get("uniqueItems").and_then(Value::as_bool).unwrap_or(false);
    match (unique(old), unique(new)) {
        (false, true) => push(Kind::UniqueItemsAdded, Shift::Tighter, "uniqueItems", "items must now be unique".into()),
        (true, false) => push(Kind::UniqueItemsRemoved, Shift::Looser, "uniqueItems", "items may now repeat".into()),
        _ => {}
    }
}

/// A size keyword's value; `min*: 0` says nothing, as the generator sees it.
fn size(schema: &Value, keyword: &str) -> Option<f64> {
    schema.get(keyword).and_then(Value::as_f64).filter(|v| !(keyword.starts_with("min") && *v == 0.0))
}

fn show(value: Option<f64>) -> String {
    value.map(|v| v.to_string()).unwrap_or_else(|| "(none)".into())
}

/// `minimum`/`maximum` with their 3.0 boolean `exclusive*`: the tighter of two bounds is the one
/// further in, or the exclusive one at the same value.
fn bound(old: &Value, new: &Value, keyword: &str, lower: bool) -> Option<(Kind, Shift, String)> {
    let exclusive_key = if lower { "exclusiveMinimum" } else { "exclusiveMaximum" };
    let read = |v: &Value| {
        let value = v.get(keyword).and_then(Value::as_f64)?;
        Some((value, v.get(exclusive_key).and_then(Value::as_bool).unwrap_or(false)))
    };
    let (was, is) = (read(old), read(new));
    let show = |b: Option<(f64, bool)>| match b {
        None => "(none)".to_owned(),
        Some((v, true)) => format!("{v} (exclusive)"),
        Some((v, false)) => v.to_string(),
    };
    let message = format!("{keyword} {} → {}", show(was), show(is));
    let [added, removed, increased, decreased] = if lower {
        [Kind::MinimumAdded, Kind::MinimumRemoved, Kind::MinimumIncreased, Kind::MinimumDecreased]
    } else {
        [Kind::MaximumAdded, Kind::MaximumRemoved, Kind::MaximumIncreased, Kind::MaximumDecreased]
    };
    // Raising a bound (or making a lower one exclusive) tightens a minimum and loosens a maximum.
    let raised = |a: (f64, bool), b: (f64, bool)| b.0 > a.0 || (b.0 == a.0 && (b.1 != a.1) && (b.1 == lower));
    let (kind, tighter) = match (was, is) {
        (None, Some(_)) => (added, true),
        (Some(_), None) => (removed, false),
        (Some(a), Some(b)) if raised(a, b) => (increased, lower),
        (Some(a), Some(b)) if raised(b, a) => (decreased, !lower),
        _ => return None,
    };
    Some((kind, if tighter { Shift::Tighter } else { Shift::Looser }, message))
}

fn multiple_of(old: &Value, new: &Value) -> Option<(Kind, Shift, String)> {
    let read = |v: &Value| v.get("multipleOf").and_then(Value::as_f64).filter(|m| *m > 0.0);
    let (was, is) = (read(old), read(new));
    let message = format!("multipleOf {} → {}", show(was), show(is));
    let divides = |a: f64, b: f64| (b / a).fract() == 0.0;
    match (was, is) {
        (None, Some(_)) => Some((Kind::MultipleOfAdded, Shift::Tighter, message)),
        (Some(_), None) => Some((Kind::MultipleOfRemoved, Shift::Looser, message)),
        (Some(a), Some(b)) if a != b => {
            let shift = if divides(a, b) {
                Shift::Tighter
            } else if divides(b, a) {
                Shift::Looser
            } else {
                Shift::Both
            };
            Some((Kind::MultipleOfChanged, shift, message))
        }
        _ => None,
    }
}

/// Whether the generated code checks `keyword` on this schema.
fn enforced(schema: &Value, keyword: &str) -> bool {
    let ty = json_type(schema);
    match keyword {
        "minLength" | "maxLength" | "pattern" => ty == Some("string") && primitive("string", format(schema)) == "String",
        "minItems" | "maxItems" | "uniqueItems" => ty == Some("array"),
        "minProperties" | "maxProperties" => ty == Some("object") && schema.get("properties").is_none(),
        _ => matches!(ty, Some("integer" | "number")),
    }
}

fn format(schema: &Value) -> Option<&str> {
    schema.get("format").and_then(Value::as_str)
}

/// Whether the generator gives this schema a checked newtype (a value with rules) instead of a plain type.
fn checked(schema: &Value) -> bool {
    let has = |key: &str| schema.get(key).is_some_and(|v| !v.is_null() && v != &Value::Bool(false));
    let any = |keys: &[&str]| keys.iter().any(|k| has(k) && enforced(schema, k));
    match json_type(schema) {
        Some("string") => (size(schema, "minLength").is_some() && enforced(schema, "minLength")) || any(&["maxLength", "pattern"]),
        Some("array") => size(schema, "minItems").is_some() || any(&["maxItems", "uniqueItems"]),
        Some("object") => size(schema, "minProperties").is_some() && enforced(schema, "minProperties") || any(&["maxProperties"]),
        Some("integer" | "number") => any(&["enum", "minimum", "maximum", "multipleOf"]),
        _ => false,
    }
}
