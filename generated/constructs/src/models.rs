//! Types for the schemas of the API, and the parameters of its operations.

use serde::{Deserialize, Serialize};

/// A value that breaks a rule of the spec: which field or type, which rule, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConstraintError {
    /// `Schema.field` (or the type name) the rule belongs to.
    pub field: &'static str,
    /// The OpenAPI keyword of the rule: `maxLength`, `pattern`, `enum`, ...
    pub rule: &'static str,
    pub message: String,
}

impl ConstraintError {
    pub fn new(field: &'static str, rule: &'static str, message: String) -> Self {
        Self { field, rule, message }
    }
}

impl std::fmt::Display for ConstraintError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {} ({})", self.field, self.message, self.rule)
    }
}

impl std::error::Error for ConstraintError {}
/// Deserializes a string through `FromStr`, keeping the parse error's message.
fn deserialize_from_str<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: std::str::FromStr,
    T::Err: std::fmt::Display,
{
    struct Visitor<T>(std::marker::PhantomData<T>);
    impl<T: std::str::FromStr> serde::de::Visitor<'_> for Visitor<T>
    where
        T::Err: std::fmt::Display,
    {
        type Value = T;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a string")
        }
        fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<T, E> {
            value.parse().map_err(E::custom)
        }
    }
    deserializer.deserialize_str(Visitor(std::marker::PhantomData))
}

/// The text form of a value in a path, query string or header (`style: simple`/`form`).
pub trait ParamValue: Sized {
    fn to_param(&self) -> String;

    fn from_param(text: &str) -> Result<Self, String>;
}

impl ParamValue for String {
    fn to_param(&self) -> String {
        self.clone()
    }

    fn from_param(text: &str) -> Result<Self, String> {
        Ok(text.to_owned())
    }
}

macro_rules! param_via_from_str {
    ($($ty:ty),*) => {
        $(impl ParamValue for $ty { fn to_param(& self) -> String { self.to_string() } fn
        from_param(text : & str) -> Result < Self, String > { text.parse().map_err(| _ |
        format!("`{text}` is not a valid {}", stringify!($ty))) } })*
    };
}

param_via_from_str!(bool, i8, u8, i16, u16, i32, u32, i64, u64, f32, f64);

impl ParamValue for serde_json::Value {
    fn to_param(&self) -> String {
        match self {
            serde_json::Value::String(text) => text.clone(),
            other => other.to_string(),
        }
    }

    fn from_param(text: &str) -> Result<Self, String> {
        Ok(
            serde_json::from_str(text)
                .unwrap_or_else(|_| serde_json::Value::String(text.to_owned())),
        )
    }
}

impl<T: ParamValue> ParamValue for Vec<T> {
    fn to_param(&self) -> String {
        self.iter().map(T::to_param).collect::<Vec<_>>().join(",")
    }

    fn from_param(text: &str) -> Result<Self, String> {
        if text.is_empty() {
            return Ok(Vec::new());
        }
        text.split(',').map(T::from_param).collect()
    }
}

impl<T: ParamValue> ParamValue for std::collections::BTreeMap<String, T> {
    fn to_param(&self) -> String {
        self.iter()
            .map(|(k, v)| format!("{k},{}", v.to_param()))
            .collect::<Vec<_>>()
            .join(",")
    }

    fn from_param(text: &str) -> Result<Self, String> {
        let parts: Vec<&str> = text.split(',').collect();
        parts
            .chunks(2)
            .map(|pair| match pair {
                [key, value] => Ok(((*key).to_owned(), T::from_param(value)?)),
                _ => Err(format!("`{text}` is not a list of key,value pairs")),
            })
            .collect()
    }
}

impl<T: ParamValue> ParamValue for Box<T> {
    fn to_param(&self) -> String {
        (**self).to_param()
    }

    fn from_param(text: &str) -> Result<Self, String> {
        T::from_param(text).map(Box::new)
    }
}

impl<T: ParamValue> ParamValue for Option<T> {
    fn to_param(&self) -> String {
        self.as_ref().map(T::to_param).unwrap_or_default()
    }

    fn from_param(text: &str) -> Result<Self, String> {
        if text.is_empty() { Ok(None) } else { T::from_param(text).map(Some) }
    }
}

