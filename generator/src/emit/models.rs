//! `models.rs`: one type per schema, the parameter structs of operations, and the shared helpers
//! (`ConstraintError`, `ParamValue`) those types use.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::features;
use super::structs::emit_struct;
use super::support::Piece;
use super::{BlockKind, Part, Uses, block, derive_attr, doc, gated_items, gated_member, ident, items, member, primitive, rust_type};
use crate::Settings;
use crate::ir::{Collection, CollectionKind, Constrained, Ir, Number, Param, ParamsStruct, Rule, StringEnum, TypeDef, TypeKind, TypeRef, Union};

pub fn models<'a>(ir: &'a Ir, _settings: &'a Settings, uses: &'a Uses) -> Vec<Part<'a>> {
    let preamble = items(move || {
        let support = support(uses, uses.enums);
        // Responses decoded without constraint checks (`check-responses = false`).
        let unchecked = (!ir.check_responses).then(|| Piece::ModelsUnchecked.tokens());
        let conditions: &[&str] = if ir.check_responses { &[] } else { &["unchecked"] };
        let open_enums = uses.open_enums.then(open_enum_support);
        let read_object = uses.structs.then(|| Piece::ReadObject.tokens());
        let strings = uses.constrained_strings.then(|| Piece::ConstrainedString.tokens_with(conditions));
        let numbers = uses.constrained_numbers.then(|| Piece::ConstrainedNumber.tokens_with(conditions));
        quote! {
            //! Types for the schemas of the API, and the parameters of its operations.

            // Unused by an API whose schemas are all aliases (or that has none).
            #[allow(unused_imports)]
            use serde::{Deserialize, Serialize};

            #support
            #unchecked
            #open_enums
            #read_object
            #strings
            #numbers
        }
    });
    let mut parts = vec![preamble];
    parts.extend(ir.types.iter().map(|def| gated_items(features::of_type(ir, def.id), move || type_def(ir, def))));
    parts.extend(ir.operations.iter().filter_map(|op| op.params.as_ref().map(|p| (op, p))).map(|(op, p)| {
        gated_items(features::of_operation(ir, op), move || {
            let fields = op.query_params.iter().chain(&op.header_params).chain(&op.cookie_params);
            params_struct(ir, &op.name, p, fields)
        })
    }));
    let constrained: Vec<(&TypeDef, &Constrained)> = ir
        .types
        .iter()
        .filter_map(|t| match &t.kind {
            TypeKind::Constrained(c) => Some((t, c)),
            _ => None,
        })
        .collect();
    if !constrained.is_empty() {
        let imports = member(move || match (uses.constrained_strings, uses.constrained_numbers) {
            (true, true) => quote!(use super::{NumberRules, StringRules};),
            (true, false) => quote!(use super::StringRules;),
            _ => quote!(use super::NumberRules;),
        });
        let header = || {
            quote! {
                /// The rules of each constrained value, as constants the generic checks read.
                pub mod rules
            }
        };
        let rules = constrained.into_iter().map(|(def, c)| gated_member(features::of_type(ir, def.id), move || emit_rules(&def.name, c)));
        parts.push(block(BlockKind::Mod, header, std::iter::once(imports).chain(rules).collect()));
    }
    parts
}

/// A type and, when it travels as parameter text, its `ParamValue` impl.
fn type_def(ir: &Ir, def: &TypeDef) -> TokenStream {
    let docs = doc(def.doc.as_deref());
    let name = ident(&def.name);
    let derives = derive_attr(&def.derives);
    let (code, param_value) = match &def.kind {
        TypeKind::Struct(s) => (emit_struct(ir, &def.name, docs, derives, s), json_param_value(&def.name)),
        TypeKind::StringEnum(e) => {
            (emit_string_enum(&def.name, docs, derives, e), text_param_value(&def.name, quote!(self.as_str().to_owned())))
        }
        // `ParamValue` comes with the generic types.
        TypeKind::Constrained(c) => (emit_constrained(&def.name, docs, c), TokenStream::new()),
        TypeKind::Union(u) => (emit_union(ir, &def.name, docs, derives, u), union_param_value(&def.name)),
        TypeKind::Collection(c) => (emit_collection(ir, &def.name, docs, derives, c), collection_param_value(ir, &def.name, c)),
        TypeKind::Alias(ty @ TypeRef::External(_)) => {
            let ty = rust_type(ir, ty);
            let code = quote! {
                #docs
                pub type #name = #ty;
            };
            (code, external_param_value(&ty))
        }
        TypeKind::Alias(ty) => {
            let ty = rust_type(ir, ty);
            let code = quote! {
                #docs
                pub type #name = #ty;
            };
            (code, TokenStream::new())
        }
    };
    let param_value = def.param_text.then_some(param_value);
    quote!(#code #param_value)
}

/// `ParamValue` for a user's type through its serde form: a JSON string travels as its text,
/// anything else as JSON text.
fn external_param_value(ty: &TokenStream) -> TokenStream {
    quote! {
        impl ParamValue for #ty {
            fn to_param(&self) -> String {
                match serde_json::to_value(self) {
                    Ok(serde_json::Value::String(text)) => text,
                    Ok(other) => other.to_string(),
                    Err(_) => String::new(),
                }
            }
            fn from_param(text: &str) -> Result<Self, String> {
                serde_json::from_value(serde_json::Value::String(text.to_owned()))
                    .or_else(|_| serde_json::from_str(text))
                    .map_err(|err| err.to_string())
            }
        }
    }
}

