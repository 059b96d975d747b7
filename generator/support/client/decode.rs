// Support code oagen copies into the generated `client` module.
// When some response body is JSON. Condition: `unchecked` when responses are decoded without
// constraint checks (`check-responses = false`).

/// Decodes a JSON body, keeping the raw bytes when it does not match.
fn decode<T: serde::de::DeserializeOwned, E>(status: u16, headers: &reqwest::header::HeaderMap, body: Vec<u8>) -> Result<T, Error<E>> {
    #[cfg(oagen = "unchecked")]
    let decoded = decode_unchecked(|| serde_json::from_slice(&body));
    #[cfg(not(oagen = "unchecked"))]
    let decoded = serde_json::from_slice(&body);
    decoded.map_err(|source| Error::InvalidBody { status, headers: Box::new(headers.clone()), body, source })
}
