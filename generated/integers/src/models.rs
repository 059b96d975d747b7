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

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Echo {
    pub level: u8,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u16>,
    pub channels: Vec<u8>,
    pub shades: Vec<i16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trace: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub budget: Option<u32>,
}

impl<'de> Deserialize<'de> for Echo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for Echo {
    const NAME: &'static str = "Echo";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut level: Option<u8> = None;
        let mut offset: Option<i8> = None;
        let mut page: Option<u16> = None;
        let mut channels: Option<Vec<u8>> = None;
        let mut shades: Option<Vec<i16>> = None;
        let mut trace: Option<u64> = None;
        let mut budget: Option<u32> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "level" => map.fill(&mut level, &key)?,
                "offset" => map.fill(&mut offset, &key)?,
                "page" => map.fill(&mut page, &key)?,
                "channels" => map.fill(&mut channels, &key)?,
                "shades" => map.fill(&mut shades, &key)?,
                "trace" => map.fill(&mut trace, &key)?,
                "budget" => map.fill(&mut budget, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            level: required(level, "level")?,
            offset,
            page,
            channels: required(channels, "channels")?,
            shades: required(shades, "shades")?,
            trace,
            budget,
        })
    }
}

/// Constraints: <= 200.
pub type PixelBlue = ConstrainedNumber<rules::PixelBlue>;

/// Constraints: > 0.
pub type PixelAlpha = ConstrainedNumber<rules::PixelAlpha>;

/// Constraints: >= -100; a multiple of 4.
pub type PixelDepth = ConstrainedNumber<rules::PixelDepth>;

/// Constraints: one of -3, 7.
pub type PixelGamma = ConstrainedNumber<rules::PixelGamma>;

/// Constraints: <= 9000000000000000000.
pub type PixelCounter = ConstrainedNumber<rules::PixelCounter>;

/// Constraints: one of 1, 70000.
pub type PixelWide = ConstrainedNumber<rules::PixelWide>;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pixel {
    pub red: u8,
    pub green: u8,
    pub blue: PixelBlue,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alpha: Option<PixelAlpha>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub depth: Option<PixelDepth>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gamma: Option<PixelGamma>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counter: Option<PixelCounter>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wide: Option<PixelWide>,
}

impl<'de> Deserialize<'de> for Pixel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl<'de> ReadObject<'de> for Pixel {
    const NAME: &'static str = "Pixel";

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut red: Option<u8> = None;
        let mut green: Option<u8> = None;
        let mut blue: Option<PixelBlue> = None;
        let mut alpha: Option<PixelAlpha> = None;
        let mut depth: Option<PixelDepth> = None;
        let mut gamma: Option<PixelGamma> = None;
        let mut counter: Option<PixelCounter> = None;
        let mut wide: Option<PixelWide> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key.as_str() {
                "red" => map.fill(&mut red, &key)?,
                "green" => map.fill(&mut green, &key)?,
                "blue" => map.fill(&mut blue, &key)?,
                "alpha" => map.fill(&mut alpha, &key)?,
                "depth" => map.fill(&mut depth, &key)?,
                "gamma" => map.fill(&mut gamma, &key)?,
                "counter" => map.fill(&mut counter, &key)?,
                "wide" => map.fill(&mut wide, &key)?,
                _ => skip_value(&mut map)?,
            }
        }
        Ok(Self {
            red: required(red, "red")?,
            green: required(green, "green")?,
            blue: required(blue, "blue")?,
            alpha,
            depth,
            gamma,
            counter,
            wide,
        })
    }
}

/// Constraints: >= 1.
pub type GetLevelPage = ConstrainedNumber<rules::GetLevelPage>;

/// Query and header parameters of `get_level`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetLevelParams {
    pub offset: Option<i8>,
    pub page: Option<GetLevelPage>,
    pub channels: Option<Vec<u8>>,
    pub shades: Option<Vec<i16>>,
    /// Wire name: `X-Trace`.
    pub x_trace: Option<u64>,
    /// Wire name: `X-Budget`.
    pub x_budget: Option<u32>,
}

/// The rules of each constrained value, as constants the generic checks read.
pub mod rules {
    use super::NumberRules;

    /// The rules of `Pixel.blue`.
    #[derive(Debug)]
    pub enum PixelBlue {}
    impl NumberRules for PixelBlue {
        type Value = u8;
        const FIELD: &'static str = "Pixel.blue";
        const MAXIMUM: Option<u8> = Some(200);
    }

    /// The rules of `Pixel.alpha`.
    #[derive(Debug)]
    pub enum PixelAlpha {}
    impl NumberRules for PixelAlpha {
        type Value = u8;
        const FIELD: &'static str = "Pixel.alpha";
        const MINIMUM: Option<u8> = Some(0);
        const EXCLUSIVE_MINIMUM: bool = true;
    }

    /// The rules of `Pixel.depth`.
    #[derive(Debug)]
    pub enum PixelDepth {}
    impl NumberRules for PixelDepth {
        type Value = i8;
        const FIELD: &'static str = "Pixel.depth";
        const MINIMUM: Option<i8> = Some(-100);
        const MULTIPLE_OF: Option<i8> = Some(4);
    }

    /// The rules of `Pixel.gamma`.
    #[derive(Debug)]
    pub enum PixelGamma {}
    impl NumberRules for PixelGamma {
        type Value = i16;
        const FIELD: &'static str = "Pixel.gamma";
        const ONE_OF: &'static [i16] = &[-3, 7];
    }

    /// The rules of `Pixel.counter`.
    #[derive(Debug)]
    pub enum PixelCounter {}
    impl NumberRules for PixelCounter {
        type Value = u64;
        const FIELD: &'static str = "Pixel.counter";
        const MAXIMUM: Option<u64> = Some(9000000000000000000);
    }

    /// The rules of `Pixel.wide`.
    #[derive(Debug)]
    pub enum PixelWide {}
    impl NumberRules for PixelWide {
        type Value = i64;
        const FIELD: &'static str = "Pixel.wide";
        const ONE_OF: &'static [i64] = &[1, 70000];
    }

    /// The rules of `getLevel.page`.
    #[derive(Debug)]
    pub enum GetLevelPage {}
    impl NumberRules for GetLevelPage {
        type Value = u16;
        const FIELD: &'static str = "getLevel.page";
        const MINIMUM: Option<u16> = Some(1);
    }
}
