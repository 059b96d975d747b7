// Support code oagen copies into the generated `server` module.
// When some documented status has no named `StatusCode` constant, or is a range or `default`;
// `chosen_statuses` when some response lets the handler pick its status (a range, `default`).

/// A status the spec documents that has no named constant.
fn status_code(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// The status a handler picked for a response documented as the range `first`XX (`range:
/// Some(first)`) or as `default` (`None`), when that response covers it: inside the range, or
/// for `default` any status outside the documented `ranges`; in both cases none of the `codes`
/// the operation documents apart, whose bodies differ. Otherwise a 500 naming the status, so a
/// caller never reads a body under a status that promises another.
#[cfg(oagen = "chosen_statuses")]
fn chosen_status(code: u16, range: Option<u16>, codes: &[u16], ranges: &[u16]) -> Result<StatusCode, MisplacedStatus> {
    let fits = match range {
        Some(first) => code / 100 == first,
        None => (100..600).contains(&code) && !ranges.contains(&(code / 100)),
    };
    if fits && !codes.contains(&code) { Ok(status_code(code)) } else { Err(MisplacedStatus { code, range }) }
}

/// A status a handler picked that its response is not documented for.
#[cfg(oagen = "chosen_statuses")]
struct MisplacedStatus {
    code: u16,
    range: Option<u16>,
}

#[cfg(oagen = "chosen_statuses")]
impl IntoResponse for MisplacedStatus {
    fn into_response(self) -> Response {
        let documented = self.range.map_or_else(|| "default".to_owned(), |first| format!("{first}XX"));
        let message = format!("the implementation answered {} for the response documented as {documented}, which does not cover it", self.code);
        (StatusCode::INTERNAL_SERVER_ERROR, message).into_response()
    }
}
