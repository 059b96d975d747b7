// Support code oagen copies into the generated `client` module.
// Always. Conditions: `body` when some operation sends a body, `multipart` when some body is
// `multipart/form-data`, `auth` when some operation takes credentials, `api_key` when some takes an
// API key, `cookies` when some operation takes cookie parameters, `optional_params` and
// `optional_lists` when some takes an optional parameter of one value or an optional list.

/// Everything one call sends, in a shape that is the same for every operation.
struct Request {
    method: reqwest::Method,
    /// Path segments below the base URL, unencoded; `url` percent-encodes them.
    segments: Vec<String>,
    query: Vec<(&'static str, String)>,
    headers: Vec<(&'static str, String)>,
    #[cfg(oagen = "body")]
    body: Option<Body>,
    /// The media type the operation answers with.
    accept: &'static str,
    #[cfg(oagen = "auth")]
    authenticated: bool,
    #[cfg(oagen = "api_key")]
    api_keys: &'static [ApiKeyPlace],
}

/// Pushes `(key, value)` when an optional parameter is set: a line in an operation method
/// rather than an `if let` block.
#[cfg(oagen = "optional_params")]
fn push_set<T: ParamValue>(pairs: &mut Vec<(&'static str, String)>, key: &'static str, value: Option<&T>) {
    if let Some(value) = value {
        pairs.push((key, value.to_param()));
    }
}

/// Pushes `(key, item)` for each item of an optional list parameter (`explode`: the key repeats).
#[cfg(oagen = "optional_lists")]
fn push_each<T: ParamValue>(pairs: &mut Vec<(&'static str, String)>, key: &'static str, items: Option<&[T]>) {
    for item in items.unwrap_or_default() {
        pairs.push((key, item.to_param()));
    }
}

/// A response as it came: status, headers and the whole body.
struct Raw {
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: Vec<u8>,
}

/// A response as an operation's `match` on its status reads it. An API whose responses never
/// need the headers or the body leaves those fields unread.
#[allow(dead_code)]
struct Answer<'a> {
    status: u16,
    headers: &'a reqwest::header::HeaderMap,
    body: Vec<u8>,
}

#[cfg(oagen = "body")]
/// A request body, encoded. Which variants an API builds depends on its bodies' media types
/// (an API of multipart uploads only never builds `Bytes`).
#[allow(dead_code)]
enum Body {
    Bytes { content_type: &'static str, bytes: Vec<u8> },
    #[cfg(oagen = "multipart")]
    Multipart(reqwest::multipart::Form),
    /// A body that could not be encoded: the call fails with `Error::InvalidRequest` before
    /// anything is sent. Building a request never fails, so the methods stay plain functions.
    Invalid(String),
}

#[cfg(oagen = "cookies")]
/// One `Cookie` header for an operation's cookie parameters: `name=value; name=value`, each
/// value percent-encoded where a cookie may not hold it as it is (RFC 6265's `cookie-octet`),
/// and `%` and `+`, which the reading side decodes.
fn cookie_header(cookies: &[(&'static str, String)]) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut header = String::new();
    for (name, value) in cookies {
        if !header.is_empty() {
            header.push_str("; ");
        }
        header.push_str(name);
        header.push('=');
        for byte in value.bytes() {
            if byte.is_ascii_graphic() && !matches!(byte, b'"' | b',' | b';' | b'\\' | b'%' | b'+') {
                header.push(char::from(byte));
            } else {
                header.push('%');
                header.push(char::from(HEX[usize::from(byte >> 4)]));
                header.push(char::from(HEX[usize::from(byte & 0x0f)]));
            }
        }
    }
    header
}
