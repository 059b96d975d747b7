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

/// Constraints: > 0.
pub type Number2Value = ConstrainedNumber<rules::Number2Value>;

/// Constraints: not empty.
pub type Number2Label = ConstrainedString<rules::Number2Label>;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Number2 {
    pub value: Number2Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<Number2Label>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rules: Option<NumberRules2>,
}

impl<'de> Deserialize<'de> for Number2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for Number2 {
    const NAME: &'static str = "Number2";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut value_: Option<Number2Value> = None;
        let mut label: Option<Number2Label> = None;
        let mut rules: Option<NumberRules2> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "value" => map.fill(&mut value_, &key)?,
                "label" => map.fill(&mut label, &key)?,
                "rules" => map.fill(&mut rules, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            value: required(value_, "value")?,
            label,
            rules,
        })
    }
}

/// Constraints: a multiple of 2.
pub type NumberRules2Step = ConstrainedNumber<rules::NumberRules2Step>;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct NumberRules2 {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub step: Option<NumberRules2Step>,
}

impl<'de> Deserialize<'de> for NumberRules2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for NumberRules2 {
    const NAME: &'static str = "NumberRules2";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut step: Option<NumberRules2Step> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "step" => map.fill(&mut step, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self { step })
    }
}

/// Constraints: >= 0.
pub type ConstrainedNumber2 = ConstrainedNumber<rules::ConstrainedNumber2>;

/// Constraints: at most 10 characters.
pub type ConstrainedString2Text = ConstrainedString<rules::ConstrainedString2Text>;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ConstrainedString2 {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<ConstrainedString2Text>,
}

impl<'de> Deserialize<'de> for ConstrainedString2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for ConstrainedString2 {
    const NAME: &'static str = "ConstrainedString2";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut text: Option<ConstrainedString2Text> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "text" => map.fill(&mut text, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self { text })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StringRules2 {
    /// `strict`
    Strict,
    /// `lax`
    Lax,
}

impl StringRules2 {
    /// Every value the spec lists, in its order.
    pub const ALL: [Self; 2usize] = [Self::Strict, Self::Lax];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Strict => "strict",
            Self::Lax => "lax",
        }
    }
}

impl std::fmt::Display for StringRules2 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for StringRules2 {
    type Err = ConstraintError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        match value {
            "strict" => Ok(Self::Strict),
            "lax" => Ok(Self::Lax),
            other => {
                Err(
                    ConstraintError::new(
                        "StringRules2",
                        "enum",
                        format!(
                            "`{other}` is not one of the allowed values: {}",
                            "strict, lax"
                        ),
                    ),
                )
            }
        }
    }
}

impl Serialize for StringRules2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for StringRules2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_from_str(deserializer)
    }
}

