//! An async client: one method per operation, typed parameters, typed errors per status.

#[allow(unused_imports)]
use super::models::*;

/// A client for integer formats 1.0.0.
///
/// Cheap to clone: clones share one connection pool.
#[derive(Clone)]
pub struct Client {
    base_url: String,
    http: HttpClient,
    /// Sent with every request (see [`Client::with_header`]).
    headers: reqwest::header::HeaderMap,
}

/// The HTTP client requests go through: `reqwest`'s, or with the `middleware` feature a
/// `reqwest-middleware` client (its middleware runs on every request).
#[cfg(not(feature = "middleware"))]
type HttpClient = reqwest::Client;

#[cfg(feature = "middleware")]
type HttpClient = reqwest_middleware::ClientWithMiddleware;

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.base_url)
            .finish_non_exhaustive()
    }
}

/// The documented error responses of one operation: each operation's `...Error` enum, one variant
/// per documented error status.
pub trait ApiError: std::error::Error {
    /// The HTTP status the error came with.
    fn status(&self) -> u16;
}

/// What can go wrong calling an operation; `E` is the operation's documented errors.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E> {
    /// The server answered with an error status the operation documents: its typed body, and
    /// the response's headers (a request id, `Retry-After`).
    Api(E, Box<reqwest::header::HeaderMap>),
    /// The server answered with a status the operation does not document.
    UnexpectedStatus {
        status: u16,
        headers: Box<reqwest::header::HeaderMap>,
        body: Vec<u8>,
    },
    /// A documented status came with a body that does not match its schema.
    InvalidBody {
        status: u16,
        headers: Box<reqwest::header::HeaderMap>,
        body: Vec<u8>,
        source: serde_json::Error,
    },
    /// The request could not be built (a malformed base URL, an unserializable body).
    InvalidRequest(String),
    /// Connecting, sending or receiving failed.
    Transport(reqwest::Error),
    /// A middleware failed the request (with the `middleware` feature).
    Middleware(Box<dyn std::error::Error + Send + Sync>),
}

impl<E: ApiError> Error<E> {
    /// The HTTP status the server answered with, if it answered: documented errors included.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(err, _) => Some(err.status()),
            Error::UnexpectedStatus { status, .. }
            | Error::InvalidBody { status, .. } => Some(*status),
            Error::Transport(err) => err.status().map(|s| s.as_u16()),
            Error::InvalidRequest(_) | Error::Middleware(_) => None,
        }
    }

    /// The response's headers, whenever the server answered.
    pub fn headers(&self) -> Option<&reqwest::header::HeaderMap> {
        match self {
            Error::Api(_, headers)
            | Error::UnexpectedStatus { headers, .. }
            | Error::InvalidBody { headers, .. } => Some(headers.as_ref()),
            _ => None,
        }
    }
}

impl<E: ApiError> std::fmt::Display for Error<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Api(err, _) => write!(f, "{err}"),
            Error::UnexpectedStatus { status, body, .. } => {
                write!(
                    f, "unexpected status {status}: {}", String::from_utf8_lossy(body)
                )
            }
            Error::InvalidBody { status, source, .. } => {
                write!(
                    f,
                    "the body of a {status} response does not match its schema: {source}"
                )
            }
            Error::InvalidRequest(reason) => {
                write!(f, "cannot build the request: {reason}")
            }
            Error::Transport(err) => write!(f, "request failed: {err}"),
            Error::Middleware(err) => write!(f, "middleware failed the request: {err}"),
        }
    }
}

impl<E: ApiError + 'static> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Api(err, _) => Some(err),
            Error::InvalidBody { source, .. } => Some(source),
            Error::Transport(err) => Some(err),
            Error::Middleware(err) => Some(err.as_ref()),
            _ => None,
        }
    }
}

/// A request failed before any status was seen.
enum Failure {
    InvalidRequest(String),
    Transport(reqwest::Error),
    #[cfg(feature = "middleware")]
    Middleware(Box<dyn std::error::Error + Send + Sync>),
}

#[cfg(feature = "middleware")]
impl From<reqwest_middleware::Error> for Failure {
    fn from(err: reqwest_middleware::Error) -> Self {
        match err {
            reqwest_middleware::Error::Reqwest(err) => Failure::Transport(err),
            reqwest_middleware::Error::Middleware(err) => Failure::Middleware(err.into()),
        }
    }
}

#[cfg(not(feature = "middleware"))]
impl From<reqwest::Error> for Failure {
    fn from(err: reqwest::Error) -> Self {
        Failure::Transport(err)
    }
}

