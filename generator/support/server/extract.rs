// Support code oagen copies into the generated `server` module.
// Always: path, query, header and JSON body extraction, and JSON responses (rejections are JSON).
// Condition: `json_responses` when some documented response body is JSON.

/// A JSON response of `body`: one short call in each arm of a response enum's `into_response`.
#[cfg(oagen = "json_responses")]
fn json<T: serde::Serialize>(status: StatusCode, body: &T) -> Response {
    json_response(status, serde_json::to_vec(body))
}

/// A JSON response; a body that cannot be serialized is a server error, not a panic. Not
/// generic: compiled once.
fn json_response(status: StatusCode, body: Result<Vec<u8>, serde_json::Error>) -> Response {
    match body {
        Ok(bytes) => (status, [(axum::http::header::CONTENT_TYPE, "application/json")], bytes).into_response(),
        Err(err) => (StatusCode::INTERNAL_SERVER_ERROR, format!("cannot serialize the response: {err}")).into_response(),
    }
}

/// Path parameters, by position in the route template.
#[allow(dead_code)]
struct PathParams {
    operation: &'static str,
    values: Vec<String>,
}

#[allow(dead_code)]
impl PathParams {
    fn new(operation: &'static str, path: Result<Path<Vec<(String, String)>>, PathRejection>) -> Result<Self, Rejection> {
        match path {
            Ok(Path(pairs)) => Ok(Self { operation, values: pairs.into_iter().map(|(_, value)| value).collect() }),
            Err(err) => Err(Rejection::invalid(operation, RejectionLocation::Path, "", err.body_text())),
        }
    }

    fn get<T: ParamValue>(&self, index: usize, name: &'static str) -> Result<T, Rejection> {
        let raw = self.values.get(index).map(String::as_str).unwrap_or_default();
        T::from_param(raw).map_err(|message| Rejection::invalid(self.operation, RejectionLocation::Path, name, message))
    }

    /// One parameter of a segment like `{id}.json`: `literals` are the texts around the
    /// parameters (`["", ".json"]`), `position` which parameter to take.
    fn get_within<T: ParamValue>(&self, index: usize, literals: &[&str], position: usize, name: &'static str) -> Result<T, Rejection> {
        let raw = self.values.get(index).map(String::as_str).unwrap_or_default();
        let value = split_segment(raw, literals).and_then(|values| values.get(position).copied()).ok_or_else(|| {
            let template = literals.join("{}");
            Rejection::invalid(self.operation, RejectionLocation::Path, name, format!("`{raw}` does not match `{template}`"))
        })?;
        T::from_param(value).map_err(|message| Rejection::invalid(self.operation, RejectionLocation::Path, name, message))
    }
}

/// Splits `12.json` by `["", ".json"]` into `["12"]`; `None` when the text does not fit.
#[allow(dead_code)]
fn split_segment<'a>(text: &'a str, literals: &[&str]) -> Option<Vec<&'a str>> {
    let (first, rest) = literals.split_first()?;
    let (last, middle) = rest.split_last()?;
    let mut remaining = text.strip_prefix(first)?.strip_suffix(last)?;
    let mut values = Vec::with_capacity(rest.len());
    for literal in middle {
        let at = remaining.find(literal).filter(|_| !literal.is_empty())?;
        values.push(&remaining[..at]);
        remaining = &remaining[at + literal.len()..];
    }
    values.push(remaining);
    Some(values)
}

/// Query string (or cookie) pairs, decoded once.
#[allow(dead_code)]
struct QueryParams {
    operation: &'static str,
    /// `Query` or `Cookie`: where rejections say the value was.
    location: RejectionLocation,
    /// For the properties of an object packed in one value: the object's name, which
    /// rejections put before theirs (`corner.name`).
    within: Option<&'static str>,
    pairs: Vec<(String, String)>,
}

#[allow(dead_code)]
impl QueryParams {
    /// Splits and percent-decodes the query; text that is not UTF-8 once decoded is refused,
    /// naming the parameter, rather than replaced.
    fn parse(operation: &'static str, raw: Option<&str>) -> Result<Self, Rejection> {
        let mut pairs = Vec::new();
        for pair in raw.unwrap_or_default().split('&').filter(|pair| !pair.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let key = decode_query_text(key).map_err(|lossy| {
                Rejection::invalid(operation, RejectionLocation::Query, lossy, "the parameter name is not UTF-8")
            })?;
            let value = decode_query_text(value).map_err(|_| {
                Rejection::invalid(operation, RejectionLocation::Query, key.clone(), "the value is not UTF-8")
            })?;
            pairs.push((key, value));
        }
        Ok(Self { operation, location: RejectionLocation::Query, within: None, pairs })
    }

