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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceStage {
    /// Stage uuid
    ///
    /// Read-only: set by the server.
    #[serde(deserialize_with = "deserialize_uuid")]
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
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub flow_set: Option<Vec<FlowSet>>,
    #[serde(deserialize_with = "deserialize_uuid")]
    pub source: uuid::Uuid,
    /// Amount of time a user can take to return from the source to continue the flow (Format: hours=-1;minutes=-2;seconds=-3)
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub resume_timeout: Option<String>,
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceStageRequest {
    pub name: SourceStageRequestName,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub flow_set: Option<Vec<FlowSetRequest>>,
    #[serde(deserialize_with = "deserialize_uuid")]
    pub source: uuid::Uuid,
    /// Amount of time a user can take to return from the source to continue the flow (Format: hours=-1;minutes=-2;seconds=-3)
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub resume_timeout: Option<SourceStageRequestResumeTimeout>,
}

/// The same type as [`SourceStageRequestName`], which has the same rules.
pub type PatchedSourceStageRequestName = SourceStageRequestName;

/// Amount of time a user can take to return from the source to continue the flow (Format: hours=-1;minutes=-2;seconds=-3)
///
/// The same type as [`SourceStageRequestResumeTimeout`], which has the same rules.
pub type PatchedSourceStageRequestResumeTimeout = SourceStageRequestResumeTimeout;

/// SourceStage Serializer
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PatchedSourceStageRequest {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub name: Option<PatchedSourceStageRequestName>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub flow_set: Option<Vec<FlowSetRequest>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some_uuid"
    )]
    pub source: Option<uuid::Uuid>,
    /// Amount of time a user can take to return from the source to continue the flow (Format: hours=-1;minutes=-2;seconds=-3)
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub resume_timeout: Option<PatchedSourceStageRequestResumeTimeout>,
}

/// Visible in the URL.
///
/// Constraints: at most 50 characters; matches `^[-a-zA-Z0-9_]+$`.
pub type FlowSetSlug = ConstrainedString<rules::FlowSetSlug>;

/// Stripped down flow serializer
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlowSet {
    /// Flow uuid
    ///
    /// Read-only: set by the server.
    #[serde(deserialize_with = "deserialize_uuid")]
    pub pk: uuid::Uuid,
    /// Read-only: set by the server.
    #[serde(deserialize_with = "deserialize_uuid")]
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
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// Enable compatibility mode, increases compatibility with password managers on mobile devices.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub compatibility_mode: Option<bool>,
    /// Get export URL for flow
    ///
    /// Read-only: set by the server.
    pub export_url: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub layout: Option<FlowLayoutEnum>,
    /// Configure what should happen when a flow denies access to a user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub denied_action: Option<DeniedActionEnum>,
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlowSetRequest {
    pub name: FlowSetRequestName,
    /// Visible in the URL.
    pub slug: FlowSetRequestSlug,
    /// Shown as the Title in Flow pages.
    pub title: FlowSetRequestTitle,
    /// Decides what this Flow is used for. For example, the Authentication flow is redirect to when an un-authenticated user visits authentik.
    pub designation: FlowDesignationEnum,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// Enable compatibility mode, increases compatibility with password managers on mobile devices.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub compatibility_mode: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub layout: Option<FlowLayoutEnum>,
    /// Configure what should happen when a flow denies access to a user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub denied_action: Option<DeniedActionEnum>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PaginatedSourceStageList {
    pub pagination: Pagination,
    pub results: Vec<SourceStage>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pagination {
    pub next: f64,
    pub previous: f64,
    pub count: f64,
    pub current: f64,
    pub total_pages: f64,
    pub start_index: f64,
    pub end_index: f64,
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UsedBy {
    pub app: String,
    pub model_name: String,
    pub pk: String,
    pub name: String,
    pub action: UsedByActionEnum,
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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ValidationError {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub non_field_errors: Option<Vec<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub code: Option<String>,
    /// Properties not listed in the schema.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}

/// Generic API Error
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GenericError {
    pub detail: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_some"
    )]
    pub code: Option<String>,
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
