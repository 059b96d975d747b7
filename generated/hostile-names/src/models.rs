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
pub enum SelfKind {
    /// ``
    Empty,
    /// `*/`
    Value,
    /// `123`
    N123,
    /// `self`
    Self_,
    /// `Self`
    Self2,
    /// `a b`
    AB,
    /// `💥`
    Value2,
    /// `!!!`
    Value3,
    /// `!!!!`
    Value4,
    /// `None`
    None,
}

impl SelfKind {
    /// Every value the spec lists, in its order.
    pub const ALL: [Self; 10usize] = [
        Self::Empty,
        Self::Value,
        Self::N123,
        Self::Self_,
        Self::Self2,
        Self::AB,
        Self::Value2,
        Self::Value3,
        Self::Value4,
        Self::None,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Empty => "",
            Self::Value => "*/",
            Self::N123 => "123",
            Self::Self_ => "self",
            Self::Self2 => "Self",
            Self::AB => "a b",
            Self::Value2 => "💥",
            Self::Value3 => "!!!",
            Self::Value4 => "!!!!",
            Self::None => "None",
        }
    }
}

impl std::fmt::Display for SelfKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for SelfKind {
    type Err = ConstraintError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        match value {
            "" => Ok(Self::Empty),
            "*/" => Ok(Self::Value),
            "123" => Ok(Self::N123),
            "self" => Ok(Self::Self_),
            "Self" => Ok(Self::Self2),
            "a b" => Ok(Self::AB),
            "💥" => Ok(Self::Value2),
            "!!!" => Ok(Self::Value3),
            "!!!!" => Ok(Self::Value4),
            "None" => Ok(Self::None),
            other => {
                Err(
                    ConstraintError::new(
                        "SelfKind",
                        "enum",
                        format!(
                            "`{other}` is not one of the allowed values: {}",
                            ", */, 123, self, Self, a b, 💥, !!!, !!!!, None"
                        ),
                    ),
                )
            }
        }
    }
}

impl Serialize for SelfKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SelfKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_from_str(deserializer)
    }
}

/// Ends the comment */ then `#[doc(hidden)]` and
/// a bare CR
/// here, ESC \u{1b}[31m red, BEL \u{7}, NUL \u{0}, DEL \u{7f}, C1 \u{85}, bidi \u{202e} reversed \u{2066} isolate
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Self_ {
    /// ```text
    /// assert!(false);
    /// ```
    pub r#type: String,
    /// Wire name: `123`.
    #[serde(rename = "123")]
    pub _123: i64,
    /// Wire name: the empty string.
    #[serde(rename = "")]
    pub value: String,
    /// Wire name: `self`.
    #[serde(rename = "self")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub self_: Option<bool>,
    /// Wire name: `super`.
    #[serde(rename = "super")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub super_: Option<bool>,
    /// Wire name: `crate`.
    #[serde(rename = "crate")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub crate_: Option<bool>,
    /// Wire name: `Self`.
    #[serde(rename = "Self")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub self_2: Option<bool>,
    /// Wire name: `_`.
    #[serde(rename = "_")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value2: Option<bool>,
    /// Wire name: `r#type`.
    #[serde(rename = "r#type")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r_type: Option<String>,
    /// Wire name: `a-b c.d`.
    #[serde(rename = "a-b c.d")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub a_b_c_d: Option<String>,
    /// Wire name: `!!!`.
    #[serde(rename = "!!!")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value3: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<SelfKind>,
}

