//! An async client: one method per operation, typed parameters, typed errors per status.

#[allow(unused_imports)]
use super::models::*;

/// A client for authentik 2024.8.3.
///
/// Cheap to clone: clones share one connection pool.
#[derive(Clone)]
pub struct Client {
    base_url: String,
    http: HttpClient,
    /// Sent with every request (see [`Client::with_header`]).
    headers: reqwest::header::HeaderMap,
    credentials: Credentials,
}

/// The HTTP client requests go through: `reqwest`'s, or with the `middleware` feature a
/// `reqwest-middleware` client (its middleware runs on every request).
#[cfg(not(feature = "middleware"))]
type HttpClient = reqwest::Client;

#[cfg(feature = "middleware")]
type HttpClient = reqwest_middleware::ClientWithMiddleware;

#[cfg(not(feature = "middleware"))]
type RequestBuilder = reqwest::RequestBuilder;

#[cfg(feature = "middleware")]
type RequestBuilder = reqwest_middleware::RequestBuilder;

#[derive(Clone, Default)]
struct Credentials {
    bearer_token: Option<String>,
}

impl Credentials {
    /// Adds the configured credentials to a request that requires authentication.
    fn apply(&self, mut builder: RequestBuilder, request: &Request) -> RequestBuilder {
        let _ = request;
        if let Some(token) = &self.bearer_token {
            builder = builder.bearer_auth(token);
        }
        builder
    }
}

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

/// Walks pages: `fetch` gets one page's parameters and returns the page's items and the next
/// page's parameters, `None` after the last page. Items come out one at a time; an error is the
/// stream's last item.
fn paginate<'a, P: 'a, T: 'a, E: 'a, Fut>(
    first: P,
    fetch: impl Fn(P) -> Fut + 'a,
) -> impl futures::Stream<Item = Result<T, Error<E>>> + 'a
where
    Fut: std::future::Future<Output = Result<(Vec<T>, Option<P>), Error<E>>> + 'a,
{
    let start = (Some(first), Vec::new().into_iter(), fetch);
    futures::stream::unfold(
        start,
        |(mut next, mut items, fetch)| async move {
            loop {
                if let Some(item) = items.next() {
                    return Some((Ok(item), (next, items, fetch)));
                }
                let params = next.take()?;
                match fetch(params).await {
                    Ok((page, after)) => {
                        items = page.into_iter();
                        next = after;
                    }
                    Err(err) => return Some((Err(err), (None, items, fetch))),
                }
            }
        },
    )
}

/// A page number as a response states it; `0`, negative or fractional numbers mean no next page.
trait PageNumber: Copy {
    fn page(self) -> Option<i64>;
}

impl PageNumber for i32 {
    fn page(self) -> Option<i64> {
        (self > 0).then_some(i64::from(self))
    }
}

impl PageNumber for i64 {
    fn page(self) -> Option<i64> {
        (self > 0).then_some(self)
    }
}

impl PageNumber for f32 {
    fn page(self) -> Option<i64> {
        f64::from(self).page()
    }
}

impl PageNumber for f64 {
    fn page(self) -> Option<i64> {
        (self >= 1.0 && self.fract() == 0.0 && self < 9.0e15).then_some(self as i64)
    }
}

