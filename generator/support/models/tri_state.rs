// Support code oagen copies into the generated `models` module.
// When some struct has an optional nullable (tri-state) field.

/// For optional nullable fields: with `#[serde(default)]`, absent stays `None` while `null`
/// becomes `Some(None)`, so a PATCH can tell "leave alone" from "clear".
fn deserialize_present<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}
