//! Stage 2: the intermediate representation. Plain data: every decision about the shape of the Rust
//! code is made while lowering the document into it, so emitters only have to print it.

mod dump;
pub(crate) mod formats;
mod lower;
pub(crate) mod naming;
pub(crate) mod pattern;
mod space;

pub(crate) use lower::{Options, lower};
pub(crate) use space::{TypeId, TypeSpace};
pub(crate) use lower::derived_operation_id;

use crate::error::Warning;

/// Everything the emitters need, and nothing from the OpenAPI document.
#[derive(Debug, Clone, PartialEq)]
pub struct Ir {
    pub api: ApiInfo,
    pub types: TypeSpace,
    pub operations: Vec<Operation>,
    pub warnings: Vec<Warning>,
    /// Which optional crates and shared helpers the generated code needs.
    pub needs: Needs,
    /// The client checks the spec's constraints on the responses it decodes; when false, it
    /// decodes them with the constraint checks off (types and required fields still checked).
    pub check_responses: bool,
    /// Inline enums and constrained values that were identical to an earlier one, and are now
    /// aliases of it.
    pub shared_types: usize,
    /// The rules those aliases stand for (enforced by the types they alias).
    pub shared_rules: usize,
    /// When the server's operations are declared in one trait per tag instead of in `Api`.
    pub server_traits: Option<ServerTraits>,
    /// When the crate has a Cargo feature per tag (`tag-features = true`).
    pub tag_features: Option<TagFeatures>,
}

/// A Cargo feature per tag, so that a user compiles only the operations (and the types they
/// reach) of the tags they enable. Every feature is on by default; the server needs them all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagFeatures {
    /// The feature that enables every tag's (`all-tags`).
    pub all: String,
    /// Feature names (`tag-stages`; `untagged` for operations without tags), indexed by
    /// [`Operation::feature`], in the order the tags first appear.
    pub names: Vec<String>,
    /// The features whose operations reach each type, indexed by `TypeId`: empty when the type
    /// is always compiled (reached by every feature, or by none: a schema no operation uses).
    pub by_type: Vec<Vec<usize>>,
}

impl TagFeatures {
    /// The features that compile a type; empty: always compiled.
    pub fn of_type(&self, id: TypeId) -> &[usize] {
        self.by_type.get(id.0).map_or(&[], Vec::as_slice)
    }
}

/// The server's operations declared in one trait per tag, for an API whose single trait would
/// be longer than a generated file may be: a trait cannot be closed and reopened, nor its methods
/// `include!`d, so splitting its file means splitting the trait.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerTraits {
    /// The trait that requires all of them, which the router asks of its implementation.
    pub all: String,
    /// Indexed by [`Operation::server_trait`].
    pub traits: Vec<OperationTrait>,
}

/// One trait of [`ServerTraits`]: the operations of a tag (or a stretch of them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperationTrait {
    pub name: String,
    /// The tag the operations share; `None` for operations without tags.
    pub tag: Option<String>,
    /// Which stretch of the tag this is (1, 2, ...), when the tag alone would be too long.
    pub part: Option<usize>,
}

