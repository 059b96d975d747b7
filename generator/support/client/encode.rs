// Support code oagen copies into the generated `client` module.
// When some request body is JSON.

/// A JSON request body.
fn encode<T: serde::Serialize + ?Sized>(content_type: &'static str, body: &T) -> Body {
    match serde_json::to_vec(body) {
        Ok(bytes) => Body::Bytes { content_type, bytes },
        Err(err) => Body::Invalid(err.to_string()),
    }
}
