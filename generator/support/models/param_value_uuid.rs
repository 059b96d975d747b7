// Support code oagen copies into the generated `models` module.
// When some type uses `uuid::Uuid`.

/// `format: uuid` is the hyphenated text form of RFC 9562 (`8-4-4-4-12` hex digits); the other
/// forms `uuid` parses (simple, braced, URN) are refused.
fn parse_hyphenated_uuid(text: &str) -> Result<uuid::Uuid, String> {
    text.parse::<uuid::fmt::Hyphenated>()
        .map(uuid::Uuid::from)
        .map_err(|_| format!("`{text}` is not a UUID in the hyphenated form (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)"))
}

impl ParamValue for uuid::Uuid {
    fn to_param(&self) -> String {
        self.to_string()
    }
    fn from_param(text: &str) -> Result<Self, String> {
        parse_hyphenated_uuid(text)
    }
}

/// A JSON UUID field, in the hyphenated form only.
#[allow(dead_code)]
fn deserialize_uuid<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<uuid::Uuid, D::Error> {
    let text = std::borrow::Cow::<str>::deserialize(deserializer)?;
    parse_hyphenated_uuid(&text).map_err(serde::de::Error::custom)
}

/// An optional, not nullable, JSON UUID field: `null` is refused.
#[allow(dead_code)]
fn deserialize_some_uuid<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<uuid::Uuid>, D::Error> {
    deserialize_uuid(deserializer).map(Some)
}

/// A nullable JSON UUID field.
#[allow(dead_code)]
fn deserialize_nullable_uuid<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<uuid::Uuid>, D::Error> {
    match Option::<std::borrow::Cow<str>>::deserialize(deserializer)? {
        None => Ok(None),
        Some(text) => parse_hyphenated_uuid(&text).map(Some).map_err(serde::de::Error::custom),
    }
}
