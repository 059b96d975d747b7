//! HTTP vocabulary: routes, media types, status names, references and derived names.

use indexmap::IndexMap;
use openapiv3::{Parameter, ReferenceOr, Schema};

use crate::ir::formats::media_type;
use crate::ir::*;

/// The router template for a path. The router matches a literal prefix before a parameter
/// (`image{n}`) but not text after one (`{id}.json`) or two parameters in a segment; those segments
/// are captured whole and split by the handler.
pub(super) fn route_for(segments: &[PathSegment]) -> Route {
    let escape = |text: &str| text.replace('{', "{{").replace('}', "}}");
    let mut template = String::new();
    let mut captures = Vec::new();
    for segment in segments {
        template.push('/');
        let name = format!("{{p{}}}", captures.len());
        match segment.parts.as_slice() {
            [PathPart::Literal(text)] => template.push_str(&escape(text)),
            [PathPart::Param(param)] => {
                template.push_str(&name);
                captures.push(Capture::Whole(*param));
            }
            [PathPart::Literal(prefix), PathPart::Param(param)] => {
                template.push_str(&escape(prefix));
                template.push_str(&name);
                captures.push(Capture::Whole(*param));
            }
            parts => {
                template.push_str(&name);
                let mut literals = vec![String::new()];
                let mut params = Vec::new();
                for part in parts {
                    match part {
                        PathPart::Literal(text) => literals.last_mut().map(|l| l.push_str(text)).unwrap_or_default(),
                        PathPart::Param(param) => {
                            params.push(*param);
                            literals.push(String::new());
                        }
                    }
                }
                captures.push(Capture::Split { literals, params });
            }
        }
    }
    if template.is_empty() {
        template.push('/');
    }
    Route { template, captures }
}

/// Which of several media types a body is generated for (see [`media_type`] for the preference).
pub(super) fn preferred_media(content: &IndexMap<String, openapiv3::MediaType>) -> Option<(&str, BodyMedia, Option<&ReferenceOr<Schema>>)> {
    content
        .iter()
        .map(|(media, body)| (media.as_str(), media_type(media), body.schema.as_ref()))
        .min_by_key(|(_, (_, rank), _)| *rank)
        .map(|(media, (kind, _), schema)| (media, kind, schema))
}

pub(super) fn param_location(param: &Parameter) -> &'static str {
    match param {
        Parameter::Query { .. } => "query",
        Parameter::Header { .. } => "header",
        Parameter::Path { .. } => "path",
        Parameter::Cookie { .. } => "cookie",
    }
}

pub(super) fn parent_pointer(pointer: &str) -> &str {
    pointer.rsplit_once('/').map_or(pointer, |(parent, _)| parent)
}

/// Decodes `%XX` escapes; malformed escapes are kept as they are.
pub(super) fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%' && i + 2 < bytes.len())
            .then(|| std::str::from_utf8(&bytes[i + 1..i + 3]).ok())
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        if let Some(byte) = escaped {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}

pub(super) fn unescape_token(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// The discriminator values that select the schema `reference` points at: the mapping's keys that
/// name it, or else the schema's own name (what the spec prescribes without a mapping).
pub(super) fn discriminator_tags(discriminator: &openapiv3::Discriminator, reference: &str) -> Vec<String> {
    let key = reference.rsplit('/').next().map(unescape_token).unwrap_or_default();
    let mapped: Vec<String> = discriminator
        .mapping
        .iter()
        .filter(|(_, target)| target.as_str() == reference || target.as_str() == key)
        .map(|(tag, _)| tag.clone())
        .collect();
    if mapped.is_empty() && reference.starts_with("#/components/schemas/") { vec![key] } else { mapped }
}

/// `get /pets/{id}/toys` → `get_pets_by_id_toys`: stable, and distinct per method and path.
pub(crate) fn derived_operation_id(method: Method, path: &str) -> String {
    let mut id = method.as_str().to_lowercase();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        id.push('_');
        if segment.starts_with('{') {
            id.push_str("by_");
        }
        id.push_str(segment.trim_matches(|c| c == '{' || c == '}'));
    }
    id
}

/// Items, map values and bodies that may be `null` become `Option<T>`; `Any` already holds `null`.
pub(super) fn wrap_nullable(ty: TypeRef, nullable: bool) -> TypeRef {
    if nullable && ty != TypeRef::Any { TypeRef::Nullable(Box::new(ty)) } else { ty }
}