/// `format: uuid` is the hyphenated text form of RFC 9562 (`8-4-4-4-12` hex digits); the other
/// forms `uuid` parses (simple, braced, URN) are refused.
fn parse_hyphenated_uuid(text: &str) -> Result<uuid::Uuid, String> {
    text.parse::<uuid::fmt::Hyphenated>()
        .map(uuid::Uuid::from)
        .map_err(|_| {
            format!(
                "`{text}` is not a UUID in the hyphenated form (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)"
            )
        })
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
fn deserialize_uuid<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<uuid::Uuid, D::Error> {
    let text = std::borrow::Cow::<str>::deserialize(deserializer)?;
    parse_hyphenated_uuid(&text).map_err(serde::de::Error::custom)
}

/// An optional, not nullable, JSON UUID field: `null` is refused.
#[allow(dead_code)]
fn deserialize_some_uuid<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<uuid::Uuid>, D::Error> {
    deserialize_uuid(deserializer).map(Some)
}

/// A nullable JSON UUID field.
#[allow(dead_code)]
fn deserialize_nullable_uuid<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<uuid::Uuid>, D::Error> {
    match Option::<std::borrow::Cow<str>>::deserialize(deserializer)? {
        None => Ok(None),
        Some(text) => {
            parse_hyphenated_uuid(&text).map(Some).map_err(serde::de::Error::custom)
        }
    }
}

/// An optional nullable JSON UUID field: absent is `None`, `null` is `Some(None)`.
#[allow(dead_code)]
fn deserialize_present_uuid<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Option<uuid::Uuid>>, D::Error> {
    deserialize_nullable_uuid(deserializer).map(Some)
}

/// Every string of a JSON value that holds UUIDs (a list, a map, nested) in the hyphenated form.
#[allow(dead_code)]
fn check_hyphenated_uuids(value: &serde_json::Value) -> Result<(), String> {
    match value {
        serde_json::Value::String(text) => parse_hyphenated_uuid(text).map(drop),
        serde_json::Value::Array(items) => {
            items.iter().try_for_each(check_hyphenated_uuids)
        }
        serde_json::Value::Object(map) => {
            map.values().try_for_each(check_hyphenated_uuids)
        }
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
fn deserialize_present_uuids<'de, D, T>(
    deserializer: D,
) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    deserialize_nullable_uuids(deserializer).map(Some)
}

impl ParamValue for chrono::DateTime<chrono::Utc> {
    fn to_param(&self) -> String {
        self.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
    }

    fn from_param(text: &str) -> Result<Self, String> {
        chrono::DateTime::parse_from_rfc3339(text)
            .map(|at| at.with_timezone(&chrono::Utc))
            .map_err(|err| err.to_string())
    }
}

impl ParamValue for chrono::NaiveDate {
    fn to_param(&self) -> String {
        self.format("%Y-%m-%d").to_string()
    }

    fn from_param(text: &str) -> Result<Self, String> {
        text.parse().map_err(|err: chrono::ParseError| err.to_string())
    }
}

impl ParamValue for std::net::Ipv4Addr {
    fn to_param(&self) -> String {
        self.to_string()
    }

    fn from_param(text: &str) -> Result<Self, String> {
        text.parse().map_err(|err: std::net::AddrParseError| err.to_string())
    }
}

impl ParamValue for std::net::Ipv6Addr {
    fn to_param(&self) -> String {
        self.to_string()
    }

    fn from_param(text: &str) -> Result<Self, String> {
        text.parse().map_err(|err: std::net::AddrParseError| err.to_string())
    }
}

/// For optional nullable fields: with `#[serde(default)]`, absent stays `None` while `null`
/// becomes `Some(None)`, so a PATCH can tell "leave alone" from "clear".
fn deserialize_present<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

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

/// The rules of one constrained string, as the spec states them.
pub trait StringRules {
    /// `Schema.field`, named in errors.
    const FIELD: &'static str;

    const MIN_LENGTH: Option<usize> = None;

    const MAX_LENGTH: Option<usize> = None;

    /// The spec's pattern (ECMA-262), for messages.
    const PATTERN: Option<&'static str> = None;

    /// Whether `value` matches `PATTERN`.
    fn matches(value: &str) -> bool {
        let _ = value;
        true
    }
}

/// A string that satisfies the rules `R` (lengths in characters, not bytes). It cannot be
/// built, or deserialized, from a value that breaks them.
pub struct ConstrainedString<R>(String, std::marker::PhantomData<R>);

impl<R: StringRules> ConstrainedString<R> {
    /// Checks `value` against the spec's rules.
    pub fn new(value: impl Into<String>) -> Result<Self, ConstraintError> {
        let value = value.into();
        let length = value.chars().count();
        if let Some(min) = R::MIN_LENGTH.filter(|min| length < *min) {
            let message = format!("must be at least {min} character(s), got {length}");
            return Err(ConstraintError::new(R::FIELD, "minLength", message));
        }
        if let Some(max) = R::MAX_LENGTH.filter(|max| length > *max) {
            let message = format!("must be at most {max} character(s), got {length}");
            return Err(ConstraintError::new(R::FIELD, "maxLength", message));
        }
        if let Some(pattern) = R::PATTERN.filter(|_| !R::matches(&value)) {
            let message = format!("must match `{pattern}`, got {value:?}");
            return Err(ConstraintError::new(R::FIELD, "pattern", message));
        }
        Ok(Self(value, std::marker::PhantomData))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

impl<R> Clone for ConstrainedString<R> {
    fn clone(&self) -> Self {
        Self(self.0.clone(), std::marker::PhantomData)
    }
}

impl<R> std::fmt::Debug for ConstrainedString<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl<R> std::fmt::Display for ConstrainedString<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl<R> PartialEq for ConstrainedString<R> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl<R> Eq for ConstrainedString<R> {}
impl<R> PartialOrd for ConstrainedString<R> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl<R> Ord for ConstrainedString<R> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.cmp(&other.0)
    }
}

impl<R> std::hash::Hash for ConstrainedString<R> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state)
    }
}

