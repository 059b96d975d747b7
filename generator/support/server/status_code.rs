// Support code oagen copies into the generated `server` module.
// When some documented status has no named `StatusCode` constant, or is a range or `default`;
// `status_ranges` when some response is documented as a range (`2XX`).

/// A status the spec documents that has no named constant.
fn status_code(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// The status a handler picked for a response documented as the range `first`XX, when it lies
/// inside; otherwise a 500 naming both, so a status the spec does not document for that body
/// never reaches a caller dressed as a documented one.
#[cfg(oagen = "status_ranges")]
fn status_in_range(code: u16, first: u16) -> Result<StatusCode, OutsideRange> {
    if code / 100 == first { Ok(status_code(code)) } else { Err(OutsideRange { code, first }) }
}

/// A status a handler picked outside its response's documented range.
#[cfg(oagen = "status_ranges")]
struct OutsideRange {
    code: u16,
    first: u16,
}

#[cfg(oagen = "status_ranges")]
impl IntoResponse for OutsideRange {
    fn into_response(self) -> Response {
        let message = format!("the implementation answered {} for a response documented as {}XX", self.code, self.first);
        (StatusCode::INTERNAL_SERVER_ERROR, message).into_response()
    }
}
