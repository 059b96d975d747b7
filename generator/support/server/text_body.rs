// Support code oagen copies into the generated `server` module.
// When some request body is text.

fn text_body(operation: &'static str, body: &Bytes) -> Result<String, Rejection> {
    String::from_utf8(body.to_vec())
        .map_err(|_| Rejection::invalid(operation, RejectionLocation::Body, "", "the body is not UTF-8 text"))
}
