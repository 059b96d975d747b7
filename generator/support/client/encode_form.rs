// Support code oagen copies into the generated `client` module.
// When some request body is `application/x-www-form-urlencoded`.

/// An `application/x-www-form-urlencoded` request body.
fn encode_form<T: serde::Serialize + ?Sized>(content_type: &'static str, body: &T) -> Body {
    match serde_urlencoded::to_string(body) {
        Ok(text) => Body::Bytes { content_type, bytes: text.into_bytes() },
        Err(err) => Body::Invalid(err.to_string()),
    }
}
