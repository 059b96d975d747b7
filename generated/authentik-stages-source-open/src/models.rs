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

std::thread_local! {
    static UNCHECKED : std::cell::Cell < bool > = const { std::cell::Cell::new(false) };
}

/// Runs `decode` with the constraint checks of constrained values off on this thread: the client
/// decodes responses this way, so a server that loosened a rule still gets answers through. Types
/// and required fields are checked as ever. `decode` must not yield (it is a plain closure).
pub(crate) fn decode_unchecked<T>(decode: impl FnOnce() -> T) -> T {
    struct Reset(bool);
    impl Drop for Reset {
        fn drop(&mut self) {
            UNCHECKED.with(|flag| flag.set(self.0));
        }
    }
    let _reset = Reset(UNCHECKED.with(|flag| flag.replace(true)));
    decode()
}

/// Whether constraint checks are off on this thread (see [`decode_unchecked`]).
pub(crate) fn constraints_unchecked() -> bool {
    UNCHECKED.with(std::cell::Cell::get)
}

thread_local! {
    static REFUSE_UNKNOWN_ENUM_VALUES : std::cell::Cell < bool > = const {
    std::cell::Cell::new(false) };
}

/// Runs `parse` with values outside an enum refused instead of kept as `Unknown`: a server
/// parses requests this way, since a client may only send what the spec lists.
pub fn refusing_unknown_enum_values<T>(parse: impl FnOnce() -> T) -> T {
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            REFUSE_UNKNOWN_ENUM_VALUES.with(|flag| flag.set(self.0));
        }
    }
    let _restore = Restore(REFUSE_UNKNOWN_ENUM_VALUES.with(|flag| flag.replace(true)));
    parse()
}

fn accepts_unknown_enum_values() -> bool {
    !REFUSE_UNKNOWN_ENUM_VALUES.with(|flag| flag.get())
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
        if constraints_unchecked() {
            return Ok(Self(value, std::marker::PhantomData));
        }
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

/// SourceStage Serializer
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceStage {
    /// Stage uuid
    ///
    /// Read-only: set by the server.
    pub pk: uuid::Uuid,
    pub name: String,
    /// Get object type so that we know how to edit the object
    ///
    /// Read-only: set by the server.
    pub component: String,
    /// Return object's verbose_name
    ///
    /// Read-only: set by the server.
    pub verbose_name: String,
    /// Return object's plural verbose_name
    ///
    /// Read-only: set by the server.
    pub verbose_name_plural: String,
    /// Return internal model name
    ///
    /// Read-only: set by the server.
    pub meta_model_name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSet>>,
    pub source: uuid::Uuid,
    /// Amount of time a user can take to return from the source to continue the flow (Format: hours=-1;minutes=-2;seconds=-3)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resume_timeout: Option<String>,
}

impl<'de> Deserialize<'de> for SourceStage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for SourceStage {
    const NAME: &'static str = "SourceStage";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut pk: Option<uuid::Uuid> = None;
        let mut name: Option<String> = None;
        let mut component: Option<String> = None;
        let mut verbose_name: Option<String> = None;
        let mut verbose_name_plural: Option<String> = None;
        let mut meta_model_name: Option<String> = None;
        let mut flow_set: Option<Vec<FlowSet>> = None;
        let mut source: Option<uuid::Uuid> = None;
        let mut resume_timeout: Option<String> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "pk" => map.fill_with(&mut pk, &key, HyphenatedUuid)?,
                "name" => map.fill(&mut name, &key)?,
                "component" => map.fill(&mut component, &key)?,
                "verbose_name" => map.fill(&mut verbose_name, &key)?,
                "verbose_name_plural" => map.fill(&mut verbose_name_plural, &key)?,
                "meta_model_name" => map.fill(&mut meta_model_name, &key)?,
                "flow_set" => map.fill(&mut flow_set, &key)?,
                "source" => map.fill_with(&mut source, &key, HyphenatedUuid)?,
                "resume_timeout" => map.fill(&mut resume_timeout, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            pk: required(pk, "pk")?,
            name: required(name, "name")?,
            component: required(component, "component")?,
            verbose_name: required(verbose_name, "verbose_name")?,
            verbose_name_plural: required(verbose_name_plural, "verbose_name_plural")?,
            meta_model_name: required(meta_model_name, "meta_model_name")?,
            flow_set,
            source: required(source, "source")?,
            resume_timeout,
        })
    }
}