/// Everything one call sends, in a shape that is the same for every operation.
struct Request {
    method: reqwest::Method,
    /// Path segments below the base URL, unencoded; `url` percent-encodes them.
    segments: Vec<String>,
    query: Vec<(&'static str, String)>,
    headers: Vec<(&'static str, String)>,
    body: Option<Body>,
    /// The media type the operation answers with.
    accept: &'static str,
    authenticated: bool,
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

/// A request body, encoded. Which variants an API builds depends on its bodies' media types
/// (an API of multipart uploads only never builds `Bytes`).
#[allow(dead_code)]
enum Body {
    Bytes { content_type: &'static str, bytes: Vec<u8> },
    /// A body that could not be encoded: the call fails with `Error::InvalidRequest` before
    /// anything is sent. Building a request never fails, so the methods stay plain functions.
    Invalid(String),
}

impl Answer<'_> {
    /// Decodes the JSON body, keeping the raw bytes (copied, on failure only) when it does not match.
    fn decode<T: serde::de::DeserializeOwned, E>(&self) -> Result<T, Error<E>> {
        let decoded = decode_unchecked(|| serde_json::from_slice(&self.body));
        decoded
            .map_err(|source| Error::InvalidBody {
                status: self.status,
                headers: Box::new(self.headers.clone()),
                body: self.body.clone(),
                source,
            })
    }

    /// A documented error response: its JSON body decoded into the operation's error `variant`. One
    /// generic method rather than `decode()?` inside every operation's `match`, which costs rustc
    /// more to check than the rest of the operation.
    fn error<T, B: serde::de::DeserializeOwned, E>(
        &self,
        variant: fn(B) -> E,
    ) -> Result<T, Error<E>> {
        let body = self.decode()?;
        Err(Error::Api(variant(body), Box::new(self.headers.clone())))
    }
}

/// A JSON request body.
fn encode<T: serde::Serialize + ?Sized>(content_type: &'static str, body: &T) -> Body {
    match serde_json::to_vec(body) {
        Ok(bytes) => Body::Bytes { content_type, bytes },
        Err(err) => Body::Invalid(err.to_string()),
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
            credentials: Credentials::default(),
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
            credentials: Credentials::default(),
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

    /// Sends `Authorization: Bearer <token>` with every operation that requires authentication.
    pub fn with_bearer_token(mut self, token: impl Into<String>) -> Self {
        self.credentials.bearer_token = Some(token.into());
        self
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
        if request.authenticated {
            builder = self.credentials.apply(builder, &request);
        }
        match request.body {
            Some(Body::Bytes { content_type, bytes }) => {
                builder = builder.header("content-type", content_type).body(bytes);
            }
            Some(Body::Invalid(reason)) => return Err(Failure::InvalidRequest(reason)),
            None => {}
        }
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
    /// `GET /stages/source/`
    ///
    /// SourceStage Viewset
    ///
    /// # Parameters
    ///
    /// - `params.name`: query `name`
    /// - `params.ordering`: query `ordering`. Which field to use when ordering the results.
    /// - `params.page`: query `page`. A page number within the paginated result set.
    /// - `params.page_size`: query `page_size`. Number of results to return per page.
    /// - `params.resume_timeout`: query `resume_timeout`
    /// - `params.search`: query `search`. A search term.
    /// - `params.source`: query `source`
    /// - `params.stage_uuid`: query `stage_uuid`
    ///
    /// # Errors
    ///
    /// - 400: [`StagesSourceListError::BadRequest`]
    /// - 403: [`StagesSourceListError::Forbidden`]
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn stages_source_list<'a>(
        &'a self,
        params: &'a StagesSourceListParams,
    ) -> impl std::future::Future<
        Output = Result<PaginatedSourceStageList, Error<StagesSourceListError>>,
    > + 'a {
        into_inner(self.stages_source_list_with_response(params))
    }

    /// Like [`Client::stages_source_list`], with the response's status and headers.
    pub fn stages_source_list_with_response<'a>(
        &'a self,
        params: &'a StagesSourceListParams,
    ) -> impl std::future::Future<
        Output = Result<
            ResponseValue<PaginatedSourceStageList>,
            Error<StagesSourceListError>,
        >,
    > + 'a {
        let mut query = Vec::new();
        let headers = Vec::new();
        push_set(&mut query, "name", params.name.as_ref());
        push_set(&mut query, "ordering", params.ordering.as_ref());
        push_set(&mut query, "page", params.page.as_ref());
        push_set(&mut query, "page_size", params.page_size.as_ref());
        push_set(&mut query, "resume_timeout", params.resume_timeout.as_ref());
        push_set(&mut query, "search", params.search.as_ref());
        push_set(&mut query, "source", params.source.as_ref());
        push_set(&mut query, "stage_uuid", params.stage_uuid.as_ref());
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["stages".to_owned(), "source".to_owned(), "".to_owned()],
            query,
            headers,
            body: None,
            accept: "application/json",
            authenticated: true,
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                400 => answer.error(StagesSourceListError::BadRequest),
                403 => answer.error(StagesSourceListError::Forbidden),
                _ => answer.unexpected(),
            },
        )
    }

    /// Every item of [`Client::stages_source_list`], page after page, as a stream; an error ends it.
    ///
    /// Pages by the `page` query parameter; the last page is the one whose `pagination.next` is 0 or absent.
    pub fn stages_source_list_stream(
        &self,
        params: StagesSourceListParams,
    ) -> impl futures::Stream<
        Item = Result<SourceStage, Error<StagesSourceListError>>,
    > + '_ {
        paginate(
            params,
            move |params: StagesSourceListParams| async move {
                let page = self.stages_source_list(&params).await?;
                let next = {
                    let next = PageNumber::page(page.pagination.next)
                        .filter(|n| Some(*n) != params.page);
                    next.map(|n| StagesSourceListParams {
                        page: Some(n),
                        ..params
                    })
                };
                Ok((page.results, next))
            },
        )
    }

    /// `POST /stages/source/`
    ///
    /// SourceStage Viewset
    ///
    /// # Parameters
    ///
    /// - `body`: `application/json`, required
    ///
    /// # Errors
    ///
    /// - 400: [`StagesSourceCreateError::BadRequest`]
    /// - 403: [`StagesSourceCreateError::Forbidden`]
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn stages_source_create<'a>(
        &'a self,
        body: &'a SourceStageRequest,
    ) -> impl std::future::Future<
        Output = Result<SourceStage, Error<StagesSourceCreateError>>,
    > + 'a {
        into_inner(self.stages_source_create_with_response(body))
    }

    /// Like [`Client::stages_source_create`], with the response's status and headers.
    pub fn stages_source_create_with_response<'a>(
        &'a self,
        body: &'a SourceStageRequest,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<SourceStage>, Error<StagesSourceCreateError>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::POST,
            segments: vec!["stages".to_owned(), "source".to_owned(), "".to_owned()],
            query,
            headers,
            body: Some(encode("application/json", body)),
            accept: "application/json",
            authenticated: true,
        };
        self.send(
            request,
            |answer| match answer.status {
                201 => answer.decode(),
                400 => answer.error(StagesSourceCreateError::BadRequest),
                403 => answer.error(StagesSourceCreateError::Forbidden),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /stages/source/{stage_uuid}/`
    ///
    /// SourceStage Viewset
    ///
    /// # Parameters
    ///
    /// - `stage_uuid`: path `stage_uuid`. A UUID string identifying this Source Stage.
    ///
    /// # Errors
    ///
    /// - 400: [`StagesSourceRetrieveError::BadRequest`]
    /// - 403: [`StagesSourceRetrieveError::Forbidden`]
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn stages_source_retrieve<'a>(
        &'a self,
        stage_uuid: &'a uuid::Uuid,
    ) -> impl std::future::Future<
        Output = Result<SourceStage, Error<StagesSourceRetrieveError>>,
    > + 'a {
        into_inner(self.stages_source_retrieve_with_response(stage_uuid))
    }

    /// Like [`Client::stages_source_retrieve`], with the response's status and headers.
    pub fn stages_source_retrieve_with_response<'a>(
        &'a self,
        stage_uuid: &'a uuid::Uuid,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<SourceStage>, Error<StagesSourceRetrieveError>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec![
                "stages".to_owned(), "source".to_owned(),
                ParamValue::to_param(stage_uuid), "".to_owned()
            ],
            query,
            headers,
            body: None,
            accept: "application/json",
            authenticated: true,
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                400 => answer.error(StagesSourceRetrieveError::BadRequest),
                403 => answer.error(StagesSourceRetrieveError::Forbidden),
                _ => answer.unexpected(),
            },
        )
    }

    /// `PUT /stages/source/{stage_uuid}/`
    ///
    /// SourceStage Viewset
    ///
    /// # Parameters
    ///
    /// - `stage_uuid`: path `stage_uuid`. A UUID string identifying this Source Stage.
    /// - `body`: `application/json`, required
    ///
    /// # Errors
    ///
    /// - 400: [`StagesSourceUpdateError::BadRequest`]
    /// - 403: [`StagesSourceUpdateError::Forbidden`]
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn stages_source_update<'a>(
        &'a self,
        stage_uuid: &'a uuid::Uuid,
        body: &'a SourceStageRequest,
    ) -> impl std::future::Future<
        Output = Result<SourceStage, Error<StagesSourceUpdateError>>,
    > + 'a {
        into_inner(self.stages_source_update_with_response(stage_uuid, body))
    }

    /// Like [`Client::stages_source_update`], with the response's status and headers.
    pub fn stages_source_update_with_response<'a>(
        &'a self,
        stage_uuid: &'a uuid::Uuid,
        body: &'a SourceStageRequest,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<SourceStage>, Error<StagesSourceUpdateError>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::PUT,
            segments: vec![
                "stages".to_owned(), "source".to_owned(),
                ParamValue::to_param(stage_uuid), "".to_owned()
            ],
            query,
            headers,
            body: Some(encode("application/json", body)),
            accept: "application/json",
            authenticated: true,
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                400 => answer.error(StagesSourceUpdateError::BadRequest),
                403 => answer.error(StagesSourceUpdateError::Forbidden),
                _ => answer.unexpected(),
            },
        )
    }

    /// `DELETE /stages/source/{stage_uuid}/`
    ///
    /// SourceStage Viewset
    ///
    /// # Parameters
    ///
    /// - `stage_uuid`: path `stage_uuid`. A UUID string identifying this Source Stage.
    ///
    /// # Errors
    ///
    /// - 400: [`StagesSourceDestroyError::BadRequest`]
    /// - 403: [`StagesSourceDestroyError::Forbidden`]
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn stages_source_destroy<'a>(
        &'a self,
        stage_uuid: &'a uuid::Uuid,
    ) -> impl std::future::Future<
        Output = Result<(), Error<StagesSourceDestroyError>>,
    > + 'a {
        into_inner(self.stages_source_destroy_with_response(stage_uuid))
    }

    /// Like [`Client::stages_source_destroy`], with the response's status and headers.
    pub fn stages_source_destroy_with_response<'a>(
        &'a self,
        stage_uuid: &'a uuid::Uuid,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<()>, Error<StagesSourceDestroyError>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::DELETE,
            segments: vec![
                "stages".to_owned(), "source".to_owned(),
                ParamValue::to_param(stage_uuid), "".to_owned()
            ],
            query,
            headers,
            body: None,
            accept: "application/json",
            authenticated: true,
        };
        self.send(
            request,
            |answer| match answer.status {
                204 => Ok(()),
                400 => answer.error(StagesSourceDestroyError::BadRequest),
                403 => answer.error(StagesSourceDestroyError::Forbidden),
                _ => answer.unexpected(),
            },
        )
    }

    /// `PATCH /stages/source/{stage_uuid}/`
    ///
    /// SourceStage Viewset
    ///
    /// # Parameters
    ///
    /// - `stage_uuid`: path `stage_uuid`. A UUID string identifying this Source Stage.
    /// - `body`: `application/json`, optional
    ///
    /// # Errors
    ///
    /// - 400: [`StagesSourcePartialUpdateError::BadRequest`]
    /// - 403: [`StagesSourcePartialUpdateError::Forbidden`]
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn stages_source_partial_update<'a>(
        &'a self,
        stage_uuid: &'a uuid::Uuid,
        body: Option<&'a PatchedSourceStageRequest>,
    ) -> impl std::future::Future<
        Output = Result<SourceStage, Error<StagesSourcePartialUpdateError>>,
    > + 'a {
        into_inner(self.stages_source_partial_update_with_response(stage_uuid, body))
    }

    /// Like [`Client::stages_source_partial_update`], with the response's status and headers.
    pub fn stages_source_partial_update_with_response<'a>(
        &'a self,
        stage_uuid: &'a uuid::Uuid,
        body: Option<&'a PatchedSourceStageRequest>,
    ) -> impl std::future::Future<
        Output = Result<
            ResponseValue<SourceStage>,
            Error<StagesSourcePartialUpdateError>,
        >,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::PATCH,
            segments: vec![
                "stages".to_owned(), "source".to_owned(),
                ParamValue::to_param(stage_uuid), "".to_owned()
            ],
            query,
            headers,
            body: body.map(|body| encode("application/json", body)),
            accept: "application/json",
            authenticated: true,
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                400 => answer.error(StagesSourcePartialUpdateError::BadRequest),
                403 => answer.error(StagesSourcePartialUpdateError::Forbidden),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /stages/source/{stage_uuid}/used_by/`
    ///
    /// Get a list of all objects that use this object
    ///
    /// # Parameters
    ///
    /// - `stage_uuid`: path `stage_uuid`. A UUID string identifying this Source Stage.
    ///
    /// # Errors
    ///
    /// - 400: [`StagesSourceUsedByListError::BadRequest`]
    /// - 403: [`StagesSourceUsedByListError::Forbidden`]
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn stages_source_used_by_list<'a>(
        &'a self,
        stage_uuid: &'a uuid::Uuid,
    ) -> impl std::future::Future<
        Output = Result<Vec<UsedBy>, Error<StagesSourceUsedByListError>>,
    > + 'a {
        into_inner(self.stages_source_used_by_list_with_response(stage_uuid))
    }

    /// Like [`Client::stages_source_used_by_list`], with the response's status and headers.
    pub fn stages_source_used_by_list_with_response<'a>(
        &'a self,
        stage_uuid: &'a uuid::Uuid,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Vec<UsedBy>>, Error<StagesSourceUsedByListError>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec![
                "stages".to_owned(), "source".to_owned(),
                ParamValue::to_param(stage_uuid), "used_by".to_owned(), "".to_owned()
            ],
            query,
            headers,
            body: None,
            accept: "application/json",
            authenticated: true,
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                400 => answer.error(StagesSourceUsedByListError::BadRequest),
                403 => answer.error(StagesSourceUsedByListError::Forbidden),
                _ => answer.unexpected(),
            },
        )
    }
}

