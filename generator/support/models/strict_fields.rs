// Support code oagen copies into the generated `models` module.
// When some struct has an optional field that is not nullable, or a required one that is.

/// For optional fields that are not nullable: a value when present, `None` when absent (with
/// `#[serde(default)]`); an explicit `null` is refused, where serde's `Option` would read it as
/// absent.
#[allow(dead_code)]
fn deserialize_some<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

/// For required fields that are nullable: `null` is `None`. Through `deserialize_with` a missing
/// field is an error, where serde's `Option` would read it as `null`.
#[allow(dead_code)]
fn deserialize_nullable<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer)
}