impl<'de> Deserialize<'de> for Self_ {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for Self_ {
    const NAME: &'static str = "Self_";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut r#type: Option<String> = None;
        let mut field_123: Option<i64> = None;
        let mut value_: Option<String> = None;
        let mut self_: Option<bool> = None;
        let mut super_: Option<bool> = None;
        let mut crate_: Option<bool> = None;
        let mut self_2: Option<bool> = None;
        let mut value2: Option<bool> = None;
        let mut r_type: Option<String> = None;
        let mut a_b_c_d: Option<String> = None;
        let mut value3: Option<String> = None;
        let mut kind: Option<SelfKind> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "type" => map.fill(&mut r#type, &key)?,
                "123" => map.fill(&mut field_123, &key)?,
                "" => map.fill(&mut value_, &key)?,
                "self" => map.fill(&mut self_, &key)?,
                "super" => map.fill(&mut super_, &key)?,
                "crate" => map.fill(&mut crate_, &key)?,
                "Self" => map.fill(&mut self_2, &key)?,
                "_" => map.fill(&mut value2, &key)?,
                "r#type" => map.fill(&mut r_type, &key)?,
                "a-b c.d" => map.fill(&mut a_b_c_d, &key)?,
                "!!!" => map.fill(&mut value3, &key)?,
                "kind" => map.fill(&mut kind, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            r#type: required(r#type, "type")?,
            _123: required(field_123, "123")?,
            value: required(value_, "")?,
            self_,
            super_,
            crate_,
            self_2,
            value2,
            r_type,
            a_b_c_d,
            value3,
            kind,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum N123abc {
    /// `fn`
    Fn,
    /// `impl`
    Impl,
    /// `*/ /*`
    Value,
}

impl N123abc {
    /// Every value the spec lists, in its order.
    pub const ALL: [Self; 3usize] = [Self::Fn, Self::Impl, Self::Value];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Fn => "fn",
            Self::Impl => "impl",
            Self::Value => "*/ /*",
        }
    }
}

impl std::fmt::Display for N123abc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for N123abc {
    type Err = ConstraintError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        match value {
            "fn" => Ok(Self::Fn),
            "impl" => Ok(Self::Impl),
            "*/ /*" => Ok(Self::Value),
            other => {
                Err(
                    ConstraintError::new(
                        "N123abc",
                        "enum",
                        format!(
                            "`{other}` is not one of the allowed values: {}",
                            "fn, impl, */ /*"
                        ),
                    ),
                )
            }
        }
    }
}

impl Serialize for N123abc {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for N123abc {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_from_str(deserializer)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Value2 {
    /// Wire name: `/`.
    #[serde(rename = "/")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Wire name: `~`.
    #[serde(rename = "~")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value2: Option<String>,
}

impl<'de> Deserialize<'de> for Value2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for Value2 {
    const NAME: &'static str = "Value2";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut value_: Option<String> = None;
        let mut value2: Option<String> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "/" => map.fill(&mut value_, &key)?,
                "~" => map.fill(&mut value2, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self { value: value_, value2 })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UdcNUefCUf8DUe9U540dU524d {
    /// Wire name: `名前`.
    #[serde(rename = "名前")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub u540d_u524d: Option<String>,
    /// Wire name: `ünï`.
    #[serde(rename = "ünï")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ufc_n_uef: Option<String>,
}

impl<'de> Deserialize<'de> for UdcNUefCUf8DUe9U540dU524d {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for UdcNUefCUf8DUe9U540dU524d {
    const NAME: &'static str = "UdcNUefCUf8DUe9U540dU524d";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut u540d_u524d: Option<String> = None;
        let mut ufc_n_uef: Option<String> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "名前" => map.fill(&mut u540d_u524d, &key)?,
                "ünï" => map.fill(&mut ufc_n_uef, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self { u540d_u524d, ufc_n_uef })
    }
}

pub type Outside = String;

pub type Value3 = i64;

pub type Value4 = std::collections::BTreeMap<String, serde_json::Value>;

pub type Type = bool;

pub type Mod = String;

pub type Huge = i64;

pub type HugeEnum = i64;

/// Constraints: >= 18446744073709552000; <= 340282366920938500000000000000000000000.
pub type HugeDefaultF = ConstrainedNumber<rules::HugeDefaultF>;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct HugeDefault {
    /// Default: `1.8446744073709552e+19`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub n: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub f: Option<HugeDefaultF>,
}

impl<'de> Deserialize<'de> for HugeDefault {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for HugeDefault {
    const NAME: &'static str = "HugeDefault";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut n: Option<i64> = None;
        let mut f: Option<HugeDefaultF> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "n" => map.fill(&mut n, &key)?,
                "f" => map.fill(&mut f, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self { n, f })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Locals {
    pub map: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Wire name: `map_`.
    #[serde(rename = "map_")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub map2: Option<String>,
    pub required: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_field: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_field_with: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skip_value: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deserializer: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub foo: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field_foo: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub _1: Option<String>,
    /// Properties not listed in the schema.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, String>,
}

impl<'de> Deserialize<'de> for Locals {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for Locals {
    const NAME: &'static str = "Locals";