/// Facts about the whole API that decide which dependencies and support code a crate carries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Needs {
    pub uuid: bool,
    pub chrono: bool,
    pub regex: bool,
    /// `std::net` addresses (`format: ipv4`/`ipv6`), which need their parameter text forms.
    pub net: bool,
    /// `application/x-www-form-urlencoded` request bodies.
    pub form: bool,
    /// `multipart/form-data` request bodies.
    pub multipart: bool,
    /// Some string enum is open (`Unknown(String)`).
    pub open_enums: bool,
    /// Some string enum exists (the `FromStr`-based deserializer is shared).
    pub enums: bool,
    /// Some struct exists (structs read JSON objects through shared support code).
    pub structs: bool,
    /// Constrained strings / numbers exist (their generic support types are emitted).
    pub constrained_strings: bool,
    pub constrained_numbers: bool,
    /// Some operation has a request body.
    pub request_bodies: bool,
    /// The client sends some body as JSON / as a form (its encoders are emitted).
    pub json_requests: bool,
    pub form_requests: bool,
    /// The client decodes some response as JSON; some documented error response of a fixed status.
    pub json_responses: bool,
    pub json_errors: bool,
    /// Some response lets the handler pick its status (a range such as `2XX`, or `default`): the
    /// server checks the status picked.
    pub chosen_statuses: bool,
    /// Some operation documents no `default` response: the client answers the statuses it does
    /// not document through one support function.
    pub unexpected_statuses: bool,
    /// The server accepts some body as text / as raw bytes (its decoders are emitted).
    pub text_bodies: bool,
    pub binary_bodies: bool,
    /// The kinds of credentials some operation accepts.
    pub bearer: bool,
    pub basic: bool,
    pub api_key: bool,
    /// Some operation has a `_stream` method; some follows page numbers.
    pub pagination: bool,
    pub page_numbers: bool,
    /// Some operation takes cookie parameters.
    pub cookies: bool,
    /// Some operation takes an optional parameter of one value / an optional exploded list (the
    /// client pushes each through one support function).
    pub optional_params: bool,
    pub optional_lists: bool,
    /// Some operation pages by following links to the next page.
    pub next_links: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ApiInfo {
    pub title: String,
    pub version: String,
    pub description: Option<String>,
}

/// Where a field holds `format: uuid` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UuidText {
    Plain,
    /// In lists or maps (`Vec<Uuid>`, `BTreeMap<String, Uuid>`, nested).
    Nested,
}

/// A named Rust type in `models`.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    pub id: TypeId,
    /// The Rust name, unique in the crate.
    pub name: String,
    pub doc: Option<String>,
    pub kind: TypeKind,
    /// What `#[derive(...)]` lists, in order (empty for aliases and hand-written impls).
    pub derives: Vec<Derive>,
    /// The type travels as parameter text (path, query, header, multipart text part), so it
    /// implements `ParamValue`; the others skip it, which keeps large crates quicker to compile.
    pub param_text: bool,
}

/// A trait a type derives.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Derive {
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Default,
    Serialize,
    Deserialize,
    /// A derive the user asked for (a path such as `Hash` or `schemars::JsonSchema`).
    Extra(String),
}