impl<R> std::ops::Deref for ConstrainedString<R> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl<R> AsRef<str> for ConstrainedString<R> {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl<R: StringRules> std::str::FromStr for ConstrainedString<R> {
    type Err = ConstraintError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::new(value)
    }
}

impl<R: StringRules> TryFrom<String> for ConstrainedString<R> {
    type Error = ConstraintError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl<R: StringRules> TryFrom<&str> for ConstrainedString<R> {
    type Error = ConstraintError;

    fn try_from(value: &str) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl<R> From<ConstrainedString<R>> for String {
    fn from(value: ConstrainedString<R>) -> Self {
        value.0
    }
}

impl<R> Serialize for ConstrainedString<R> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de, R: StringRules> Deserialize<'de> for ConstrainedString<R> {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Self::new(value).map_err(serde::de::Error::custom)
    }
}

impl<R: StringRules> ParamValue for ConstrainedString<R> {
    fn to_param(&self) -> String {
        self.0.clone()
    }

    fn from_param(text: &str) -> Result<Self, String> {
        Self::new(text).map_err(|err| err.to_string())
    }
}

/// The number types constrained values are built on.
pub trait Number: Copy + PartialOrd + std::fmt::Display + std::str::FromStr + Serialize + for<'de> Deserialize<
        'de,
    > + 'static {
    fn is_multiple_of(self, step: Self) -> bool;
}

macro_rules! integer_number {
    ($($ty:ty),*) => {
        $(impl Number for $ty { fn is_multiple_of(self, step : Self) -> bool { self
        .checked_rem(step).is_none_or(| rest | rest == 0) } })*
    };
}

integer_number!(i8, u8, i16, u16, i32, u32, i64, u64);

impl Number for f32 {
    fn is_multiple_of(self, step: Self) -> bool {
        let quotient = f64::from(self) / f64::from(step);
        (quotient - quotient.round()).abs() < 1e-9
    }
}

impl Number for f64 {
    fn is_multiple_of(self, step: Self) -> bool {
        let quotient = self / step;
        (quotient - quotient.round()).abs() < 1e-9
    }
}

/// The rules of one constrained number, as the spec states them.
pub trait NumberRules {
    type Value: Number;

    /// `Schema.field`, named in errors.
    const FIELD: &'static str;

    const MINIMUM: Option<Self::Value> = None;

    const EXCLUSIVE_MINIMUM: bool = false;

    const MAXIMUM: Option<Self::Value> = None;

    const EXCLUSIVE_MAXIMUM: bool = false;

    const MULTIPLE_OF: Option<Self::Value> = None;

    /// A non-empty list is an `enum`: the value must be one of these.
    const ONE_OF: &'static [Self::Value] = &[];
}

/// A number that satisfies the rules `R`. It cannot be built, or deserialized, from a
/// value that breaks them.
pub struct ConstrainedNumber<R: NumberRules>(R::Value);

impl<R: NumberRules> ConstrainedNumber<R> {
    /// Checks `value` against the spec's rules.
    pub fn new(value: R::Value) -> Result<Self, ConstraintError> {
        let fail = |rule, message| Err(ConstraintError::new(R::FIELD, rule, message));
        if let Some(min) = R::MINIMUM {
            if R::EXCLUSIVE_MINIMUM && value <= min {
                return fail(
                    "exclusiveMinimum",
                    format!("must be greater than {min}, got {value}"),
                );
            }
            if !R::EXCLUSIVE_MINIMUM && value < min {
                return fail("minimum", format!("must be at least {min}, got {value}"));
            }
        }
        if let Some(max) = R::MAXIMUM {
            if R::EXCLUSIVE_MAXIMUM && value >= max {
                return fail(
                    "exclusiveMaximum",
                    format!("must be less than {max}, got {value}"),
                );
            }
            if !R::EXCLUSIVE_MAXIMUM && value > max {
                return fail("maximum", format!("must be at most {max}, got {value}"));
            }
        }
        if let Some(step) = R::MULTIPLE_OF.filter(|step| !value.is_multiple_of(*step)) {
            return fail(
                "multipleOf",
                format!("must be a multiple of {step}, got {value}"),
            );
        }
        if !R::ONE_OF.is_empty() && !R::ONE_OF.contains(&value) {
            let allowed = R::ONE_OF
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            return fail("enum", format!("must be one of {allowed}, got {value}"));
        }
        Ok(Self(value))
    }

    pub fn get(self) -> R::Value {
        self.0
    }
}

impl<R: NumberRules> Clone for ConstrainedNumber<R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<R: NumberRules> Copy for ConstrainedNumber<R> {}
impl<R: NumberRules> std::fmt::Debug for ConstrainedNumber<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl<R: NumberRules> std::fmt::Display for ConstrainedNumber<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl<R: NumberRules> PartialEq for ConstrainedNumber<R> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl<R: NumberRules> PartialOrd for ConstrainedNumber<R> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        self.0.partial_cmp(&other.0)
    }
}

impl<R: NumberRules> std::str::FromStr for ConstrainedNumber<R> {
    type Err = ConstraintError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = value
            .trim()
            .parse::<R::Value>()
            .map_err(|_| {
                ConstraintError::new(
                    R::FIELD,
                    "type",
                    format!("`{value}` is not a number of the expected kind"),
                )
            })?;
        Self::new(parsed)
    }
}

