//! `models.rs`: one type per schema, the parameter structs of operations, and the shared helpers
//! (`ConstraintError`, `ParamValue`) those types use.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::{Uses, doc, ident, primitive, rust_type};
use crate::Settings;
use crate::ir::{Constrained, Field, Ir, Number, Operation, Param, Primitive, Rule, StringEnum, Struct, TypeDef, TypeKind, Union};

pub fn models(ir: &Ir, _settings: &Settings, uses: &Uses) -> TokenStream {
    let has_enums = ir.types.iter().any(|t| matches!(t.kind, TypeKind::StringEnum(_)));
    let support = support(uses, has_enums);
    let types = ir.types.iter().map(type_def);
    let params = ir.operations.iter().filter(|op| op.has_params_struct()).map(params_struct);
    quote! {
        //! Types for the schemas of the API, and the parameters of its operations.

        use serde::{Deserialize, Serialize};

        #support
        #(#types)*
        #(#params)*
    }
}

fn type_def(def: &TypeDef) -> TokenStream {
    let docs = doc(def.doc.as_deref());
    let name = ident(&def.name);
    match &def.kind {
        TypeKind::Struct(s) => emit_struct(&def.name, docs, s),
        TypeKind::StringEnum(e) => emit_string_enum(&def.name, docs, e),
        TypeKind::Constrained(c) => emit_constrained(&def.name, docs, c),
        TypeKind::Union(u) => emit_union(&def.name, docs, u),
        TypeKind::Alias(ty) => {
            let ty = rust_type(ty);
            quote! {
                #docs
                pub type #name = #ty;
            }
        }
    }
}

fn emit_struct(name: &str, docs: TokenStream, s: &Struct) -> TokenStream {
    let name = ident(name);
    let fields = s.fields.iter().map(struct_field);
    let additional = s.additional.as_ref().map(|ty| {
        let ty = rust_type(ty);
        quote! {
            /// Properties not listed in the schema.
            #[serde(flatten)]
            pub additional_properties: std::collections::BTreeMap<String, #ty>,
        }
    });
    // `Default` only where every field may be absent: a default for a required field would be a lie.
    let default = s.fields.iter().all(|f| !f.required).then(|| quote!(Default,));
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, #default Serialize, Deserialize)]
        pub struct #name {
            #(#fields)*
            #additional
        }

        impl ParamValue for #name {
            fn to_param(&self) -> String {
                serde_json::to_string(self).unwrap_or_default()
            }
            fn from_param(text: &str) -> Result<Self, String> {
                serde_json::from_str(text).map_err(|err| err.to_string())
            }
        }
    }
}

fn struct_field(field: &Field) -> TokenStream {
    let mut notes = Vec::new();
    if field.read_only {
        notes.push("Read-only: set by the server.");
    }
    if field.write_only {
        notes.push("Write-only: never returned by the server.");
    }
    if field.deprecated {
        notes.push("Deprecated.");
    }
    let text = match (&field.doc, notes.is_empty()) {
        (Some(doc), true) => Some(doc.clone()),
        (Some(doc), false) => Some(format!("{doc}\n\n{}", notes.join(" "))),
        (None, false) => Some(notes.join(" ")),
        (None, true) => None,
    };
    let docs = doc(text.as_deref());
    let name = ident(&field.name);
    let rename = (field.name != field.wire_name).then(|| {
        let wire = &field.wire_name;
        quote!(#[serde(rename = #wire)])
    });
    let ty = rust_type(&field.ty);
    if field.is_optional() {
        // Absent fields stay absent on the wire; required nullable ones are sent as `null`.
        let skip = (!field.required).then(|| quote!(#[serde(default, skip_serializing_if = "Option::is_none")]));
        quote! {
            #docs
            #rename
            #skip
            pub #name: Option<#ty>,
        }
    } else {
        quote! {
            #docs
            #rename
            pub #name: #ty,
        }
    }
}

fn emit_string_enum(type_name: &str, docs: TokenStream, e: &StringEnum) -> TokenStream {
    let name = ident(type_name);
    let variants: Vec<_> = e.variants.iter().map(|v| ident(&v.name)).collect();
    let values: Vec<&str> = e.variants.iter().map(|v| v.value.as_str()).collect();
    let variant_docs = values.iter().map(|v| format!(" `{v}`"));
    let count = variants.len();
    let allowed = values.join(", ");
    quote! {
        #docs
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum #name {
            #(#[doc = #variant_docs] #variants,)*
        }

        impl #name {
            /// Every value the spec allows, in its order.
            pub const ALL: [Self; #count] = [#(Self::#variants),*];

            /// The value as it appears on the wire.
            pub fn as_str(&self) -> &'static str {
                match self {
                    #(Self::#variants => #values,)*
                }
            }
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for #name {
            type Err = ConstraintError;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                match value {
                    #(#values => Ok(Self::#variants),)*
                    other => Err(ConstraintError::new(
                        #type_name,
                        "enum",
                        format!("`{other}` is not one of the allowed values: {}", #allowed),
                    )),
                }
            }
        }

        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserialize_from_str(deserializer)
            }
        }

        impl ParamValue for #name {
            fn to_param(&self) -> String {
                self.as_str().to_owned()
            }
            fn from_param(text: &str) -> Result<Self, String> {
                text.parse().map_err(|err: ConstraintError| err.to_string())
            }
        }
    }
}