    fn read<A: serde::de::MapAccess<'de>>(mut map_: A) -> Result<Self, A::Error> {
        let mut map: Option<String> = None;
        let mut key: Option<String> = None;
        let mut map2: Option<String> = None;
        let mut required_: Option<String> = None;
        let mut read_field: Option<String> = None;
        let mut read_field_with: Option<String> = None;
        let mut skip_value_: Option<String> = None;
        let mut value_: Option<String> = None;
        let mut deserializer: Option<String> = None;
        let mut field_foo_: Option<String> = None;
        let mut field_foo: Option<String> = None;
        let mut field_1: Option<String> = None;
        let mut additional_properties = std::collections::BTreeMap::new();
        while let Some(key_) = map_.next_key::<Key>()? {
            match key_.as_str() {
                "map" => map_.fill(&mut map, &key_)?,
                "key" => map_.fill(&mut key, &key_)?,
                "map_" => map_.fill(&mut map2, &key_)?,
                "required" => map_.fill(&mut required_, &key_)?,
                "read_field" => map_.fill(&mut read_field, &key_)?,
                "read_field_with" => map_.fill(&mut read_field_with, &key_)?,
                "skip_value" => map_.fill(&mut skip_value_, &key_)?,
                "value" => map_.fill(&mut value_, &key_)?,
                "deserializer" => map_.fill(&mut deserializer, &key_)?,
                "foo" => map_.fill(&mut field_foo_, &key_)?,
                "field_foo" => map_.fill(&mut field_foo, &key_)?,
                "_1" => map_.fill(&mut field_1, &key_)?,
                _ => {
                    additional_properties.insert(key_.into_string(), map_.next_value()?);
                }
            }
        }
        Ok(Self {
            map: required(map, "map")?,
            key,
            map2,
            required: required(required_, "required")?,
            read_field,
            read_field_with,
            skip_value: skip_value_,
            value: value_,
            deserializer,
            foo: field_foo_,
            field_foo,
            _1: field_1,
            additional_properties,
        })
    }
}

pub type OnlyAdditional = std::collections::BTreeMap<String, i64>;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Key2 {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<uuid::Uuid>,
}

impl<'de> Deserialize<'de> for Key2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for Key2 {
    const NAME: &'static str = "Key2";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut key: Option<uuid::Uuid> = None;
        while let Some(key_) = map.next_key::<Key>()? {
            match key_.as_str() {
                "key" => map.fill_with(&mut key, &key_, HyphenatedUuid)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self { key })
    }
}

pub type Guard2 = String;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Received2 {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub received: Option<String>,
}

impl<'de> Deserialize<'de> for Received2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for Received2 {
    const NAME: &'static str = "Received2";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut received: Option<String> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "received" => map.fill(&mut received, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self { received })
    }
}

pub type ReadObject2 = bool;

/// Query and header parameters of `tmp_escape`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TmpEscapeParams {
    /// Wire name: `self`.
    pub self_: Option<String>,
    /// Wire name: `123`.
    pub _123: Option<i64>,
    /// Wire name: `%%%`.
    pub value2: Option<String>,
    /// Wire name: the empty string.
    pub value: Option<String>,
}

/// The rules of each constrained value, as constants the generic checks read.
pub mod rules {
    use super::NumberRules;

    /// The rules of `HugeDefault.f`.
    #[derive(Debug)]
    pub enum HugeDefaultF {}
    impl NumberRules for HugeDefaultF {
        type Value = f64;
        const FIELD: &'static str = "HugeDefault.f";
        const MINIMUM: Option<f64> = Some(18446744073709552000.0);
        const MAXIMUM: Option<f64> = Some(340282366920938500000000000000000000000.0);
    }
}