impl Derive {
    pub fn as_str(&self) -> &str {
        match self {
            Derive::Debug => "Debug",
            Derive::Clone => "Clone",
            Derive::Copy => "Copy",
            Derive::PartialEq => "PartialEq",
            Derive::Eq => "Eq",
            Derive::Hash => "Hash",
            Derive::PartialOrd => "PartialOrd",
            Derive::Ord => "Ord",
            Derive::Default => "Default",
            Derive::Serialize => "Serialize",
            Derive::Deserialize => "Deserialize",
            Derive::Extra(path) => path,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind {
    Struct(Struct),
    StringEnum(StringEnum),
    /// A newtype that cannot hold a value breaking its rules.
    Constrained(Constrained),
    /// A list or map newtype with size (and uniqueness) rules.
    Collection(Collection),
    /// `oneOf`/`anyOf`: the first variant that accepts the value wins.
    Union(Union),
    /// `pub type Name = ...;`
    Alias(TypeRef),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Struct {
    pub fields: Vec<Field>,
    /// Type of the values of keys not listed in `fields` (`additionalProperties`), kept in a map.
    pub additional: Option<TypeRef>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub name: String,
    pub wire_name: String,
    pub ty: TypeRef,
    pub required: bool,
    pub nullable: bool,
    pub read_only: bool,
    pub write_only: bool,
    pub deprecated: bool,
    pub doc: Option<String>,
    /// The spec's `default`, as JSON text, for the docs.
    pub default: Option<String>,
}

impl Field {
    /// How `format: uuid` values in this field are read: the field is one (`Plain`), or holds them in
    /// lists and maps (`Nested`); either way only the hyphenated form is accepted.
    pub fn uuid_text(&self) -> Option<UuidText> {
        fn nested(ty: &TypeRef) -> bool {
            match ty {
                TypeRef::Primitive(Primitive::Uuid) => true,
                TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => nested(inner),
                _ => false,
            }
        }
        match &self.ty {
            TypeRef::Primitive(Primitive::Uuid) => Some(UuidText::Plain),
            TypeRef::Vec(inner) | TypeRef::Map(inner) if nested(inner) => Some(UuidText::Nested),
            _ => None,
        }
    }

    /// The field may be absent or null: `Option<T>`.
    pub fn is_optional(&self) -> bool {
        !self.required || self.nullable
    }

    /// Absent, `null` and a value are three different things (PATCH bodies): `Option<Option<T>>`.
    pub fn is_tri_state(&self) -> bool {
        !self.required && self.nullable
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct StringEnum {
    pub variants: Vec<EnumVariant>,
    /// `Schema.field` (or `operation.parameter`) the enum was written for.
    pub origin: String,
    /// Open enums keep values the spec does not list in an `Unknown(String)` variant, so a client
    /// survives a server that gained a value; servers still refuse them in requests.
    pub open: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EnumVariant {
    pub name: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Constrained {
    pub base: Primitive,
    /// `Schema.field`, used in error messages so users know which rule of which field failed.
    pub origin: String,
    pub rules: Vec<Rule>,
}

/// One rule a constrained value is checked against.
#[derive(Debug, Clone, PartialEq)]
pub enum Rule {
    MinLength(u64),
    MaxLength(u64),
    /// `ecma` is the spec's pattern; `rust` the equivalent for the `regex` crate.
    Pattern { ecma: String, rust: String },
    Minimum { value: Number, exclusive: bool },
    Maximum { value: Number, exclusive: bool },
    MultipleOf(Number),
    /// A non-string `enum`: the value must be one of these.
    OneOf(Vec<Number>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Collection {
    pub kind: CollectionKind,
    /// The item (list) or value (map) type.
    pub item: TypeRef,
    pub origin: String,
    pub min: Option<u64>,
    pub max: Option<u64>,
    /// `uniqueItems` (lists only).
    pub unique: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CollectionKind {
    List,
    Map,
}

/// A bound kept in the type of the value it bounds, so `i64` bounds are exact.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Number {
    Int(i64),
    Float(f64),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Union {
    pub variants: Vec<UnionVariant>,
    /// The property whose value picks the variant, when the spec names one and every variant can
    /// be told apart by it; otherwise the first variant that accepts the value wins.
    pub discriminator: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct UnionVariant {
    pub name: String,
    pub ty: TypeRef,
    /// Discriminator values that select this variant.
    pub tags: Vec<String>,
}

/// A use of a type.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TypeRef {
    Primitive(Primitive),
    /// A type defined in `models`.
    Named(TypeId),
    Vec(Box<TypeRef>),
    /// A JSON object with string keys.
    Map(Box<TypeRef>),
    /// Anything JSON.
    Any,
    /// A Rust type the user put in place of a schema (a type replacement), as a path.
    External(String),
    /// A recursive reference: `Box<T>`.
    Boxed(Box<TypeRef>),
    /// A value that may be `null` where no field carries the optionality (list items, map values).
    Nullable(Box<TypeRef>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Primitive {
    String,
    Bool,
    I8,
    U8,
    I16,
    U16,
    I32,
    U32,
    I64,
    U64,
    F32,
    F64,
    Uuid,
    DateTime,
    Date,
    /// Raw bytes: `format: binary` (file uploads, octet-stream bodies).
    Binary,
    Ipv4,
    Ipv6,
}

impl Primitive {
    pub fn is_string(self) -> bool {
        self == Primitive::String
    }
    pub fn is_integer(self) -> bool {
        matches!(
            self,
            Primitive::I8
                | Primitive::U8
                | Primitive::I16
                | Primitive::U16
                | Primitive::I32
                | Primitive::U32
                | Primitive::I64
                | Primitive::U64
        )
    }
}

/// One HTTP operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// snake_case method name, from `operationId` or from method and path.
    pub name: String,
    /// UpperCamelCase prefix for the types that belong to this operation.
    pub type_prefix: String,
    /// The original `operationId` (or the derived one), for messages.
    pub id: String,
    pub method: Method,
    /// Path template as in the spec, `{param}` placeholders included.
    pub path: String,
    pub segments: Vec<PathSegment>,
    pub doc: Option<String>,
    pub deprecated: bool,
    pub path_params: Vec<Param>,
    pub query_params: Vec<Param>,
    pub header_params: Vec<Param>,
    /// Sent together in one `Cookie` header.
    pub cookie_params: Vec<Param>,
    pub body: Option<RequestBody>,
    pub responses: Vec<Response>,
    /// Schemes any one of which authenticates the request (credentials the client sends).
    pub auth: Vec<AuthScheme>,
    /// False when the spec also allows anonymous calls (an empty security requirement).
    pub auth_required: bool,
    /// The status to answer when authentication fails: 401 unless only 403 is documented.
    pub auth_failure_status: u16,
    /// How the server routes this operation; `None` when another operation already takes the same
    /// route and method (reported as a warning).
    pub route: Option<Route>,
    /// The struct of query and header parameters, when there are any.
    pub params: Option<ParamsStruct>,
    /// The client's per-operation error enum (`{Op}Error`).
    pub error_type: String,
    /// The server's per-operation response enum (`{Op}Response`).
    pub response_type: String,
    /// What a successful call returns to the client.
    pub success: Success,
    /// The `Accept` header the client sends.
    pub accept: String,
    /// The client method that also returns the response's status and headers
    /// (`{name}_with_response`).
    pub response_method: String,
    /// When the request body can be sent in several media types: the client method that takes
    /// the one to send (`{name}_with_content_type`).
    pub content_type_method: Option<String>,
    /// When the successes come in several media types: the client method that asks for one.
    pub accept_choice: Option<AcceptChoice>,
    /// How to walk every page, when the operation follows a pagination convention.
    pub pagination: Option<Pagination>,
    /// The operation's tags, as the spec lists them.
    pub tags: Vec<String>,
    /// The trait of [`Ir::server_traits`] that declares it, when there are such traits.
    pub server_trait: Option<usize>,
    /// The feature of [`Ir::tag_features`] that compiles it (its first tag's), when there are
    /// such features.
    pub feature: Option<usize>,
}

/// A client method that asks for a success in the media type the caller names, and returns
/// its bytes (`{name}_with_accept`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AcceptChoice {
    pub method: String,
    /// The media types the successes come in, the default (`Operation::accept`) first.
    pub media_types: Vec<String>,
}

/// A paginated operation: the client gets a `{name}_stream` method yielding every item.
#[derive(Debug, Clone, PartialEq)]
pub struct Pagination {
    /// The stream method's name.
    pub method: String,
    /// The items of one page: the success body's list field (Rust name) and its item type.
    pub items_field: String,
    pub item: TypeRef,
    pub style: PageStyle,
}

/// How the next page is asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum PageStyle {
    /// A page-number query parameter (`page`), and a number in the body naming the next page,
    /// `0` (or absent) on the last one: authentik's `pagination.next`.
    PageNumber {
        /// The params struct's field of the page parameter, and its integer type.
        param: String,
        param_type: Primitive,
        /// Fields (Rust names) from the body down to the next page's number.
        next: Vec<String>,
        next_type: Primitive,
        /// Whether the last field is an `Option`.
        next_optional: bool,
    },
    /// A cursor query parameter (`cursor`), and the next cursor in the body (`next_cursor`),
    /// absent or empty on the last page.
    Cursor {
        param: String,
        next: Vec<String>,
        next_optional: bool,
    },
    /// A link to the next page in the body (`next`, `links.next`), absent, `null` or empty on
    /// the last page: the client requests it as it is (on the API's own origin only).
    NextLink { next: Vec<String>, next_optional: bool },
}

/// The struct that carries an operation's query and header parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct ParamsStruct {
    pub name: String,
    pub derives: Vec<Derive>,
}

/// What a successful call returns: nothing, the one documented body, or an enum of several.
#[derive(Debug, Clone, PartialEq)]
pub enum Success {
    Nothing,
    One(TypeRef),
    /// Successes with different bodies: an enum with one variant per documented status.
    Several { type_name: String },
}

/// A server route: the router's template and how path parameters come out of its captures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    /// Router syntax: captures named `p0`, `p1`, ... in order; literal braces doubled.
    pub template: String,
    pub captures: Vec<Capture>,
}

/// What one route capture holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Capture {
    /// Exactly one path parameter (index into `Operation::path_params`).
    Whole(usize),
    /// A segment mixing parameters with text after them (`{id}.json`), which the router cannot
    /// match on its own: `literals` surround the parameters (one more literal than parameters).
    Split { literals: Vec<String>, params: Vec<usize> },
}

impl Operation {
    pub fn successes(&self) -> impl Iterator<Item = &Response> {
        self.responses.iter().filter(|r| r.is_success())
    }
    pub fn failures(&self) -> impl Iterator<Item = &Response> {
        self.responses.iter().filter(|r| !r.is_success())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
            Method::Head => "HEAD",
            Method::Patch => "PATCH",
            Method::Trace => "TRACE",
        }
    }
}

/// One `/`-separated piece of a path; a piece may mix literal text and parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathSegment {
    pub parts: Vec<PathPart>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathPart {
    Literal(String),
    /// Index into `Operation::path_params`.
    Param(usize),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub name: String,
    pub wire_name: String,
    pub ty: TypeRef,
    pub required: bool,
    pub doc: Option<String>,
    /// The layout the spec asks for (`style` and `explode`), as far as oagen follows it; lowering
    /// reports the rest and falls back to the plain text form.
    pub style: ParamStyle,
    /// How the value is laid out in a query string or a cookie, decided from `style` and the type.
    pub shape: QueryShape,
}

impl Param {
    /// The support function that sends this parameter in one call, when it is optional and of a
    /// shape that has one. The client's emitter calls it; lowering includes it in the crate.
    pub fn optional_push(&self) -> Option<OptionalPush> {
        match (&self.shape, self.required) {
            (QueryShape::Single, false) => Some(OptionalPush::Set),
            (QueryShape::List, false) => Some(OptionalPush::Each),
            _ => None,
        }
    }
}

/// How the client sends an optional parameter in one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptionalPush {
    /// `push_set`: the value, when there is one.
    Set,
    /// `push_each`: each item of the list, when there is one.
    Each,
}

/// The `style` (and `explode`) of a parameter, for the combinations oagen writes and reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamStyle {
    /// `form` exploded (the default in queries and cookies: a list repeats the parameter), or
    /// `simple` in paths and headers (a list is comma-separated).
    Form,
    /// `form` with `explode: false`: a list is one comma-separated value, an object
    /// `name,x,age,3`.
    FormUnexploded,
    /// Lists as one value, items separated by a space / a `|`.
    SpaceDelimited,
    PipeDelimited,
    /// An object as `name[key]=value` pairs.
    DeepObject,
    /// An object as one JSON text (`content: application/json`, or a layout oagen does not follow).
    Json,
}

/// How a query or cookie parameter's value is laid out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryShape {
    /// One value in its text form.
    Single,
    /// A list repeating the parameter once per item (`form`, exploded); `CheckedList` is built
    /// through the list type's constructor, which checks its size rules.
    List,
    CheckedList,
    /// A list as one value, items joined by `delimiter` (`,`, ` ` or `|`); `checked` as above.
    Delimited { delimiter: char, checked: bool },
    /// An object, one pair per property: `name=x&age=3` (`form`, exploded) or
    /// `filter[name]=x&filter[age]=3` (`deepObject`).
    Object(QueryObject),
}

/// An object parameter laid out property by property.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryObject {
    /// The struct (aliases followed).
    pub struct_type: TypeId,
    pub fields: Vec<QueryObjectField>,
    /// The struct keeps unlisted properties (neither sent nor read; lowering says so).
    pub additional: bool,
    /// `form` with `explode: false`: every property in the parameter's one value,
    /// `name,x,age,3` (lowering keeps it to objects of plain values).
    pub packed: bool,
}

/// One property of an object parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryObjectField {
    /// The struct field's Rust name.
    pub field: String,
    /// The key of its pairs: the property's name (`form`, packed or not) or `param[name]`
    /// (`deepObject`).
    pub key: String,
    /// The field's type (without the `Option` its presence adds).
    pub ty: TypeRef,
    pub presence: Presence,
    /// `Single`, `List` or `CheckedList`: a list property repeats its key.
    pub shape: QueryShape,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RequestBody {
    pub ty: TypeRef,
    pub required: bool,
    pub media: BodyMedia,
    /// For `multipart/form-data`: the struct the parts fill, part by part.
    pub multipart: Option<Multipart>,
    /// Every media type the server accepts for this body (the spec's order), each with the
    /// encoding it is decoded as; a request with another `Content-Type` is answered 415. `media`
    /// is among them, and the client sends it.
    pub accepted: Vec<AcceptedMedia>,
}

/// One media type a request body may come in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AcceptedMedia {
    /// The media type as the spec lists it, lowercased, without parameters; `*` wildcards stay
    /// (`text/*`, `*/*`).
    pub media_type: String,
    pub media: BodyMedia,
}

impl RequestBody {
    /// The media types the client can send the body as, the default (`media`) first: those the
    /// server accepts, less wildcards.
    pub fn offered(&self) -> Vec<&AcceptedMedia> {
        let mut offered: Vec<&AcceptedMedia> = self.accepted.iter().filter(|a| !a.media_type.contains('*')).collect();
        if let Some(default) = offered.iter().position(|a| a.media == self.media) {
            let first = offered.remove(default);
            offered.insert(0, first);
        }
        offered
    }
}

/// A multipart body: the struct it fills and how each of its fields travels.
#[derive(Debug, Clone, PartialEq)]
pub struct Multipart {
    /// The struct (aliases followed).
    pub struct_type: TypeId,
    pub parts: Vec<MultipartPart>,
    /// The struct keeps unlisted properties (they are not read from parts).
    pub additional: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MultipartPart {
    /// The struct field's Rust name.
    pub field: String,
    pub wire_name: String,
    pub presence: Presence,
    pub kind: PartKind,
}

/// Whether a value must be present, may be absent, or may also be an explicit `null`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    Required,
    Optional,
    /// `Option<Option<T>>`: absent, `null` and a value differ.
    TriState,
}

/// How one property of a multipart body travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    /// A file part: the bytes as they are.
    File,
    /// A text part in the parameter text form (strings, numbers, enums).
    Text,
    /// A text part holding JSON (objects, lists).
    Json,
}