/// Error responses `stages_source_list` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum StagesSourceListError {
    BadRequest(ValidationError),
    Forbidden(GenericError),
}

impl StagesSourceListError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::Forbidden(_) => 403,
        }
    }
}

impl std::fmt::Display for StagesSourceListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "stages_source_list answered {}: {:?}", self.status(), self)
    }
}

impl std::error::Error for StagesSourceListError {}
impl ApiError for StagesSourceListError {
    fn status(&self) -> u16 {
        StagesSourceListError::status(self)
    }
}

/// Error responses `stages_source_create` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum StagesSourceCreateError {
    BadRequest(ValidationError),
    Forbidden(GenericError),
}

impl StagesSourceCreateError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::Forbidden(_) => 403,
        }
    }
}

impl std::fmt::Display for StagesSourceCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "stages_source_create answered {}: {:?}", self.status(), self)
    }
}

impl std::error::Error for StagesSourceCreateError {}
impl ApiError for StagesSourceCreateError {
    fn status(&self) -> u16 {
        StagesSourceCreateError::status(self)
    }
}

/// Error responses `stages_source_retrieve` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum StagesSourceRetrieveError {
    BadRequest(ValidationError),
    Forbidden(GenericError),
}

impl StagesSourceRetrieveError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::Forbidden(_) => 403,
        }
    }
}

