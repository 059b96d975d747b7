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

/// An optional nullable JSON UUID field: absent is `None`, `null` is `Some(None)`.
#[allow(dead_code)]
fn deserialize_present_uuid<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<Option<uuid::Uuid>>, D::Error> {
    deserialize_nullable_uuid(deserializer).map(Some)
}

/// Every string of a JSON value that holds UUIDs (a list, a map, nested) in the hyphenated form.
#[allow(dead_code)]
fn check_hyphenated_uuids(value: &serde_json::Value) -> Result<(), String> {
    match value {
        serde_json::Value::String(text) => parse_hyphenated_uuid(text).map(drop),
        serde_json::Value::Array(items) => items.iter().try_for_each(check_hyphenated_uuids),
        serde_json::Value::Object(map) => map.values().try_for_each(check_hyphenated_uuids),
        _ => Ok(()),
    }
}

/// A JSON field holding UUIDs in lists or maps: each in the hyphenated form.
#[allow(dead_code)]
fn deserialize_uuids<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    let value = serde_json::Value::deserialize(deserializer)?;
    check_hyphenated_uuids(&value).map_err(serde::de::Error::custom)?;
    serde_json::from_value(value).map_err(serde::de::Error::custom)
}

/// [`deserialize_uuids`] for an optional, not nullable, field: `null` is refused.
#[allow(dead_code)]
fn deserialize_some_uuids<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    let value = serde_json::Value::deserialize(deserializer)?;
    if value.is_null() {
        return Err(serde::de::Error::custom("invalid type: null, expected a value"));
    }
    check_hyphenated_uuids(&value).map_err(serde::de::Error::custom)?;
    serde_json::from_value(value).map(Some).map_err(serde::de::Error::custom)
}

/// [`deserialize_uuids`] for a nullable field: `null` is `None`.
#[allow(dead_code)]
fn deserialize_nullable_uuids<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    let value = serde_json::Value::deserialize(deserializer)?;
    check_hyphenated_uuids(&value).map_err(serde::de::Error::custom)?;
    serde_json::from_value(value).map_err(serde::de::Error::custom)
}

/// [`deserialize_nullable_uuids`] for an optional nullable field: absent is `None`, `null` is
/// `Some(None)`.
#[allow(dead_code)]
fn deserialize_present_uuids<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    deserialize_nullable_uuids(deserializer).map(Some)
}