impl<R: NumberRules> Serialize for ConstrainedNumber<R> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de, R: NumberRules> Deserialize<'de> for ConstrainedNumber<R> {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = R::Value::deserialize(deserializer)?;
        Self::new(value).map_err(serde::de::Error::custom)
    }
}

impl<R: NumberRules> ParamValue for ConstrainedNumber<R> {
    fn to_param(&self) -> String {
        self.0.to_string()
    }

    fn from_param(text: &str) -> Result<Self, String> {
        text.parse().map_err(|err: ConstraintError| err.to_string())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PetKind {
    /// `dog`
    Dog,
    /// `cat`
    Cat,
    /// `bird`
    Bird,
}

impl PetKind {
    /// Every value the spec lists, in its order.
    pub const ALL: [Self; 3usize] = [Self::Dog, Self::Cat, Self::Bird];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Dog => "dog",
            Self::Cat => "cat",
            Self::Bird => "bird",
        }
    }
}

impl std::fmt::Display for PetKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for PetKind {
    type Err = ConstraintError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        match value {
            "dog" => Ok(Self::Dog),
            "cat" => Ok(Self::Cat),
            "bird" => Ok(Self::Bird),
            other => {
                Err(
                    ConstraintError::new(
                        "PetKind",
                        "enum",
                        format!(
                            "`{other}` is not one of the allowed values: {}",
                            "dog, cat, bird"
                        ),
                    ),
                )
            }
        }
    }
}

impl Serialize for PetKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for PetKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_from_str(deserializer)
    }
}

impl ParamValue for PetKind {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }

    fn from_param(text: &str) -> Result<Self, String> {
        text.parse().map_err(|err: ConstraintError| err.to_string())
    }
}

/// Constraints: not empty; at most 5 characters.
pub type PetName = ConstrainedString<rules::PetName>;

/// Constraints: > 0; <= 200.
pub type PetWeight = ConstrainedNumber<rules::PetWeight>;

/// Constraints: >= 0.
pub type PetAge = ConstrainedNumber<rules::PetAge>;

/// Constraints: one of 1, 2, 3.
pub type PetSize = ConstrainedNumber<rules::PetSize>;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PetStatus {
    /// `available`
    Available,
    /// `pending`
    Pending,
    /// `sold`
    Sold,
}

impl PetStatus {
    /// Every value the spec lists, in its order.
    pub const ALL: [Self; 3usize] = [Self::Available, Self::Pending, Self::Sold];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Available => "available",
            Self::Pending => "pending",
            Self::Sold => "sold",
        }
    }
}

impl std::fmt::Display for PetStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for PetStatus {
    type Err = ConstraintError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        match value {
            "available" => Ok(Self::Available),
            "pending" => Ok(Self::Pending),
            "sold" => Ok(Self::Sold),
            other => {
                Err(
                    ConstraintError::new(
                        "PetStatus",
                        "enum",
                        format!(
                            "`{other}` is not one of the allowed values: {}",
                            "available, pending, sold"
                        ),
                    ),
                )
            }
        }
    }
}

impl Serialize for PetStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for PetStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_from_str(deserializer)
    }
}

/// Constraints: at least 1 item; at most 3 items; no duplicates.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(transparent)]
pub struct PetTags(Vec<String>);

impl PetTags {
    /// Checks `value` against the spec's rules.
    pub fn new(value: Vec<String>) -> Result<Self, ConstraintError> {
        if value.is_empty() {
            let count = value.len();
            return Err(
                ConstraintError::new(
                    "Pet.tags",
                    "minItems",
                    format!("must have at least 1 item, got {count}"),
                ),
            );
        }
        if value.len() > 3 {
            let count = value.len();
            return Err(
                ConstraintError::new(
                    "Pet.tags",
                    "maxItems",
                    format!("must have at most 3 items, got {count}"),
                ),
            );
        }
        if let Some(at) = (1..value.len()).find(|&i| value[..i].contains(&value[i])) {
            return Err(
                ConstraintError::new(
                    "Pet.tags",
                    "uniqueItems",
                    format!("item {at} repeats an earlier item"),
                ),
            );
        }
        Ok(Self(value))
    }

    pub fn into_inner(self) -> Vec<String> {
        self.0
    }
}

impl std::ops::Deref for PetTags {
    type Target = [String];

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl TryFrom<Vec<String>> for PetTags {
    type Error = ConstraintError;

    fn try_from(value: Vec<String>) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl<'de> Deserialize<'de> for PetTags {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <Vec<String>>::deserialize(deserializer)?;
        Self::new(value).map_err(serde::de::Error::custom)
    }
}

/// Constraints: at least 1 property; at most 2 properties.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(transparent)]
pub struct PetAttributes(std::collections::BTreeMap<String, i64>);

impl PetAttributes {
    /// Checks `value` against the spec's rules.
    pub fn new(
        value: std::collections::BTreeMap<String, i64>,
    ) -> Result<Self, ConstraintError> {
        if value.is_empty() {
            let count = value.len();
            return Err(
                ConstraintError::new(
                    "Pet.attributes",
                    "minProperties",
                    format!("must have at least 1 property, got {count}"),
                ),
            );
        }
        if value.len() > 2 {
            let count = value.len();
            return Err(
                ConstraintError::new(
                    "Pet.attributes",
                    "maxProperties",
                    format!("must have at most 2 properties, got {count}"),
                ),
            );
        }
        Ok(Self(value))
    }

