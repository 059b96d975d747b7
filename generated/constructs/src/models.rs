//! Types for the schemas of the API, and the parameters of its operations.

#[allow(unused_imports)]
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

/// Reads a JSON UUID in the hyphenated form only (a struct field's seed, see `FillSlot::fill_with`).
#[allow(dead_code)]
struct HyphenatedUuid;

impl<'de> serde::de::DeserializeSeed<'de> for HyphenatedUuid {
    type Value = uuid::Uuid;

    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<uuid::Uuid, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(deserializer)?;
        parse_hyphenated_uuid(&text).map_err(serde::de::Error::custom)
    }
}

/// [`HyphenatedUuid`] for a nullable field: `null` is `None`.
#[allow(dead_code)]
struct HyphenatedUuidOrNull;

impl<'de> serde::de::DeserializeSeed<'de> for HyphenatedUuidOrNull {
    type Value = Option<uuid::Uuid>;

    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Option<uuid::Uuid>, D::Error> {
        match Option::<std::borrow::Cow<str>>::deserialize(deserializer)? {
            None => Ok(None),
            Some(text) => {
                parse_hyphenated_uuid(&text).map(Some).map_err(serde::de::Error::custom)
            }
        }
    }
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

impl<'de, T: serde::de::DeserializeOwned> serde::de::DeserializeSeed<'de>
for HyphenatedUuids<T> {
    type Value = T;

    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<T, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        check_hyphenated_uuids(&value).map_err(serde::de::Error::custom)?;
        serde_json::from_value(value).map_err(serde::de::Error::custom)
    }
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

/// A struct read from a JSON object, one entry at a time.
trait ReadObject<'de>: Sized {
    /// The schema's name, for "expected struct ..." messages.
    const NAME: &'static str;

    fn read<A: serde::de::MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

/// Reads a JSON object (only an object: a JSON array is refused) into `T`.
fn read_object<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: ReadObject<'de>,
{
    struct ObjectVisitor<T>(std::marker::PhantomData<T>);
    impl<'de, T: ReadObject<'de>> serde::de::Visitor<'de> for ObjectVisitor<T> {
        type Value = T;
        fn expecting(
            &self,
            formatter: &mut std::fmt::Formatter<'_>,
        ) -> std::fmt::Result {
            expecting_struct(formatter, T::NAME)
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            T::read(map)
        }
    }
    deserializer.deserialize_map(ObjectVisitor(std::marker::PhantomData))
}

/// "struct NAME", written by one function rather than one per struct.
fn expecting_struct(
    formatter: &mut std::fmt::Formatter<'_>,
    name: &str,
) -> std::fmt::Result {
    formatter.write_str("struct ")?;
    formatter.write_str(name)
}

/// An object's key, borrowed from the input where the input allows.
struct Key<'de>(std::borrow::Cow<'de, str>);

impl Key<'_> {
    fn as_str(&self) -> &str {
        &self.0
    }

    #[allow(dead_code)]
    fn into_string(self) -> String {
        self.0.into_owned()
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> serde::de::Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("a field name")
            }
            fn visit_borrowed_str<E: serde::de::Error>(
                self,
                text: &'de str,
            ) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Borrowed(text)))
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(text.to_owned())))
            }
            fn visit_string<E: serde::de::Error>(
                self,
                text: String,
            ) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(text)))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

/// Filling a field's slot from the value under its key, for the arms of each struct's `read`:
/// `"name" => map.fill(&mut name, &key)?`.
trait FillSlot<'de>: serde::de::MapAccess<'de> {
    /// Reads the value into `slot`, as `V` reads itself. A field's slot is `Some` once the field
    /// was seen: a second time is an error, as with serde's derive. Optional fields that are not
    /// nullable read `V = T`, so `null` is refused where serde's `Option` would take it for
    /// absent; nullable ones read `V = Option<T>`.
    fn fill<V: Deserialize<'de>>(
        &mut self,
        slot: &mut Option<V>,
        key: &Key<'_>,
    ) -> Result<(), Self::Error> {
        if slot.is_some() {
            return Err(duplicate_field(key));
        }
        *slot = Some(self.next_value()?);
        Ok(())
    }

    /// [`FillSlot::fill`] for values read by a seed of their own (UUIDs in the hyphenated form).
    #[allow(dead_code)]
    fn fill_with<S: serde::de::DeserializeSeed<'de>>(
        &mut self,
        slot: &mut Option<S::Value>,
        key: &Key<'_>,
        seed: S,
    ) -> Result<(), Self::Error> {
        if slot.is_some() {
            return Err(duplicate_field(key));
        }
        *slot = Some(self.next_value_seed(seed)?);
        Ok(())
    }
}

