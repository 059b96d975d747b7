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

/// Reads a JSON UUID in the hyphenated form only (a struct field's seed, see `FillSlot::fill_with`).
#[allow(dead_code)]
struct HyphenatedUuid;

impl<'de> serde::de::DeserializeSeed<'de> for HyphenatedUuid {
    type Value = uuid::Uuid;
    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<uuid::Uuid, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(deserializer)?;
        parse_hyphenated_uuid(&text).map_err(serde::de::Error::custom)
    }
}

/// [`HyphenatedUuid`] for a nullable field: `null` is `None`.
#[allow(dead_code)]
struct HyphenatedUuidOrNull;

impl<'de> serde::de::DeserializeSeed<'de> for HyphenatedUuidOrNull {
    type Value = Option<uuid::Uuid>;
    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Option<uuid::Uuid>, D::Error> {
        match Option::<std::borrow::Cow<str>>::deserialize(deserializer)? {
            None => Ok(None),
            Some(text) => parse_hyphenated_uuid(&text).map(Some).map_err(serde::de::Error::custom),
        }
    }
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

/// Reads a field holding UUIDs in lists or maps (`T`, or `Option<T>` when nullable): each in the
/// hyphenated form.
#[allow(dead_code)]
struct HyphenatedUuids<T>(std::marker::PhantomData<T>);

impl<T> HyphenatedUuids<T> {
    #[allow(dead_code)]
    fn new() -> Self {
        Self(std::marker::PhantomData)
    }
}

impl<'de, T: serde::de::DeserializeOwned> serde::de::DeserializeSeed<'de> for HyphenatedUuids<T> {
    type Value = T;
    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        check_hyphenated_uuids(&value).map_err(serde::de::Error::custom)?;
        serde_json::from_value(value).map_err(serde::de::Error::custom)
    }
}
