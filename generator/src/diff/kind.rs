//! The stable identifiers of changes (`kind` in the JSON output), each with the one-line meaning the
//! README lists.

macro_rules! kinds {
    ($($variant:ident => $id:literal, $meaning:literal;)*) => {
        /// What changed. The kebab-case identifier is stable: scripts match on it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Kind {
            $($variant,)*
        }

        impl Kind {
            /// Every kind, in README order.
            pub const ALL: &'static [Kind] = &[$(Kind::$variant,)*];

            /// The stable kebab-case identifier.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Kind::$variant => $id,)*
                }
            }

            /// What the kind means, in one line.
            pub fn meaning(self) -> &'static str {
                match self {
                    $(Kind::$variant => $meaning,)*
                }
            }
        }
    };
}

kinds! {
    OperationAdded => "operation-added", "a new operation: a new client method, and a new server trait method to implement";
    OperationRemoved => "operation-removed", "an operation is gone: old clients calling it fail, and its client and trait methods disappear";
    OperationRenamed => "operation-renamed", "same method and path, new `operationId`: the client and trait methods are renamed";
    OperationDeprecated => "operation-deprecated", "an operation became deprecated (documentation only)";
    OperationFeatureMoved => "operation-feature-moved", "with `tag-features`, an operation's first tag changed: its client method is compiled by another feature";
    OperationTraitMoved => "operation-trait-moved", "where the server trait is split by tag, an operation is declared in another trait: its implementation moves to another `impl`";
    ParameterAdded => "parameter-added", "a new parameter; a required one is refused when missing and is a new client argument";
    ParameterRemoved => "parameter-removed", "a parameter is gone: its argument or params field disappears";
    ParameterRequired => "parameter-required", "an optional parameter became required";
    ParameterOptional => "parameter-optional", "a required parameter became optional: its Rust type becomes `Option`";
    ParameterStyleChanged => "parameter-style-changed", "a parameter's `style`/`explode` changed: it is encoded differently";
    RequestBodyAdded => "request-body-added", "an operation now takes a request body";
    RequestBodyRemoved => "request-body-removed", "an operation no longer takes a request body";
    RequestBodyRequired => "request-body-required", "an optional request body became required";
    RequestBodyOptional => "request-body-optional", "a required request body became optional";
    MediaTypeChanged => "media-type-changed", "the media type the generated code uses for a body changed";
    ResponseStatusAdded => "response-status-added", "a new documented status: a new variant in the client's error or success type";
    ResponseStatusRemoved => "response-status-removed", "a documented status is gone: its variants disappear";
    ResponseBodyAdded => "response-body-added", "a status that had no body now has one";
    ResponseBodyRemoved => "response-body-removed", "a status that had a body no longer has one";
    SecurityChanged => "security-changed", "the accepted security requirements of an operation changed";
    SchemaAdded => "schema-added", "a new component schema: a new Rust type";
    SchemaRemoved => "schema-removed", "a component schema is gone: its Rust type disappears";
    SchemaRenamed => "schema-renamed", "a component schema is gone and the same schema was added under another key: its Rust type is renamed";
    RefChanged => "ref-changed", "a value now refers to another schema (or is inlined): its Rust type changes";
    TypeChanged => "type-changed", "the JSON type changed";
    FormatChanged => "format-changed", "the `format` changed; it matters where it changes the Rust type (uuid, date, date-time, int32)";
    NullableAdded => "nullable-added", "a value may now be `null`";
    NullableRemoved => "nullable-removed", "a value may no longer be `null`";
    EnumValueAdded => "enum-value-added", "an enum gained a value: a new variant";
    EnumValueRemoved => "enum-value-removed", "an enum lost a value: a variant disappears";
    PropertyAdded => "property-added", "a new optional property";
    RequiredPropertyAdded => "required-property-added", "a new required property";
    PropertyRemoved => "property-removed", "a property is gone";
    PropertyRequired => "property-required", "an optional property became required";
    PropertyOptional => "property-optional", "a required property became optional";
    MaxLengthAdded => "max-length-added", "`maxLength` added";
    MaxLengthRemoved => "max-length-removed", "`maxLength` removed";
    MaxLengthIncreased => "max-length-increased", "`maxLength` raised";
    MaxLengthDecreased => "max-length-decreased", "`maxLength` lowered";
    MinLengthAdded => "min-length-added", "`minLength` added";
    MinLengthRemoved => "min-length-removed", "`minLength` removed";
    MinLengthIncreased => "min-length-increased", "`minLength` raised";
    MinLengthDecreased => "min-length-decreased", "`minLength` lowered";
    PatternAdded => "pattern-added", "`pattern` added";
    PatternRemoved => "pattern-removed", "`pattern` removed";
    PatternChanged => "pattern-changed", "`pattern` replaced by another";
    MinimumAdded => "minimum-added", "`minimum` added";
    MinimumRemoved => "minimum-removed", "`minimum` removed";
    MinimumIncreased => "minimum-increased", "`minimum` raised (or made exclusive)";
    MinimumDecreased => "minimum-decreased", "`minimum` lowered (or made inclusive)";
    MaximumAdded => "maximum-added", "`maximum` added";
    MaximumRemoved => "maximum-removed", "`maximum` removed";
    MaximumIncreased => "maximum-increased", "`maximum` raised (or made inclusive)";
    MaximumDecreased => "maximum-decreased", "`maximum` lowered (or made exclusive)";
    MultipleOfAdded => "multiple-of-added", "`multipleOf` added";
    MultipleOfRemoved => "multiple-of-removed", "`multipleOf` removed";
    MultipleOfChanged => "multiple-of-changed", "`multipleOf` changed";
    MinItemsAdded => "min-items-added", "`minItems` added";
    MinItemsRemoved => "min-items-removed", "`minItems` removed";
    MinItemsIncreased => "min-items-increased", "`minItems` raised";
    MinItemsDecreased => "min-items-decreased", "`minItems` lowered";
    MaxItemsAdded => "max-items-added", "`maxItems` added";
    MaxItemsRemoved => "max-items-removed", "`maxItems` removed";
    MaxItemsIncreased => "max-items-increased", "`maxItems` raised";
    MaxItemsDecreased => "max-items-decreased", "`maxItems` lowered";
    UniqueItemsAdded => "unique-items-added", "`uniqueItems: true` added";
    UniqueItemsRemoved => "unique-items-removed", "`uniqueItems: true` removed";
    MinPropertiesAdded => "min-properties-added", "`minProperties` added (checked on maps only)";
    MinPropertiesRemoved => "min-properties-removed", "`minProperties` removed";
    MinPropertiesIncreased => "min-properties-increased", "`minProperties` raised";
    MinPropertiesDecreased => "min-properties-decreased", "`minProperties` lowered";
    MaxPropertiesAdded => "max-properties-added", "`maxProperties` added (checked on maps only)";
    MaxPropertiesRemoved => "max-properties-removed", "`maxProperties` removed";
    MaxPropertiesIncreased => "max-properties-increased", "`maxProperties` raised";
    MaxPropertiesDecreased => "max-properties-decreased", "`maxProperties` lowered";
    AdditionalPropertiesChanged => "additional-properties-changed", "`additionalProperties` changed form (none, any value, a schema)";
    VariantAdded => "variant-added", "a `oneOf`/`anyOf` gained a variant";
    VariantRemoved => "variant-removed", "a `oneOf`/`anyOf` lost a variant";
    AllOfChanged => "all-of-changed", "an `allOf` gained or lost a referenced part";
    DiscriminatorChanged => "discriminator-changed", "a discriminator was added, removed, renamed, or a tag now selects another schema";
    DiscriminatorMappingAdded => "discriminator-mapping-added", "a discriminator gained a tag";
    DiscriminatorMappingRemoved => "discriminator-mapping-removed", "a discriminator lost a tag";
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