impl<'de, A: serde::de::MapAccess<'de>> FillSlot<'de> for A {}
/// serde's "duplicate field `name`", for a key read from the input.
fn duplicate_field<E: serde::de::Error>(key: &Key<'_>) -> E {
    E::custom(format_args!("duplicate field `{}`", key.as_str()))
}

/// The value of a required field: a missing one is an error (nullable ones too: their `null`
/// must be sent).
#[allow(dead_code)]
fn required<T, E: serde::de::Error>(
    slot: Option<T>,
    name: &'static str,
) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(name))
}

/// Skips the value of a key the schema does not list.
#[allow(dead_code)]
fn skip_value<'de, A: serde::de::MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<serde::de::IgnoredAny>().map(drop)
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

/// The checks of [`ConstrainedString::new`], compiled once rather than for every rules type.
fn check_string(
    value: &str,
    field: &'static str,
    min_length: Option<usize>,
    max_length: Option<usize>,
    pattern: Option<&'static str>,
    matches: fn(&str) -> bool,
) -> Result<(), ConstraintError> {
    let length = value.chars().count();
    if let Some(min) = min_length.filter(|min| length < *min) {
        let message = format!("must be at least {min} character(s), got {length}");
        return Err(ConstraintError::new(field, "minLength", message));
    }
    if let Some(max) = max_length.filter(|max| length > *max) {
        let message = format!("must be at most {max} character(s), got {length}");
        return Err(ConstraintError::new(field, "maxLength", message));
    }
    if let Some(pattern) = pattern.filter(|_| !matches(value)) {
        let message = format!("must match `{pattern}`, got {value:?}");
        return Err(ConstraintError::new(field, "pattern", message));
    }
    Ok(())
}

/// A string that satisfies the rules `R` (lengths in characters, not bytes). It cannot be
/// built, or deserialized, from a value that breaks them.
pub struct ConstrainedString<R>(String, std::marker::PhantomData<R>);

