// Support code oagen copies into the generated `client` module.
// When some response body is JSON. Conditions: `unchecked` when responses are decoded without
// constraint checks (`check-responses = false`); `json_errors` when some documented error of a
// fixed status carries JSON.

impl Answer<'_> {
    /// Decodes the JSON body, keeping the raw bytes (copied, on failure only) when it does not match.
    fn decode<T: serde::de::DeserializeOwned, E>(&self) -> Result<T, Error<E>> {
        #[cfg(oagen = "unchecked")]
        let decoded = decode_unchecked(|| serde_json::from_slice(&self.body));
        #[cfg(not(oagen = "unchecked"))]
        let decoded = serde_json::from_slice(&self.body);
        decoded.map_err(|source| Error::InvalidBody { status: self.status, headers: Box::new(self.headers.clone()), body: self.body.clone(), source })
    }

    /// A documented error response: its JSON body decoded into the operation's error `variant`. One
    /// generic method rather than `decode()?` inside every operation's `match`, which costs rustc
    /// more to check than the rest of the operation.
    #[cfg(oagen = "json_errors")]
    fn error<T, B: serde::de::DeserializeOwned, E>(&self, variant: fn(B) -> E) -> Result<T, Error<E>> {
        let body = self.decode()?;
        Err(Error::Api(variant(body), Box::new(self.headers.clone())))
    }
}
