// Support code oagen copies into the generated `client` module.
// When some response body is JSON.

/// Decodes a JSON body, keeping the raw bytes when it does not match.
fn decode<T: serde::de::DeserializeOwned, E>(status: u16, body: Vec<u8>) -> Result<T, Error<E>> {
    serde_json::from_slice(&body).map_err(|source| Error::InvalidBody { status, body, source })
}
