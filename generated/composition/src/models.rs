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
pub struct Stamped {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

impl<'de> Deserialize<'de> for Stamped {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for Stamped {
    const NAME: &'static str = "Stamped";

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
pub struct Record {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    pub id: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl<'de> Deserialize<'de> for Record {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for Record {
    const NAME: &'static str = "Record";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut created: Option<chrono::DateTime<chrono::Utc>> = None;
        let mut id: Option<i64> = None;
        let mut note: Option<String> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "name" => map.fill(&mut name, &key)?,
                "created" => map.fill(&mut created, &key)?,
                "id" => map.fill(&mut id, &key)?,
                "note" => map.fill(&mut note, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            name: required(name, "name")?,
            created,
            id: required(id, "id")?,
            note,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Wrapped {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<u16>,
}

impl<'de> Deserialize<'de> for Wrapped {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for Wrapped {
    const NAME: &'static str = "Wrapped";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut size: Option<u16> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "name" => map.fill(&mut name, &key)?,
                "size" => map.fill(&mut size, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            name: required(name, "name")?,
            size,
        })
    }
}

/// Constraints: at most 10 characters.
pub type ShapeCircleLabel = ConstrainedString<rules::ShapeCircleLabel>;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ShapeCircle {
    pub radius: f64,
    pub kind: String,
    pub label: ShapeCircleLabel,
}

impl<'de> Deserialize<'de> for ShapeCircle {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for ShapeCircle {
    const NAME: &'static str = "ShapeCircle";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut radius: Option<f64> = None;
        let mut kind: Option<String> = None;
        let mut label: Option<ShapeCircleLabel> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "radius" => map.fill(&mut radius, &key)?,
                "kind" => map.fill(&mut kind, &key)?,
                "label" => map.fill(&mut label, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            radius: required(radius, "radius")?,
            kind: required(kind, "kind")?,
            label: required(label, "label")?,
        })
    }
}

/// The same type as [`ShapeCircleLabel`], which has the same rules.
pub type ShapeSquareLabel = ShapeCircleLabel;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ShapeSquare {
    pub side: f64,
    pub kind: String,
    pub label: ShapeSquareLabel,
}

impl<'de> Deserialize<'de> for ShapeSquare {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for ShapeSquare {
    const NAME: &'static str = "ShapeSquare";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut side: Option<f64> = None;
        let mut kind: Option<String> = None;
        let mut label: Option<ShapeSquareLabel> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "side" => map.fill(&mut side, &key)?,
                "kind" => map.fill(&mut kind, &key)?,
                "label" => map.fill(&mut label, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            side: required(side, "side")?,
            kind: required(kind, "kind")?,
            label: required(label, "label")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// Selected by `circle`.
    ShapeCircle(ShapeCircle),
    /// Selected by `square`.
    ShapeSquare(ShapeSquare),
}

impl Shape {
    /// The value of `kind` that selects this variant.
    pub fn discriminator(&self) -> &'static str {
        match self {
            Self::ShapeCircle(_) => "circle",
            Self::ShapeSquare(_) => "square",
        }
    }
}

impl<'de> Deserialize<'de> for Shape {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        let tag = value
            .get("kind")
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("circle") => {
                serde_json::from_value(value)
                    .map(Self::ShapeCircle)
                    .map_err(serde::de::Error::custom)
            }
            Some("square") => {
                serde_json::from_value(value)
                    .map(Self::ShapeSquare)
                    .map_err(serde::de::Error::custom)
            }
            Some(other) => {
                Err(
                    serde::de::Error::custom(
                        format!(
                            "`{other}` is not a known `kind`; expected one of: circle, square"
                        ),
                    ),
                )
            }
            None => {
                Err(
                    serde::de::Error::custom("missing the discriminator property `kind`"),
                )
            }
        }
    }
}

impl Serialize for Shape {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut value = match self {
            Self::ShapeCircle(inner) => serde_json::to_value(inner),
            Self::ShapeSquare(inner) => serde_json::to_value(inner),
        }
            .map_err(serde::ser::Error::custom)?;
        if let serde_json::Value::Object(map) = &mut value {
            map.entry("kind").or_insert_with(|| self.discriminator().into());
        }
        value.serialize(serializer)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Circle {
    pub radius: f64,
}

impl<'de> Deserialize<'de> for Circle {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for Circle {
    const NAME: &'static str = "Circle";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut radius: Option<f64> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "radius" => map.fill(&mut radius, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            radius: required(radius, "radius")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Square {
    pub side: f64,
}

impl<'de> Deserialize<'de> for Square {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for Square {
    const NAME: &'static str = "Square";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut side: Option<f64> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "side" => map.fill(&mut side, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            side: required(side, "side")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContactVariant0 {
    pub email: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    pub owner: String,
}

impl<'de> Deserialize<'de> for ContactVariant0 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for ContactVariant0 {
    const NAME: &'static str = "ContactVariant0";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut email: Option<String> = None;
        let mut created: Option<chrono::DateTime<chrono::Utc>> = None;
        let mut owner: Option<String> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "email" => map.fill(&mut email, &key)?,
                "created" => map.fill(&mut created, &key)?,
                "owner" => map.fill(&mut owner, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            email: required(email, "email")?,
            created,
            owner: required(owner, "owner")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContactVariant1 {
    pub phone: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    pub owner: String,
}

impl<'de> Deserialize<'de> for ContactVariant1 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for ContactVariant1 {
    const NAME: &'static str = "ContactVariant1";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut phone: Option<String> = None;
        let mut created: Option<chrono::DateTime<chrono::Utc>> = None;
        let mut owner: Option<String> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "phone" => map.fill(&mut phone, &key)?,
                "created" => map.fill(&mut created, &key)?,
                "owner" => map.fill(&mut owner, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            phone: required(phone, "phone")?,
            created,
            owner: required(owner, "owner")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Contact {
    ContactVariant0(ContactVariant0),
    ContactVariant1(ContactVariant1),
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Filter {
    /// Matches what the inner filter does not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not: Option<Box<Filter>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub any: Option<Vec<Filter>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl<'de> Deserialize<'de> for Filter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for Filter {
    const NAME: &'static str = "Filter";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut not: Option<Box<Filter>> = None;
        let mut any: Option<Vec<Filter>> = None;
        let mut field: Option<String> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "not" => map.fill(&mut not, &key)?,
                "any" => map.fill(&mut any, &key)?,
                "field" => map.fill(&mut field, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self { not, any, field })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListRecordsOkBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<Record>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wrapped: Option<Wrapped>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shape: Option<Shape>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filter: Option<Filter>,
}

impl<'de> Deserialize<'de> for ListRecordsOkBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for ListRecordsOkBody {
    const NAME: &'static str = "ListRecordsOkBody";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut record: Option<Record> = None;
        let mut wrapped: Option<Wrapped> = None;
        let mut shape: Option<Shape> = None;
        let mut contact: Option<Contact> = None;
        let mut filter: Option<Filter> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "record" => map.fill(&mut record, &key)?,
                "wrapped" => map.fill(&mut wrapped, &key)?,
                "shape" => map.fill(&mut shape, &key)?,
                "contact" => map.fill(&mut contact, &key)?,
                "filter" => map.fill(&mut filter, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            record,
            wrapped,
            shape,
            contact,
            filter,
        })
    }
}

/// The rules of each constrained value, as constants the generic checks read.
pub mod rules {
    use super::StringRules;

    /// The rules of `Shape.label`.
    #[derive(Debug)]
    pub enum ShapeCircleLabel {}
    impl StringRules for ShapeCircleLabel {
        const FIELD: &'static str = "Shape.label";
        const MAX_LENGTH: Option<usize> = Some(10);
    }
}