/// How a body is encoded on the wire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BodyMedia {
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `multipart/form-data`: one part per property of the body struct.
    Multipart,
    /// Bytes as they are (`application/octet-stream`, images, ...).
    Binary { content_type: String },
    /// UTF-8 text (`text/plain`, `text/csv`, XML or YAML taken as text).
    Text { content_type: String },
}

impl BodyMedia {
    /// The media type sent in `Content-Type` and `Accept`.
    pub fn content_type(&self) -> &str {
        match self {
            BodyMedia::Json => "application/json",
            BodyMedia::Text { content_type } | BodyMedia::Binary { content_type } => content_type,
            BodyMedia::Form => "application/x-www-form-urlencoded",
            BodyMedia::Multipart => "multipart/form-data",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    pub status: Status,
    /// Variant name in the operation's response and error enums (`Ok`, `BadRequest`, ...).
    pub variant: String,
    pub body: Option<TypeRef>,
    pub media: BodyMedia,
    pub doc: Option<String>,
}

impl Response {
    /// A `2xx` status, or the range `2XX`.
    pub fn is_success(&self) -> bool {
        match self.status {
            Status::Code(code) => (200..300).contains(&code),
            Status::Range(first) => first == 2,
            Status::Default => false,
        }
    }

    /// A documented error of one fixed status whose body is JSON: the client decodes it into its
    /// error variant through the shared `Answer::error`.
    pub fn is_json_error(&self) -> bool {
        !self.is_success() && self.body.is_some() && self.media == BodyMedia::Json && matches!(self.status, Status::Code(_))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Code(u16),
    /// `4XX`-style ranges: the first digit.
    Range(u16),
    Default,
}

/// How an operation authenticates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthScheme {
    Bearer,
    Basic,
    ApiKey { location: ApiKeyLocation, name: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiKeyLocation {
    Header,
    Query,
    Cookie,
}