impl<R: StringRules> ConstrainedString<R> {
    /// Checks `value` against the spec's rules.
    pub fn new(value: impl Into<String>) -> Result<Self, ConstraintError> {
        let value = value.into();
        check_string(
            &value,
            R::FIELD,
            R::MIN_LENGTH,
            R::MAX_LENGTH,
            R::PATTERN,
            R::matches,
        )?;
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

/// The rules of [`NumberRules`] as values, so their checks are compiled once per number type
/// rather than once per rules type.
struct NumberBounds<V: 'static> {
    field: &'static str,
    minimum: Option<V>,
    exclusive_minimum: bool,
    maximum: Option<V>,
    exclusive_maximum: bool,
    multiple_of: Option<V>,
    one_of: &'static [V],
}

impl<V: Number> NumberBounds<V> {
    fn check(&self, value: V) -> Result<(), ConstraintError> {
        let fail = |rule, message| Err(ConstraintError::new(self.field, rule, message));
        if let Some(min) = self.minimum {
            if self.exclusive_minimum && value <= min {
                return fail(
                    "exclusiveMinimum",
                    format!("must be greater than {min}, got {value}"),
                );
            }
            if !self.exclusive_minimum && value < min {
                return fail("minimum", format!("must be at least {min}, got {value}"));
            }
        }
        if let Some(max) = self.maximum {
            if self.exclusive_maximum && value >= max {
                return fail(
                    "exclusiveMaximum",
                    format!("must be less than {max}, got {value}"),
                );
            }
            if !self.exclusive_maximum && value > max {
                return fail("maximum", format!("must be at most {max}, got {value}"));
            }
        }
        if let Some(step) = self.multiple_of.filter(|step| !value.is_multiple_of(*step))
        {
            return fail(
                "multipleOf",
                format!("must be a multiple of {step}, got {value}"),
            );
        }
        if !self.one_of.is_empty() && !self.one_of.contains(&value) {
            let allowed = self
                .one_of
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            return fail("enum", format!("must be one of {allowed}, got {value}"));
        }
        Ok(())
    }
}

/// A number that satisfies the rules `R`. It cannot be built, or deserialized, from a
/// value that breaks them.
pub struct ConstrainedNumber<R: NumberRules>(R::Value);

impl<R: NumberRules> ConstrainedNumber<R> {
    /// Checks `value` against the spec's rules.
    pub fn new(value: R::Value) -> Result<Self, ConstraintError> {
        let rules = NumberBounds {
            field: R::FIELD,
            minimum: R::MINIMUM,
            exclusive_minimum: R::EXCLUSIVE_MINIMUM,
            maximum: R::MAXIMUM,
            exclusive_maximum: R::EXCLUSIVE_MAXIMUM,
            multiple_of: R::MULTIPLE_OF,
            one_of: R::ONE_OF,
        };
        rules.check(value)?;
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

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PetOwnerContact {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<PetOwnerContactPhone>,
}

impl<'de> Deserialize<'de> for PetOwnerContact {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for PetOwnerContact {
    const NAME: &'static str = "PetOwnerContact";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut phone: Option<PetOwnerContactPhone> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "phone" => map.fill(&mut phone, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self { phone })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PetOwner {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<PetOwnerContact>,
}

impl<'de> Deserialize<'de> for PetOwner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for PetOwner {
    const NAME: &'static str = "PetOwner";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut contact: Option<PetOwnerContact> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "name" => map.fill(&mut name, &key)?,
                "contact" => map.fill(&mut contact, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self { name, contact })
    }
}

/// A pet, with every kind of field.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pet {
    /// Read-only: set by the server.
    pub id: i64,
    pub name: PetName,
    pub kind: PetKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<Option<String>>,
    /// Absent, null and a value mean three different things in a PATCH.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nickname: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weight: Option<PetWeight>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age: Option<PetAge>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<PetSize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub born: Option<chrono::NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seen_at: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uid: Option<uuid::Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub friends: Option<Vec<uuid::Uuid>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mentor: Option<Option<uuid::Uuid>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<std::net::Ipv4Addr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address6: Option<std::net::Ipv6Addr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub homepage: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// Needs a digit; the lookahead has no equivalent in the `regex` crate.
    ///
    /// Write-only: never returned by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// Deprecated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legacy_code: Option<String>,
    /// Default: `"available"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<PetStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<PetTags>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matrix: Option<Vec<Vec<f64>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<PetAttributes>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extra: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<PetOwner>,
}

impl<'de> Deserialize<'de> for Pet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for Pet {
    const NAME: &'static str = "Pet";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut id: Option<i64> = None;
        let mut name: Option<PetName> = None;
        let mut kind: Option<PetKind> = None;
        let mut tag: Option<Option<String>> = None;
        let mut nickname: Option<Option<String>> = None;
        let mut weight: Option<PetWeight> = None;
        let mut age: Option<PetAge> = None;
        let mut size: Option<PetSize> = None;
        let mut born: Option<chrono::NaiveDate> = None;
        let mut seen_at: Option<chrono::DateTime<chrono::Utc>> = None;
        let mut uid: Option<uuid::Uuid> = None;
        let mut friends: Option<Vec<uuid::Uuid>> = None;
        let mut mentor: Option<Option<uuid::Uuid>> = None;
        let mut address: Option<std::net::Ipv4Addr> = None;
        let mut address6: Option<std::net::Ipv6Addr> = None;
        let mut email: Option<String> = None;
        let mut homepage: Option<String> = None;
        let mut avatar: Option<String> = None;
        let mut password: Option<String> = None;
        let mut legacy_code: Option<String> = None;
        let mut status: Option<PetStatus> = None;
        let mut tags: Option<PetTags> = None;
        let mut matrix: Option<Vec<Vec<f64>>> = None;
        let mut labels: Option<std::collections::BTreeMap<String, String>> = None;
        let mut attributes: Option<PetAttributes> = None;
        let mut extra: Option<serde_json::Value> = None;
        let mut owner: Option<PetOwner> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "id" => map.fill(&mut id, &key)?,
                "name" => map.fill(&mut name, &key)?,
                "kind" => map.fill(&mut kind, &key)?,
                "tag" => map.fill(&mut tag, &key)?,
                "nickname" => map.fill(&mut nickname, &key)?,
                "weight" => map.fill(&mut weight, &key)?,
                "age" => map.fill(&mut age, &key)?,
                "size" => map.fill(&mut size, &key)?,
                "born" => map.fill(&mut born, &key)?,
                "seen_at" => map.fill(&mut seen_at, &key)?,
                "uid" => map.fill_with(&mut uid, &key, HyphenatedUuid)?,
                "friends" => map.fill_with(&mut friends, &key, HyphenatedUuids::new())?,
                "mentor" => map.fill_with(&mut mentor, &key, HyphenatedUuidOrNull)?,
                "address" => map.fill(&mut address, &key)?,
                "address6" => map.fill(&mut address6, &key)?,
                "email" => map.fill(&mut email, &key)?,
                "homepage" => map.fill(&mut homepage, &key)?,
                "avatar" => map.fill(&mut avatar, &key)?,
                "password" => map.fill(&mut password, &key)?,
                "legacy_code" => map.fill(&mut legacy_code, &key)?,
                "status" => map.fill(&mut status, &key)?,
                "tags" => map.fill(&mut tags, &key)?,
                "matrix" => map.fill(&mut matrix, &key)?,
                "labels" => map.fill(&mut labels, &key)?,
                "attributes" => map.fill(&mut attributes, &key)?,
                "extra" => map.fill(&mut extra, &key)?,
                "owner" => map.fill(&mut owner, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            id: required(id, "id")?,
            name: required(name, "name")?,
            kind: required(kind, "kind")?,
            tag,
            nickname,
            weight,
            age,
            size,
            born,
            seen_at,
            uid,
            friends,
            mentor,
            address,
            address6,
            email,
            homepage,
            avatar,
            password,
            legacy_code,
            status,
            tags,
            matrix,
            labels,
            attributes,
            extra,
            owner,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Problem {
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
    /// Properties not listed in the schema.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}

impl<'de> Deserialize<'de> for Problem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for Problem {
    const NAME: &'static str = "Problem";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut title: Option<String> = None;
        let mut status: Option<i64> = None;
        let mut additional_properties = std::collections::BTreeMap::new();
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "title" => map.fill(&mut title, &key)?,
                "status" => map.fill(&mut status, &key)?,
                _ => {
                    additional_properties.insert(key.into_string(), map.next_value()?);
                }
            }
        }
        Ok(Self {
            title: required(title, "title")?,
            status,
            additional_properties,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Named {
    pub name: String,
}

impl<'de> Deserialize<'de> for Named {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for Named {
    const NAME: &'static str = "Named";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "name" => map.fill(&mut name, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            name: required(name, "name")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Timestamps {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

impl<'de> Deserialize<'de> for Timestamps {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for Timestamps {
    const NAME: &'static str = "Timestamps";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut created: Option<chrono::DateTime<chrono::Utc>> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "created" => map.fill(&mut created, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self { created })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dog {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    pub pet_type: String,
    pub barks: bool,
}

impl<'de> Deserialize<'de> for Dog {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for Dog {
    const NAME: &'static str = "Dog";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut created: Option<chrono::DateTime<chrono::Utc>> = None;
        let mut pet_type: Option<String> = None;
        let mut barks: Option<bool> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "name" => map.fill(&mut name, &key)?,
                "created" => map.fill(&mut created, &key)?,
                "pet_type" => map.fill(&mut pet_type, &key)?,
                "barks" => map.fill(&mut barks, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            name: required(name, "name")?,
            created,
            pet_type: required(pet_type, "pet_type")?,
            barks: required(barks, "barks")?,
        })
    }
}

/// Constraints: >= 0; <= 9.
pub type CatLives = ConstrainedNumber<rules::CatLives>;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cat {
    pub pet_type: String,
    pub lives: CatLives,
}

impl<'de> Deserialize<'de> for Cat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for Cat {
    const NAME: &'static str = "Cat";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut pet_type: Option<String> = None;
        let mut lives: Option<CatLives> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "pet_type" => map.fill(&mut pet_type, &key)?,
                "lives" => map.fill(&mut lives, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            pet_type: required(pet_type, "pet_type")?,
            lives: required(lives, "lives")?,
        })
    }
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

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TreeNode {
    pub value: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<Box<TreeNode>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<TreeNode>>,
}

impl<'de> Deserialize<'de> for TreeNode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for TreeNode {
    const NAME: &'static str = "TreeNode";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut value_: Option<String> = None;
        let mut parent: Option<Box<TreeNode>> = None;
        let mut children: Option<Vec<TreeNode>> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "value" => map.fill(&mut value_, &key)?,
                "parent" => map.fill(&mut parent, &key)?,
                "children" => map.fill(&mut children, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            value: required(value_, "value")?,
            parent,
            children,
        })
    }
}

/// A reference wrapped to attach a description keeps the referenced type.
pub type Described = PetKind;

pub type Anything = serde_json::Value;

pub type FreeForm = std::collections::BTreeMap<String, serde_json::Value>;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Keywords {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Wire name: `self`.
    #[serde(rename = "self")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub self_: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#ref: Option<String>,
    /// Wire name: `Self`.
    #[serde(rename = "Self")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub self_2: Option<String>,
    /// Wire name: `1st`.
    #[serde(rename = "1st")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub _1st: Option<String>,
    /// Wire name: `user-name`.
    #[serde(rename = "user-name")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    /// Wire name: `user_name`.
    #[serde(rename = "user_name")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_name_2: Option<String>,
    /// Wire name: `größe`.
    #[serde(rename = "größe")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gr_uf6_udf_e: Option<i64>,
    /// Wire name: the empty string.
    #[serde(rename = "")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl<'de> Deserialize<'de> for Keywords {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for Keywords {
    const NAME: &'static str = "Keywords";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut r#type: Option<String> = None;
        let mut self_: Option<String> = None;
        let mut r#ref: Option<String> = None;
        let mut self_2: Option<String> = None;
        let mut field_1st: Option<String> = None;
        let mut user_name: Option<String> = None;
        let mut user_name_2: Option<String> = None;
        let mut gr_uf6_udf_e: Option<i64> = None;
        let mut value_: Option<String> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "type" => map.fill(&mut r#type, &key)?,
                "self" => map.fill(&mut self_, &key)?,
                "ref" => map.fill(&mut r#ref, &key)?,
                "Self" => map.fill(&mut self_2, &key)?,
                "1st" => map.fill(&mut field_1st, &key)?,
                "user-name" => map.fill(&mut user_name, &key)?,
                "user_name" => map.fill(&mut user_name_2, &key)?,
                "größe" => map.fill(&mut gr_uf6_udf_e, &key)?,
                "" => map.fill(&mut value_, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            r#type,
            self_,
            r#ref,
            self_2,
            _1st: field_1st,
            user_name,
            user_name_2,
            gr_uf6_udf_e,
            value: value_,
        })
    }
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

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PhotoUploadMeta {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl<'de> Deserialize<'de> for PhotoUploadMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for PhotoUploadMeta {
    const NAME: &'static str = "PhotoUploadMeta";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut source: Option<String> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "source" => map.fill(&mut source, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self { source })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PhotoUpload {
    pub file: Vec<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caption: Option<PhotoUploadCaption>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<PetKind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<PhotoUploadMeta>,
}

impl<'de> Deserialize<'de> for PhotoUpload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for PhotoUpload {
    const NAME: &'static str = "PhotoUpload";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut file: Option<Vec<u8>> = None;
        let mut caption: Option<PhotoUploadCaption> = None;
        let mut kind: Option<PetKind> = None;
        let mut meta: Option<PhotoUploadMeta> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "file" => map.fill(&mut file, &key)?,
                "caption" => map.fill(&mut caption, &key)?,
                "kind" => map.fill(&mut kind, &key)?,
                "meta" => map.fill(&mut meta, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            file: required(file, "file")?,
            caption,
            kind,
            meta,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PhotoInfo {
    pub bytes: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<PetKind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl<'de> Deserialize<'de> for PhotoInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for PhotoInfo {
    const NAME: &'static str = "PhotoInfo";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut bytes: Option<i64> = None;
        let mut caption: Option<String> = None;
        let mut kind: Option<PetKind> = None;
        let mut source: Option<String> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "bytes" => map.fill(&mut bytes, &key)?,
                "caption" => map.fill(&mut caption, &key)?,
                "kind" => map.fill(&mut kind, &key)?,
                "source" => map.fill(&mut source, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            bytes: required(bytes, "bytes")?,
            caption,
            kind,
            source,
        })
    }
}

/// Constraints: not empty.
pub type TaggingTag = ConstrainedString<rules::TaggingTag>;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tagging {
    pub tag: TaggingTag,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Required, and may be `null`.
    pub color: Option<String>,
}

impl<'de> Deserialize<'de> for Tagging {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for Tagging {
    const NAME: &'static str = "Tagging";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut tag: Option<TaggingTag> = None;
        let mut note: Option<String> = None;
        let mut color: Option<Option<String>> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "tag" => map.fill(&mut tag, &key)?,
                "note" => map.fill(&mut note, &key)?,
                "color" => map.fill(&mut color, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            tag: required(tag, "tag")?,
            note,
            color: required(color, "color")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tagged {
    pub tagging: Tagging,
    pub content_type: String,
    /// Who sent a valid token; absent for anonymous calls.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<String>,
}

impl<'de> Deserialize<'de> for Tagged {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for Tagged {
    const NAME: &'static str = "Tagged";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut tagging: Option<Tagging> = None;
        let mut content_type: Option<String> = None;
        let mut caller: Option<String> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "tagging" => map.fill(&mut tagging, &key)?,
                "content_type" => map.fill(&mut content_type, &key)?,
                "caller" => map.fill(&mut caller, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            tagging: required(tagging, "tagging")?,
            content_type: required(content_type, "content_type")?,
            caller,
        })
    }
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

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListEventsOkBody {
    pub items: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

impl<'de> Deserialize<'de> for ListEventsOkBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for ListEventsOkBody {
    const NAME: &'static str = "ListEventsOkBody";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut items: Option<Vec<String>> = None;
        let mut next_cursor: Option<String> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "items" => map.fill(&mut items, &key)?,
                "next_cursor" => map.fill(&mut next_cursor, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            items: required(items, "items")?,
            next_cursor,
        })
    }
}

/// Constraints: matches `^[\w.@+-]+$`.
pub type LogInBodyUsername = ConstrainedString<rules::LogInBodyUsername>;

/// Constraints: at least 8 characters.
pub type LogInBodyPassword = ConstrainedString<rules::LogInBodyPassword>;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LogInBody {
    pub username: LogInBodyUsername,
    pub password: LogInBodyPassword,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remember: Option<bool>,
}

impl<'de> Deserialize<'de> for LogInBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for LogInBody {
    const NAME: &'static str = "LogInBody";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut username: Option<LogInBodyUsername> = None;
        let mut password: Option<LogInBodyPassword> = None;
        let mut remember: Option<bool> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "username" => map.fill(&mut username, &key)?,
                "password" => map.fill(&mut password, &key)?,
                "remember" => map.fill(&mut remember, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            username: required(username, "username")?,
            password: required(password, "password")?,
            remember,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct LogInOkBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}

impl<'de> Deserialize<'de> for LogInOkBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for LogInOkBody {
    const NAME: &'static str = "LogInOkBody";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut token: Option<String> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "token" => map.fill(&mut token, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self { token })
    }
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
