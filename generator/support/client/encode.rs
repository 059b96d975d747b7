// Support code oagen copies into the generated `client` module.
// When some request body is JSON.

/// Serializes a JSON request body.
fn encode<T: serde::Serialize + ?Sized>(body: &T) -> Result<Vec<u8>, Failure> {
    serde_json::to_vec(body).map_err(|err| Failure::InvalidRequest(err.to_string()))
}