/// Constraints: not empty.
pub type SourceStageRequestName = ConstrainedString<rules::SourceStageRequestName>;

/// Amount of time a user can take to return from the source to continue the flow (Format: hours=-1;minutes=-2;seconds=-3)
///
/// Constraints: not empty.
pub type SourceStageRequestResumeTimeout = ConstrainedString<
    rules::SourceStageRequestResumeTimeout,
>;

/// SourceStage Serializer
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceStageRequest {
    pub name: SourceStageRequestName,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSetRequest>>,
    pub source: uuid::Uuid,
    /// Amount of time a user can take to return from the source to continue the flow (Format: hours=-1;minutes=-2;seconds=-3)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resume_timeout: Option<SourceStageRequestResumeTimeout>,
}

impl<'de> Deserialize<'de> for SourceStageRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for SourceStageRequest {
    const NAME: &'static str = "SourceStageRequest";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut name: Option<SourceStageRequestName> = None;
        let mut flow_set: Option<Vec<FlowSetRequest>> = None;
        let mut source: Option<uuid::Uuid> = None;
        let mut resume_timeout: Option<SourceStageRequestResumeTimeout> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "name" => map.fill(&mut name, &key)?,
                "flow_set" => map.fill(&mut flow_set, &key)?,
                "source" => map.fill_with(&mut source, &key, HyphenatedUuid)?,
                "resume_timeout" => map.fill(&mut resume_timeout, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            name: required(name, "name")?,
            flow_set,
            source: required(source, "source")?,
            resume_timeout,
        })
    }
}

/// The same type as [`SourceStageRequestName`], which has the same rules.
pub type PatchedSourceStageRequestName = SourceStageRequestName;

/// Amount of time a user can take to return from the source to continue the flow (Format: hours=-1;minutes=-2;seconds=-3)
///
/// The same type as [`SourceStageRequestResumeTimeout`], which has the same rules.
pub type PatchedSourceStageRequestResumeTimeout = SourceStageRequestResumeTimeout;

/// SourceStage Serializer
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PatchedSourceStageRequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<PatchedSourceStageRequestName>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSetRequest>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<uuid::Uuid>,
    /// Amount of time a user can take to return from the source to continue the flow (Format: hours=-1;minutes=-2;seconds=-3)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resume_timeout: Option<PatchedSourceStageRequestResumeTimeout>,
}

impl<'de> Deserialize<'de> for PatchedSourceStageRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for PatchedSourceStageRequest {
    const NAME: &'static str = "PatchedSourceStageRequest";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut name: Option<PatchedSourceStageRequestName> = None;
        let mut flow_set: Option<Vec<FlowSetRequest>> = None;
        let mut source: Option<uuid::Uuid> = None;
        let mut resume_timeout: Option<PatchedSourceStageRequestResumeTimeout> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "name" => map.fill(&mut name, &key)?,
                "flow_set" => map.fill(&mut flow_set, &key)?,
                "source" => map.fill_with(&mut source, &key, HyphenatedUuid)?,
                "resume_timeout" => map.fill(&mut resume_timeout, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            name,
            flow_set,
            source,
            resume_timeout,
        })
    }
}

/// Visible in the URL.
///
/// Constraints: at most 50 characters; matches `^[-a-zA-Z0-9_]+$`.
pub type FlowSetSlug = ConstrainedString<rules::FlowSetSlug>;