impl ParamValue for StringRules2 {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }

    fn from_param(text: &str) -> Result<Self, String> {
        text.parse().map_err(|err: ConstraintError| err.to_string())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ParamValue2 {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl<'de> Deserialize<'de> for ParamValue2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for ParamValue2 {
    const NAME: &'static str = "ParamValue2";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut text: Option<String> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "text" => map.fill(&mut text, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self { text })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ConstraintError2 {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl<'de> Deserialize<'de> for ConstraintError2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for ConstraintError2 {
    const NAME: &'static str = "ConstraintError2";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut field: Option<String> = None;
        let mut message: Option<String> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "field" => map.fill(&mut field, &key)?,
                "message" => map.fill(&mut message, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self { field, message })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Error2 {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

impl<'de> Deserialize<'de> for Error2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for Error2 {
    const NAME: &'static str = "Error2";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut detail: Option<String> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "detail" => map.fill(&mut detail, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self { detail })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Rejection2 {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

impl<'de> Deserialize<'de> for Rejection2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for Rejection2 {
    const NAME: &'static str = "Rejection2";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut detail: Option<String> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "detail" => map.fill(&mut detail, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self { detail })
    }
}

pub type Failure2 = String;

/// Constraints: at most 3 items.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(transparent)]
pub struct QueryParams2(Vec<String>);

impl QueryParams2 {
    /// Checks `value` against the spec's rules.
    pub fn new(value: Vec<String>) -> Result<Self, ConstraintError> {
        if value.len() > 3 {
            let count = value.len();
            return Err(
                ConstraintError::new(
                    "QueryParams",
                    "maxItems",
                    format!("must have at most 3 items, got {count}"),
                ),
            );
        }
        Ok(Self(value))
    }

    pub fn into_inner(self) -> Vec<String> {
        self.0
    }
}

impl std::ops::Deref for QueryParams2 {
    type Target = [String];

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl TryFrom<Vec<String>> for QueryParams2 {
    type Error = ConstraintError;

    fn try_from(value: Vec<String>) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl<'de> Deserialize<'de> for QueryParams2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <Vec<String>>::deserialize(deserializer)?;
        Self::new(value).map_err(serde::de::Error::custom)
    }
}

/// Constraints: at most 20 characters; matches `^[a-z]+$`.
pub type PutNumberName = ConstrainedString<rules::PutNumberName>;

/// Constraints: >= 1; <= 100.
pub type PutNumberLimit = ConstrainedNumber<rules::PutNumberLimit>;

/// Query and header parameters of `put_number`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutNumberParams {
    pub limit: Option<PutNumberLimit>,
    pub rule: Option<StringRules2>,
    pub query: Option<String>,
    pub path: Option<String>,
    pub body: Option<String>,
    pub status: Option<String>,
    /// Filter by the user's username.
    ///
    /// Wire name: `user__username`.
    pub user_username: Option<String>,
}

/// The rules of each constrained value, as constants the generic checks read.
pub mod rules {
    use super::{NumberRules, StringRules};

    /// The rules of `Number.value`.
    #[derive(Debug)]
    pub enum Number2Value {}
    impl NumberRules for Number2Value {
        type Value = f64;
        const FIELD: &'static str = "Number.value";
        const MINIMUM: Option<f64> = Some(0.0);
        const EXCLUSIVE_MINIMUM: bool = true;
    }

    /// The rules of `Number.label`.
    #[derive(Debug)]
    pub enum Number2Label {}
    impl StringRules for Number2Label {
        const FIELD: &'static str = "Number.label";
        const MIN_LENGTH: Option<usize> = Some(1);
    }

    /// The rules of `NumberRules.step`.
    #[derive(Debug)]
    pub enum NumberRules2Step {}
    impl NumberRules for NumberRules2Step {
        type Value = i64;
        const FIELD: &'static str = "NumberRules.step";
        const MULTIPLE_OF: Option<i64> = Some(2);
    }

    /// The rules of `ConstrainedNumber`.
    #[derive(Debug)]
    pub enum ConstrainedNumber2 {}
    impl NumberRules for ConstrainedNumber2 {
        type Value = i64;
        const FIELD: &'static str = "ConstrainedNumber";
        const MINIMUM: Option<i64> = Some(0);
    }

    /// The rules of `ConstrainedString.text`.
    #[derive(Debug)]
    pub enum ConstrainedString2Text {}
    impl StringRules for ConstrainedString2Text {
        const FIELD: &'static str = "ConstrainedString.text";
        const MAX_LENGTH: Option<usize> = Some(10);
    }

    /// The rules of `putNumber.name`.
    #[derive(Debug)]
    pub enum PutNumberName {}
    impl StringRules for PutNumberName {
        const FIELD: &'static str = "putNumber.name";
        const MAX_LENGTH: Option<usize> = Some(20);
        const PATTERN: Option<&'static str> = Some("^[a-z]+$");
        fn matches(value: &str) -> bool {
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            regex::Regex::new("^[a-z]+$").expect("pattern verified at generation time"));
            PATTERN.is_match(value)
        }
    }

    /// The rules of `putNumber.limit`.
    #[derive(Debug)]
    pub enum PutNumberLimit {}
    impl NumberRules for PutNumberLimit {
        type Value = i32;
        const FIELD: &'static str = "putNumber.limit";
        const MINIMUM: Option<i32> = Some(1);
        const MAXIMUM: Option<i32> = Some(100);
    }
}
