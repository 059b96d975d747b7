//! The tables that map spec vocabulary to Rust: string and integer formats to primitive types, and
//! media types to body encodings. Lowering consults only these; adding a format or a media type is one
//! row here and one arm in the emitter that prints it.

use super::{BodyMedia, Needs, Primitive};

/// `type: string` formats with a Rust type of their own; any other format is a `String`.
const STRING_FORMATS: &[(&str, Primitive)] = &[
    ("uuid", Primitive::Uuid),
    ("date-time", Primitive::DateTime),
    ("date", Primitive::Date),
    ("binary", Primitive::Binary),
    ("ipv4", Primitive::Ipv4),
    ("ipv6", Primitive::Ipv6),
];

/// The primitive for a string `format` (`None` when absent).
pub fn string_format(format: Option<&str>) -> Primitive {
    format
        .and_then(|format| STRING_FORMATS.iter().find(|(name, _)| *name == format))
        .map_or(Primitive::String, |(_, primitive)| *primitive)
}

/// `type: integer` formats and their Rust integers; any other format (or none) is an `i64`.
const INTEGER_FORMATS: &[(&str, Primitive)] = &[
    ("int8", Primitive::I8),
    ("uint8", Primitive::U8),
    ("int16", Primitive::I16),
    ("uint16", Primitive::U16),
    ("int32", Primitive::I32),
    ("uint32", Primitive::U32),
    ("int64", Primitive::I64),
    ("uint64", Primitive::U64),
];

/// The primitive for an integer `format` (`None` when absent).
pub fn integer_format(format: Option<&str>) -> Primitive {
    format
        .and_then(|format| INTEGER_FORMATS.iter().find(|(name, _)| *name == format))
        .map_or(Primitive::I64, |(_, primitive)| *primitive)
}

/// The values an integer primitive holds, inclusive (`None` for non-integers).
pub fn integer_range(primitive: Primitive) -> Option<(i128, i128)> {
    let range = match primitive {
        Primitive::I8 => (i128::from(i8::MIN), i128::from(i8::MAX)),
        Primitive::U8 => (0, i128::from(u8::MAX)),
        Primitive::I16 => (i128::from(i16::MIN), i128::from(i16::MAX)),
        Primitive::U16 => (0, i128::from(u16::MAX)),
        Primitive::I32 => (i128::from(i32::MIN), i128::from(i32::MAX)),
        Primitive::U32 => (0, i128::from(u32::MAX)),
        Primitive::I64 => (i128::from(i64::MIN), i128::from(i64::MAX)),
        Primitive::U64 => (0, i128::from(u64::MAX)),
        _ => return None,
    };
    Some(range)
}

/// Records the crate (or support code) a primitive's Rust type needs.
pub fn note_dependency(primitive: Primitive, needs: &mut Needs) {
    match primitive {
        Primitive::Uuid => needs.uuid = true,
        Primitive::DateTime | Primitive::Date => needs.chrono = true,
        Primitive::Ipv4 | Primitive::Ipv6 => needs.net = true,
        Primitive::String
        | Primitive::Bool
        | Primitive::I8
        | Primitive::U8
        | Primitive::I16
        | Primitive::U16
        | Primitive::I32
        | Primitive::U32
        | Primitive::I64
        | Primitive::U64
        | Primitive::F32
        | Primitive::F64
        | Primitive::Binary => {}
    }
}

/// How a media type's essence is recognised.
enum Match {
    Exact(&'static str),
    Prefix(&'static str),
    Suffix(&'static str),
    Contains(&'static str),
}

/// What a body of that media type is generated as.
#[derive(Clone, Copy)]
enum Encoding {
    Json,
    Form,
    Multipart,
    Text,
    Binary,
}

/// Media types and their encodings; the first matching row decides. Anything unmatched is raw
/// bytes. When a body offers several media types, `application/json` is preferred, then other
/// JSON, forms, multipart, text and bytes, in that order.
const MEDIA_TYPES: &[(Match, Encoding)] = &[
    (Match::Exact("application/json"), Encoding::Json),
    (Match::Exact("*/*"), Encoding::Json),
    (Match::Exact("application/*"), Encoding::Json),
    (Match::Suffix("+json"), Encoding::Json),
    (Match::Suffix("/json"), Encoding::Json),
    (Match::Exact("application/x-www-form-urlencoded"), Encoding::Form),
    (Match::Exact("multipart/form-data"), Encoding::Multipart),
    (Match::Exact("multipart/mixed"), Encoding::Multipart),
    (Match::Prefix("text/"), Encoding::Text),
    (Match::Suffix("+xml"), Encoding::Text),
    (Match::Suffix("/xml"), Encoding::Text),
    (Match::Contains("yaml"), Encoding::Text),
    (Match::Suffix("openapi"), Encoding::Text),
];

/// The encoding of a media type and its preference rank (lower is preferred).
pub fn media_type(media: &str) -> (BodyMedia, usize) {
    let essence = media.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    let row = MEDIA_TYPES.iter().position(|(pattern, _)| match pattern {
        Match::Exact(text) => essence == *text,
        Match::Prefix(text) => essence.starts_with(text),
        Match::Suffix(text) => essence.ends_with(text),
        Match::Contains(text) => essence.contains(text),
    });
    let encoding = row.map_or(Encoding::Binary, |row| MEDIA_TYPES[row].1);
    match encoding {
        Encoding::Json if essence.starts_with("application/json") => (BodyMedia::Json, 0),
        Encoding::Json => (BodyMedia::Json, 1),
        Encoding::Form => (BodyMedia::Form, 2),
        Encoding::Multipart => (BodyMedia::Multipart, 3),
        Encoding::Text => (BodyMedia::Text { content_type: essence }, 4),
        Encoding::Binary => (BodyMedia::Binary { content_type: essence }, 5),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_map_to_primitives() {
        assert_eq!(string_format(Some("ipv4")), Primitive::Ipv4);
        assert_eq!(string_format(Some("email")), Primitive::String);
        assert_eq!(string_format(None), Primitive::String);
    }

    #[test]
    fn integer_formats_map_to_rust_integers() {
        assert_eq!(integer_format(Some("uint8")), Primitive::U8);
        assert_eq!(integer_format(Some("int16")), Primitive::I16);
        assert_eq!(integer_format(Some("uint64")), Primitive::U64);
        assert_eq!(integer_format(Some("int128")), Primitive::I64);
        assert_eq!(integer_format(None), Primitive::I64);
        assert_eq!(integer_range(Primitive::U8), Some((0, 255)));
        assert_eq!(integer_range(Primitive::F64), None);
    }

    #[test]
    fn media_types_rank_json_first() {
        assert_eq!(media_type("application/json; charset=utf-8").0, BodyMedia::Json);
        assert_eq!(media_type("application/problem+json").0, BodyMedia::Json);
        assert_eq!(media_type("text/csv").0, BodyMedia::Text { content_type: "text/csv".into() });
        assert_eq!(media_type("image/png").0, BodyMedia::Binary { content_type: "image/png".into() });
        assert!(media_type("application/json").1 < media_type("multipart/form-data").1);
    }
}