    pub fn into_inner(self) -> std::collections::BTreeMap<String, i64> {
        self.0
    }
}

impl std::ops::Deref for PetAttributes {
    type Target = std::collections::BTreeMap<String, i64>;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl TryFrom<std::collections::BTreeMap<String, i64>> for PetAttributes {
    type Error = ConstraintError;

    fn try_from(
        value: std::collections::BTreeMap<String, i64>,
    ) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl<'de> Deserialize<'de> for PetAttributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <std::collections::BTreeMap<
            String,
            i64,
        >>::deserialize(deserializer)?;
        Self::new(value).map_err(serde::de::Error::custom)
    }
}

/// Constraints: matches `^\+?[0-9 ]{3,}$`.
pub type PetOwnerContactPhone = ConstrainedString<rules::PetOwnerContactPhone>;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PetOwnerContact {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub phone: Option<PetOwnerContactPhone>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PetOwner {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub name: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub contact: Option<PetOwnerContact>,
}

/// A pet, with every kind of field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pet {
    /// Read-only: set by the server.
    pub id: i64,
    pub name: PetName,
    pub kind: PetKind,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_present"
    )]
    pub tag: Option<Option<String>>,
    /// Absent, null and a value mean three different things in a PATCH.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_present"
    )]
    pub nickname: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub weight: Option<PetWeight>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub age: Option<PetAge>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub size: Option<PetSize>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub born: Option<chrono::NaiveDate>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub seen_at: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some_uuid"
    )]
    pub uid: Option<uuid::Uuid>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some_uuids"
    )]
    pub friends: Option<Vec<uuid::Uuid>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_present_uuid"
    )]
    pub mentor: Option<Option<uuid::Uuid>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub address: Option<std::net::Ipv4Addr>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub address6: Option<std::net::Ipv6Addr>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub email: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub homepage: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub avatar: Option<String>,
    /// Needs a digit; the lookahead has no equivalent in the `regex` crate.
    ///
    /// Write-only: never returned by the server.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub password: Option<String>,
    /// Deprecated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub legacy_code: Option<String>,
    /// Default: `"available"`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub status: Option<PetStatus>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub tags: Option<PetTags>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub matrix: Option<Vec<Vec<f64>>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub attributes: Option<PetAttributes>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub extra: Option<serde_json::Value>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub owner: Option<PetOwner>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    pub title: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub status: Option<i64>,
    /// Properties not listed in the schema.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Named {
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Timestamps {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dog {
    pub name: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    pub pet_type: String,
    pub barks: bool,
}

/// Constraints: >= 0; <= 9.
pub type CatLives = ConstrainedNumber<rules::CatLives>;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cat {
    pub pet_type: String,
    pub lives: CatLives,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Animal {
    /// Selected by `dog`.
    Dog(Dog),
    /// Selected by `kitty`, `{cat}`.
    Cat(Cat),
}

impl Animal {
    /// The value of `pet_type` that selects this variant.
    pub fn discriminator(&self) -> &'static str {
        match self {
            Self::Dog(_) => "dog",
            Self::Cat(_) => "kitty",
        }
    }
}

impl<'de> Deserialize<'de> for Animal {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        let tag = value
            .get("pet_type")
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("dog") => {
                serde_json::from_value(value)
                    .map(Self::Dog)
                    .map_err(serde::de::Error::custom)
            }
            Some("kitty" | "{cat}") => {
                serde_json::from_value(value)
                    .map(Self::Cat)
                    .map_err(serde::de::Error::custom)
            }
            Some(other) => {
                Err(
                    serde::de::Error::custom(
                        format!(
                            "`{other}` is not a known `pet_type`; expected one of: dog, kitty, {{cat}}"
                        ),
                    ),
                )
            }
            None => {
                Err(
                    serde::de::Error::custom(
                        "missing the discriminator property `pet_type`",
                    ),
                )
            }
        }
    }
}

impl Serialize for Animal {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut value = match self {
            Self::Dog(inner) => serde_json::to_value(inner),
            Self::Cat(inner) => serde_json::to_value(inner),
        }
            .map_err(serde::ser::Error::custom)?;
        if let serde_json::Value::Object(map) = &mut value {
            map.entry("pet_type").or_insert_with(|| self.discriminator().into());
        }
        value.serialize(serializer)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum AnimalByName {
    /// Selected by `Dog`.
    Dog(Dog),
    /// Selected by `Cat`.
    Cat(Cat),
}

impl AnimalByName {
    /// The value of `pet_type` that selects this variant.
    pub fn discriminator(&self) -> &'static str {
        match self {
            Self::Dog(_) => "Dog",
            Self::Cat(_) => "Cat",
        }
    }
}