/// Doc text from a title and a description, with line endings normalised.
pub(super) fn doc_text(title: Option<&str>, description: Option<&str>) -> Option<String> {
    let clean = |s: &str| escape_tags(&s.replace("\r\n", "\n").replace('\r', "\n")).trim().to_owned();
    let parts: Vec<String> = [title, description].into_iter().flatten().map(clean).filter(|s| !s.is_empty()).collect();
    if parts.is_empty() { None } else { Some(parts.join("\n\n")) }
}

/// Variant names for a status: `200` → `Ok`, `404` → `NotFound`, `default` → `Default`.
pub(super) fn status_variant(status: Status) -> String {
    let code = match status {
        Status::Default => return "Default".into(),
        Status::Range(range) => return format!("Status{range}xx"),
        Status::Code(code) => code,
    };
    let reason = match code {
        100 => "Continue",
        101 => "SwitchingProtocols",
        200 => "Ok",
        201 => "Created",
        202 => "Accepted",
        203 => "NonAuthoritativeInformation",
        204 => "NoContent",
        205 => "ResetContent",
        206 => "PartialContent",
        207 => "MultiStatus",
        300 => "MultipleChoices",
        301 => "MovedPermanently",
        302 => "Found",
        303 => "SeeOther",
        304 => "NotModified",
        307 => "TemporaryRedirect",
        308 => "PermanentRedirect",
        400 => "BadRequest",
        401 => "Unauthorized",
        402 => "PaymentRequired",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        406 => "NotAcceptable",
        407 => "ProxyAuthenticationRequired",
        408 => "RequestTimeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "LengthRequired",
        412 => "PreconditionFailed",
        413 => "PayloadTooLarge",
        414 => "UriTooLong",
        415 => "UnsupportedMediaType",
        416 => "RangeNotSatisfiable",
        417 => "ExpectationFailed",
        418 => "ImATeapot",
        422 => "UnprocessableEntity",
        423 => "Locked",
        424 => "FailedDependency",
        425 => "TooEarly",
        426 => "UpgradeRequired",
        428 => "PreconditionRequired",
        429 => "TooManyRequests",
        431 => "RequestHeaderFieldsTooLarge",
        451 => "UnavailableForLegalReasons",
        500 => "InternalServerError",
        501 => "NotImplemented",
        502 => "BadGateway",
        503 => "ServiceUnavailable",
        504 => "GatewayTimeout",
        505 => "HttpVersionNotSupported",
        507 => "InsufficientStorage",
        _ => return format!("Status{code}"),
    };
    reason.into()
}

/// A union variant's name from its type: `Pet`, `String`, `Vec`, ...
pub(super) fn variant_name(ty: &TypeRef, name_of: &dyn Fn(TypeId) -> String) -> String {
    match ty {
        TypeRef::Named(id) => name_of(*id),
        TypeRef::Primitive(p) => format!("{p:?}"),
        TypeRef::Vec(inner) => format!("{}List", variant_name(inner, name_of)),
        TypeRef::Map(inner) => format!("{}Map", variant_name(inner, name_of)),
        TypeRef::Any => "Value".into(),
        TypeRef::External(path) => crate::ir::naming::type_name(path.rsplit("::").next().unwrap_or(path)),
        TypeRef::Boxed(inner) | TypeRef::Nullable(inner) => variant_name(inner, name_of),
    }
}

/// A field or parameter whose Rust name differs from its wire name says the wire name in its
/// doc, so users can find `user__username` as `user_username`.
pub(super) fn with_wire_name(doc: Option<String>, name: &str, wire_name: &str) -> Option<String> {
    if name.trim_start_matches("r#") == wire_name {
        return doc;
    }
    let note = if wire_name.is_empty() { "Wire name: the empty string.".to_owned() } else { format!("Wire name: `{wire_name}`.") };
    Some(match doc {
        Some(doc) => format!("{doc}\n\n{note}"),
        None => note,
    })
}

/// Descriptions are prose: `<name>` there is a placeholder, not HTML, and rustdoc would warn about
/// an unclosed tag. Outside code spans, `<` before a letter is written `&lt;` (autolinks such as
/// `<https://...>` stay).
fn escape_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_code = false;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let after = &rest[c.len_utf8()..];
        match c {
            '`' => in_code = !in_code,
            '<' if !in_code
                && after.starts_with(|n: char| n.is_ascii_alphabetic() || n == '/')
                && !after.starts_with("http://")
                && !after.starts_with("https://") =>
            {
                out.push_str("&lt;");
                rest = after;
                continue;
            }
            _ => {}
        }
        out.push(c);
        rest = after;
    }
    out
}