impl<E> From<Failure> for Error<E> {
    fn from(failure: Failure) -> Self {
        match failure {
            Failure::InvalidRequest(reason) => Error::InvalidRequest(reason),
            Failure::Transport(err) => Error::Transport(err),
            #[cfg(feature = "middleware")]
            Failure::Middleware(err) => Error::Middleware(err),
        }
    }
}

impl Answer<'_> {
    /// The answer to a status the operation does not document: one call in each operation's
    /// `match` rather than the error built there.
    fn unexpected<T, E>(self) -> Result<T, Error<E>> {
        Err(Error::UnexpectedStatus {
            status: self.status,
            headers: Box::new(self.headers.clone()),
            body: self.body,
        })
    }
}

/// A decoded response body with the response's status and headers. It derefs to the body, so it
/// reads like the body; [`ResponseValue::into_inner`] takes the body out.
#[derive(Debug, Clone)]
pub struct ResponseValue<T> {
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: T,
}

impl<T> ResponseValue<T> {
    fn new(status: u16, headers: reqwest::header::HeaderMap, body: T) -> Self {
        Self { status, headers, body }
    }

    /// The HTTP status the server answered with.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The response's headers (a request id, rate limits, a mock server's findings).
    pub fn headers(&self) -> &reqwest::header::HeaderMap {
        &self.headers
    }

    /// The decoded body.
    pub fn body(&self) -> &T {
        &self.body
    }

    pub fn into_inner(self) -> T {
        self.body
    }

    pub fn into_parts(self) -> (u16, reqwest::header::HeaderMap, T) {
        (self.status, self.headers, self.body)
    }
}

impl<T> std::ops::Deref for ResponseValue<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.body
    }
}

impl<T> std::ops::DerefMut for ResponseValue<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.body
    }
}

/// A response's body without its status and headers: what the plain operation methods return.
async fn into_inner<T, E>(
    response: impl std::future::Future<Output = Result<ResponseValue<T>, Error<E>>>,
) -> Result<T, Error<E>> {
    response.await.map(ResponseValue::into_inner)
}

