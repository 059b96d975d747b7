// Support code oagen copies into the generated `server` module.
// When some documented status has no named `StatusCode` constant.

/// A status the spec documents that has no named constant.
fn status_code(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}