    /// The cookies of every `Cookie` header (`name=value; name=value`), values percent-decoded.
    fn cookies(operation: &'static str, headers: &HeaderMap) -> Result<Self, Rejection> {
        let mut pairs = Vec::new();
        for header in headers.get_all(axum::http::header::COOKIE) {
            let text = header.to_str().map_err(|_| {
                Rejection::invalid(operation, RejectionLocation::Cookie, "", "the Cookie header is not visible ASCII")
            })?;
            for cookie in text.split(';').map(str::trim).filter(|cookie| !cookie.is_empty()) {
                let (name, value) = cookie.split_once('=').unwrap_or((cookie, ""));
                let value = decode_query_text(value.trim_matches('"')).map_err(|_| {
                    Rejection::invalid(operation, RejectionLocation::Cookie, name, "the value is not UTF-8")
                })?;
                pairs.push((name.to_owned(), value));
            }
        }
        Ok(Self { operation, location: RejectionLocation::Cookie, within: None, pairs })
    }

    fn invalid(&self, name: &str, message: impl Into<String>) -> Rejection {
        match self.within {
            Some(object) => Rejection::invalid(self.operation, self.location, format!("{object}.{name}"), message),
            None => Rejection::invalid(self.operation, self.location, name, message),
        }
    }

    /// The properties of an object sent as one value, `name,x,age,3` (`form`, not exploded).
    fn packed(&self, name: &'static str) -> Result<Self, Rejection> {
        let items: Vec<&str> = match self.first(name) {
            None | Some("") => Vec::new(),
            Some(value) => value.split(',').collect(),
        };
        let chunks = items.chunks_exact(2);
        if !chunks.remainder().is_empty() {
            return Err(self.invalid(name, "expected property names and values in turn: `name,value,name,value`"));
        }
        let pairs = chunks
            .filter_map(|pair| match pair {
                [name, value] => Some(((*name).to_owned(), (*value).to_owned())),
                _ => None,
            })
            .collect();
        Ok(Self { operation: self.operation, location: self.location, within: Some(name), pairs })
    }

    fn first(&self, name: &str) -> Option<&str> {
        self.pairs.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str())
    }

    fn optional<T: ParamValue>(&self, name: &'static str) -> Result<Option<T>, Rejection> {
        match self.first(name) {
            None => Ok(None),
            Some(value) => T::from_param(value).map(Some).map_err(|message| self.invalid(name, message)),
        }
    }

    fn required<T: ParamValue>(&self, name: &'static str) -> Result<T, Rejection> {
        self.optional(name)?.ok_or_else(|| self.invalid(name, "this parameter is required"))
    }

    /// Absent is `None`, an empty value (`key=`) an explicit `null`.
    fn tri_state<T: ParamValue>(&self, name: &'static str) -> Result<Option<Option<T>>, Rejection> {
        match self.first(name) {
            None => Ok(None),
            Some("") => Ok(Some(None)),
            Some(value) => T::from_param(value).map(|value| Some(Some(value))).map_err(|message| self.invalid(name, message)),
        }
    }

    fn has(&self, name: &str) -> bool {
        self.pairs.iter().any(|(key, _)| key == name)
    }

    /// Whether any of an object's keys is present.
    fn has_any(&self, names: &[&str]) -> bool {
        names.iter().any(|name| self.has(name))
    }

    fn require(&self, name: &'static str) -> Result<(), Rejection> {
        if self.has(name) { Ok(()) } else { Err(self.invalid(name, "this parameter is required")) }
    }

    /// Every value of a repeated parameter, through a list type's checking constructor.
    fn checked_list<T: ParamValue, L>(
        &self,
        name: &'static str,
        build: impl FnOnce(Vec<T>) -> Result<L, ConstraintError>,
    ) -> Result<L, Rejection> {
        build(self.all(name)?).map_err(|err| self.invalid(name, err.to_string()))
    }

    /// Every value of a repeated parameter, or `None` when it is absent.
    fn optional_all<T: ParamValue>(&self, name: &'static str) -> Result<Option<Vec<T>>, Rejection> {
        if self.has(name) { self.all(name).map(Some) } else { Ok(None) }
    }

    fn all<T: ParamValue>(&self, name: &'static str) -> Result<Vec<T>, Rejection> {
        self.pairs
            .iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| T::from_param(value).map_err(|message| self.invalid(name, message)))
            .collect()
    }

    /// The items of a list sent as one value (`a,b,c`), split at `delimiter` (a comma, space or
    /// pipe); an empty value is an empty list.
    fn split<T: ParamValue>(&self, name: &'static str, delimiter: char) -> Result<Vec<T>, Rejection> {
        match self.first(name) {
            None | Some("") => Ok(Vec::new()),
            Some(value) => value.split(delimiter).map(|item| T::from_param(item).map_err(|message| self.invalid(name, message))).collect(),
        }
    }

    /// Like [`QueryParams::split`], through a list type's checking constructor.
    fn checked_split<T: ParamValue, L>(
        &self,
        name: &'static str,
        delimiter: char,
        build: impl FnOnce(Vec<T>) -> Result<L, ConstraintError>,
    ) -> Result<L, Rejection> {
        build(self.split(name, delimiter)?).map_err(|err| self.invalid(name, err.to_string()))
    }
}