/// Everything one call sends, in a shape that is the same for every operation.
struct Request {
    method: reqwest::Method,
    /// Path segments below the base URL, unencoded; `url` percent-encodes them.
    segments: Vec<String>,
    query: Vec<(&'static str, String)>,
    headers: Vec<(&'static str, String)>,
    /// The media type the operation answers with.
    accept: &'static str,
}

/// Pushes `(key, value)` when an optional parameter is set: a line in an operation method
/// rather than an `if let` block.
fn push_set<T: ParamValue>(
    pairs: &mut Vec<(&'static str, String)>,
    key: &'static str,
    value: Option<&T>,
) {
    if let Some(value) = value {
        pairs.push((key, value.to_param()));
    }
}

/// Pushes `(key, item)` for each item of an optional list parameter (`explode`: the key repeats).
fn push_each<T: ParamValue>(
    pairs: &mut Vec<(&'static str, String)>,
    key: &'static str,
    items: Option<&[T]>,
) {
    for item in items.unwrap_or_default() {
        pairs.push((key, item.to_param()));
    }
}

/// A response as it came: status, headers and the whole body.
struct Raw {
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: Vec<u8>,
}

/// A response as an operation's `match` on its status reads it. An API whose responses never
/// need the headers or the body leaves those fields unread.
#[allow(dead_code)]
struct Answer<'a> {
    status: u16,
    headers: &'a reqwest::header::HeaderMap,
    body: Vec<u8>,
}

impl Answer<'_> {
    /// Decodes the JSON body, keeping the raw bytes (copied, on failure only) when it does not match.
    fn decode<T: serde::de::DeserializeOwned, E>(&self) -> Result<T, Error<E>> {
        let decoded = serde_json::from_slice(&self.body);
        decoded
            .map_err(|source| Error::InvalidBody {
                status: self.status,
                headers: Box::new(self.headers.clone()),
                body: self.body.clone(),
                source,
            })
    }
}

impl Client {
    /// A client for the API at `base_url` (for example `https://api.example.com/v1`).
    pub fn new(base_url: impl Into<String>) -> Self {
        Self::with_http_client(base_url, reqwest::Client::new())
    }

    /// Like [`Client::new`], with a preconfigured `reqwest::Client` (timeouts, proxies, TLS).
    pub fn with_http_client(base_url: impl Into<String>, http: reqwest::Client) -> Self {
        Self {
            base_url: base_url.into(),
            #[cfg(not(feature = "middleware"))]
            http,
            #[cfg(feature = "middleware")]
            http: reqwest_middleware::ClientBuilder::new(http).build(),
            headers: reqwest::header::HeaderMap::new(),
        }
    }

    /// Like [`Client::new`], with a `reqwest-middleware` client whose middleware (retries,
    /// tracing) runs on every request. Needs the `middleware` feature.
    #[cfg(feature = "middleware")]
    pub fn with_middleware_client(
        base_url: impl Into<String>,
        http: reqwest_middleware::ClientWithMiddleware,
    ) -> Self {
        Self {
            base_url: base_url.into(),
            http,
            headers: reqwest::header::HeaderMap::new(),
        }
    }

    /// A client that also sends `name: value` with every request (a request id, a tenant).
    /// Clones share the connection pool, so one per call is cheap:
    /// `api.with_header(name, value).some_operation(..)`.
    pub fn with_header(
        &self,
        name: reqwest::header::HeaderName,
        value: reqwest::header::HeaderValue,
    ) -> Self {
        let mut client = self.clone();
        client.headers.insert(name, value);
        client
    }

    /// Like [`Client::with_header`], for several headers at once.
    pub fn with_headers(&self, headers: reqwest::header::HeaderMap) -> Self {
        let mut client = self.clone();
        client.headers.extend(headers);
        client
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Sends a request and reads its response with `read`, the operation's statuses. Every
    /// operation method is a plain function that builds its request and ends here, so this is
    /// the one `async` body the client's methods share (`execute` does the work).
    async fn send<T, E>(
        &self,
        request: Request,
        read: impl FnOnce(Answer<'_>) -> Result<T, Error<E>>,
    ) -> Result<ResponseValue<T>, Error<E>> {
        let Raw { status, headers, body } = self.execute(request).await?;
        let value = read(Answer {
            status,
            headers: &headers,
            body,
        })?;
        Ok(ResponseValue::new(status, headers, value))
    }

    /// Sends one request and reads the whole response. Not generic: compiled once.
    async fn execute(&self, request: Request) -> Result<Raw, Failure> {
        let mut url = reqwest::Url::parse(&self.base_url)
            .map_err(|err| Failure::InvalidRequest(
                format!("base URL `{}`: {err}", self.base_url),
            ))?;
        url.path_segments_mut()
            .map_err(|()| Failure::InvalidRequest(
                format!("base URL `{}` cannot have a path", self.base_url),
            ))?
            .pop_if_empty()
            .extend(&request.segments);
        let query = request
            .query
            .iter()
            .map(|(k, v)| (*k, v.as_str()))
            .collect::<Vec<_>>();
        if !query.is_empty() {
            url.query_pairs_mut().extend_pairs(query);
        }
        let mut builder = self
            .http
            .request(request.method.clone(), url)
            .headers(self.headers.clone());
        for (name, value) in &request.headers {
            builder = builder.header(*name, value.as_str());
        }
        builder = builder.header("accept", request.accept);
        let response = builder.send().await?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.bytes().await.map_err(Failure::Transport)?;
        Ok(Raw {
            status,
            headers,
            body: body.to_vec(),
        })
    }
}

impl Client {
    /// `GET /levels/{level}`
    ///
    /// # Parameters
    ///
    /// - `level`: path `level`
    /// - `params.offset`: query `offset`
    /// - `params.page`: query `page`; >= 1
    /// - `params.channels`: query `channels`
    /// - `params.shades`: query `shades`
    /// - `params.x_trace`: header `X-Trace`
    /// - `params.x_budget`: header `X-Budget`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn get_level<'a>(
        &'a self,
        level: &'a u8,
        params: &'a GetLevelParams,
    ) -> impl std::future::Future<Output = Result<Echo, Error<GetLevelError>>> + 'a {
        into_inner(self.get_level_with_response(level, params))
    }

    /// Like [`Client::get_level`], with the response's status and headers.
    pub fn get_level_with_response<'a>(
        &'a self,
        level: &'a u8,
        params: &'a GetLevelParams,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<GetLevelError>>,
    > + 'a {
        let mut query = Vec::new();
        let mut headers = Vec::new();
        push_set(&mut query, "offset", params.offset.as_ref());
        push_set(&mut query, "page", params.page.as_ref());
        push_each(&mut query, "channels", params.channels.as_deref());
        push_each(&mut query, "shades", params.shades.as_deref());
        push_set(&mut headers, "X-Trace", params.x_trace.as_ref());
        push_set(&mut headers, "X-Budget", params.x_budget.as_ref());
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["levels".to_owned(), ParamValue::to_param(level)],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }
}

/// Error responses `get_level` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetLevelError {}
impl GetLevelError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for GetLevelError {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for GetLevelError {}
impl ApiError for GetLevelError {
    fn status(&self) -> u16 {
        GetLevelError::status(self)
    }
}
