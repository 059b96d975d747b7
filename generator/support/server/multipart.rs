// Support code oagen copies into the generated `server` module.
// When some request body is `multipart/form-data`.

/// The parts of a multipart body, by name.
struct MultipartParts {
    operation: &'static str,
    parts: Vec<(String, Vec<u8>)>,
}

/// Takes apart a multipart body already read under the router's limit; `headers` carry its
/// `Content-Type` (and boundary).
async fn read_multipart(operation: &'static str, headers: &HeaderMap, body: Bytes) -> Result<MultipartParts, Rejection> {
    use axum::extract::FromRequest as _;
    let invalid = |message: String| Rejection::invalid(operation, RejectionLocation::Body, "", message);
    if is_empty_multipart(headers, &body) {
        return Ok(MultipartParts { operation, parts: Vec::new() });
    }
    let mut request = axum::extract::Request::new(axum::body::Body::from(body));
    if let Some(content_type) = headers.get(axum::http::header::CONTENT_TYPE) {
        request.headers_mut().insert(axum::http::header::CONTENT_TYPE, content_type.clone());
    }
    let mut multipart = axum::extract::Multipart::from_request(request, &()).await.map_err(|err| invalid(err.body_text()))?;
    let mut parts = Vec::new();
    while let Some(field) = multipart.next_field().await.map_err(|err| invalid(err.body_text()))? {
        let name = field.name().unwrap_or_default().to_owned();
        let bytes = field.bytes().await.map_err(|err| invalid(err.body_text()))?;
        parts.push((name, bytes.to_vec()));
    }
    Ok(MultipartParts { operation, parts })
}

/// An empty body, or one of the closing delimiter alone: a form without parts, as clients send
/// one whose parts are all optional and absent (reqwest sends nothing at all). RFC 2046 asks for
/// one part at least, and the parser refuses both; the operation's own checks decide whether no
/// parts will do.
fn is_empty_multipart(headers: &HeaderMap, body: &[u8]) -> bool {
    let content_type = headers.get(axum::http::header::CONTENT_TYPE).and_then(|value| value.to_str().ok()).unwrap_or_default();
    let boundary = content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        name.trim().eq_ignore_ascii_case("boundary").then(|| value.trim().trim_matches('"'))
    });
    let body = body.trim_ascii();
    boundary.is_some_and(|boundary| !boundary.is_empty() && (body.is_empty() || body == format!("--{boundary}--").as_bytes()))
}

#[allow(dead_code)]
impl MultipartParts {
    fn raw(&self, name: &str) -> Option<&[u8]> {
        self.parts.iter().find(|(n, _)| n == name).map(|(_, bytes)| bytes.as_slice())
    }

    fn file(&self, name: &str) -> Option<Vec<u8>> {
        self.raw(name).map(<[u8]>::to_vec)
    }

    fn text<T: ParamValue>(&self, name: &'static str) -> Result<Option<T>, Rejection> {
        let Some(bytes) = self.raw(name) else { return Ok(None) };
        let text = std::str::from_utf8(bytes)
            .map_err(|_| Rejection::invalid(self.operation, RejectionLocation::Body, name, "the part is not UTF-8 text"))?;
        T::from_param(text).map(Some).map_err(|message| Rejection::invalid(self.operation, RejectionLocation::Body, name, message))
    }

    fn json<T: serde::de::DeserializeOwned>(&self, name: &'static str) -> Result<Option<T>, Rejection> {
        let Some(bytes) = self.raw(name) else { return Ok(None) };
        serde_json::from_slice(bytes)
            .map(Some)
            .map_err(|err| Rejection::invalid(self.operation, RejectionLocation::Body, name, err.to_string()))
    }
}

/// A required part, or the rejection that names it (unused by an API whose parts are all optional).
#[allow(dead_code)]
fn required_part<T>(operation: &'static str, name: &'static str, value: Option<T>) -> Result<T, Rejection> {
    value.ok_or_else(|| Rejection::invalid(operation, RejectionLocation::Body, name, "this part is required"))
}