/// `ParamValue` through JSON text, for objects and unions.
fn json_param_value(type_name: &str) -> TokenStream {
    let name = ident(type_name);
    quote! {
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

/// `ParamValue` for a union: a variant that is a string travels as its text, numbers and booleans
/// as written, objects as JSON text; text is read as JSON first (`42` is a number), then as a
/// string.
fn union_param_value(type_name: &str) -> TokenStream {
    let name = ident(type_name);
    quote! {
        impl ParamValue for #name {
            fn to_param(&self) -> String {
                match serde_json::to_value(self) {
                    Ok(serde_json::Value::String(text)) => text,
                    Ok(other) => other.to_string(),
                    Err(_) => String::new(),
                }
            }
            fn from_param(text: &str) -> Result<Self, String> {
                serde_json::from_str(text)
                    .or_else(|_| serde_json::from_value(serde_json::Value::String(text.to_owned())))
                    .map_err(|err| err.to_string())
            }
        }
    }
}

/// `ParamValue` through `FromStr`, for enums and constrained values.
fn text_param_value(type_name: &str, to_param: TokenStream) -> TokenStream {
    let name = ident(type_name);
    quote! {
        impl ParamValue for #name {
            fn to_param(&self) -> String {
                #to_param
            }
            fn from_param(text: &str) -> Result<Self, String> {
                text.parse().map_err(|err: ConstraintError| err.to_string())
            }
        }
    }
}

