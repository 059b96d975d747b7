// Support code oagen copies into the generated `server` module.
// When some request body is binary.

fn binary_body(_operation: &'static str, body: &Bytes) -> Result<Vec<u8>, Rejection> {
    Ok(body.to_vec())
}
