// Support code oagen copies into the generated `models` module.
// When some constrained value is a number.

/// The number types constrained values are built on.
pub trait Number: Copy + PartialOrd + std::fmt::Display + std::str::FromStr + Serialize + for<'de> Deserialize<'de> + 'static {
    fn is_multiple_of(self, step: Self) -> bool;
}

macro_rules! integer_number {
    ($($ty:ty),*) => {$(
        impl Number for $ty {
            // No remainder: a zero step (no rule) and `MIN % -1` (overflow) count as multiples.
            fn is_multiple_of(self, step: Self) -> bool {
                self.checked_rem(step).is_none_or(|rest| rest == 0)
            }
        }
    )*};
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
                return fail("exclusiveMinimum", format!("must be greater than {min}, got {value}"));
            }
            if !self.exclusive_minimum && value < min {
                return fail("minimum", format!("must be at least {min}, got {value}"));
            }
        }
        if let Some(max) = self.maximum {
            if self.exclusive_maximum && value >= max {
                return fail("exclusiveMaximum", format!("must be less than {max}, got {value}"));
            }
            if !self.exclusive_maximum && value > max {
                return fail("maximum", format!("must be at most {max}, got {value}"));
            }
        }
        if let Some(step) = self.multiple_of.filter(|step| !value.is_multiple_of(*step)) {
            return fail("multipleOf", format!("must be a multiple of {step}, got {value}"));
        }
        if !self.one_of.is_empty() && !self.one_of.contains(&value) {
            let allowed = self.one_of.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
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
        let parsed = value.trim().parse::<R::Value>().map_err(|_| {
            ConstraintError::new(R::FIELD, "type", format!("`{value}` is not a number of the expected kind"))
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
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = R::Value::deserialize(deserializer)?;
        #[cfg(oagen = "unchecked")]
        if constraints_unchecked() {
            return Ok(Self(value));
        }
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