fn collection_param_value(ir: &Ir, type_name: &str, c: &Collection) -> TokenStream {
    let name = ident(type_name);
    let item = rust_type(ir, &c.item);
    let inner = match c.kind {
        CollectionKind::List => quote!(Vec<#item>),
        CollectionKind::Map => quote!(std::collections::BTreeMap<String, #item>),
    };
    quote! {
        impl ParamValue for #name {
            fn to_param(&self) -> String {
                serde_json::to_string(&self.0).unwrap_or_default()
            }
            fn from_param(text: &str) -> Result<Self, String> {
                let value: #inner = serde_json::from_str(text).map_err(|err| err.to_string())?;
                Self::new(value).map_err(|err| err.to_string())
            }
        }
    }
}

fn emit_string_enum(type_name: &str, docs: TokenStream, derives: TokenStream, e: &StringEnum) -> TokenStream {
    let name = ident(type_name);
    let variants: Vec<_> = e.variants.iter().map(|v| ident(&v.name)).collect();
    let values: Vec<&str> = e.variants.iter().map(|v| v.value.as_str()).collect();
    let variant_docs = values.iter().map(|v| format!(" `{v}`"));
    let count = variants.len();
    let allowed = values.join(", ");
    let refuse = quote! {
        Err(ConstraintError::new(#type_name, "enum", format!("`{other}` is not one of the allowed values: {}", #allowed)))
    };
    // Open enums: one more variant for values the spec does not list (yet).
    let (unknown_variant, unknown_as_str, unknown_arm, str_lifetime) = if e.open {
        (
            quote! {
                /// A value this version of the spec does not list, kept as sent.
                Unknown(String),
            },
            quote!(Self::Unknown(value) => value,),
            quote! {
                other if accepts_unknown_enum_values() => Ok(Self::Unknown(other.to_owned())),
                other => #refuse,
            },
            quote!(&str),
        )
    } else {
        (
            quote!(),
            quote!(),
            quote!(other => #refuse,),
            quote!(&'static str),
        )
    };
    quote! {
        #docs
        #derives
        pub enum #name {
            #(#[doc = #variant_docs] #variants,)*
            #unknown_variant
        }

        impl #name {
            /// Every value the spec lists, in its order.
            pub const ALL: [Self; #count] = [#(Self::#variants),*];

            /// The value as it appears on the wire.
            pub fn as_str(&self) -> #str_lifetime {
                match self {
                    #(Self::#variants => #values,)*
                    #unknown_as_str
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
                    #unknown_arm
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

    }
}

/// A constrained value: a type alias over the generic `ConstrainedString`/`ConstrainedNumber`,
/// with the rules as constants of a marker type in `rules`. The checks are written once, in the
/// generic types; each field only states its rules, which keeps large crates quick to compile.
fn emit_constrained(type_name: &str, docs: TokenStream, c: &Constrained) -> TokenStream {
    let name = ident(type_name);
    let summary = format!(" Constraints: {}.", c.rules.iter().map(describe_rule).collect::<Vec<_>>().join("; "));
    let separator = (!docs.is_empty()).then(|| quote!(#[doc = ""]));
    let generic = if c.base.is_string() { quote!(ConstrainedString) } else { quote!(ConstrainedNumber) };
    quote! {
        #docs
        #separator
        #[doc = #summary]
        pub type #name = #generic<rules::#name>;
    }
}

/// The marker type that carries one constrained value's rules.
fn emit_rules(type_name: &str, c: &Constrained) -> TokenStream {
    let name = ident(type_name);
    let origin = &c.origin;
    let doc = format!(" The rules of `{origin}`.");
    if c.base.is_string() {
        let mut items = Vec::new();
        for rule in &c.rules {
            match rule {
                Rule::MinLength(n) => {
                    let n = Literal::u64_unsuffixed(*n);
                    items.push(quote!(const MIN_LENGTH: Option<usize> = Some(#n);));
                }
                Rule::MaxLength(n) => {
                    let n = Literal::u64_unsuffixed(*n);
                    items.push(quote!(const MAX_LENGTH: Option<usize> = Some(#n);));
                }
                Rule::Pattern { ecma, rust } => {
                    items.push(quote! {
                        const PATTERN: Option<&'static str> = Some(#ecma);
                        fn matches(value: &str) -> bool {
                            // Rewritten from the spec's ECMA-262 pattern; oagen checked that it compiles.
                            static PATTERN: std::sync::LazyLock<regex::Regex> =
                                std::sync::LazyLock::new(|| regex::Regex::new(#rust).expect("pattern verified at generation time"));
                            PATTERN.is_match(value)
                        }
                    });
                }
                _ => {}
            }
        }
        return quote! {
            #[doc = #doc]
            #[derive(Debug)]
            pub enum #name {}

            impl StringRules for #name {
                const FIELD: &'static str = #origin;
                #(#items)*
            }
        };
    }
    let base = primitive(c.base);
    // Unsuffixed literals take the type of the value they are compared with.
    let literal = |n: &Number| -> TokenStream {
        let literal = match (n, c.base.is_integer()) {
            (Number::Int(i), true) => Literal::i64_unsuffixed(*i),
            (Number::Int(i), false) => Literal::f64_unsuffixed(*i as f64),
            (Number::Float(f), true) => Literal::i64_unsuffixed(f.round() as i64),
            (Number::Float(f), false) => Literal::f64_unsuffixed(*f),
        };
        quote!(#literal)
    };
    let mut items = Vec::new();
    for rule in &c.rules {
        match rule {
            Rule::Minimum { value, exclusive } => {
                let value = literal(value);
                items.push(quote!(const MINIMUM: Option<#base> = Some(#value);));
                if *exclusive {
                    items.push(quote!(const EXCLUSIVE_MINIMUM: bool = true;));
                }
            }
            Rule::Maximum { value, exclusive } => {
                let value = literal(value);
                items.push(quote!(const MAXIMUM: Option<#base> = Some(#value);));
                if *exclusive {
                    items.push(quote!(const EXCLUSIVE_MAXIMUM: bool = true;));
                }
            }
            Rule::MultipleOf(value) => {
                let value = literal(value);
                items.push(quote!(const MULTIPLE_OF: Option<#base> = Some(#value);));
            }
            Rule::OneOf(values) => {
                let values = values.iter().map(literal);
                items.push(quote!(const ONE_OF: &'static [#base] = &[#(#values),*];));
            }
            _ => {}
        }
    }
    quote! {
        #[doc = #doc]
        #[derive(Debug)]
        pub enum #name {}

        impl NumberRules for #name {
            type Value = #base;
            const FIELD: &'static str = #origin;
            #(#items)*
        }
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
        Rule::OneOf(values) => format!("one of {}", values.iter().map(number).collect::<Vec<_>>().join(", ")),
    }
}

fn emit_union(ir: &Ir, type_name: &str, docs: TokenStream, derives: TokenStream, u: &Union) -> TokenStream {
    let name = ident(type_name);
    let variants = u.variants.iter().map(|v| {
        let variant = ident(&v.name);
        let ty = rust_type(ir, &v.ty);
        let tags = (!v.tags.is_empty()).then(|| {
            let text = format!(" Selected by `{}`.", v.tags.join("`, `"));
            quote!(#[doc = #text])
        });
        quote!(#tags #variant(#ty),)
    });
    let Some(property) = &u.discriminator else {
        return quote! {
            #docs
            #derives
            #[serde(untagged)]
            pub enum #name {
                #(#variants)*
            }
        };
    };
    // Tagged: the property's value picks the variant, which then sees the whole object (its own
    // schema usually lists the property too, so serde's internal tagging would hide it).
    let arms = u.variants.iter().map(|v| {
        let variant = ident(&v.name);
        let tags = &v.tags;
        quote!(Some(#(#tags)|*) => serde_json::from_value(value).map(Self::#variant).map_err(serde::de::Error::custom),)
    });
    let tag_of = u.variants.iter().map(|v| {
        let variant = ident(&v.name);
        let tag = v.tags.first().cloned().unwrap_or_default();
        quote!(Self::#variant(_) => #tag,)
    });
    let serialize_arms = u.variants.iter().map(|v| {
        let variant = ident(&v.name);
        quote!(Self::#variant(inner) => serde_json::to_value(inner),)
    });
    let allowed = u.variants.iter().flat_map(|v| v.tags.iter().map(String::as_str)).collect::<Vec<_>>().join(", ");
    let missing = format!("missing the discriminator property `{property}`");
    // A format string: the spec's own text goes in with its braces doubled.
    let escape = |text: &str| text.replace('{', "{{").replace('}', "}}");
    let unknown = format!("`{{other}}` is not a known `{}`; expected one of: {}", escape(property), escape(&allowed));
    let discriminator_doc = format!(" The value of `{property}` that selects this variant.");
    quote! {
        #docs
        #derives
        pub enum #name {
            #(#variants)*
        }

        impl #name {
            #[doc = #discriminator_doc]
            pub fn discriminator(&self) -> &'static str {
                match self {
                    #(#tag_of)*
                }
            }
        }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = serde_json::Value::deserialize(deserializer)?;
                let tag = value.get(#property).and_then(serde_json::Value::as_str).map(str::to_owned);
                match tag.as_deref() {
                    #(#arms)*
                    Some(other) => Err(serde::de::Error::custom(format!(#unknown))),
                    None => Err(serde::de::Error::custom(#missing)),
                }
            }
        }

        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut value = match self {
                    #(#serialize_arms)*
                }
                .map_err(serde::ser::Error::custom)?;
                // Variants whose schema lacks the property still say which they are.
                if let serde_json::Value::Object(map) = &mut value {
                    map.entry(#property).or_insert_with(|| self.discriminator().into());
                }
                value.serialize(serializer)
            }
        }
    }
}

fn emit_collection(ir: &Ir, type_name: &str, docs: TokenStream, derives: TokenStream, c: &Collection) -> TokenStream {
    let name = ident(type_name);
    let origin = &c.origin;
    let item = rust_type(ir, &c.item);
    let (inner, nouns) = match c.kind {
        CollectionKind::List => (quote!(Vec<#item>), ("item", "items")),
        CollectionKind::Map => (quote!(std::collections::BTreeMap<String, #item>), ("property", "properties")),
    };
    let counted = |n: u64| if n == 1 { format!("1 {}", nouns.0) } else { format!("{n} {}", nouns.1) };
    let (min_keyword, max_keyword) = match c.kind {
        CollectionKind::List => ("minItems", "maxItems"),
        CollectionKind::Map => ("minProperties", "maxProperties"),
    };
    let mut rules = Vec::new();
    let mut checks = Vec::new();
    if let Some(min) = c.min {
        rules.push(format!("at least {}", counted(min)));
        let limit = Literal::u64_unsuffixed(min);
        let message = format!("must have at least {}, got {{count}}", counted(min));
        let too_few = if min == 1 { quote!(value.is_empty()) } else { quote!(value.len() < #limit) };
        checks.push(quote! {
            if #too_few {
                let count = value.len();
                return Err(ConstraintError::new(#origin, #min_keyword, format!(#message)));
            }
        });
    }
    if let Some(max) = c.max {
        rules.push(format!("at most {}", counted(max)));
        let limit = Literal::u64_unsuffixed(max);
        let message = format!("must have at most {}, got {{count}}", counted(max));
        checks.push(quote! {
            if value.len() > #limit {
                let count = value.len();
                return Err(ConstraintError::new(#origin, #max_keyword, format!(#message)));
            }
        });
    }
    if c.unique {
        rules.push("no duplicates".into());
        checks.push(quote! {
            // Items need not be hashable (floats, JSON values): compare pairwise.
            if let Some(at) = (1..value.len()).find(|&i| value[..i].contains(&value[i])) {
                return Err(ConstraintError::new(#origin, "uniqueItems", format!("item {at} repeats an earlier item")));
            }
        });
    }
    let summary = format!(" Constraints: {}.", rules.join("; "));
    let unchecked = (!ir.check_responses).then(|| quote!(if constraints_unchecked() { return Ok(Self(value)); }));
    let separator = (!docs.is_empty()).then(|| quote!(#[doc = ""]));
    let deref_target = match c.kind {
        CollectionKind::List => quote!([#item]),
        CollectionKind::Map => inner.clone(),
    };
    quote! {
        #docs
        #separator
        #[doc = #summary]
        #derives
        #[serde(transparent)]
        pub struct #name(#inner);

        impl #name {
            /// Checks `value` against the spec's rules.
            pub fn new(value: #inner) -> Result<Self, ConstraintError> {
                #(#checks)*
                Ok(Self(value))
            }

            pub fn into_inner(self) -> #inner {
                self.0
            }
        }

        impl std::ops::Deref for #name {
            type Target = #deref_target;
            fn deref(&self) -> &Self::Target {
                &self.0
            }
        }

        impl TryFrom<#inner> for #name {
            type Error = ConstraintError;
            fn try_from(value: #inner) -> Result<Self, Self::Error> {
                Self::new(value)
            }
        }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <#inner>::deserialize(deserializer)?;
                #unchecked
                Self::new(value).map_err(serde::de::Error::custom)
            }
        }

    }
}

fn params_struct<'a>(ir: &Ir, operation: &str, params: &ParamsStruct, fields: impl Iterator<Item = &'a Param>) -> TokenStream {
    let name = ident(&params.name);
    let summary = format!(" Query and header parameters of `{operation}`.");
    let fields = fields.map(|param| param_field(ir, param));
    let derives = derive_attr(&params.derives);
    quote! {
        #[doc = #summary]
        #derives
        pub struct #name {
            #(#fields)*
        }
    }
}

fn param_field(ir: &Ir, param: &Param) -> TokenStream {
    let docs = doc(param.doc.as_deref());
    let name = ident(&param.name);
    let ty = rust_type(ir, &param.ty);
    let ty = if param.required { ty } else { quote!(Option<#ty>) };
    quote! {
        #docs
        pub #name: #ty,
    }
}

/// Helpers every generated crate carries, written once in `generator/support/models/` rather
/// than per type: the error, parameter text for std types, and for the optional crates in use.
fn support(uses: &Uses, has_enums: bool) -> TokenStream {
    let constraint_error = Piece::ConstraintError.tokens();
    let from_str_helper = has_enums.then(|| Piece::FromStr.tokens());
    let param_value = Piece::ParamValue.tokens();
    let uuid = uses.uuid.then(|| Piece::ParamValueUuid.tokens());
    let chrono = uses.chrono.then(|| Piece::ParamValueChrono.tokens());
    let net = uses.net.then(|| Piece::ParamValueNet.tokens());
    quote!(#constraint_error #from_str_helper #param_value #uuid #chrono #net)
}

/// The switch servers use to refuse values outside open enums.
fn open_enum_support() -> TokenStream {
    Piece::OpenEnum.tokens()
}
