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

param_via_from_str!(bool, i32, i64, f32, f64);

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

impl ParamValue for uuid::Uuid {
    fn to_param(&self) -> String {
        self.to_string()
    }

    fn from_param(text: &str) -> Result<Self, String> {
        text.parse().map_err(|err: uuid::Error| err.to_string())
    }
}

/// SourceStage Serializer
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSet>>,
    pub source: uuid::Uuid,
    /// Amount of time a user can take to return from the source to continue the flow (Format: hours=-1;minutes=-2;seconds=-3)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resume_timeout: Option<String>,
}

/// Constraints: not empty.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct SourceStageRequestName(String);

impl SourceStageRequestName {
    /// Checks `value` against the spec's rules.
    pub fn new(value: impl Into<String>) -> Result<Self, ConstraintError> {
        let value = value.into();
        let length = value.chars().count();
        if length < 1 {
            return Err(
                ConstraintError::new(
                    "SourceStageRequest.name",
                    "minLength",
                    format!("must be at least 1 character(s), got {length}"),
                ),
            );
        }
        Ok(Self(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

impl TryFrom<String> for SourceStageRequestName {
    type Error = ConstraintError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl From<SourceStageRequestName> for String {
    fn from(value: SourceStageRequestName) -> Self {
        value.0
    }
}

impl<'de> Deserialize<'de> for SourceStageRequestName {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String>::deserialize(deserializer)?;
        Self::new(value).map_err(serde::de::Error::custom)
    }
}

impl std::ops::Deref for SourceStageRequestName {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for SourceStageRequestName {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl TryFrom<&str> for SourceStageRequestName {
    type Error = ConstraintError;

    fn try_from(value: &str) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl std::str::FromStr for SourceStageRequestName {
    type Err = ConstraintError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::new(value)
    }
}

impl std::fmt::Display for SourceStageRequestName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Amount of time a user can take to return from the source to continue the flow (Format: hours=-1;minutes=-2;seconds=-3)
///
/// Constraints: not empty.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct SourceStageRequestResumeTimeout(String);

impl SourceStageRequestResumeTimeout {
    /// Checks `value` against the spec's rules.
    pub fn new(value: impl Into<String>) -> Result<Self, ConstraintError> {
        let value = value.into();
        let length = value.chars().count();
        if length < 1 {
            return Err(
                ConstraintError::new(
                    "SourceStageRequest.resume_timeout",
                    "minLength",
                    format!("must be at least 1 character(s), got {length}"),
                ),
            );
        }
        Ok(Self(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

impl TryFrom<String> for SourceStageRequestResumeTimeout {
    type Error = ConstraintError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl From<SourceStageRequestResumeTimeout> for String {
    fn from(value: SourceStageRequestResumeTimeout) -> Self {
        value.0
    }
}

impl<'de> Deserialize<'de> for SourceStageRequestResumeTimeout {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String>::deserialize(deserializer)?;
        Self::new(value).map_err(serde::de::Error::custom)
    }
}

impl std::ops::Deref for SourceStageRequestResumeTimeout {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for SourceStageRequestResumeTimeout {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl TryFrom<&str> for SourceStageRequestResumeTimeout {
    type Error = ConstraintError;

    fn try_from(value: &str) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl std::str::FromStr for SourceStageRequestResumeTimeout {
    type Err = ConstraintError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::new(value)
    }
}

impl std::fmt::Display for SourceStageRequestResumeTimeout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// SourceStage Serializer
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceStageRequest {
    pub name: SourceStageRequestName,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSetRequest>>,
    pub source: uuid::Uuid,
    /// Amount of time a user can take to return from the source to continue the flow (Format: hours=-1;minutes=-2;seconds=-3)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resume_timeout: Option<SourceStageRequestResumeTimeout>,
}

/// Constraints: not empty.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct PatchedSourceStageRequestName(String);

impl PatchedSourceStageRequestName {
    /// Checks `value` against the spec's rules.
    pub fn new(value: impl Into<String>) -> Result<Self, ConstraintError> {
        let value = value.into();
        let length = value.chars().count();
        if length < 1 {
            return Err(
                ConstraintError::new(
                    "PatchedSourceStageRequest.name",
                    "minLength",
                    format!("must be at least 1 character(s), got {length}"),
                ),
            );
        }
        Ok(Self(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

impl TryFrom<String> for PatchedSourceStageRequestName {
    type Error = ConstraintError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl From<PatchedSourceStageRequestName> for String {
    fn from(value: PatchedSourceStageRequestName) -> Self {
        value.0
    }
}

impl<'de> Deserialize<'de> for PatchedSourceStageRequestName {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String>::deserialize(deserializer)?;
        Self::new(value).map_err(serde::de::Error::custom)
    }
}

impl std::ops::Deref for PatchedSourceStageRequestName {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for PatchedSourceStageRequestName {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl TryFrom<&str> for PatchedSourceStageRequestName {
    type Error = ConstraintError;

    fn try_from(value: &str) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl std::str::FromStr for PatchedSourceStageRequestName {
    type Err = ConstraintError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::new(value)
    }
}

impl std::fmt::Display for PatchedSourceStageRequestName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Amount of time a user can take to return from the source to continue the flow (Format: hours=-1;minutes=-2;seconds=-3)
///
/// Constraints: not empty.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct PatchedSourceStageRequestResumeTimeout(String);

impl PatchedSourceStageRequestResumeTimeout {
    /// Checks `value` against the spec's rules.
    pub fn new(value: impl Into<String>) -> Result<Self, ConstraintError> {
        let value = value.into();
        let length = value.chars().count();
        if length < 1 {
            return Err(
                ConstraintError::new(
                    "PatchedSourceStageRequest.resume_timeout",
                    "minLength",
                    format!("must be at least 1 character(s), got {length}"),
                ),
            );
        }
        Ok(Self(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

impl TryFrom<String> for PatchedSourceStageRequestResumeTimeout {
    type Error = ConstraintError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl From<PatchedSourceStageRequestResumeTimeout> for String {
    fn from(value: PatchedSourceStageRequestResumeTimeout) -> Self {
        value.0
    }
}

impl<'de> Deserialize<'de> for PatchedSourceStageRequestResumeTimeout {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String>::deserialize(deserializer)?;
        Self::new(value).map_err(serde::de::Error::custom)
    }
}

impl std::ops::Deref for PatchedSourceStageRequestResumeTimeout {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for PatchedSourceStageRequestResumeTimeout {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl TryFrom<&str> for PatchedSourceStageRequestResumeTimeout {
    type Error = ConstraintError;

    fn try_from(value: &str) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl std::str::FromStr for PatchedSourceStageRequestResumeTimeout {
    type Err = ConstraintError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::new(value)
    }
}

impl std::fmt::Display for PatchedSourceStageRequestResumeTimeout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// SourceStage Serializer
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PatchedSourceStageRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<PatchedSourceStageRequestName>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSetRequest>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<uuid::Uuid>,
    /// Amount of time a user can take to return from the source to continue the flow (Format: hours=-1;minutes=-2;seconds=-3)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resume_timeout: Option<PatchedSourceStageRequestResumeTimeout>,
}

/// Visible in the URL.
///
/// Constraints: at most 50 characters; matches `^[-a-zA-Z0-9_]+$`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct FlowSetSlug(String);

impl FlowSetSlug {
    /// Checks `value` against the spec's rules.
    pub fn new(value: impl Into<String>) -> Result<Self, ConstraintError> {
        let value = value.into();
        let length = value.chars().count();
        if length > 50 {
            return Err(
                ConstraintError::new(
                    "FlowSet.slug",
                    "maxLength",
                    format!("must be at most 50 character(s), got {length}"),
                ),
            );
        }
        static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
            regex::Regex::new("^[-a-zA-Z0-9_]+$")
                .expect("pattern verified at generation time")
        });
        if !PATTERN.is_match(&value) {
            return Err(
                ConstraintError::new(
                    "FlowSet.slug",
                    "pattern",
                    format!("must match `^[-a-zA-Z0-9_]+$`, got {value:?}"),
                ),
            );
        }
        Ok(Self(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

impl TryFrom<String> for FlowSetSlug {
    type Error = ConstraintError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl From<FlowSetSlug> for String {
    fn from(value: FlowSetSlug) -> Self {
        value.0
    }
}

impl<'de> Deserialize<'de> for FlowSetSlug {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String>::deserialize(deserializer)?;
        Self::new(value).map_err(serde::de::Error::custom)
    }
}

impl std::ops::Deref for FlowSetSlug {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for FlowSetSlug {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl TryFrom<&str> for FlowSetSlug {
    type Error = ConstraintError;

    fn try_from(value: &str) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl std::str::FromStr for FlowSetSlug {
    type Err = ConstraintError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::new(value)
    }
}

impl std::fmt::Display for FlowSetSlug {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Stripped down flow serializer
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// Enable compatibility mode, increases compatibility with password managers on mobile devices.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compatibility_mode: Option<bool>,
    /// Get export URL for flow
    ///
    /// Read-only: set by the server.
    pub export_url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layout: Option<FlowLayoutEnum>,
    /// Configure what should happen when a flow denies access to a user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub denied_action: Option<DeniedActionEnum>,
}

/// Constraints: not empty.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct FlowSetRequestName(String);

impl FlowSetRequestName {
    /// Checks `value` against the spec's rules.
    pub fn new(value: impl Into<String>) -> Result<Self, ConstraintError> {
        let value = value.into();
        let length = value.chars().count();
        if length < 1 {
            return Err(
                ConstraintError::new(
                    "FlowSetRequest.name",
                    "minLength",
                    format!("must be at least 1 character(s), got {length}"),
                ),
            );
        }
        Ok(Self(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

impl TryFrom<String> for FlowSetRequestName {
    type Error = ConstraintError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl From<FlowSetRequestName> for String {
    fn from(value: FlowSetRequestName) -> Self {
        value.0
    }
}

impl<'de> Deserialize<'de> for FlowSetRequestName {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String>::deserialize(deserializer)?;
        Self::new(value).map_err(serde::de::Error::custom)
    }
}

impl std::ops::Deref for FlowSetRequestName {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for FlowSetRequestName {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl TryFrom<&str> for FlowSetRequestName {
    type Error = ConstraintError;

    fn try_from(value: &str) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl std::str::FromStr for FlowSetRequestName {
    type Err = ConstraintError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::new(value)
    }
}

impl std::fmt::Display for FlowSetRequestName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Visible in the URL.
///
/// Constraints: not empty; at most 50 characters; matches `^[-a-zA-Z0-9_]+$`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct FlowSetRequestSlug(String);

impl FlowSetRequestSlug {
    /// Checks `value` against the spec's rules.
    pub fn new(value: impl Into<String>) -> Result<Self, ConstraintError> {
        let value = value.into();
        let length = value.chars().count();
        if length < 1 {
            return Err(
                ConstraintError::new(
                    "FlowSetRequest.slug",
                    "minLength",
                    format!("must be at least 1 character(s), got {length}"),
                ),
            );
        }
        let length = value.chars().count();
        if length > 50 {
            return Err(
                ConstraintError::new(
                    "FlowSetRequest.slug",
                    "maxLength",
                    format!("must be at most 50 character(s), got {length}"),
                ),
            );
        }
        static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
            regex::Regex::new("^[-a-zA-Z0-9_]+$")
                .expect("pattern verified at generation time")
        });
        if !PATTERN.is_match(&value) {
            return Err(
                ConstraintError::new(
                    "FlowSetRequest.slug",
                    "pattern",
                    format!("must match `^[-a-zA-Z0-9_]+$`, got {value:?}"),
                ),
            );
        }
        Ok(Self(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

impl TryFrom<String> for FlowSetRequestSlug {
    type Error = ConstraintError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl From<FlowSetRequestSlug> for String {
    fn from(value: FlowSetRequestSlug) -> Self {
        value.0
    }
}

impl<'de> Deserialize<'de> for FlowSetRequestSlug {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String>::deserialize(deserializer)?;
        Self::new(value).map_err(serde::de::Error::custom)
    }
}

impl std::ops::Deref for FlowSetRequestSlug {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for FlowSetRequestSlug {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl TryFrom<&str> for FlowSetRequestSlug {
    type Error = ConstraintError;

    fn try_from(value: &str) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl std::str::FromStr for FlowSetRequestSlug {
    type Err = ConstraintError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::new(value)
    }
}

impl std::fmt::Display for FlowSetRequestSlug {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Shown as the Title in Flow pages.
///
/// Constraints: not empty.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct FlowSetRequestTitle(String);

impl FlowSetRequestTitle {
    /// Checks `value` against the spec's rules.
    pub fn new(value: impl Into<String>) -> Result<Self, ConstraintError> {
        let value = value.into();
        let length = value.chars().count();
        if length < 1 {
            return Err(
                ConstraintError::new(
                    "FlowSetRequest.title",
                    "minLength",
                    format!("must be at least 1 character(s), got {length}"),
                ),
            );
        }
        Ok(Self(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

impl TryFrom<String> for FlowSetRequestTitle {
    type Error = ConstraintError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl From<FlowSetRequestTitle> for String {
    fn from(value: FlowSetRequestTitle) -> Self {
        value.0
    }
}

impl<'de> Deserialize<'de> for FlowSetRequestTitle {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String>::deserialize(deserializer)?;
        Self::new(value).map_err(serde::de::Error::custom)
    }
}

impl std::ops::Deref for FlowSetRequestTitle {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for FlowSetRequestTitle {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl TryFrom<&str> for FlowSetRequestTitle {
    type Error = ConstraintError;

    fn try_from(value: &str) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl std::str::FromStr for FlowSetRequestTitle {
    type Err = ConstraintError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::new(value)
    }
}

impl std::fmt::Display for FlowSetRequestTitle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// Enable compatibility mode, increases compatibility with password managers on mobile devices.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compatibility_mode: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layout: Option<FlowLayoutEnum>,
    /// Configure what should happen when a flow denies access to a user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Authentication => "authentication",
            Self::Authorization => "authorization",
            Self::Invalidation => "invalidation",
            Self::Enrollment => "enrollment",
            Self::Unenrollment => "unenrollment",
            Self::Recovery => "recovery",
            Self::StageConfiguration => "stage_configuration",
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PolicyEngineMode {
    /// `all`
    All,
    /// `any`
    Any,
}

impl PolicyEngineMode {
    /// Every value the spec lists, in its order.
    pub const ALL: [Self; 2usize] = [Self::All, Self::Any];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::All => "all",
            Self::Any => "any",
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Stacked => "stacked",
            Self::ContentLeft => "content_left",
            Self::ContentRight => "content_right",
            Self::SidebarLeft => "sidebar_left",
            Self::SidebarRight => "sidebar_right",
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeniedActionEnum {
    /// `message_continue`
    MessageContinue,
    /// `message`
    Message,
    /// `continue`
    Continue,
}

impl DeniedActionEnum {
    /// Every value the spec lists, in its order.
    pub const ALL: [Self; 3usize] = [
        Self::MessageContinue,
        Self::Message,
        Self::Continue,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::MessageContinue => "message_continue",
            Self::Message => "message",
            Self::Continue => "continue",
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UsedByActionEnum {
    /// `cascade`
    Cascade,
    /// `cascade_many`
    CascadeMany,
    /// `set_null`
    SetNull,
    /// `set_default`
    SetDefault,
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
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Cascade => "cascade",
            Self::CascadeMany => "cascade_many",
            Self::SetNull => "set_null",
            Self::SetDefault => "set_default",
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub non_field_errors: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Properties not listed in the schema.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}

/// Generic API Error
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GenericError {
    pub detail: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