/// `application/x-www-form-urlencoded` decoding of one name or value: `+` is a space, `%XY` a
/// byte. `Err` holds a lossy rendering when the bytes are not UTF-8.
#[allow(dead_code)]
fn decode_query_text(text: &str) -> Result<String, String> {
    fn hex(byte: u8) -> Option<u8> {
        (byte as char).to_digit(16).and_then(|digit| u8::try_from(digit).ok())
    }
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b'+' => decoded.push(b' '),
            b'%' => match (bytes.get(at + 1).copied().and_then(hex), bytes.get(at + 2).copied().and_then(hex)) {
                (Some(high), Some(low)) => {
                    decoded.push(high * 16 + low);
                    at += 2;
                }
                _ => decoded.push(b'%'),
            },
            other => decoded.push(other),
        }
        at += 1;
    }
    String::from_utf8(decoded).map_err(|err| String::from_utf8_lossy(err.as_bytes()).into_owned())
}

#[allow(dead_code)]
fn header_optional<T: ParamValue>(operation: &'static str, headers: &HeaderMap, name: &'static str) -> Result<Option<T>, Rejection> {
    match headers.get(name) {
        None => Ok(None),
        Some(value) => {
            let text = value.to_str().map_err(|_| {
                Rejection::invalid(operation, RejectionLocation::Header, name, "the value is not visible ASCII")
            })?;
            T::from_param(text).map(Some).map_err(|message| Rejection::invalid(operation, RejectionLocation::Header, name, message))
        }
    }
}

#[allow(dead_code)]
fn header_required<T: ParamValue>(operation: &'static str, headers: &HeaderMap, name: &'static str) -> Result<T, Rejection> {
    header_optional(operation, headers, name)?
        .ok_or_else(|| Rejection::invalid(operation, RejectionLocation::Header, name, "this header is required"))
}

/// Decodes a JSON body; the rejection names the path of the offending field. Only the decoding
/// itself is generic: the rejections are built by functions compiled once.
#[allow(dead_code)]
fn json_body<T: serde::de::DeserializeOwned>(operation: &'static str, body: &Bytes) -> Result<T, Rejection> {
    if body.is_empty() {
        return Err(Rejection::invalid(operation, RejectionLocation::Body, "", "a JSON body is required"));
    }
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    match serde_path_to_error::deserialize(&mut deserializer) {
        Ok(value) => {
            json_body_end(operation, deserializer)?;
            Ok(value)
        }
        Err(err) => Err(json_body_rejection(operation, err)),
    }
}

/// Refuses what follows the JSON value in a body, other than whitespace.
#[allow(dead_code)]
fn json_body_end(operation: &'static str, mut deserializer: serde_json::Deserializer<serde_json::de::SliceRead<'_>>) -> Result<(), Rejection> {
    deserializer.end().map_err(|err| Rejection::invalid(operation, RejectionLocation::Body, "", err.to_string()))
}

/// The rejection of a body that does not decode, naming the path of the offending field.
#[allow(dead_code)]
fn json_body_rejection(operation: &'static str, err: serde_path_to_error::Error<serde_json::Error>) -> Rejection {
    let path = err.path().to_string();
    let name = if path == "." || path == "?" { String::new() } else { path };
    Rejection::invalid(operation, RejectionLocation::Body, name, err.into_inner().to_string())
}