/// Stripped down flow serializer
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FlowSet {
    /// Flow uuid
    ///
    /// Read-only: set by the server.
    pub pk: uuid::Uuid,
    /// Read-only: set by the server.
    pub policybindingmodel_ptr_id: uuid::Uuid,
    pub name: String,
    /// Visible in the URL.
    pub slug: FlowSetSlug,
    /// Shown as the Title in Flow pages.
    pub title: String,
    /// Decides what this Flow is used for. For example, the Authentication flow is redirect to when an un-authenticated user visits authentik.
    pub designation: FlowDesignationEnum,
    /// Get the URL to the background image. If the name is /static or starts with http
    /// it is returned as-is
    ///
    /// Read-only: set by the server.
    pub background: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// Enable compatibility mode, increases compatibility with password managers on mobile devices.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compatibility_mode: Option<bool>,
    /// Get export URL for flow
    ///
    /// Read-only: set by the server.
    pub export_url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub layout: Option<FlowLayoutEnum>,
    /// Configure what should happen when a flow denies access to a user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub denied_action: Option<DeniedActionEnum>,
}

impl<'de> Deserialize<'de> for FlowSet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for FlowSet {
    const NAME: &'static str = "FlowSet";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut pk: Option<uuid::Uuid> = None;
        let mut policybindingmodel_ptr_id: Option<uuid::Uuid> = None;
        let mut name: Option<String> = None;
        let mut slug: Option<FlowSetSlug> = None;
        let mut title: Option<String> = None;
        let mut designation: Option<FlowDesignationEnum> = None;
        let mut background: Option<String> = None;
        let mut policy_engine_mode: Option<PolicyEngineMode> = None;
        let mut compatibility_mode: Option<bool> = None;
        let mut export_url: Option<String> = None;
        let mut layout: Option<FlowLayoutEnum> = None;
        let mut denied_action: Option<DeniedActionEnum> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "pk" => map.fill_with(&mut pk, &key, HyphenatedUuid)?,
                "policybindingmodel_ptr_id" => {
                    map.fill_with(&mut policybindingmodel_ptr_id, &key, HyphenatedUuid)?
                }
                "name" => map.fill(&mut name, &key)?,
                "slug" => map.fill(&mut slug, &key)?,
                "title" => map.fill(&mut title, &key)?,
                "designation" => map.fill(&mut designation, &key)?,
                "background" => map.fill(&mut background, &key)?,
                "policy_engine_mode" => map.fill(&mut policy_engine_mode, &key)?,
                "compatibility_mode" => map.fill(&mut compatibility_mode, &key)?,
                "export_url" => map.fill(&mut export_url, &key)?,
                "layout" => map.fill(&mut layout, &key)?,
                "denied_action" => map.fill(&mut denied_action, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            pk: required(pk, "pk")?,
            policybindingmodel_ptr_id: required(
                policybindingmodel_ptr_id,
                "policybindingmodel_ptr_id",
            )?,
            name: required(name, "name")?,
            slug: required(slug, "slug")?,
            title: required(title, "title")?,
            designation: required(designation, "designation")?,
            background: required(background, "background")?,
            policy_engine_mode,
            compatibility_mode,
            export_url: required(export_url, "export_url")?,
            layout,
            denied_action,
        })
    }
}

/// The same type as [`SourceStageRequestName`], which has the same rules.
pub type FlowSetRequestName = SourceStageRequestName;

/// Visible in the URL.
///
/// Constraints: not empty; at most 50 characters; matches `^[-a-zA-Z0-9_]+$`.
pub type FlowSetRequestSlug = ConstrainedString<rules::FlowSetRequestSlug>;

/// Shown as the Title in Flow pages.
///
/// Constraints: not empty.
pub type FlowSetRequestTitle = ConstrainedString<rules::FlowSetRequestTitle>;

/// Stripped down flow serializer
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FlowSetRequest {
    pub name: FlowSetRequestName,
    /// Visible in the URL.
    pub slug: FlowSetRequestSlug,
    /// Shown as the Title in Flow pages.
    pub title: FlowSetRequestTitle,
    /// Decides what this Flow is used for. For example, the Authentication flow is redirect to when an un-authenticated user visits authentik.
    pub designation: FlowDesignationEnum,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// Enable compatibility mode, increases compatibility with password managers on mobile devices.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compatibility_mode: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub layout: Option<FlowLayoutEnum>,
    /// Configure what should happen when a flow denies access to a user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub denied_action: Option<DeniedActionEnum>,
}

