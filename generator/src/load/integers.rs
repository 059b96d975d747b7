//! Integer schemas whose bounds are written as floats (`minimum: 0.0`, `maximum: 1e3`,
//! `multipleOf: 2.0`). `openapiv3` models integer bounds as `i64` and, when one is a float, reads
//! the whole schema as an untyped one, losing its format and every bound. Rewriting the numbers
//! first keeps the schema an integer with its rules enforced; what has no integer meaning is
//! removed and reported.

use serde_json::{Map, Value};

use crate::error::{Warning, WarningKind};

/// Rewrites the float bounds, `multipleOf` and `enum` values of an integer schema as integers.
pub fn integer_bounds(object: &mut Map<String, Value>, at: &str, warnings: &mut Vec<Warning>) {
    if object.get("type").and_then(Value::as_str) != Some("integer") {
        return;
    }
    bound(object, "minimum", "exclusiveMinimum", f64::ceil, at, warnings);
    bound(object, "maximum", "exclusiveMaximum", f64::floor, at, warnings);
    multiple_of(object, at, warnings);
    if let Some(Value::Array(values)) = object.get_mut("enum") {
        for value in values.iter_mut() {
            if let Some(integer) = value.as_f64().and_then(integral).filter(|_| value.as_i64().is_none()) {
                *value = Value::from(integer);
            }
        }
    }
}

/// A float bound on an integer: an integral one is the same bound; otherwise the nearest integer
/// inside it (`minimum: 0.5` is `minimum: 1`, exclusive or not) says exactly the same.
fn bound(object: &mut Map<String, Value>, key: &str, exclusive: &str, round: fn(f64) -> f64, at: &str, warnings: &mut Vec<Warning>) {
    let Some(value) = float_value(object.get(key)) else { return };
    let rounded = round(value);
    match integral(rounded) {
        Some(integer) => {
            object.insert(key.into(), Value::from(integer));
            if rounded != value {
                object.remove(exclusive);
            }
        }
        None => {
            object.remove(key);
            object.remove(exclusive);
            let message = format!("`{key}: {value}` on an integer schema is beyond what an i64 holds; not enforced");
            warnings.push(Warning::new(WarningKind::UnenforcedRule, at, message));
        }
    }
}

/// `multipleOf` written as an integral float becomes an integer; a fractional one (`0.5`) has no
/// integer equivalent the generated code checks, so it is removed and reported.
fn multiple_of(object: &mut Map<String, Value>, at: &str, warnings: &mut Vec<Warning>) {
    let Some(value) = float_value(object.get("multipleOf")) else { return };
    match integral(value) {
        Some(integer) => {
            object.insert("multipleOf".into(), Value::from(integer));
        }
        None => {
            object.remove("multipleOf");
            let message = format!("`multipleOf: {value}` on an integer schema is not an integer; not enforced");
            warnings.push(Warning::new(WarningKind::UnenforcedRule, at, message));
        }
    }
}

/// A number that is not already an `i64`.
fn float_value(value: Option<&Value>) -> Option<f64> {
    let value = value?;
    if value.as_i64().is_some() { None } else { value.as_f64() }
}

/// `value` as an `i64` when it is a whole number in range.
fn integral(value: f64) -> Option<i64> {
    // i64::MAX is not a float; 2^63 (= -i64::MIN) is the first float past it.
    const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;
    let in_range = (-TWO_POW_63..TWO_POW_63).contains(&value);
    (value.fract() == 0.0 && in_range).then_some(value as i64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rewrite(schema: Value) -> (Value, Vec<Warning>) {
        let mut object = schema.as_object().cloned().unwrap_or_default();
        let mut warnings = Vec::new();
        integer_bounds(&mut object, "/s", &mut warnings);
        (Value::Object(object), warnings)
    }

    #[test]
    fn integral_floats_become_integers() {
        let (schema, warnings) = rewrite(json!({"type": "integer", "minimum": 0.0, "maximum": 100.0, "multipleOf": 5.0, "enum": [1.0, 2]}));
        assert_eq!(schema, json!({"type": "integer", "minimum": 0, "maximum": 100, "multipleOf": 5, "enum": [1, 2]}));
        assert!(warnings.is_empty());
    }

    #[test]
    fn fractional_bounds_round_inward() {
        let (schema, _) = rewrite(json!({"type": "integer", "minimum": 0.5, "exclusiveMinimum": true, "maximum": 9.5}));
        assert_eq!(schema, json!({"type": "integer", "minimum": 1, "maximum": 9}));
    }

    #[test]
    fn what_has_no_integer_meaning_is_reported() {
        let (schema, warnings) = rewrite(json!({"type": "integer", "multipleOf": 0.5, "minimum": 1e300}));
        assert_eq!(schema, json!({"type": "integer"}));
        assert_eq!(warnings.len(), 2);
        assert!(warnings.iter().all(|w| w.pointer == "/s" && w.is_unenforced()));
    }
}
