// Support code oagen copies into the generated `client` module.
// When some response body is JSON. Conditions: `unchecked` when responses are decoded without
// constraint checks (`check-responses = false`); `json_errors` when some documented error of a
// fixed status carries JSON.

/// Decodes a JSON body, keeping the raw bytes when it does not match.
fn decode<T: serde::de::DeserializeOwned, E>(status: u16, headers: &reqwest::header::HeaderMap, body: Vec<u8>) -> Result<T, Error<E>> {
    #[cfg(oagen = "unchecked")]
    let decoded = decode_unchecked(|| serde_json::from_slice(&body));
    #[cfg(not(oagen = "unchecked"))]
    let decoded = serde_json::from_slice(&body);
    decoded.map_err(|source| Error::InvalidBody { status, headers: Box::new(headers.clone()), body, source })
}

/// A documented error response: its JSON body decoded into the operation's error `variant`. One
/// generic function rather than `decode(..)?` inside every operation's `match`, which costs rustc
/// more to check than the rest of the operation.
#[cfg(oagen = "json_errors")]
fn decode_error<T, B: serde::de::DeserializeOwned, E>(
    status: u16,
    headers: &reqwest::header::HeaderMap,
    body: Vec<u8>,
    variant: fn(B) -> E,
) -> Result<T, Error<E>> {
    let body = decode(status, headers, body)?;
    Err(Error::Api(variant(body), Box::new(headers.clone())))
}