impl<'de> Deserialize<'de> for AnimalByName {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        let tag = value
            .get("pet_type")
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("Dog") => {
                serde_json::from_value(value)
                    .map(Self::Dog)
                    .map_err(serde::de::Error::custom)
            }
            Some("Cat") => {
                serde_json::from_value(value)
                    .map(Self::Cat)
                    .map_err(serde::de::Error::custom)
            }
            Some(other) => {
                Err(
                    serde::de::Error::custom(
                        format!(
                            "`{other}` is not a known `pet_type`; expected one of: Dog, Cat"
                        ),
                    ),
                )
            }
            None => {
                Err(
                    serde::de::Error::custom(
                        "missing the discriminator property `pet_type`",
                    ),
                )
            }
        }
    }
}

impl Serialize for AnimalByName {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut value = match self {
            Self::Dog(inner) => serde_json::to_value(inner),
            Self::Cat(inner) => serde_json::to_value(inner),
        }
            .map_err(serde::ser::Error::custom)?;
        if let serde_json::Value::Object(map) = &mut value {
            map.entry("pet_type").or_insert_with(|| self.discriminator().into());
        }
        value.serialize(serializer)
    }
}

/// The mapping gives Dog the tag `Cat`, which is also Cat's own name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Confusing {
    /// Selected by `Cat`.
    Dog(Dog),
    Cat(Cat),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum IdOrName {
    I64(i64),
    String(String),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TreeNode {
    pub value: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub parent: Option<Box<TreeNode>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub children: Option<Vec<TreeNode>>,
}

/// A reference wrapped to attach a description keeps the referenced type.
pub type Described = PetKind;

pub type Anything = serde_json::Value;

pub type FreeForm = std::collections::BTreeMap<String, serde_json::Value>;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Keywords {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub r#type: Option<String>,
    /// Wire name: `self`.
    #[serde(rename = "self")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub self_: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub r#ref: Option<String>,
    /// Wire name: `Self`.
    #[serde(rename = "Self")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub self_2: Option<String>,
    /// Wire name: `1st`.
    #[serde(rename = "1st")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub _1st: Option<String>,
    /// Wire name: `user-name`.
    #[serde(rename = "user-name")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub user_name: Option<String>,
    /// Wire name: `user_name`.
    #[serde(rename = "user_name")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub user_name_2: Option<String>,
    /// Wire name: `größe`.
    #[serde(rename = "größe")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub gr_uf6_udf_e: Option<i64>,
    /// Wire name: the empty string.
    #[serde(rename = "")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub value: Option<String>,
}

/// Collides with `Keywords` once converted to a Rust type name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Keywords2 {
    /// ``
    Empty,
    /// `a-b`
    AB,
    /// `A_B`
    AB2,
    /// `self`
    Self_,
}

impl Keywords2 {
    /// Every value the spec lists, in its order.
    pub const ALL: [Self; 4usize] = [Self::Empty, Self::AB, Self::AB2, Self::Self_];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Empty => "",
            Self::AB => "a-b",
            Self::AB2 => "A_B",
            Self::Self_ => "self",
        }
    }
}

impl std::fmt::Display for Keywords2 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Keywords2 {
    type Err = ConstraintError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        match value {
            "" => Ok(Self::Empty),
            "a-b" => Ok(Self::AB),
            "A_B" => Ok(Self::AB2),
            "self" => Ok(Self::Self_),
            other => {
                Err(
                    ConstraintError::new(
                        "Keywords2",
                        "enum",
                        format!(
                            "`{other}` is not one of the allowed values: {}",
                            ", a-b, A_B, self"
                        ),
                    ),
                )
            }
        }
    }
}

impl Serialize for Keywords2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Keywords2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_from_str(deserializer)
    }
}