impl<'de> Deserialize<'de> for FlowSetRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for FlowSetRequest {
    const NAME: &'static str = "FlowSetRequest";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut name: Option<FlowSetRequestName> = None;
        let mut slug: Option<FlowSetRequestSlug> = None;
        let mut title: Option<FlowSetRequestTitle> = None;
        let mut designation: Option<FlowDesignationEnum> = None;
        let mut policy_engine_mode: Option<PolicyEngineMode> = None;
        let mut compatibility_mode: Option<bool> = None;
        let mut layout: Option<FlowLayoutEnum> = None;
        let mut denied_action: Option<DeniedActionEnum> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "name" => map.fill(&mut name, &key)?,
                "slug" => map.fill(&mut slug, &key)?,
                "title" => map.fill(&mut title, &key)?,
                "designation" => map.fill(&mut designation, &key)?,
                "policy_engine_mode" => map.fill(&mut policy_engine_mode, &key)?,
                "compatibility_mode" => map.fill(&mut compatibility_mode, &key)?,
                "layout" => map.fill(&mut layout, &key)?,
                "denied_action" => map.fill(&mut denied_action, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            name: required(name, "name")?,
            slug: required(slug, "slug")?,
            title: required(title, "title")?,
            designation: required(designation, "designation")?,
            policy_engine_mode,
            compatibility_mode,
            layout,
            denied_action,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PaginatedSourceStageList {
    pub pagination: Pagination,
    pub results: Vec<SourceStage>,
}

impl<'de> Deserialize<'de> for PaginatedSourceStageList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for PaginatedSourceStageList {
    const NAME: &'static str = "PaginatedSourceStageList";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut pagination: Option<Pagination> = None;
        let mut results: Option<Vec<SourceStage>> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "pagination" => map.fill(&mut pagination, &key)?,
                "results" => map.fill(&mut results, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            pagination: required(pagination, "pagination")?,
            results: required(results, "results")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pagination {
    pub next: f64,
    pub previous: f64,
    pub count: f64,
    pub current: f64,
    pub total_pages: f64,
    pub start_index: f64,
    pub end_index: f64,
}

impl<'de> Deserialize<'de> for Pagination {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for Pagination {
    const NAME: &'static str = "Pagination";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut next: Option<f64> = None;
        let mut previous: Option<f64> = None;
        let mut count: Option<f64> = None;
        let mut current: Option<f64> = None;
        let mut total_pages: Option<f64> = None;
        let mut start_index: Option<f64> = None;
        let mut end_index: Option<f64> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "next" => map.fill(&mut next, &key)?,
                "previous" => map.fill(&mut previous, &key)?,
                "count" => map.fill(&mut count, &key)?,
                "current" => map.fill(&mut current, &key)?,
                "total_pages" => map.fill(&mut total_pages, &key)?,
                "start_index" => map.fill(&mut start_index, &key)?,
                "end_index" => map.fill(&mut end_index, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            next: required(next, "next")?,
            previous: required(previous, "previous")?,
            count: required(count, "count")?,
            current: required(current, "current")?,
            total_pages: required(total_pages, "total_pages")?,
            start_index: required(start_index, "start_index")?,
            end_index: required(end_index, "end_index")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FlowDesignationEnum {
    /// `authentication`
    Authentication,
    /// `authorization`
    Authorization,
    /// `invalidation`
    Invalidation,
    /// `enrollment`
    Enrollment,
    /// `unenrollment`
    Unenrollment,
    /// `recovery`
    Recovery,
    /// `stage_configuration`
    StageConfiguration,
    /// A value this version of the spec does not list, kept as sent.
    Unknown(String),
}

impl FlowDesignationEnum {
    /// Every value the spec lists, in its order.
    pub const ALL: [Self; 7usize] = [
        Self::Authentication,
        Self::Authorization,
        Self::Invalidation,
        Self::Enrollment,
        Self::Unenrollment,
        Self::Recovery,
        Self::StageConfiguration,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Authentication => "authentication",
            Self::Authorization => "authorization",
            Self::Invalidation => "invalidation",
            Self::Enrollment => "enrollment",
            Self::Unenrollment => "unenrollment",
            Self::Recovery => "recovery",
            Self::StageConfiguration => "stage_configuration",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for FlowDesignationEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for FlowDesignationEnum {
    type Err = ConstraintError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        match value {
            "authentication" => Ok(Self::Authentication),
            "authorization" => Ok(Self::Authorization),
            "invalidation" => Ok(Self::Invalidation),
            "enrollment" => Ok(Self::Enrollment),
            "unenrollment" => Ok(Self::Unenrollment),
            "recovery" => Ok(Self::Recovery),
            "stage_configuration" => Ok(Self::StageConfiguration),
            other if accepts_unknown_enum_values() => Ok(Self::Unknown(other.to_owned())),
            other => {
                Err(
                    ConstraintError::new(
                        "FlowDesignationEnum",
                        "enum",
                        format!(
                            "`{other}` is not one of the allowed values: {}",
                            "authentication, authorization, invalidation, enrollment, unenrollment, recovery, stage_configuration"
                        ),
                    ),
                )
            }
        }
    }
}

impl Serialize for FlowDesignationEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for FlowDesignationEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_from_str(deserializer)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PolicyEngineMode {
    /// `all`
    All,
    /// `any`
    Any,
    /// A value this version of the spec does not list, kept as sent.
    Unknown(String),
}

impl PolicyEngineMode {
    /// Every value the spec lists, in its order.
    pub const ALL: [Self; 2usize] = [Self::All, Self::Any];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "all",
            Self::Any => "any",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for PolicyEngineMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for PolicyEngineMode {
    type Err = ConstraintError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        match value {
            "all" => Ok(Self::All),
            "any" => Ok(Self::Any),
            other if accepts_unknown_enum_values() => Ok(Self::Unknown(other.to_owned())),
            other => {
                Err(
                    ConstraintError::new(
                        "PolicyEngineMode",
                        "enum",
                        format!(
                            "`{other}` is not one of the allowed values: {}", "all, any"
                        ),
                    ),
                )
            }
        }
    }
}

impl Serialize for PolicyEngineMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for PolicyEngineMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_from_str(deserializer)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FlowLayoutEnum {
    /// `stacked`
    Stacked,
    /// `content_left`
    ContentLeft,
    /// `content_right`
    ContentRight,
    /// `sidebar_left`
    SidebarLeft,
    /// `sidebar_right`
    SidebarRight,
    /// A value this version of the spec does not list, kept as sent.
    Unknown(String),
}

impl FlowLayoutEnum {
    /// Every value the spec lists, in its order.
    pub const ALL: [Self; 5usize] = [
        Self::Stacked,
        Self::ContentLeft,
        Self::ContentRight,
        Self::SidebarLeft,
        Self::SidebarRight,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Stacked => "stacked",
            Self::ContentLeft => "content_left",
            Self::ContentRight => "content_right",
            Self::SidebarLeft => "sidebar_left",
            Self::SidebarRight => "sidebar_right",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for FlowLayoutEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for FlowLayoutEnum {
    type Err = ConstraintError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        match value {
            "stacked" => Ok(Self::Stacked),
            "content_left" => Ok(Self::ContentLeft),
            "content_right" => Ok(Self::ContentRight),
            "sidebar_left" => Ok(Self::SidebarLeft),
            "sidebar_right" => Ok(Self::SidebarRight),
            other if accepts_unknown_enum_values() => Ok(Self::Unknown(other.to_owned())),
            other => {
                Err(
                    ConstraintError::new(
                        "FlowLayoutEnum",
                        "enum",
                        format!(
                            "`{other}` is not one of the allowed values: {}",
                            "stacked, content_left, content_right, sidebar_left, sidebar_right"
                        ),
                    ),
                )
            }
        }
    }
}

impl Serialize for FlowLayoutEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for FlowLayoutEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_from_str(deserializer)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeniedActionEnum {
    /// `message_continue`
    MessageContinue,
    /// `message`
    Message,
    /// `continue`
    Continue,
    /// A value this version of the spec does not list, kept as sent.
    Unknown(String),
}

impl DeniedActionEnum {
    /// Every value the spec lists, in its order.
    pub const ALL: [Self; 3usize] = [
        Self::MessageContinue,
        Self::Message,
        Self::Continue,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MessageContinue => "message_continue",
            Self::Message => "message",
            Self::Continue => "continue",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for DeniedActionEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for DeniedActionEnum {
    type Err = ConstraintError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        match value {
            "message_continue" => Ok(Self::MessageContinue),
            "message" => Ok(Self::Message),
            "continue" => Ok(Self::Continue),
            other if accepts_unknown_enum_values() => Ok(Self::Unknown(other.to_owned())),
            other => {
                Err(
                    ConstraintError::new(
                        "DeniedActionEnum",
                        "enum",
                        format!(
                            "`{other}` is not one of the allowed values: {}",
                            "message_continue, message, continue"
                        ),
                    ),
                )
            }
        }
    }
}

impl Serialize for DeniedActionEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for DeniedActionEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_from_str(deserializer)
    }
}

/// A list of all objects referencing the queried object
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UsedBy {
    pub app: String,
    pub model_name: String,
    pub pk: String,
    pub name: String,
    pub action: UsedByActionEnum,
}

impl<'de> Deserialize<'de> for UsedBy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for UsedBy {
    const NAME: &'static str = "UsedBy";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut app: Option<String> = None;
        let mut model_name: Option<String> = None;
        let mut pk: Option<String> = None;
        let mut name: Option<String> = None;
        let mut action: Option<UsedByActionEnum> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "app" => map.fill(&mut app, &key)?,
                "model_name" => map.fill(&mut model_name, &key)?,
                "pk" => map.fill(&mut pk, &key)?,
                "name" => map.fill(&mut name, &key)?,
                "action" => map.fill(&mut action, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            app: required(app, "app")?,
            model_name: required(model_name, "model_name")?,
            pk: required(pk, "pk")?,
            name: required(name, "name")?,
            action: required(action, "action")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UsedByActionEnum {
    /// `cascade`
    Cascade,
    /// `cascade_many`
    CascadeMany,
    /// `set_null`
    SetNull,
    /// `set_default`
    SetDefault,
    /// A value this version of the spec does not list, kept as sent.
    Unknown(String),
}

impl UsedByActionEnum {
    /// Every value the spec lists, in its order.
    pub const ALL: [Self; 4usize] = [
        Self::Cascade,
        Self::CascadeMany,
        Self::SetNull,
        Self::SetDefault,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cascade => "cascade",
            Self::CascadeMany => "cascade_many",
            Self::SetNull => "set_null",
            Self::SetDefault => "set_default",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for UsedByActionEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for UsedByActionEnum {
    type Err = ConstraintError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        match value {
            "cascade" => Ok(Self::Cascade),
            "cascade_many" => Ok(Self::CascadeMany),
            "set_null" => Ok(Self::SetNull),
            "set_default" => Ok(Self::SetDefault),
            other if accepts_unknown_enum_values() => Ok(Self::Unknown(other.to_owned())),
            other => {
                Err(
                    ConstraintError::new(
                        "UsedByActionEnum",
                        "enum",
                        format!(
                            "`{other}` is not one of the allowed values: {}",
                            "cascade, cascade_many, set_null, set_default"
                        ),
                    ),
                )
            }
        }
    }
}

impl Serialize for UsedByActionEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UsedByActionEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_from_str(deserializer)
    }
}

/// Validation Error
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ValidationError {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub non_field_errors: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Properties not listed in the schema.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}

impl<'de> Deserialize<'de> for ValidationError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for ValidationError {
    const NAME: &'static str = "ValidationError";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut non_field_errors: Option<Vec<String>> = None;
        let mut code: Option<String> = None;
        let mut additional_properties = std::collections::BTreeMap::new();
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "non_field_errors" => map.fill(&mut non_field_errors, &key)?,
                "code" => map.fill(&mut code, &key)?,
                _ => {
                    additional_properties.insert(key.into_string(), map.next_value()?);
                }
            }
        }
        Ok(Self {
            non_field_errors,
            code,
            additional_properties,
        })
    }
}

/// Generic API Error
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GenericError {
    pub detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

impl<'de> Deserialize<'de> for GenericError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for GenericError {
    const NAME: &'static str = "GenericError";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut detail: Option<String> = None;
        let mut code: Option<String> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "detail" => map.fill(&mut detail, &key)?,
                "code" => map.fill(&mut code, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            detail: required(detail, "detail")?,
            code,
        })
    }
}

/// Query and header parameters of `stages_source_list`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StagesSourceListParams {
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    pub page: Option<i64>,
    /// Number of results to return per page.
    pub page_size: Option<i64>,
    pub resume_timeout: Option<String>,
    /// A search term.
    pub search: Option<String>,
    pub source: Option<uuid::Uuid>,
    pub stage_uuid: Option<uuid::Uuid>,
}

/// The rules of each constrained value, as constants the generic checks read.
pub mod rules {
    use super::StringRules;

    /// The rules of `SourceStageRequest.name, PatchedSourceStageRequest.name and FlowSetRequest.name`.
    #[derive(Debug)]
    pub enum SourceStageRequestName {}
    impl StringRules for SourceStageRequestName {
        const FIELD: &'static str = "SourceStageRequest.name, PatchedSourceStageRequest.name and FlowSetRequest.name";
        const MIN_LENGTH: Option<usize> = Some(1);
    }

    /// The rules of `SourceStageRequest.resume_timeout and PatchedSourceStageRequest.resume_timeout`.
    #[derive(Debug)]
    pub enum SourceStageRequestResumeTimeout {}
    impl StringRules for SourceStageRequestResumeTimeout {
        const FIELD: &'static str = "SourceStageRequest.resume_timeout and PatchedSourceStageRequest.resume_timeout";
        const MIN_LENGTH: Option<usize> = Some(1);
    }

    /// The rules of `FlowSet.slug`.
    #[derive(Debug)]
    pub enum FlowSetSlug {}
    impl StringRules for FlowSetSlug {
        const FIELD: &'static str = "FlowSet.slug";
        const MAX_LENGTH: Option<usize> = Some(50);
        const PATTERN: Option<&'static str> = Some("^[-a-zA-Z0-9_]+$");
        fn matches(value: &str) -> bool {
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            {
                regex::Regex::new("^[-a-zA-Z0-9_]+$")
                    .expect("pattern verified at generation time")
            });
            PATTERN.is_match(value)
        }
    }

    /// The rules of `FlowSetRequest.slug`.
    #[derive(Debug)]
    pub enum FlowSetRequestSlug {}
    impl StringRules for FlowSetRequestSlug {
        const FIELD: &'static str = "FlowSetRequest.slug";
        const MIN_LENGTH: Option<usize> = Some(1);
        const MAX_LENGTH: Option<usize> = Some(50);
        const PATTERN: Option<&'static str> = Some("^[-a-zA-Z0-9_]+$");
        fn matches(value: &str) -> bool {
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(||
            {
                regex::Regex::new("^[-a-zA-Z0-9_]+$")
                    .expect("pattern verified at generation time")
            });
            PATTERN.is_match(value)
        }
    }

    /// The rules of `FlowSetRequest.title`.
    #[derive(Debug)]
    pub enum FlowSetRequestTitle {}
    impl StringRules for FlowSetRequestTitle {
        const FIELD: &'static str = "FlowSetRequest.title";
        const MIN_LENGTH: Option<usize> = Some(1);
    }
}
