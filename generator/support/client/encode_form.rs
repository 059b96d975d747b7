// Support code oagen copies into the generated `client` module.
// When some request body is `application/x-www-form-urlencoded`.

/// Serializes an `application/x-www-form-urlencoded` body.
fn encode_form<T: serde::Serialize + ?Sized>(body: &T) -> Result<Vec<u8>, Failure> {
    serde_urlencoded::to_string(body)
        .map(String::into_bytes)
        .map_err(|err| Failure::InvalidRequest(err.to_string()))
}