/// Constraints: at most 20 characters.
pub type PhotoUploadCaption = ConstrainedString<rules::PhotoUploadCaption>;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PhotoUploadMeta {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PhotoUpload {
    pub file: Vec<u8>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub caption: Option<PhotoUploadCaption>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub kind: Option<PetKind>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub meta: Option<PhotoUploadMeta>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PhotoInfo {
    pub bytes: i64,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub caption: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub kind: Option<PetKind>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub source: Option<String>,
}

/// Constraints: not empty.
pub type TaggingTag = ConstrainedString<rules::TaggingTag>;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tagging {
    pub tag: TaggingTag,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub note: Option<String>,
    /// Required, and may be `null`.
    #[serde(deserialize_with = "deserialize_nullable")]
    pub color: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tagged {
    pub tagging: Tagging,
    pub content_type: String,
    /// Who sent a valid token; absent for anonymous calls.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub caller: Option<String>,
}

/// Constraints: >= 1; <= 100.
pub type ListPetsLimit = ConstrainedNumber<rules::ListPetsLimit>;

/// Constraints: at most 3 items.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(transparent)]
pub struct ListPetsIds(Vec<i64>);

impl ListPetsIds {
    /// Checks `value` against the spec's rules.
    pub fn new(value: Vec<i64>) -> Result<Self, ConstraintError> {
        if value.len() > 3 {
            let count = value.len();
            return Err(
                ConstraintError::new(
                    "list_pets.ids",
                    "maxItems",
                    format!("must have at most 3 items, got {count}"),
                ),
            );
        }
        Ok(Self(value))
    }

    pub fn into_inner(self) -> Vec<i64> {
        self.0
    }
}

impl std::ops::Deref for ListPetsIds {
    type Target = [i64];

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl TryFrom<Vec<i64>> for ListPetsIds {
    type Error = ConstraintError;

    fn try_from(value: Vec<i64>) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl<'de> Deserialize<'de> for ListPetsIds {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <Vec<i64>>::deserialize(deserializer)?;
        Self::new(value).map_err(serde::de::Error::custom)
    }
}

impl ParamValue for ListPetsIds {
    fn to_param(&self) -> String {
        serde_json::to_string(&self.0).unwrap_or_default()
    }

    fn from_param(text: &str) -> Result<Self, String> {
        let value: Vec<i64> = serde_json::from_str(text).map_err(|err| err.to_string())?;
        Self::new(value).map_err(|err| err.to_string())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ListPetsSizesItem {
    /// `s`
    S,
    /// `m`
    M,
    /// `l`
    L,
}

impl ListPetsSizesItem {
    /// Every value the spec lists, in its order.
    pub const ALL: [Self; 3usize] = [Self::S, Self::M, Self::L];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::S => "s",
            Self::M => "m",
            Self::L => "l",
        }
    }
}

impl std::fmt::Display for ListPetsSizesItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for ListPetsSizesItem {
    type Err = ConstraintError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        match value {
            "s" => Ok(Self::S),
            "m" => Ok(Self::M),
            "l" => Ok(Self::L),
            other => {
                Err(
                    ConstraintError::new(
                        "ListPetsSizesItem",
                        "enum",
                        format!(
                            "`{other}` is not one of the allowed values: {}", "s, m, l"
                        ),
                    ),
                )
            }
        }
    }
}

impl Serialize for ListPetsSizesItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ListPetsSizesItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_from_str(deserializer)
    }
}

impl ParamValue for ListPetsSizesItem {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }

    fn from_param(text: &str) -> Result<Self, String> {
        text.parse().map_err(|err: ConstraintError| err.to_string())
    }
}

/// Constraints: at most 2 items.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(transparent)]
pub struct ListPetsSizes(Vec<ListPetsSizesItem>);

impl ListPetsSizes {
    /// Checks `value` against the spec's rules.
    pub fn new(value: Vec<ListPetsSizesItem>) -> Result<Self, ConstraintError> {
        if value.len() > 2 {
            let count = value.len();
            return Err(
                ConstraintError::new(
                    "list_pets.sizes",
                    "maxItems",
                    format!("must have at most 2 items, got {count}"),
                ),
            );
        }
        Ok(Self(value))
    }

    pub fn into_inner(self) -> Vec<ListPetsSizesItem> {
        self.0
    }
}

impl std::ops::Deref for ListPetsSizes {
    type Target = [ListPetsSizesItem];

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl TryFrom<Vec<ListPetsSizesItem>> for ListPetsSizes {
    type Error = ConstraintError;

    fn try_from(value: Vec<ListPetsSizesItem>) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl<'de> Deserialize<'de> for ListPetsSizes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <Vec<ListPetsSizesItem>>::deserialize(deserializer)?;
        Self::new(value).map_err(serde::de::Error::custom)
    }
}

impl ParamValue for ListPetsSizes {
    fn to_param(&self) -> String {
        serde_json::to_string(&self.0).unwrap_or_default()
    }

    fn from_param(text: &str) -> Result<Self, String> {
        let value: Vec<ListPetsSizesItem> = serde_json::from_str(text)
            .map_err(|err| err.to_string())?;
        Self::new(value).map_err(|err| err.to_string())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ExportPetFormat {
    /// `json`
    Json,
    /// `xml`
    Xml,
}

impl ExportPetFormat {
    /// Every value the spec lists, in its order.
    pub const ALL: [Self; 2usize] = [Self::Json, Self::Xml];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::Xml => "xml",
        }
    }
}

impl std::fmt::Display for ExportPetFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for ExportPetFormat {
    type Err = ConstraintError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        match value {
            "json" => Ok(Self::Json),
            "xml" => Ok(Self::Xml),
            other => {
                Err(
                    ConstraintError::new(
                        "ExportPetFormat",
                        "enum",
                        format!(
                            "`{other}` is not one of the allowed values: {}", "json, xml"
                        ),
                    ),
                )
            }
        }
    }
}

impl Serialize for ExportPetFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ExportPetFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_from_str(deserializer)
    }
}

