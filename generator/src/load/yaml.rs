//! YAML text to `serde_yaml::Value`, accepting integers beyond `u64` and `i64` (`maximum:
//! 123456789012345678901234567890`), which `serde_yaml::Value` refuses outright: they become the
//! nearest float, as a JSON parser reads them, and lowering then reports what it cannot enforce.

use serde::Deserialize;
use serde::de::{Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor};
use serde_yaml::value::{Mapping, Tag, TaggedValue, Value};

/// Parses YAML text the way `serde_yaml::from_str::<Value>` does, big integers included. Text
/// whose flow collections (`{`, `[`) nest deeper than any document can is refused first, with
/// the position: the YAML scanner takes time quadratic in that depth before it would refuse it.
pub fn parse(text: &str) -> Result<Value, (Option<(usize, usize)>, String)> {
    if let Some(position) = too_deep(text) {
        return Err((Some(position), format!("flow collections nest more than {MAX_FLOW_DEPTH} levels deep")));
    }
    serde_yaml::from_str::<Loose>(text).map(|loose| loose.0).map_err(|err| (err.location().map(|at| (at.line(), at.column())), err.to_string()))
}

/// Far deeper than the 128 levels serde_yaml accepts, so only hostile text is refused here (the
/// count ignores quoted scalars and comments, and may count brackets in block scalars).
const MAX_FLOW_DEPTH: usize = 1000;

/// Where the flow nesting of `text` first goes past [`MAX_FLOW_DEPTH`], as (line, column).
fn too_deep(text: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    for (number, line) in text.lines().enumerate() {
        let mut quote: Option<char> = None;
        let mut previous = ' ';
        for (column, c) in line.chars().enumerate() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') if !previous.is_alphanumeric() => quote = Some(c),
                (None, '#') if previous.is_whitespace() => break,
                (None, '{' | '[') => {
                    depth += 1;
                    if depth > MAX_FLOW_DEPTH {
                        return Some((number + 1, column + 1));
                    }
                }
                (None, '}' | ']') => depth = depth.saturating_sub(1),
                _ => {}
            }
            previous = c;
        }
    }
    None
}

/// A `serde_yaml::Value` read by a visitor that also takes 128-bit integers.
struct Loose(Value);

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LooseVisitor).map(Loose)
    }
}

struct LooseVisitor;

impl<'de> Visitor<'de> for LooseVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }

    fn visit_i64<E>(self, i: i64) -> Result<Value, E> {
        Ok(Value::Number(i.into()))
    }

    fn visit_u64<E>(self, u: u64) -> Result<Value, E> {
        Ok(Value::Number(u.into()))
    }

    fn visit_i128<E>(self, i: i128) -> Result<Value, E> {
        Ok(match i64::try_from(i) {
            Ok(small) => Value::Number(small.into()),
            Err(_) => Value::Number((i as f64).into()),
        })
    }

    fn visit_u128<E>(self, u: u128) -> Result<Value, E> {
        Ok(match u64::try_from(u) {
            Ok(small) => Value::Number(small.into()),
            Err(_) => Value::Number((u as f64).into()),
        })
    }

    fn visit_f64<E>(self, f: f64) -> Result<Value, E> {
        Ok(Value::Number(f.into()))
    }

    fn visit_str<E>(self, s: &str) -> Result<Value, E> {
        Ok(Value::String(s.to_owned()))
    }

    fn visit_string<E>(self, s: String) -> Result<Value, E> {
        Ok(Value::String(s))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        Loose::deserialize(deserializer).map(|loose| loose.0)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(Loose(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Sequence(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut mapping = Mapping::new();
        while let Some((Loose(key), Loose(value))) = map.next_entry()? {
            mapping.insert(key, value);
        }
        Ok(Value::Mapping(mapping))
    }

    /// A tagged value (`!Name value`) arrives as an enum whose variant is the tag.
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Value, A::Error> {
        let (tag, variant): (String, _) = data.variant()?;
        let Loose(value) = variant.newtype_variant()?;
        Ok(Value::Tagged(Box::new(TaggedValue { tag: Tag::new(tag), value })))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_integers_are_floats_and_the_rest_is_as_serde_yaml_reads_it() {
        let text = "a: 123456789012345678901234567890\nb: -99999999999999999999\nc: [1, x, !T 2, ~]\nd: &k {e: 1}\nf: *k\n";
        let value = parse(text).expect("parses");
        assert_eq!(value["a"].as_f64(), Some(1.2345678901234568e29));
        assert_eq!(value["b"].as_f64(), Some(-1e20));
        let plain: Value = serde_yaml::from_str("c: [1, x, !T 2, ~]\nd: {e: 1}\nf: {e: 1}\n").expect("parses");
        assert_eq!(value["c"], plain["c"]);
        assert_eq!(value["f"], plain["f"]);
        assert_eq!(parse("- 18446744073709551615").expect("parses")[0].as_u64(), Some(u64::MAX));
    }

    #[test]
    fn deep_flow_nesting_is_refused_before_scanning() {
        let deep = format!("a: {}1{}", "[".repeat(1001), "]".repeat(1001));
        assert_eq!(parse(&deep).map_err(|e| e.0), Err(Some((1, 1004))));
        let quoted = format!("a: '{}'\nb: \"{}\" # {}", "[".repeat(2000), "{".repeat(2000), "[".repeat(2000));
        assert!(parse(&quoted).is_ok());
    }
}