fn emit_constrained(type_name: &str, docs: TokenStream, c: &Constrained) -> TokenStream {
    let name = ident(type_name);
    let base = primitive(c.base);
    let origin = &c.origin;
    let summary = format!(" Constraints: {}.", c.rules.iter().map(describe_rule).collect::<Vec<_>>().join("; "));
    let checks = c.rules.iter().map(|rule| check_rule(rule, origin, c.base));
    let is_string = c.base.is_string();
    let derives = if is_string {
        quote!(#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)])
    } else if c.base.is_integer() {
        quote!(#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)])
    } else {
        quote!(#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize)])
    };
    let accessors = if is_string {
        quote! {
            /// Checks `value` against the spec's rules.
            pub fn new(value: impl Into<String>) -> Result<Self, ConstraintError> {
                let value = value.into();
                #(#checks)*
                Ok(Self(value))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn into_inner(self) -> String {
                self.0
            }
        }
    } else {
        quote! {
            /// Checks `value` against the spec's rules.
            pub fn new(value: #base) -> Result<Self, ConstraintError> {
                #(#checks)*
                Ok(Self(value))
            }

            pub fn get(self) -> #base {
                self.0
            }
        }
    };
    let conversions = if is_string {
        quote! {
            impl std::ops::Deref for #name {
                type Target = str;
                fn deref(&self) -> &str {
                    &self.0
                }
            }

            impl AsRef<str> for #name {
                fn as_ref(&self) -> &str {
                    &self.0
                }
            }

            impl TryFrom<&str> for #name {
                type Error = ConstraintError;
                fn try_from(value: &str) -> Result<Self, Self::Error> {
                    Self::new(value)
                }
            }

            impl std::str::FromStr for #name {
                type Err = ConstraintError;
                fn from_str(value: &str) -> Result<Self, Self::Err> {
                    Self::new(value)
                }
            }

            impl std::fmt::Display for #name {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str(&self.0)
                }
            }

            impl ParamValue for #name {
                fn to_param(&self) -> String {
                    self.0.clone()
                }
                fn from_param(text: &str) -> Result<Self, String> {
                    Self::new(text).map_err(|err| err.to_string())
                }
            }
        }
    } else {
        quote! {
            impl std::str::FromStr for #name {
                type Err = ConstraintError;
                fn from_str(value: &str) -> Result<Self, Self::Err> {
                    let parsed: #base = value.trim().parse().map_err(|_| {
                        ConstraintError::new(#origin, "type", format!("`{value}` is not a number of the expected kind"))
                    })?;
                    Self::new(parsed)
                }
            }

            impl std::fmt::Display for #name {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    self.0.fmt(f)
                }
            }

            impl ParamValue for #name {
                fn to_param(&self) -> String {
                    self.0.to_string()
                }
                fn from_param(text: &str) -> Result<Self, String> {
                    text.parse().map_err(|err: ConstraintError| err.to_string())
                }
            }
        }
    };
    let separator = (!docs.is_empty()).then(|| quote!(#[doc = ""]));
    quote! {
        #docs
        #separator
        #[doc = #summary]
        #derives
        #[serde(transparent)]
        pub struct #name(#base);

        impl #name {
            #accessors
        }

        impl TryFrom<#base> for #name {
            type Error = ConstraintError;
            fn try_from(value: #base) -> Result<Self, Self::Error> {
                Self::new(value)
            }
        }

        impl From<#name> for #base {
            fn from(value: #name) -> Self {
                value.0
            }
        }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <#base>::deserialize(deserializer)?;
                Self::new(value).map_err(serde::de::Error::custom)
            }
        }

        #conversions
    }
}