impl ParamValue for ExportPetFormat {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }

    fn from_param(text: &str) -> Result<Self, String> {
        text.parse().map_err(|err: ConstraintError| err.to_string())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListEventsOkBody {
    pub items: Vec<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub next_cursor: Option<String>,
}

/// Constraints: matches `^[\w.@+-]+$`.
pub type LogInBodyUsername = ConstrainedString<rules::LogInBodyUsername>;

/// Constraints: at least 8 characters.
pub type LogInBodyPassword = ConstrainedString<rules::LogInBodyPassword>;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LogInBody {
    pub username: LogInBodyUsername,
    pub password: LogInBodyPassword,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub remember: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct LogInOkBody {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub token: Option<String>,
}

/// Query and header parameters of `list_pets`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPetsParams {
    pub kind: Option<PetKind>,
    pub tags: Option<Vec<String>>,
    pub limit: Option<ListPetsLimit>,
    /// Repeated as `ids=1&ids=2`, at most three.
    pub ids: Option<ListPetsIds>,
    /// A checked list of an inline enum, repeated in the query.
    pub sizes: Option<ListPetsSizes>,
    pub near: Option<std::net::Ipv4Addr>,
    pub near6: Option<std::net::Ipv6Addr>,
    /// Wire name: `X-Request-Id`.
    pub x_request_id: Option<String>,
}

/// Query and header parameters of `export_pet`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportPetParams {
    /// A required list, repeated in the query.
    pub fields: Vec<String>,
}

/// Query and header parameters of `list_events`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListEventsParams {
    pub cursor: Option<String>,
    pub limit: Option<i32>,
}

/// The rules of each constrained value, as constants the generic checks read.
pub mod rules {
    use super::{NumberRules, StringRules};

    /// The rules of `Pet.name`.
    #[derive(Debug)]
    pub enum PetName {}
    impl StringRules for PetName {
        const FIELD: &'static str = "Pet.name";
        const MIN_LENGTH: Option<usize> = Some(1);
        const MAX_LENGTH: Option<usize> = Some(5);
    }

    /// The rules of `Pet.weight`.
    #[derive(Debug)]
    pub enum PetWeight {}
    impl NumberRules for PetWeight {
        type Value = f32;
        const FIELD: &'static str = "Pet.weight";
        const MINIMUM: Option<f32> = Some(0.0);
        const EXCLUSIVE_MINIMUM: bool = true;
        const MAXIMUM: Option<f32> = Some(200.0);
    }

    /// The rules of `Pet.age`.
    #[derive(Debug)]
    pub enum PetAge {}
    impl NumberRules for PetAge {
        type Value = i32;
        const FIELD: &'static str = "Pet.age";
        const MINIMUM: Option<i32> = Some(0);
    }

    /// The rules of `Pet.size`.
    #[derive(Debug)]
    pub enum PetSize {}
    impl NumberRules for PetSize {
        type Value = i64;
        const FIELD: &'static str = "Pet.size";
        const ONE_OF: &'static [i64] = &[1, 2, 3];
    }

    /// The rules of `Pet.owner.contact.phone`.
    #[derive(Debug)]
    pub enum PetOwnerContactPhone {}
    impl StringRules for PetOwnerContactPhone {
        const FIELD: &'static str = "Pet.owner.contact.phone";
        const PATTERN: Option<&'static str> = Some("^\\+?[0-9 ]{3,}$");
        fn matches(value: &str) -> bool {
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            {
                regex::Regex::new("^\\+?[0-9 ]{3,}$")
                    .expect("pattern verified at generation time")
            });
            PATTERN.is_match(value)
        }
    }

    /// The rules of `Cat.lives`.
    #[derive(Debug)]
    pub enum CatLives {}
    impl NumberRules for CatLives {
        type Value = i64;
        const FIELD: &'static str = "Cat.lives";
        const MINIMUM: Option<i64> = Some(0);
        const MAXIMUM: Option<i64> = Some(9);
    }

    /// The rules of `PhotoUpload.caption`.
    #[derive(Debug)]
    pub enum PhotoUploadCaption {}
    impl StringRules for PhotoUploadCaption {
        const FIELD: &'static str = "PhotoUpload.caption";
        const MAX_LENGTH: Option<usize> = Some(20);
    }

    /// The rules of `Tagging.tag`.
    #[derive(Debug)]
    pub enum TaggingTag {}
    impl StringRules for TaggingTag {
        const FIELD: &'static str = "Tagging.tag";
        const MIN_LENGTH: Option<usize> = Some(1);
    }

    /// The rules of `list_pets.limit`.
    #[derive(Debug)]
    pub enum ListPetsLimit {}
    impl NumberRules for ListPetsLimit {
        type Value = i32;
        const FIELD: &'static str = "list_pets.limit";
        const MINIMUM: Option<i32> = Some(1);
        const MAXIMUM: Option<i32> = Some(100);
    }

    /// The rules of `log_in.body.username`.
    #[derive(Debug)]
    pub enum LogInBodyUsername {}
    impl StringRules for LogInBodyUsername {
        const FIELD: &'static str = "log_in.body.username";
        const PATTERN: Option<&'static str> = Some("^[\\w.@+-]+$");
        fn matches(value: &str) -> bool {
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            {
                regex::Regex::new("^[0-9A-Za-z_.@+-]+$")
                    .expect("pattern verified at generation time")
            });
            PATTERN.is_match(value)
        }
    }

    /// The rules of `log_in.body.password`.
    #[derive(Debug)]
    pub enum LogInBodyPassword {}
    impl StringRules for LogInBodyPassword {
        const FIELD: &'static str = "log_in.body.password";
        const MIN_LENGTH: Option<usize> = Some(8);
    }
}
