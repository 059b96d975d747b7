// Support code oagen copies into the generated `server` module.
// When some request body is `application/x-www-form-urlencoded`.

/// Decodes an `application/x-www-form-urlencoded` body, naming the offending field.
fn form_body<T: serde::de::DeserializeOwned>(operation: &'static str, body: &Bytes) -> Result<T, Rejection> {
    let deserializer = serde_urlencoded::Deserializer::new(form_urlencoded::parse(body));
    serde_path_to_error::deserialize(deserializer).map_err(|err| {
        let path = err.path().to_string();
        let name = if path == "." || path == "?" { String::new() } else { path };
        Rejection::invalid(operation, RejectionLocation::Body, name, err.into_inner().to_string())
    })
}
