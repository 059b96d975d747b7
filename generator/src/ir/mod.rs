//! Stage 2: the intermediate representation. Plain data: every decision about the shape of the Rust
//! code is made while lowering the document into it, so emitters only have to print it.

mod lower;
pub mod naming;
pub mod pattern;

pub use lower::{Options, lower};
pub(crate) use lower::derived_operation_id;

use crate::error::Warning;

/// Everything the emitters need, and nothing from the OpenAPI document.
#[derive(Debug, Clone, PartialEq)]
pub struct Ir {
    pub api: ApiInfo,
    pub types: Vec<TypeDef>,
    pub operations: Vec<Operation>,
    pub warnings: Vec<Warning>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ApiInfo {
    pub title: String,
    pub version: String,
    pub description: Option<String>,
}

/// A named Rust type in `models`.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    pub name: String,
    pub doc: Option<String>,
    pub kind: TypeKind,
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
    Named(String),
    Vec(Box<TypeRef>),
    /// A JSON object with string keys.
    Map(Box<TypeRef>),
    /// Anything JSON.
    Any,
    /// A recursive reference: `Box<T>`.
    Boxed(Box<TypeRef>),
    /// A value that may be `null` where no field carries the optionality (list items, map values).
    Nullable(Box<TypeRef>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Primitive {
    String,
    Bool,
    I32,
    I64,
    F32,
    F64,
    Uuid,
    DateTime,
    Date,
    /// Raw bytes: `format: binary` (file uploads, octet-stream bodies).
    Binary,
}

impl Primitive {
    pub fn is_string(self) -> bool {
        self == Primitive::String
    }
    pub fn is_integer(self) -> bool {
        matches!(self, Primitive::I32 | Primitive::I64)
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
    /// Whether the operation has a query-parameter struct.
    pub fn has_params_struct(&self) -> bool {
        !self.query_params.is_empty() || !self.header_params.is_empty()
    }
    pub fn params_type(&self) -> String {
        format!("{}Params", self.type_prefix)
    }
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
}

#[derive(Debug, Clone, PartialEq)]
pub struct RequestBody {
    pub ty: TypeRef,
    pub required: bool,
    pub media: BodyMedia,
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
    pub fn is_success(&self) -> bool {
        matches!(self.status, Status::Code(code) if (200..300).contains(&code))
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