fn describe_rule(rule: &Rule) -> String {
    let number = |n: &Number| match n {
        Number::Int(i) => i.to_string(),
        Number::Float(f) => f.to_string(),
    };
    match rule {
        Rule::MinLength(1) => "not empty".into(),
        Rule::MinLength(n) => format!("at least {n} characters"),
        Rule::MaxLength(n) => format!("at most {n} characters"),
        Rule::Pattern { ecma, .. } => format!("matches `{ecma}`"),
        Rule::Minimum { value, exclusive: false } => format!(">= {}", number(value)),
        Rule::Minimum { value, exclusive: true } => format!("> {}", number(value)),
        Rule::Maximum { value, exclusive: false } => format!("<= {}", number(value)),
        Rule::Maximum { value, exclusive: true } => format!("< {}", number(value)),
        Rule::MultipleOf(value) => format!("a multiple of {}", number(value)),
    }
}

/// One `if broken { return Err(...) }` for a rule; `value` is in scope.
fn check_rule(rule: &Rule, origin: &str, base: Primitive) -> TokenStream {
    // Unsuffixed literals take the type of the value they are compared with.
    let literal = |n: &Number| -> TokenStream {
        let literal = match (n, base.is_integer()) {
            (Number::Int(i), true) => Literal::i64_unsuffixed(*i),
            (Number::Int(i), false) => Literal::f64_unsuffixed(*i as f64),
            (Number::Float(f), true) => Literal::i64_unsuffixed(f.round() as i64),
            (Number::Float(f), false) => Literal::f64_unsuffixed(*f),
        };
        quote!(#literal)
    };
    // Messages are format strings built here, so the numbers and patterns are written out in them.
    let fail = |keyword: &str, message: String| {
        quote!(return Err(ConstraintError::new(#origin, #keyword, format!(#message)));)
    };
    let number_text = |n: &Number| match n {
        Number::Int(i) => i.to_string(),
        Number::Float(f) => f.to_string(),
    };
    match rule {
        Rule::MinLength(n) => {
            let limit = Literal::u64_unsuffixed(*n);
            let fail = fail("minLength", format!("must be at least {n} character(s), got {{length}}"));
            quote! {
                let length = value.chars().count();
                if length < #limit { #fail }
            }
        }
        Rule::MaxLength(n) => {
            let limit = Literal::u64_unsuffixed(*n);
            let fail = fail("maxLength", format!("must be at most {n} character(s), got {{length}}"));
            quote! {
                let length = value.chars().count();
                if length > #limit { #fail }
            }
        }
        Rule::Pattern { ecma, rust } => {
            let fail = fail("pattern", format!("must match `{}`, got {{value:?}}", ecma.replace('{', "{{").replace('}', "}}")));
            quote! {
                // Rewritten from the spec's ECMA-262 pattern; oagen checked that it compiles.
                static PATTERN: std::sync::LazyLock<regex::Regex> =
                    std::sync::LazyLock::new(|| regex::Regex::new(#rust).expect("pattern verified at generation time"));
                if !PATTERN.is_match(&value) { #fail }
            }
        }
        Rule::Minimum { value: bound, exclusive } => {
            let b = literal(bound);
            let (broken, keyword, words) =
                if *exclusive { (quote!(value <= #b), "exclusiveMinimum", "greater than") } else { (quote!(value < #b), "minimum", "at least") };
            let fail = fail(keyword, format!("must be {words} {}, got {{value}}", number_text(bound)));
            quote!(if #broken { #fail })
        }
        Rule::Maximum { value: bound, exclusive } => {
            let b = literal(bound);
            let (broken, keyword, words) =
                if *exclusive { (quote!(value >= #b), "exclusiveMaximum", "less than") } else { (quote!(value > #b), "maximum", "at most") };
            let fail = fail(keyword, format!("must be {words} {}, got {{value}}", number_text(bound)));
            quote!(if #broken { #fail })
        }
        Rule::MultipleOf(step) => {
            let s = literal(step);
            let broken = if base.is_integer() {
                quote!(value % #s != 0)
            } else {
                quote!({
                    let quotient = value / #s;
                    (quotient - quotient.round()).abs() > 1e-9
                })
            };
            let fail = fail("multipleOf", format!("must be a multiple of {}, got {{value}}", number_text(step)));
            quote!(if #broken { #fail })
        }
    }
}

fn emit_union(type_name: &str, docs: TokenStream, u: &Union) -> TokenStream {
    let name = ident(type_name);
    let variants = u.variants.iter().map(|v| {
        let variant = ident(&v.name);
        let ty = rust_type(&v.ty);
        quote!(#variant(#ty),)
    });
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        #[serde(untagged)]
        pub enum #name {
            #(#variants)*
        }

        impl ParamValue for #name {
            fn to_param(&self) -> String {
                serde_json::to_string(self).unwrap_or_default()
            }
            fn from_param(text: &str) -> Result<Self, String> {
                serde_json::from_str(text).map_err(|err| err.to_string())
            }
        }
    }
}

fn params_struct(op: &Operation) -> TokenStream {
    let name = format_ident!("{}", op.params_type());
    let summary = format!(" Query and header parameters of `{}`.", op.name);
    let fields = op.query_params.iter().chain(&op.header_params).map(param_field);
    let default = op.query_params.iter().chain(&op.header_params).all(|p| !p.required).then(|| quote!(Default,));
    quote! {
        #[doc = #summary]
        #[derive(Debug, Clone, PartialEq, #default)]
        pub struct #name {
            #(#fields)*
        }
    }
}

fn param_field(param: &Param) -> TokenStream {
    let docs = doc(param.doc.as_deref());
    let name = ident(&param.name);
    let ty = rust_type(&param.ty);
    let ty = if param.required { ty } else { quote!(Option<#ty>) };
    quote! {
        #docs
        pub #name: #ty,
    }
}

/// Helpers every generated crate carries, written once here rather than per type.
fn support(uses: &Uses, has_enums: bool) -> TokenStream {
    let uuid = uses.uuid.then(|| {
        quote! {
            impl ParamValue for uuid::Uuid {
                fn to_param(&self) -> String {
                    self.to_string()
                }
                fn from_param(text: &str) -> Result<Self, String> {
                    text.parse().map_err(|err: uuid::Error| err.to_string())
                }
            }
        }
    });
    let chrono = uses.chrono.then(|| {
        quote! {
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
        }
    });
    let from_str_helper = has_enums.then(from_str_helper);
    let tail = support_tail(uuid, chrono);
    quote! {
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

        #from_str_helper
        #tail
    }
}

/// Deserializes a string through `FromStr`; only emitted when some enum needs it.
fn from_str_helper() -> TokenStream {
    quote! {
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
    }
}

fn support_tail(uuid: Option<TokenStream>, chrono: Option<TokenStream>) -> TokenStream {
    quote! {

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
            ($($ty:ty),*) => {$(
                impl ParamValue for $ty {
                    fn to_param(&self) -> String {
                        self.to_string()
                    }
                    fn from_param(text: &str) -> Result<Self, String> {
                        text.parse().map_err(|_| format!("`{text}` is not a valid {}", stringify!($ty)))
                    }
                }
            )*};
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
                Ok(serde_json::from_str(text).unwrap_or_else(|_| serde_json::Value::String(text.to_owned())))
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
                self.iter().map(|(k, v)| format!("{k},{}", v.to_param())).collect::<Vec<_>>().join(",")
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

        #uuid
        #chrono
    }
}