impl std::fmt::Display for StagesSourceRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "stages_source_retrieve answered {}: {:?}", self.status(), self)
    }
}

impl std::error::Error for StagesSourceRetrieveError {}
impl ApiError for StagesSourceRetrieveError {
    fn status(&self) -> u16 {
        StagesSourceRetrieveError::status(self)
    }
}

/// Error responses `stages_source_update` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum StagesSourceUpdateError {
    BadRequest(ValidationError),
    Forbidden(GenericError),
}

impl StagesSourceUpdateError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::Forbidden(_) => 403,
        }
    }
}

impl std::fmt::Display for StagesSourceUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "stages_source_update answered {}: {:?}", self.status(), self)
    }
}

impl std::error::Error for StagesSourceUpdateError {}
impl ApiError for StagesSourceUpdateError {
    fn status(&self) -> u16 {
        StagesSourceUpdateError::status(self)
    }
}

/// Error responses `stages_source_destroy` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum StagesSourceDestroyError {
    BadRequest(ValidationError),
    Forbidden(GenericError),
}

impl StagesSourceDestroyError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::Forbidden(_) => 403,
        }
    }
}

impl std::fmt::Display for StagesSourceDestroyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "stages_source_destroy answered {}: {:?}", self.status(), self)
    }
}

impl std::error::Error for StagesSourceDestroyError {}
impl ApiError for StagesSourceDestroyError {
    fn status(&self) -> u16 {
        StagesSourceDestroyError::status(self)
    }
}

/// Error responses `stages_source_partial_update` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum StagesSourcePartialUpdateError {
    BadRequest(ValidationError),
    Forbidden(GenericError),
}

impl StagesSourcePartialUpdateError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::Forbidden(_) => 403,
        }
    }
}

impl std::fmt::Display for StagesSourcePartialUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "stages_source_partial_update answered {}: {:?}", self.status(), self)
    }
}

impl std::error::Error for StagesSourcePartialUpdateError {}
impl ApiError for StagesSourcePartialUpdateError {
    fn status(&self) -> u16 {
        StagesSourcePartialUpdateError::status(self)
    }
}

/// Error responses `stages_source_used_by_list` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum StagesSourceUsedByListError {
    BadRequest(ValidationError),
    Forbidden(GenericError),
}

impl StagesSourceUsedByListError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::Forbidden(_) => 403,
        }
    }
}

impl std::fmt::Display for StagesSourceUsedByListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "stages_source_used_by_list answered {}: {:?}", self.status(), self)
    }
}

impl std::error::Error for StagesSourceUsedByListError {}
impl ApiError for StagesSourceUsedByListError {
    fn status(&self) -> u16 {
        StagesSourceUsedByListError::status(self)
    }
}
