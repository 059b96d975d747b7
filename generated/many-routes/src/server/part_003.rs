/// Part 2 of the operations tagged `beta`, as the server implements them (see [`Api`]).
pub trait BetaPart2Api: Api {
    /// `GET /items386/{id}`
    fn item386(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item386Response> + Send;

    /// `GET /items387/{id}`
    fn item387(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item387Response> + Send;

    /// `GET /items388/{id}`
    fn item388(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item388Response> + Send;

    /// `GET /items389/{id}`
    fn item389(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item389Response> + Send;

    /// `GET /items390/{id}`
    fn item390(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item390Response> + Send;

    /// `GET /items391/{id}`
    fn item391(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item391Response> + Send;

    /// `GET /items392/{id}`
    fn item392(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item392Response> + Send;

    /// `GET /items393/{id}`
    fn item393(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item393Response> + Send;

    /// `GET /items394/{id}`
    fn item394(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item394Response> + Send;

    /// `GET /items395/{id}`
    fn item395(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item395Response> + Send;

    /// `GET /items396/{id}`
    fn item396(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item396Response> + Send;

    /// `GET /items397/{id}`
    fn item397(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item397Response> + Send;

    /// `GET /items398/{id}`
    fn item398(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item398Response> + Send;

    /// `GET /items399/{id}`
    fn item399(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item399Response> + Send;

    /// `GET /items400/{id}`
    fn item400(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item400Response> + Send;
}

/// The operations without a tag, as the server implements them (see [`Api`]).
pub trait UntaggedApi: Api {
    /// `GET /items401/{id}`
    fn item401(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item401Response> + Send;

    /// `GET /items402/{id}`
    fn item402(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item402Response> + Send;

    /// `GET /items403/{id}`
    fn item403(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item403Response> + Send;

    /// `GET /items404/{id}`
    fn item404(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item404Response> + Send;

    /// `GET /items405/{id}`
    fn item405(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item405Response> + Send;
}

/// The operations tagged `gamma`, as the server implements them (see [`Api`]).
pub trait GammaApi2: Api {
    /// `GET /items406/{id}`
    fn item406(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item406Response> + Send;

    /// `GET /items407/{id}`
    fn item407(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item407Response> + Send;

    /// `GET /items408/{id}`
    fn item408(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item408Response> + Send;

    /// `GET /items409/{id}`
    fn item409(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item409Response> + Send;

    /// `GET /items410/{id}`
    fn item410(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item410Response> + Send;
}

/// Every trait that declares operations: what [`router`] asks of an implementation, and
/// implemented for each type that implements them all.
pub trait ApiOperations: Api + AlphaApi + BetaPart1Api + BetaPart2Api + UntaggedApi + GammaApi2 {}
impl<
    T: Api + AlphaApi + BetaPart1Api + BetaPart2Api + UntaggedApi + GammaApi2,
> ApiOperations for T {}
/// Routes every operation to `api` (an `A: ApiOperations`, or an `Arc<A>` the caller keeps a clone
/// of), with the default [`RouterConfig`]. Paths are relative to the API's base path: nest
/// the router (`Router::new().nest("/api/v3", router(api))`) to serve it below one.
pub fn router<A: ApiOperations>(api: impl IntoShared<A>) -> axum::Router {
    router_with(api, RouterConfig::default())
}

/// [`router`] with other settings (the body limit).
pub fn router_with<A: ApiOperations>(
    api: impl IntoShared<A>,
    config: RouterConfig,
) -> axum::Router {
    let mut router = axum::Router::new().without_v07_checks();
    router = routes_1::<A>(router);
    router = routes_2::<A>(router);
    router = routes_3::<A>(router);
    router
        .fallback(unknown_path::<A>)
        .method_not_allowed_fallback(unknown_method::<A>)
        .layer(axum::extract::DefaultBodyLimit::disable())
        .with_state(Served {
            api: api.into_shared(),
            config,
        })
}

/// Where the part of a request that was turned away came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RejectionLocation {
    /// Missing or invalid credentials.
    Auth,
    Path,
    Query,
    Header,
    Cookie,
    Body,
    /// A method the path has no operation for.
    Method,
}

impl RejectionLocation {
    pub fn as_str(self) -> &'static str {
        match self {
            RejectionLocation::Auth => "auth",
            RejectionLocation::Path => "path",
            RejectionLocation::Query => "query",
            RejectionLocation::Header => "header",
            RejectionLocation::Cookie => "cookie",
            RejectionLocation::Body => "body",
            RejectionLocation::Method => "method",
        }
    }
}

/// A request the router turned away before calling [`Api`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    /// The `operationId` of the operation the request was for; empty for a path or method no
    /// operation has.
    pub operation: &'static str,
    pub status: StatusCode,
    pub location: RejectionLocation,
    /// The parameter name, or the path of the body field (`flow_set[0].slug`); `content-type`
    /// for an unsupported media type; the request path or method when no operation has it;
    /// empty when the whole body or the credentials are at fault.
    pub name: String,
    pub message: String,
    /// For 415: the media types the operation accepts.
    pub accepted: Vec<&'static str>,
}

impl Rejection {
    fn invalid(
        operation: &'static str,
        location: RejectionLocation,
        name: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            operation,
            status: StatusCode::BAD_REQUEST,
            location,
            name: name.into(),
            message: message.into(),
            accepted: Vec::new(),
        }
    }
}

/// The default answer: the status, and `{"detail": ..., "location": ..., "name": ...}` (with
/// `"accepted": [...]` for 415).
impl IntoResponse for Rejection {
    fn into_response(self) -> Response {
        let detail = if self.location == RejectionLocation::Auth {
            self.message
        } else {
            format!("{} `{}`: {}", self.location.as_str(), self.name, self.message)
        };
        let mut body = serde_json::json!(
            { "detail" : detail, "location" : self.location.as_str(), "name" : self.name,
            }
        );
        if !self.accepted.is_empty() {
            body["accepted"] = serde_json::json!(self.accepted);
        }
        json_response(self.status, serde_json::to_vec(&body))
    }
}

/// What a router accepts before an operation sees a request; see [`router_with`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct RouterConfig {
    /// The largest request body read, in bytes. A larger one is answered 413 with a
    /// [`Rejection`], without reading it when `Content-Length` announces it, and always after
    /// the credentials are checked. Default: [`RouterConfig::DEFAULT_BODY_LIMIT`].
    pub body_limit: usize,
}

impl RouterConfig {
    /// 1 MiB.
    pub const DEFAULT_BODY_LIMIT: usize = 1024 * 1024;

    /// The same settings with another body limit, in bytes.
    pub fn body_limit(mut self, bytes: usize) -> Self {
        self.body_limit = bytes;
        self
    }
}

impl Default for RouterConfig {
    fn default() -> Self {
        Self {
            body_limit: Self::DEFAULT_BODY_LIMIT,
        }
    }
}

/// What [`router`] serves: an implementation the router owns (`A`), or one shared with the
/// caller (`Arc<A>`, a clone of which the caller keeps).
pub trait IntoShared<A> {
    fn into_shared(self) -> Arc<A>;
}

impl<A: Api> IntoShared<A> for A {
    fn into_shared(self) -> Arc<A> {
        Arc::new(self)
    }
}

impl<A: Api> IntoShared<A> for Arc<A> {
    fn into_shared(self) -> Arc<A> {
        self
    }
}

/// The router's state: the implementation and the settings.
struct Served<A> {
    api: Arc<A>,
    config: RouterConfig,
}

impl<A> Clone for Served<A> {
    fn clone(&self) -> Self {
        Self {
            api: Arc::clone(&self.api),
            config: self.config,
        }
    }
}

/// A path no operation has: 404, in the rejection's shape.
async fn unknown_path<A: Api>(
    State(served): State<Served<A>>,
    uri: axum::http::Uri,
) -> Response {
    let rejection = Rejection {
        operation: "",
        status: StatusCode::NOT_FOUND,
        location: RejectionLocation::Path,
        name: uri.path().to_owned(),
        message: "no operation has this path".to_owned(),
        accepted: Vec::new(),
    };
    served.api.reject(rejection)
}

/// A method the path has no operation for: 405 (the router adds `Allow`), in the rejection's shape.
async fn unknown_method<A: Api>(
    State(served): State<Served<A>>,
    method: axum::http::Method,
) -> Response {
    let rejection = Rejection {
        operation: "",
        status: StatusCode::METHOD_NOT_ALLOWED,
        location: RejectionLocation::Method,
        name: method.as_str().to_owned(),
        message: "this path has no operation for the method".to_owned(),
        accepted: Vec::new(),
    };
    served.api.reject(rejection)
}

/// Checks the body's media type against those the operation accepts, then reads the body under
/// `limit`. Returns the bytes and the position of the media type among `accepted`; an empty body
/// without `Content-Type` is accepted here (whether a body is required is the decoder's concern).
#[allow(dead_code)]
async fn read_body(
    operation: &'static str,
    headers: &HeaderMap,
    body: axum::body::Body,
    accepted: &[&'static str],
    limit: usize,
) -> Result<(Bytes, usize), Rejection> {
    use axum::body::HttpBody as _;
    let too_large = || Rejection {
        operation,
        status: StatusCode::PAYLOAD_TOO_LARGE,
        location: RejectionLocation::Body,
        name: String::new(),
        message: format!("the body is larger than {limit} bytes"),
        accepted: Vec::new(),
    };
    let announced = headers
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.trim().parse::<u64>().ok());
    if announced.is_some_and(|length| length > limit as u64) {
        return Err(too_large());
    }
    let unsupported = |message: String| Rejection {
        operation,
        status: StatusCode::UNSUPPORTED_MEDIA_TYPE,
        location: RejectionLocation::Header,
        name: "content-type".to_owned(),
        message: format!("{message}; this operation accepts {}", accepted.join(", ")),
        accepted: accepted.to_vec(),
    };
    let media = match headers.get(axum::http::header::CONTENT_TYPE) {
        None => None,
        Some(value) => {
            let text = value
                .to_str()
                .map_err(|_| unsupported(
                    "the media type is not visible ASCII".to_owned(),
                ))?;
            let essence = text
                .split(';')
                .next()
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase();
            let position = accepted
                .iter()
                .position(|pattern| media_type_matches(pattern, &essence));
            Some(
                position
                    .ok_or_else(|| unsupported(format!("`{essence}` is not accepted")))?,
            )
        }
    };
    let mut body = body;
    let mut bytes = Vec::new();
    while let Some(frame) = std::future::poll_fn(|cx| {
            std::pin::Pin::new(&mut body).poll_frame(cx)
        })
        .await
    {
        let frame = frame
            .map_err(|err| {
                Rejection::invalid(
                    operation,
                    RejectionLocation::Body,
                    "",
                    format!("the body could not be read: {err}"),
                )
            })?;
        if let Ok(data) = frame.into_data() {
            if bytes.len() + data.len() > limit {
                return Err(too_large());
            }
            bytes.extend_from_slice(&data);
        }
    }
    match media {
        Some(position) => Ok((Bytes::from(bytes), position)),
        None if bytes.is_empty() => Ok((Bytes::new(), 0)),
        None => Err(unsupported("a body was sent without `Content-Type`".to_owned())),
    }
}

/// Whether a media type (lowercased, no parameters) fits a pattern the spec lists, which may end
/// in a wildcard (`text/*`, `*/*`).
#[allow(dead_code)]
fn media_type_matches(pattern: &str, essence: &str) -> bool {
    if pattern == essence || pattern == "*/*" {
        return true;
    }
    match pattern.strip_suffix("/*") {
        Some(kind) => essence.split_once('/').is_some_and(|(k, _)| k == kind),
        None => false,
    }
}

/// The request body an operation takes.
#[allow(dead_code)]
#[derive(Clone, Copy)]
enum Accepts {
    /// None: the body is not read.
    Nothing,
    /// A body in one of these media types, handed to the parser as bytes.
    Body(&'static [&'static str]),
}

/// What an operation's parser reads of a request, besides its path (each parser reads only what
/// its operation uses).
#[allow(dead_code)]
struct Received<'r> {
    query: Option<&'r str>,
    headers: &'r HeaderMap,
    /// The body; empty when the operation takes none.
    body: &'r Bytes,
    /// The position of the body's media type among those the operation accepts.
    media: usize,
}

/// Reads the body the operation takes (under `limit`, after checking its media type) and parses
/// the request with the operation's parser.
async fn receive<P>(
    operation: &'static str,
    accepts: Accepts,
    limit: usize,
    head: &axum::http::request::Parts,
    query: Option<&str>,
    body: axum::body::Body,
    parse: impl FnOnce(Received<'_>) -> Result<P, Rejection>,
) -> Result<P, Rejection> {
    let (body, media) = match accepts {
        Accepts::Nothing => (Bytes::new(), 0),
        Accepts::Body(accepted) => {
            read_body(operation, &head.headers, body, accepted, limit).await?
        }
    };
    parse(Received {
        query,
        headers: &head.headers,
        body: &body,
        media,
    })
}

/// The future a handler returns: boxed, so that it is proved `Send` once, in the generic driver
/// that builds it, rather than in every handler (axum boxes a handler's future anyway).
type Handling = std::pin::Pin<Box<dyn std::future::Future<Output = Response> + Send>>;

/// Serves an operation that takes no credentials: the body's media type and size, then `parse`
/// (parameters and body), then `call` (the implementation). Every handler is a plain function
/// handing its parser and its call to this driver, so rustc builds and checks one state machine
/// for all of them rather than one per operation.
#[allow(dead_code)]
fn serve<A, P, F>(
    served: Served<A>,
    operation: &'static str,
    accepts: Accepts,
    query: Option<String>,
    request: axum::extract::Request,
    parse: impl FnOnce(Received<'_>) -> Result<P, Rejection> + Send + 'static,
    call: impl FnOnce(Arc<A>, P, axum::http::request::Parts) -> F + Send + 'static,
) -> Handling
where
    A: Api,
    P: Send + 'static,
    F: std::future::Future + Send + 'static,
    F::Output: IntoResponse,
{
    Box::pin(async move {
        let (head, body) = request.into_parts();
        match receive(
                operation,
                accepts,
                served.config.body_limit,
                &head,
                query.as_deref(),
                body,
                parse,
            )
            .await
        {
            Ok(parsed) => call(served.api, parsed, head).await.into_response(),
            Err(rejection) => served.api.reject(rejection),
        }
    })
}

/// A JSON response of `body`: one short call in each arm of a response enum's `into_response`.
fn json<T: serde::Serialize>(status: StatusCode, body: &T) -> Response {
    json_response(status, serde_json::to_vec(body))
}

/// A JSON response; a body that cannot be serialized is a server error, not a panic. Not
/// generic: compiled once.
fn json_response(
    status: StatusCode,
    body: Result<Vec<u8>, serde_json::Error>,
) -> Response {
    match body {
        Ok(bytes) => {
            (status, [(axum::http::header::CONTENT_TYPE, "application/json")], bytes)
                .into_response()
        }
        Err(err) => {
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("cannot serialize the response: {err}"),
            )
                .into_response()
        }
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
    fn new(
        operation: &'static str,
        path: Result<Path<Vec<(String, String)>>, PathRejection>,
    ) -> Result<Self, Rejection> {
        match path {
            Ok(Path(pairs)) => {
                Ok(Self {
                    operation,
                    values: pairs.into_iter().map(|(_, value)| value).collect(),
                })
            }
            Err(err) => {
                Err(
                    Rejection::invalid(
                        operation,
                        RejectionLocation::Path,
                        "",
                        err.body_text(),
                    ),
                )
            }
        }
    }

    fn get<T: ParamValue>(
        &self,
        index: usize,
        name: &'static str,
    ) -> Result<T, Rejection> {
        let raw = self.values.get(index).map(String::as_str).unwrap_or_default();
        T::from_param(raw)
            .map_err(|message| Rejection::invalid(
                self.operation,
                RejectionLocation::Path,
                name,
                message,
            ))
    }

    /// One parameter of a segment like `{id}.json`: `literals` are the texts around the
    /// parameters (`["", ".json"]`), `position` which parameter to take.
    fn get_within<T: ParamValue>(
        &self,
        index: usize,
        literals: &[&str],
        position: usize,
        name: &'static str,
    ) -> Result<T, Rejection> {
        let raw = self.values.get(index).map(String::as_str).unwrap_or_default();
        let value = split_segment(raw, literals)
            .and_then(|values| values.get(position).copied())
            .ok_or_else(|| {
                let template = literals.join("{}");
                Rejection::invalid(
                    self.operation,
                    RejectionLocation::Path,
                    name,
                    format!("`{raw}` does not match `{template}`"),
                )
            })?;
        T::from_param(value)
            .map_err(|message| Rejection::invalid(
                self.operation,
                RejectionLocation::Path,
                name,
                message,
            ))
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
            let key = decode_query_text(key)
                .map_err(|lossy| {
                    Rejection::invalid(
                        operation,
                        RejectionLocation::Query,
                        lossy,
                        "the parameter name is not UTF-8",
                    )
                })?;
            let value = decode_query_text(value)
                .map_err(|_| {
                    Rejection::invalid(
                        operation,
                        RejectionLocation::Query,
                        key.clone(),
                        "the value is not UTF-8",
                    )
                })?;
            pairs.push((key, value));
        }
        Ok(Self {
            operation,
            location: RejectionLocation::Query,
            within: None,
            pairs,
        })
    }

    /// The cookies of every `Cookie` header (`name=value; name=value`), values percent-decoded.
    fn cookies(operation: &'static str, headers: &HeaderMap) -> Result<Self, Rejection> {
        let mut pairs = Vec::new();
        for header in headers.get_all(axum::http::header::COOKIE) {
            let text = header
                .to_str()
                .map_err(|_| {
                    Rejection::invalid(
                        operation,
                        RejectionLocation::Cookie,
                        "",
                        "the Cookie header is not visible ASCII",
                    )
                })?;
            for cookie in text
                .split(';')
                .map(str::trim)
                .filter(|cookie| !cookie.is_empty())
            {
                let (name, value) = cookie.split_once('=').unwrap_or((cookie, ""));
                let value = decode_query_text(value.trim_matches('"'))
                    .map_err(|_| {
                        Rejection::invalid(
                            operation,
                            RejectionLocation::Cookie,
                            name,
                            "the value is not UTF-8",
                        )
                    })?;
                pairs.push((name.to_owned(), value));
            }
        }
        Ok(Self {
            operation,
            location: RejectionLocation::Cookie,
            within: None,
            pairs,
        })
    }

    fn invalid(&self, name: &str, message: impl Into<String>) -> Rejection {
        match self.within {
            Some(object) => {
                Rejection::invalid(
                    self.operation,
                    self.location,
                    format!("{object}.{name}"),
                    message,
                )
            }
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
            return Err(
                self
                    .invalid(
                        name,
                        "expected property names and values in turn: `name,value,name,value`",
                    ),
            );
        }
        let pairs = chunks
            .filter_map(|pair| match pair {
                [name, value] => Some(((*name).to_owned(), (*value).to_owned())),
                _ => None,
            })
            .collect();
        Ok(Self {
            operation: self.operation,
            location: self.location,
            within: Some(name),
            pairs,
        })
    }

    fn first(&self, name: &str) -> Option<&str> {
        self.pairs.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str())
    }

    fn optional<T: ParamValue>(
        &self,
        name: &'static str,
    ) -> Result<Option<T>, Rejection> {
        match self.first(name) {
            None => Ok(None),
            Some(value) => {
                T::from_param(value)
                    .map(Some)
                    .map_err(|message| self.invalid(name, message))
            }
        }
    }

    fn required<T: ParamValue>(&self, name: &'static str) -> Result<T, Rejection> {
        self.optional(name)?
            .ok_or_else(|| self.invalid(name, "this parameter is required"))
    }

    /// Absent is `None`, an empty value (`key=`) an explicit `null`.
    fn tri_state<T: ParamValue>(
        &self,
        name: &'static str,
    ) -> Result<Option<Option<T>>, Rejection> {
        match self.first(name) {
            None => Ok(None),
            Some("") => Ok(Some(None)),
            Some(value) => {
                T::from_param(value)
                    .map(|value| Some(Some(value)))
                    .map_err(|message| self.invalid(name, message))
            }
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
        if self.has(name) {
            Ok(())
        } else {
            Err(self.invalid(name, "this parameter is required"))
        }
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
    fn optional_all<T: ParamValue>(
        &self,
        name: &'static str,
    ) -> Result<Option<Vec<T>>, Rejection> {
        if self.has(name) { self.all(name).map(Some) } else { Ok(None) }
    }

    fn all<T: ParamValue>(&self, name: &'static str) -> Result<Vec<T>, Rejection> {
        self.pairs
            .iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| {
                T::from_param(value).map_err(|message| self.invalid(name, message))
            })
            .collect()
    }

    /// The items of a list sent as one value (`a,b,c`), split at `delimiter` (a comma, space or
    /// pipe); an empty value is an empty list.
    fn split<T: ParamValue>(
        &self,
        name: &'static str,
        delimiter: char,
    ) -> Result<Vec<T>, Rejection> {
        match self.first(name) {
            None | Some("") => Ok(Vec::new()),
            Some(value) => {
                value
                    .split(delimiter)
                    .map(|item| {
                        T::from_param(item)
                            .map_err(|message| self.invalid(name, message))
                    })
                    .collect()
            }
        }
    }

    /// Like [`QueryParams::split`], through a list type's checking constructor.
    fn checked_split<T: ParamValue, L>(
        &self,
        name: &'static str,
        delimiter: char,
        build: impl FnOnce(Vec<T>) -> Result<L, ConstraintError>,
    ) -> Result<L, Rejection> {
        build(self.split(name, delimiter)?)
            .map_err(|err| self.invalid(name, err.to_string()))
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
            b'%' => {
                match (
                    bytes.get(at + 1).copied().and_then(hex),
                    bytes.get(at + 2).copied().and_then(hex),
                ) {
                    (Some(high), Some(low)) => {
                        decoded.push(high * 16 + low);
                        at += 2;
                    }
                    _ => decoded.push(b'%'),
                }
            }
            other => decoded.push(other),
        }
        at += 1;
    }
    String::from_utf8(decoded)
        .map_err(|err| String::from_utf8_lossy(err.as_bytes()).into_owned())
}

#[allow(dead_code)]
fn header_optional<T: ParamValue>(
    operation: &'static str,
    headers: &HeaderMap,
    name: &'static str,
) -> Result<Option<T>, Rejection> {
    match headers.get(name) {
        None => Ok(None),
        Some(value) => {
            let text = value
                .to_str()
                .map_err(|_| {
                    Rejection::invalid(
                        operation,
                        RejectionLocation::Header,
                        name,
                        "the value is not visible ASCII",
                    )
                })?;
            T::from_param(text)
                .map(Some)
                .map_err(|message| Rejection::invalid(
                    operation,
                    RejectionLocation::Header,
                    name,
                    message,
                ))
        }
    }
}

#[allow(dead_code)]
fn header_required<T: ParamValue>(
    operation: &'static str,
    headers: &HeaderMap,
    name: &'static str,
) -> Result<T, Rejection> {
    header_optional(operation, headers, name)?
        .ok_or_else(|| Rejection::invalid(
            operation,
            RejectionLocation::Header,
            name,
            "this header is required",
        ))
}

/// Decodes a JSON body; the rejection names the path of the offending field. Only the decoding
/// itself is generic: the rejections are built by functions compiled once.
#[allow(dead_code)]
fn json_body<T: serde::de::DeserializeOwned>(
    operation: &'static str,
    body: &Bytes,
) -> Result<T, Rejection> {
    if body.is_empty() {
        return Err(
            Rejection::invalid(
                operation,
                RejectionLocation::Body,
                "",
                "a JSON body is required",
            ),
        );
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
fn json_body_end(
    operation: &'static str,
    mut deserializer: serde_json::Deserializer<serde_json::de::SliceRead<'_>>,
) -> Result<(), Rejection> {
    deserializer
        .end()
        .map_err(|err| Rejection::invalid(
            operation,
            RejectionLocation::Body,
            "",
            err.to_string(),
        ))
}

/// The rejection of a body that does not decode, naming the path of the offending field.
#[allow(dead_code)]
fn json_body_rejection(
    operation: &'static str,
    err: serde_path_to_error::Error<serde_json::Error>,
) -> Rejection {
    let path = err.path().to_string();
    let name = if path == "." || path == "?" { String::new() } else { path };
    Rejection::invalid(
        operation,
        RejectionLocation::Body,
        name,
        err.into_inner().to_string(),
    )
}

/// Routes 1 to 200 of [`router`].
fn routes_1<A: ApiOperations>(
    router: axum::Router<Served<A>>,
) -> axum::Router<Served<A>> {
    router
        .route("/items001/{p0}", axum::routing::get(handle_item001::<A>))
        .route("/items002/{p0}", axum::routing::get(handle_item002::<A>))
        .route("/items003/{p0}", axum::routing::get(handle_item003::<A>))
        .route("/items004/{p0}", axum::routing::get(handle_item004::<A>))
        .route("/items005/{p0}", axum::routing::get(handle_item005::<A>))
        .route("/items006/{p0}", axum::routing::get(handle_item006::<A>))
        .route("/items007/{p0}", axum::routing::get(handle_item007::<A>))
        .route("/items008/{p0}", axum::routing::get(handle_item008::<A>))
        .route("/items009/{p0}", axum::routing::get(handle_item009::<A>))
        .route("/items010/{p0}", axum::routing::get(handle_item010::<A>))
        .route("/items011/{p0}", axum::routing::get(handle_item011::<A>))
        .route("/items012/{p0}", axum::routing::get(handle_item012::<A>))
        .route("/items013/{p0}", axum::routing::get(handle_item013::<A>))
        .route("/items014/{p0}", axum::routing::get(handle_item014::<A>))
        .route("/items015/{p0}", axum::routing::get(handle_item015::<A>))
        .route("/items016/{p0}", axum::routing::get(handle_item016::<A>))
        .route("/items017/{p0}", axum::routing::get(handle_item017::<A>))
        .route("/items018/{p0}", axum::routing::get(handle_item018::<A>))
        .route("/items019/{p0}", axum::routing::get(handle_item019::<A>))
        .route("/items020/{p0}", axum::routing::get(handle_item020::<A>))
        .route("/items021/{p0}", axum::routing::get(handle_item021::<A>))
        .route("/items022/{p0}", axum::routing::get(handle_item022::<A>))
        .route("/items023/{p0}", axum::routing::get(handle_item023::<A>))
        .route("/items024/{p0}", axum::routing::get(handle_item024::<A>))
        .route("/items025/{p0}", axum::routing::get(handle_item025::<A>))
        .route("/items026/{p0}", axum::routing::get(handle_item026::<A>))
        .route("/items027/{p0}", axum::routing::get(handle_item027::<A>))
        .route("/items028/{p0}", axum::routing::get(handle_item028::<A>))
        .route("/items029/{p0}", axum::routing::get(handle_item029::<A>))
        .route("/items030/{p0}", axum::routing::get(handle_item030::<A>))
        .route("/items031/{p0}", axum::routing::get(handle_item031::<A>))
        .route("/items032/{p0}", axum::routing::get(handle_item032::<A>))
        .route("/items033/{p0}", axum::routing::get(handle_item033::<A>))
        .route("/items034/{p0}", axum::routing::get(handle_item034::<A>))
        .route("/items035/{p0}", axum::routing::get(handle_item035::<A>))
        .route("/items036/{p0}", axum::routing::get(handle_item036::<A>))
        .route("/items037/{p0}", axum::routing::get(handle_item037::<A>))
        .route("/items038/{p0}", axum::routing::get(handle_item038::<A>))
        .route("/items039/{p0}", axum::routing::get(handle_item039::<A>))
        .route("/items040/{p0}", axum::routing::get(handle_item040::<A>))
        .route("/items041/{p0}", axum::routing::get(handle_item041::<A>))
        .route("/items042/{p0}", axum::routing::get(handle_item042::<A>))
        .route("/items043/{p0}", axum::routing::get(handle_item043::<A>))
        .route("/items044/{p0}", axum::routing::get(handle_item044::<A>))
        .route("/items045/{p0}", axum::routing::get(handle_item045::<A>))
        .route("/items046/{p0}", axum::routing::get(handle_item046::<A>))
        .route("/items047/{p0}", axum::routing::get(handle_item047::<A>))
        .route("/items048/{p0}", axum::routing::get(handle_item048::<A>))
        .route("/items049/{p0}", axum::routing::get(handle_item049::<A>))
        .route("/items050/{p0}", axum::routing::get(handle_item050::<A>))
        .route("/items051/{p0}", axum::routing::get(handle_item051::<A>))
        .route("/items052/{p0}", axum::routing::get(handle_item052::<A>))
        .route("/items053/{p0}", axum::routing::get(handle_item053::<A>))
        .route("/items054/{p0}", axum::routing::get(handle_item054::<A>))
        .route("/items055/{p0}", axum::routing::get(handle_item055::<A>))
        .route("/items056/{p0}", axum::routing::get(handle_item056::<A>))
        .route("/items057/{p0}", axum::routing::get(handle_item057::<A>))
        .route("/items058/{p0}", axum::routing::get(handle_item058::<A>))
        .route("/items059/{p0}", axum::routing::get(handle_item059::<A>))
        .route("/items060/{p0}", axum::routing::get(handle_item060::<A>))
        .route("/items061/{p0}", axum::routing::get(handle_item061::<A>))
        .route("/items062/{p0}", axum::routing::get(handle_item062::<A>))
        .route("/items063/{p0}", axum::routing::get(handle_item063::<A>))
        .route("/items064/{p0}", axum::routing::get(handle_item064::<A>))
        .route("/items065/{p0}", axum::routing::get(handle_item065::<A>))
        .route("/items066/{p0}", axum::routing::get(handle_item066::<A>))
        .route("/items067/{p0}", axum::routing::get(handle_item067::<A>))
        .route("/items068/{p0}", axum::routing::get(handle_item068::<A>))
        .route("/items069/{p0}", axum::routing::get(handle_item069::<A>))
        .route("/items070/{p0}", axum::routing::get(handle_item070::<A>))
        .route("/items071/{p0}", axum::routing::get(handle_item071::<A>))
        .route("/items072/{p0}", axum::routing::get(handle_item072::<A>))
        .route("/items073/{p0}", axum::routing::get(handle_item073::<A>))
        .route("/items074/{p0}", axum::routing::get(handle_item074::<A>))
        .route("/items075/{p0}", axum::routing::get(handle_item075::<A>))
        .route("/items076/{p0}", axum::routing::get(handle_item076::<A>))
        .route("/items077/{p0}", axum::routing::get(handle_item077::<A>))
        .route("/items078/{p0}", axum::routing::get(handle_item078::<A>))
        .route("/items079/{p0}", axum::routing::get(handle_item079::<A>))
        .route("/items080/{p0}", axum::routing::get(handle_item080::<A>))
        .route("/items081/{p0}", axum::routing::get(handle_item081::<A>))
        .route("/items082/{p0}", axum::routing::get(handle_item082::<A>))
        .route("/items083/{p0}", axum::routing::get(handle_item083::<A>))
        .route("/items084/{p0}", axum::routing::get(handle_item084::<A>))
        .route("/items085/{p0}", axum::routing::get(handle_item085::<A>))
        .route("/items086/{p0}", axum::routing::get(handle_item086::<A>))
        .route("/items087/{p0}", axum::routing::get(handle_item087::<A>))
        .route("/items088/{p0}", axum::routing::get(handle_item088::<A>))
        .route("/items089/{p0}", axum::routing::get(handle_item089::<A>))
        .route("/items090/{p0}", axum::routing::get(handle_item090::<A>))
        .route("/items091/{p0}", axum::routing::get(handle_item091::<A>))
        .route("/items092/{p0}", axum::routing::get(handle_item092::<A>))
        .route("/items093/{p0}", axum::routing::get(handle_item093::<A>))
        .route("/items094/{p0}", axum::routing::get(handle_item094::<A>))
        .route("/items095/{p0}", axum::routing::get(handle_item095::<A>))
        .route("/items096/{p0}", axum::routing::get(handle_item096::<A>))
        .route("/items097/{p0}", axum::routing::get(handle_item097::<A>))
        .route("/items098/{p0}", axum::routing::get(handle_item098::<A>))
        .route("/items099/{p0}", axum::routing::get(handle_item099::<A>))
        .route("/items100/{p0}", axum::routing::get(handle_item100::<A>))
        .route("/items101/{p0}", axum::routing::get(handle_item101::<A>))
        .route("/items102/{p0}", axum::routing::get(handle_item102::<A>))
        .route("/items103/{p0}", axum::routing::get(handle_item103::<A>))
        .route("/items104/{p0}", axum::routing::get(handle_item104::<A>))
        .route("/items105/{p0}", axum::routing::get(handle_item105::<A>))
        .route("/items106/{p0}", axum::routing::get(handle_item106::<A>))
        .route("/items107/{p0}", axum::routing::get(handle_item107::<A>))
        .route("/items108/{p0}", axum::routing::get(handle_item108::<A>))
        .route("/items109/{p0}", axum::routing::get(handle_item109::<A>))
        .route("/items110/{p0}", axum::routing::get(handle_item110::<A>))
        .route("/items111/{p0}", axum::routing::get(handle_item111::<A>))
        .route("/items112/{p0}", axum::routing::get(handle_item112::<A>))
        .route("/items113/{p0}", axum::routing::get(handle_item113::<A>))
        .route("/items114/{p0}", axum::routing::get(handle_item114::<A>))
        .route("/items115/{p0}", axum::routing::get(handle_item115::<A>))
        .route("/items116/{p0}", axum::routing::get(handle_item116::<A>))
        .route("/items117/{p0}", axum::routing::get(handle_item117::<A>))
        .route("/items118/{p0}", axum::routing::get(handle_item118::<A>))
        .route("/items119/{p0}", axum::routing::get(handle_item119::<A>))
        .route("/items120/{p0}", axum::routing::get(handle_item120::<A>))
        .route("/items121/{p0}", axum::routing::get(handle_item121::<A>))
        .route("/items122/{p0}", axum::routing::get(handle_item122::<A>))
        .route("/items123/{p0}", axum::routing::get(handle_item123::<A>))
        .route("/items124/{p0}", axum::routing::get(handle_item124::<A>))
        .route("/items125/{p0}", axum::routing::get(handle_item125::<A>))
        .route("/items126/{p0}", axum::routing::get(handle_item126::<A>))
        .route("/items127/{p0}", axum::routing::get(handle_item127::<A>))
        .route("/items128/{p0}", axum::routing::get(handle_item128::<A>))
        .route("/items129/{p0}", axum::routing::get(handle_item129::<A>))
        .route("/items130/{p0}", axum::routing::get(handle_item130::<A>))
        .route("/items131/{p0}", axum::routing::get(handle_item131::<A>))
        .route("/items132/{p0}", axum::routing::get(handle_item132::<A>))
        .route("/items133/{p0}", axum::routing::get(handle_item133::<A>))
        .route("/items134/{p0}", axum::routing::get(handle_item134::<A>))
        .route("/items135/{p0}", axum::routing::get(handle_item135::<A>))
        .route("/items136/{p0}", axum::routing::get(handle_item136::<A>))
        .route("/items137/{p0}", axum::routing::get(handle_item137::<A>))
        .route("/items138/{p0}", axum::routing::get(handle_item138::<A>))
        .route("/items139/{p0}", axum::routing::get(handle_item139::<A>))
        .route("/items140/{p0}", axum::routing::get(handle_item140::<A>))
        .route("/items141/{p0}", axum::routing::get(handle_item141::<A>))
        .route("/items142/{p0}", axum::routing::get(handle_item142::<A>))
        .route("/items143/{p0}", axum::routing::get(handle_item143::<A>))
        .route("/items144/{p0}", axum::routing::get(handle_item144::<A>))
        .route("/items145/{p0}", axum::routing::get(handle_item145::<A>))
        .route("/items146/{p0}", axum::routing::get(handle_item146::<A>))
        .route("/items147/{p0}", axum::routing::get(handle_item147::<A>))
        .route("/items148/{p0}", axum::routing::get(handle_item148::<A>))
        .route("/items149/{p0}", axum::routing::get(handle_item149::<A>))
        .route("/items150/{p0}", axum::routing::get(handle_item150::<A>))
        .route("/items151/{p0}", axum::routing::get(handle_item151::<A>))
        .route("/items152/{p0}", axum::routing::get(handle_item152::<A>))
        .route("/items153/{p0}", axum::routing::get(handle_item153::<A>))
        .route("/items154/{p0}", axum::routing::get(handle_item154::<A>))
        .route("/items155/{p0}", axum::routing::get(handle_item155::<A>))
        .route("/items156/{p0}", axum::routing::get(handle_item156::<A>))
        .route("/items157/{p0}", axum::routing::get(handle_item157::<A>))
        .route("/items158/{p0}", axum::routing::get(handle_item158::<A>))
        .route("/items159/{p0}", axum::routing::get(handle_item159::<A>))
        .route("/items160/{p0}", axum::routing::get(handle_item160::<A>))
        .route("/items161/{p0}", axum::routing::get(handle_item161::<A>))
        .route("/items162/{p0}", axum::routing::get(handle_item162::<A>))
        .route("/items163/{p0}", axum::routing::get(handle_item163::<A>))
        .route("/items164/{p0}", axum::routing::get(handle_item164::<A>))
        .route("/items165/{p0}", axum::routing::get(handle_item165::<A>))
        .route("/items166/{p0}", axum::routing::get(handle_item166::<A>))
        .route("/items167/{p0}", axum::routing::get(handle_item167::<A>))
        .route("/items168/{p0}", axum::routing::get(handle_item168::<A>))
        .route("/items169/{p0}", axum::routing::get(handle_item169::<A>))
        .route("/items170/{p0}", axum::routing::get(handle_item170::<A>))
        .route("/items171/{p0}", axum::routing::get(handle_item171::<A>))
        .route("/items172/{p0}", axum::routing::get(handle_item172::<A>))
        .route("/items173/{p0}", axum::routing::get(handle_item173::<A>))
        .route("/items174/{p0}", axum::routing::get(handle_item174::<A>))
        .route("/items175/{p0}", axum::routing::get(handle_item175::<A>))
        .route("/items176/{p0}", axum::routing::get(handle_item176::<A>))
        .route("/items177/{p0}", axum::routing::get(handle_item177::<A>))
        .route("/items178/{p0}", axum::routing::get(handle_item178::<A>))
        .route("/items179/{p0}", axum::routing::get(handle_item179::<A>))
        .route("/items180/{p0}", axum::routing::get(handle_item180::<A>))
        .route("/items181/{p0}", axum::routing::get(handle_item181::<A>))
        .route("/items182/{p0}", axum::routing::get(handle_item182::<A>))
        .route("/items183/{p0}", axum::routing::get(handle_item183::<A>))
        .route("/items184/{p0}", axum::routing::get(handle_item184::<A>))
        .route("/items185/{p0}", axum::routing::get(handle_item185::<A>))
        .route("/items186/{p0}", axum::routing::get(handle_item186::<A>))
        .route("/items187/{p0}", axum::routing::get(handle_item187::<A>))
        .route("/items188/{p0}", axum::routing::get(handle_item188::<A>))
        .route("/items189/{p0}", axum::routing::get(handle_item189::<A>))
        .route("/items190/{p0}", axum::routing::get(handle_item190::<A>))
        .route("/items191/{p0}", axum::routing::get(handle_item191::<A>))
        .route("/items192/{p0}", axum::routing::get(handle_item192::<A>))
        .route("/items193/{p0}", axum::routing::get(handle_item193::<A>))
        .route("/items194/{p0}", axum::routing::get(handle_item194::<A>))
        .route("/items195/{p0}", axum::routing::get(handle_item195::<A>))
        .route("/items196/{p0}", axum::routing::get(handle_item196::<A>))
        .route("/items197/{p0}", axum::routing::get(handle_item197::<A>))
        .route("/items198/{p0}", axum::routing::get(handle_item198::<A>))
        .route("/items199/{p0}", axum::routing::get(handle_item199::<A>))
        .route("/items200/{p0}", axum::routing::get(handle_item200::<A>))
}

/// Routes 201 to 400 of [`router`].
fn routes_2<A: ApiOperations>(
    router: axum::Router<Served<A>>,
) -> axum::Router<Served<A>> {
    router
        .route("/items201/{p0}", axum::routing::get(handle_item201::<A>))
        .route("/items202/{p0}", axum::routing::get(handle_item202::<A>))
        .route("/items203/{p0}", axum::routing::get(handle_item203::<A>))
        .route("/items204/{p0}", axum::routing::get(handle_item204::<A>))
        .route("/items205/{p0}", axum::routing::get(handle_item205::<A>))
        .route("/items206/{p0}", axum::routing::get(handle_item206::<A>))
        .route("/items207/{p0}", axum::routing::get(handle_item207::<A>))
        .route("/items208/{p0}", axum::routing::get(handle_item208::<A>))
        .route("/items209/{p0}", axum::routing::get(handle_item209::<A>))
        .route("/items210/{p0}", axum::routing::get(handle_item210::<A>))
        .route("/items211/{p0}", axum::routing::get(handle_item211::<A>))
        .route("/items212/{p0}", axum::routing::get(handle_item212::<A>))
        .route("/items213/{p0}", axum::routing::get(handle_item213::<A>))
        .route("/items214/{p0}", axum::routing::get(handle_item214::<A>))
        .route("/items215/{p0}", axum::routing::get(handle_item215::<A>))
        .route("/items216/{p0}", axum::routing::get(handle_item216::<A>))
        .route("/items217/{p0}", axum::routing::get(handle_item217::<A>))
        .route("/items218/{p0}", axum::routing::get(handle_item218::<A>))
        .route("/items219/{p0}", axum::routing::get(handle_item219::<A>))
        .route("/items220/{p0}", axum::routing::get(handle_item220::<A>))
        .route("/items221/{p0}", axum::routing::get(handle_item221::<A>))
        .route("/items222/{p0}", axum::routing::get(handle_item222::<A>))
        .route("/items223/{p0}", axum::routing::get(handle_item223::<A>))
        .route("/items224/{p0}", axum::routing::get(handle_item224::<A>))
        .route("/items225/{p0}", axum::routing::get(handle_item225::<A>))
        .route("/items226/{p0}", axum::routing::get(handle_item226::<A>))
        .route("/items227/{p0}", axum::routing::get(handle_item227::<A>))
        .route("/items228/{p0}", axum::routing::get(handle_item228::<A>))
        .route("/items229/{p0}", axum::routing::get(handle_item229::<A>))
        .route("/items230/{p0}", axum::routing::get(handle_item230::<A>))
        .route("/items231/{p0}", axum::routing::get(handle_item231::<A>))
        .route("/items232/{p0}", axum::routing::get(handle_item232::<A>))
        .route("/items233/{p0}", axum::routing::get(handle_item233::<A>))
        .route("/items234/{p0}", axum::routing::get(handle_item234::<A>))
        .route("/items235/{p0}", axum::routing::get(handle_item235::<A>))
        .route("/items236/{p0}", axum::routing::get(handle_item236::<A>))
        .route("/items237/{p0}", axum::routing::get(handle_item237::<A>))
        .route("/items238/{p0}", axum::routing::get(handle_item238::<A>))
        .route("/items239/{p0}", axum::routing::get(handle_item239::<A>))
        .route("/items240/{p0}", axum::routing::get(handle_item240::<A>))
        .route("/items241/{p0}", axum::routing::get(handle_item241::<A>))
        .route("/items242/{p0}", axum::routing::get(handle_item242::<A>))
        .route("/items243/{p0}", axum::routing::get(handle_item243::<A>))
        .route("/items244/{p0}", axum::routing::get(handle_item244::<A>))
        .route("/items245/{p0}", axum::routing::get(handle_item245::<A>))
        .route("/items246/{p0}", axum::routing::get(handle_item246::<A>))
        .route("/items247/{p0}", axum::routing::get(handle_item247::<A>))
        .route("/items248/{p0}", axum::routing::get(handle_item248::<A>))
        .route("/items249/{p0}", axum::routing::get(handle_item249::<A>))
        .route("/items250/{p0}", axum::routing::get(handle_item250::<A>))
        .route("/items251/{p0}", axum::routing::get(handle_item251::<A>))
        .route("/items252/{p0}", axum::routing::get(handle_item252::<A>))
        .route("/items253/{p0}", axum::routing::get(handle_item253::<A>))
        .route("/items254/{p0}", axum::routing::get(handle_item254::<A>))
        .route("/items255/{p0}", axum::routing::get(handle_item255::<A>))
        .route("/items256/{p0}", axum::routing::get(handle_item256::<A>))
        .route("/items257/{p0}", axum::routing::get(handle_item257::<A>))
        .route("/items258/{p0}", axum::routing::get(handle_item258::<A>))
        .route("/items259/{p0}", axum::routing::get(handle_item259::<A>))
        .route("/items260/{p0}", axum::routing::get(handle_item260::<A>))
        .route("/items261/{p0}", axum::routing::get(handle_item261::<A>))
        .route("/items262/{p0}", axum::routing::get(handle_item262::<A>))
        .route("/items263/{p0}", axum::routing::get(handle_item263::<A>))
        .route("/items264/{p0}", axum::routing::get(handle_item264::<A>))
        .route("/items265/{p0}", axum::routing::get(handle_item265::<A>))
        .route("/items266/{p0}", axum::routing::get(handle_item266::<A>))
        .route("/items267/{p0}", axum::routing::get(handle_item267::<A>))
        .route("/items268/{p0}", axum::routing::get(handle_item268::<A>))
        .route("/items269/{p0}", axum::routing::get(handle_item269::<A>))
        .route("/items270/{p0}", axum::routing::get(handle_item270::<A>))
        .route("/items271/{p0}", axum::routing::get(handle_item271::<A>))
        .route("/items272/{p0}", axum::routing::get(handle_item272::<A>))
        .route("/items273/{p0}", axum::routing::get(handle_item273::<A>))
        .route("/items274/{p0}", axum::routing::get(handle_item274::<A>))
        .route("/items275/{p0}", axum::routing::get(handle_item275::<A>))
        .route("/items276/{p0}", axum::routing::get(handle_item276::<A>))
        .route("/items277/{p0}", axum::routing::get(handle_item277::<A>))
        .route("/items278/{p0}", axum::routing::get(handle_item278::<A>))
        .route("/items279/{p0}", axum::routing::get(handle_item279::<A>))
        .route("/items280/{p0}", axum::routing::get(handle_item280::<A>))
        .route("/items281/{p0}", axum::routing::get(handle_item281::<A>))
        .route("/items282/{p0}", axum::routing::get(handle_item282::<A>))
        .route("/items283/{p0}", axum::routing::get(handle_item283::<A>))
        .route("/items284/{p0}", axum::routing::get(handle_item284::<A>))
        .route("/items285/{p0}", axum::routing::get(handle_item285::<A>))
        .route("/items286/{p0}", axum::routing::get(handle_item286::<A>))
        .route("/items287/{p0}", axum::routing::get(handle_item287::<A>))
        .route("/items288/{p0}", axum::routing::get(handle_item288::<A>))
        .route("/items289/{p0}", axum::routing::get(handle_item289::<A>))
        .route("/items290/{p0}", axum::routing::get(handle_item290::<A>))
        .route("/items291/{p0}", axum::routing::get(handle_item291::<A>))
        .route("/items292/{p0}", axum::routing::get(handle_item292::<A>))
        .route("/items293/{p0}", axum::routing::get(handle_item293::<A>))
        .route("/items294/{p0}", axum::routing::get(handle_item294::<A>))
        .route("/items295/{p0}", axum::routing::get(handle_item295::<A>))
        .route("/items296/{p0}", axum::routing::get(handle_item296::<A>))
        .route("/items297/{p0}", axum::routing::get(handle_item297::<A>))
        .route("/items298/{p0}", axum::routing::get(handle_item298::<A>))
        .route("/items299/{p0}", axum::routing::get(handle_item299::<A>))
        .route("/items300/{p0}", axum::routing::get(handle_item300::<A>))
        .route("/items301/{p0}", axum::routing::get(handle_item301::<A>))
        .route("/items302/{p0}", axum::routing::get(handle_item302::<A>))
        .route("/items303/{p0}", axum::routing::get(handle_item303::<A>))
        .route("/items304/{p0}", axum::routing::get(handle_item304::<A>))
        .route("/items305/{p0}", axum::routing::get(handle_item305::<A>))
        .route("/items306/{p0}", axum::routing::get(handle_item306::<A>))
        .route("/items307/{p0}", axum::routing::get(handle_item307::<A>))
        .route("/items308/{p0}", axum::routing::get(handle_item308::<A>))
        .route("/items309/{p0}", axum::routing::get(handle_item309::<A>))
        .route("/items310/{p0}", axum::routing::get(handle_item310::<A>))
        .route("/items311/{p0}", axum::routing::get(handle_item311::<A>))
        .route("/items312/{p0}", axum::routing::get(handle_item312::<A>))
        .route("/items313/{p0}", axum::routing::get(handle_item313::<A>))
        .route("/items314/{p0}", axum::routing::get(handle_item314::<A>))
        .route("/items315/{p0}", axum::routing::get(handle_item315::<A>))
        .route("/items316/{p0}", axum::routing::get(handle_item316::<A>))
        .route("/items317/{p0}", axum::routing::get(handle_item317::<A>))
        .route("/items318/{p0}", axum::routing::get(handle_item318::<A>))
        .route("/items319/{p0}", axum::routing::get(handle_item319::<A>))
        .route("/items320/{p0}", axum::routing::get(handle_item320::<A>))
        .route("/items321/{p0}", axum::routing::get(handle_item321::<A>))
        .route("/items322/{p0}", axum::routing::get(handle_item322::<A>))
        .route("/items323/{p0}", axum::routing::get(handle_item323::<A>))
        .route("/items324/{p0}", axum::routing::get(handle_item324::<A>))
        .route("/items325/{p0}", axum::routing::get(handle_item325::<A>))
        .route("/items326/{p0}", axum::routing::get(handle_item326::<A>))
        .route("/items327/{p0}", axum::routing::get(handle_item327::<A>))
        .route("/items328/{p0}", axum::routing::get(handle_item328::<A>))
        .route("/items329/{p0}", axum::routing::get(handle_item329::<A>))
        .route("/items330/{p0}", axum::routing::get(handle_item330::<A>))
        .route("/items331/{p0}", axum::routing::get(handle_item331::<A>))
        .route("/items332/{p0}", axum::routing::get(handle_item332::<A>))
        .route("/items333/{p0}", axum::routing::get(handle_item333::<A>))
        .route("/items334/{p0}", axum::routing::get(handle_item334::<A>))
        .route("/items335/{p0}", axum::routing::get(handle_item335::<A>))
        .route("/items336/{p0}", axum::routing::get(handle_item336::<A>))
        .route("/items337/{p0}", axum::routing::get(handle_item337::<A>))
        .route("/items338/{p0}", axum::routing::get(handle_item338::<A>))
        .route("/items339/{p0}", axum::routing::get(handle_item339::<A>))
        .route("/items340/{p0}", axum::routing::get(handle_item340::<A>))
        .route("/items341/{p0}", axum::routing::get(handle_item341::<A>))
        .route("/items342/{p0}", axum::routing::get(handle_item342::<A>))
        .route("/items343/{p0}", axum::routing::get(handle_item343::<A>))
        .route("/items344/{p0}", axum::routing::get(handle_item344::<A>))
        .route("/items345/{p0}", axum::routing::get(handle_item345::<A>))
        .route("/items346/{p0}", axum::routing::get(handle_item346::<A>))
        .route("/items347/{p0}", axum::routing::get(handle_item347::<A>))
        .route("/items348/{p0}", axum::routing::get(handle_item348::<A>))
        .route("/items349/{p0}", axum::routing::get(handle_item349::<A>))
        .route("/items350/{p0}", axum::routing::get(handle_item350::<A>))
        .route("/items351/{p0}", axum::routing::get(handle_item351::<A>))
        .route("/items352/{p0}", axum::routing::get(handle_item352::<A>))
        .route("/items353/{p0}", axum::routing::get(handle_item353::<A>))
        .route("/items354/{p0}", axum::routing::get(handle_item354::<A>))
        .route("/items355/{p0}", axum::routing::get(handle_item355::<A>))
        .route("/items356/{p0}", axum::routing::get(handle_item356::<A>))
        .route("/items357/{p0}", axum::routing::get(handle_item357::<A>))
        .route("/items358/{p0}", axum::routing::get(handle_item358::<A>))
        .route("/items359/{p0}", axum::routing::get(handle_item359::<A>))
        .route("/items360/{p0}", axum::routing::get(handle_item360::<A>))
        .route("/items361/{p0}", axum::routing::get(handle_item361::<A>))
        .route("/items362/{p0}", axum::routing::get(handle_item362::<A>))
        .route("/items363/{p0}", axum::routing::get(handle_item363::<A>))
        .route("/items364/{p0}", axum::routing::get(handle_item364::<A>))
        .route("/items365/{p0}", axum::routing::get(handle_item365::<A>))
        .route("/items366/{p0}", axum::routing::get(handle_item366::<A>))
        .route("/items367/{p0}", axum::routing::get(handle_item367::<A>))
        .route("/items368/{p0}", axum::routing::get(handle_item368::<A>))
        .route("/items369/{p0}", axum::routing::get(handle_item369::<A>))
        .route("/items370/{p0}", axum::routing::get(handle_item370::<A>))
        .route("/items371/{p0}", axum::routing::get(handle_item371::<A>))
        .route("/items372/{p0}", axum::routing::get(handle_item372::<A>))
        .route("/items373/{p0}", axum::routing::get(handle_item373::<A>))
        .route("/items374/{p0}", axum::routing::get(handle_item374::<A>))
        .route("/items375/{p0}", axum::routing::get(handle_item375::<A>))
        .route("/items376/{p0}", axum::routing::get(handle_item376::<A>))
        .route("/items377/{p0}", axum::routing::get(handle_item377::<A>))
        .route("/items378/{p0}", axum::routing::get(handle_item378::<A>))
        .route("/items379/{p0}", axum::routing::get(handle_item379::<A>))
        .route("/items380/{p0}", axum::routing::get(handle_item380::<A>))
        .route("/items381/{p0}", axum::routing::get(handle_item381::<A>))
        .route("/items382/{p0}", axum::routing::get(handle_item382::<A>))
        .route("/items383/{p0}", axum::routing::get(handle_item383::<A>))
        .route("/items384/{p0}", axum::routing::get(handle_item384::<A>))
        .route("/items385/{p0}", axum::routing::get(handle_item385::<A>))
        .route("/items386/{p0}", axum::routing::get(handle_item386::<A>))
        .route("/items387/{p0}", axum::routing::get(handle_item387::<A>))
        .route("/items388/{p0}", axum::routing::get(handle_item388::<A>))
        .route("/items389/{p0}", axum::routing::get(handle_item389::<A>))
        .route("/items390/{p0}", axum::routing::get(handle_item390::<A>))
        .route("/items391/{p0}", axum::routing::get(handle_item391::<A>))
        .route("/items392/{p0}", axum::routing::get(handle_item392::<A>))
        .route("/items393/{p0}", axum::routing::get(handle_item393::<A>))
        .route("/items394/{p0}", axum::routing::get(handle_item394::<A>))
        .route("/items395/{p0}", axum::routing::get(handle_item395::<A>))
        .route("/items396/{p0}", axum::routing::get(handle_item396::<A>))
        .route("/items397/{p0}", axum::routing::get(handle_item397::<A>))
        .route("/items398/{p0}", axum::routing::get(handle_item398::<A>))
        .route("/items399/{p0}", axum::routing::get(handle_item399::<A>))
        .route("/items400/{p0}", axum::routing::get(handle_item400::<A>))
}

/// Routes 401 to 410 of [`router`].
fn routes_3<A: ApiOperations>(
    router: axum::Router<Served<A>>,
) -> axum::Router<Served<A>> {
    router
        .route("/items401/{p0}", axum::routing::get(handle_item401::<A>))
        .route("/items402/{p0}", axum::routing::get(handle_item402::<A>))
        .route("/items403/{p0}", axum::routing::get(handle_item403::<A>))
        .route("/items404/{p0}", axum::routing::get(handle_item404::<A>))
        .route("/items405/{p0}", axum::routing::get(handle_item405::<A>))
        .route("/items406/{p0}", axum::routing::get(handle_item406::<A>))
        .route("/items407/{p0}", axum::routing::get(handle_item407::<A>))
        .route("/items408/{p0}", axum::routing::get(handle_item408::<A>))
        .route("/items409/{p0}", axum::routing::get(handle_item409::<A>))
        .route("/items410/{p0}", axum::routing::get(handle_item410::<A>))
}

/// Responses `item001` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item001Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item001Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item002` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item002Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item002Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item003` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item003Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item003Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item004` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item004Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item004Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item005` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item005Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item005Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item006` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item006Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item006Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item007` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item007Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item007Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item008` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item008Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item008Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item009` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item009Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item009Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item010` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item010Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item010Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item011` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item011Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item011Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item012` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item012Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item012Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item013` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item013Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item013Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item014` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item014Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item014Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item015` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item015Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item015Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item016` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item016Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item016Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item017` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item017Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item017Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item018` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item018Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item018Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item019` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item019Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item019Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item020` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item020Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item020Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item021` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item021Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item021Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item022` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item022Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item022Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item023` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item023Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item023Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item024` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item024Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item024Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item025` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item025Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item025Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}
