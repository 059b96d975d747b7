//! An async client: one method per operation, typed parameters, typed errors per status.

#[allow(unused_imports)]
use super::models::*;

/// A client for constructs 1.0.
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

/// A request body, encoded. Which variants an API builds depends on its bodies' media types
/// (an API of multipart uploads only never builds `Bytes`).
#[allow(dead_code)]
enum Body {
    Bytes { content_type: &'static str, bytes: Vec<u8> },
    Multipart(reqwest::multipart::Form),
    /// A body that could not be encoded: the call fails with `Error::InvalidRequest` before
    /// anything is sent. Building a request never fails, so the methods stay plain functions.
    Invalid(String),
}

/// An `application/x-www-form-urlencoded` request body.
fn encode_form<T: serde::Serialize + ?Sized>(
    content_type: &'static str,
    body: &T,
) -> Body {
    match serde_urlencoded::to_string(body) {
        Ok(text) => {
            Body::Bytes {
                content_type,
                bytes: text.into_bytes(),
            }
        }
        Err(err) => Body::Invalid(err.to_string()),
    }
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
            Some(Body::Multipart(form)) => {
                builder = builder.multipart(form);
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
    /// `GET /pets`
    ///
    /// # Parameters
    ///
    /// - `params.kind`: query `kind`; one of `dog`, `cat`, `bird`
    /// - `params.tags`: query `tags`
    /// - `params.limit`: query `limit`; >= 1, <= 100
    /// - `params.ids`: query `ids`; at most 3 items. Repeated as `ids=1&ids=2`, at most three.
    /// - `params.sizes`: query `sizes`; at most 2 items. A checked list of an inline enum, repeated in the query.
    /// - `params.near`: query `near`
    /// - `params.near6`: query `near6`
    /// - `params.x_request_id`: header `X-Request-Id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn list_pets<'a>(
        &'a self,
        params: &'a ListPetsParams,
    ) -> impl std::future::Future<Output = Result<Vec<Pet>, Error<ListPetsError>>> + 'a {
        into_inner(self.list_pets_with_response(params))
    }

    /// Like [`Client::list_pets`], with the response's status and headers.
    pub fn list_pets_with_response<'a>(
        &'a self,
        params: &'a ListPetsParams,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Vec<Pet>>, Error<ListPetsError>>,
    > + 'a {
        let mut query = Vec::new();
        let mut headers = Vec::new();
        push_set(&mut query, "kind", params.kind.as_ref());
        push_each(&mut query, "tags", params.tags.as_deref());
        push_set(&mut query, "limit", params.limit.as_ref());
        if let Some(value) = &params.ids {
            for item in value.iter() {
                query.push(("ids", ParamValue::to_param(item)));
            }
        }
        if let Some(value) = &params.sizes {
            for item in value.iter() {
                query.push(("sizes", ParamValue::to_param(item)));
            }
        }
        push_set(&mut query, "near", params.near.as_ref());
        push_set(&mut query, "near6", params.near6.as_ref());
        push_set(&mut headers, "X-Request-Id", params.x_request_id.as_ref());
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["pets".to_owned()],
            query,
            headers,
            body: None,
            accept: "application/json",
            authenticated: false,
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `POST /pets`
    ///
    /// # Parameters
    ///
    /// - `body`: `application/json`, required
    ///
    /// # Errors
    ///
    /// - 422: [`CreatePetError::UnprocessableEntity`] invalid
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn create_pet<'a>(
        &'a self,
        body: &'a Pet,
    ) -> impl std::future::Future<Output = Result<Pet, Error<CreatePetError>>> + 'a {
        into_inner(self.create_pet_with_response(body))
    }

    /// Like [`Client::create_pet`], with the response's status and headers.
    pub fn create_pet_with_response<'a>(
        &'a self,
        body: &'a Pet,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Pet>, Error<CreatePetError>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::POST,
            segments: vec!["pets".to_owned()],
            query,
            headers,
            body: Some(encode("application/json", body)),
            accept: "application/json",
            authenticated: false,
        };
        self.send(
            request,
            |answer| match answer.status {
                201 => answer.decode(),
                422 => answer.error(CreatePetError::UnprocessableEntity),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /ranges/{id}`
    ///
    /// Statuses documented by range; `2XX` is a success like `200`.
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - 4XX: [`GetRangedError::Status4xx`] any client error
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn get_ranged<'a>(
        &'a self,
        id: &'a i64,
    ) -> impl std::future::Future<
        Output = Result<PhotoInfo, Error<GetRangedError>>,
    > + 'a {
        into_inner(self.get_ranged_with_response(id))
    }

    /// Like [`Client::get_ranged`], with the response's status and headers.
    pub fn get_ranged_with_response<'a>(
        &'a self,
        id: &'a i64,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<PhotoInfo>, Error<GetRangedError>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["ranges".to_owned(), ParamValue::to_param(id)],
            query,
            headers,
            body: None,
            accept: "application/json",
            authenticated: false,
        };
        self.send(
            request,
            |answer| match answer.status {
                200..=299 => answer.decode(),
                400..=499 => {
                    Err(
                        Error::Api(
                            GetRangedError::Status4xx {
                                status: answer.status,
                                body: answer.decode()?,
                            },
                            Box::new(answer.headers.clone()),
                        ),
                    )
                }
                _ => answer.unexpected(),
            },
        )
    }

    /// `PUT /ranges/{id}`
    ///
    /// A fixed success beside a range of them, with other bodies.
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn put_ranged<'a>(
        &'a self,
        id: &'a i64,
    ) -> impl std::future::Future<
        Output = Result<PutRangedSuccess, Error<PutRangedError>>,
    > + 'a {
        into_inner(self.put_ranged_with_response(id))
    }

    /// Like [`Client::put_ranged`], with the response's status and headers.
    pub fn put_ranged_with_response<'a>(
        &'a self,
        id: &'a i64,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<PutRangedSuccess>, Error<PutRangedError>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::PUT,
            segments: vec!["ranges".to_owned(), ParamValue::to_param(id)],
            query,
            headers,
            body: None,
            accept: "application/json",
            authenticated: false,
        };
        self.send(
            request,
            |answer| match answer.status {
                201 => Ok(PutRangedSuccess::Created(answer.decode()?)),
                200..=299 => {
                    Ok(PutRangedSuccess::Status2xx {
                        status: answer.status,
                        body: String::from_utf8_lossy(&answer.body).into_owned(),
                    })
                }
                _ => answer.unexpected(),
            },
        )
    }

    /// `DELETE /ranges/{id}`
    ///
    /// Ranges without bodies; the handler picks the status.
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - 4XX: [`DeleteRangedError::Status4xx`] not deleted
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn delete_ranged<'a>(
        &'a self,
        id: &'a i64,
    ) -> impl std::future::Future<Output = Result<(), Error<DeleteRangedError>>> + 'a {
        into_inner(self.delete_ranged_with_response(id))
    }

    /// Like [`Client::delete_ranged`], with the response's status and headers.
    pub fn delete_ranged_with_response<'a>(
        &'a self,
        id: &'a i64,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<()>, Error<DeleteRangedError>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::DELETE,
            segments: vec!["ranges".to_owned(), ParamValue::to_param(id)],
            query,
            headers,
            body: None,
            accept: "application/json",
            authenticated: false,
        };
        self.send(
            request,
            |answer| match answer.status {
                200..=299 => Ok(()),
                400..=499 => {
                    Err(
                        Error::Api(
                            DeleteRangedError::Status4xx {
                                status: answer.status,
                            },
                            Box::new(answer.headers.clone()),
                        ),
                    )
                }
                _ => answer.unexpected(),
            },
        )
    }

    /// `PUT /pets/{id}/photo/signed`
    ///
    /// A multipart body from a caller with a bearer token, which is checked before the body is read.
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    /// - `body`: `multipart/form-data`, required
    ///
    /// # Errors
    ///
    /// - 401: [`UploadSignedPhotoError::Unauthorized`] no valid token
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn upload_signed_photo<'a>(
        &'a self,
        id: &'a i64,
        body: &'a PhotoUpload,
    ) -> impl std::future::Future<
        Output = Result<PhotoInfo, Error<UploadSignedPhotoError>>,
    > + 'a {
        into_inner(self.upload_signed_photo_with_response(id, body))
    }

    /// Like [`Client::upload_signed_photo`], with the response's status and headers.
    pub fn upload_signed_photo_with_response<'a>(
        &'a self,
        id: &'a i64,
        body: &'a PhotoUpload,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<PhotoInfo>, Error<UploadSignedPhotoError>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::PUT,
            segments: vec![
                "pets".to_owned(), ParamValue::to_param(id), "photo".to_owned(), "signed"
                .to_owned()
            ],
            query,
            headers,
            body: Some('form: {
                let mut form = reqwest::multipart::Form::new();
                form = form
                    .part(
                        "file",
                        reqwest::multipart::Part::bytes(<[u8]>::to_vec(&body.file))
                            .file_name("file"),
                    );
                if let Some(value) = &body.caption {
                    form = form.text("caption", ParamValue::to_param(value));
                }
                if let Some(value) = &body.kind {
                    form = form.text("kind", ParamValue::to_param(value));
                }
                if let Some(value) = &body.meta {
                    match serde_json::to_string(value) {
                        Ok(text) => form = form.text("meta", text),
                        Err(err) => break 'form Body::Invalid(err.to_string()),
                    }
                }
                Body::Multipart(form)
            }),
            accept: "application/json",
            authenticated: true,
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                401 => {
                    Err(
                        Error::Api(
                            UploadSignedPhotoError::Unauthorized,
                            Box::new(answer.headers.clone()),
                        ),
                    )
                }
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /pets/{id}/photo`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - 404: [`DownloadPhotoError::NotFound`] no photo
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn download_photo<'a>(
        &'a self,
        id: &'a i64,
    ) -> impl std::future::Future<
        Output = Result<Vec<u8>, Error<DownloadPhotoError>>,
    > + 'a {
        into_inner(self.download_photo_with_response(id))
    }

    /// Like [`Client::download_photo`], with the response's status and headers.
    pub fn download_photo_with_response<'a>(
        &'a self,
        id: &'a i64,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Vec<u8>>, Error<DownloadPhotoError>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec![
                "pets".to_owned(), ParamValue::to_param(id), "photo".to_owned()
            ],
            query,
            headers,
            body: None,
            accept: "image/png",
            authenticated: false,
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => Ok(answer.body),
                404 => {
                    Err(
                        Error::Api(
                            DownloadPhotoError::NotFound,
                            Box::new(answer.headers.clone()),
                        ),
                    )
                }
                _ => answer.unexpected(),
            },
        )
    }

    /// `PUT /pets/{id}/photo`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    /// - `body`: `multipart/form-data`, required
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn upload_photo<'a>(
        &'a self,
        id: &'a i64,
        body: &'a PhotoUpload,
    ) -> impl std::future::Future<
        Output = Result<PhotoInfo, Error<UploadPhotoError>>,
    > + 'a {
        into_inner(self.upload_photo_with_response(id, body))
    }

    /// Like [`Client::upload_photo`], with the response's status and headers.
    pub fn upload_photo_with_response<'a>(
        &'a self,
        id: &'a i64,
        body: &'a PhotoUpload,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<PhotoInfo>, Error<UploadPhotoError>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::PUT,
            segments: vec![
                "pets".to_owned(), ParamValue::to_param(id), "photo".to_owned()
            ],
            query,
            headers,
            body: Some('form: {
                let mut form = reqwest::multipart::Form::new();
                form = form
                    .part(
                        "file",
                        reqwest::multipart::Part::bytes(<[u8]>::to_vec(&body.file))
                            .file_name("file"),
                    );
                if let Some(value) = &body.caption {
                    form = form.text("caption", ParamValue::to_param(value));
                }
                if let Some(value) = &body.kind {
                    form = form.text("kind", ParamValue::to_param(value));
                }
                if let Some(value) = &body.meta {
                    match serde_json::to_string(value) {
                        Ok(text) => form = form.text("meta", text),
                        Err(err) => break 'form Body::Invalid(err.to_string()),
                    }
                }
                Body::Multipart(form)
            }),
            accept: "application/json",
            authenticated: false,
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /pets/{id}/notes`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn get_pets_by_id_notes<'a>(
        &'a self,
        id: &'a i64,
    ) -> impl std::future::Future<
        Output = Result<String, Error<GetPetsByIdNotesError>>,
    > + 'a {
        into_inner(self.get_pets_by_id_notes_with_response(id))
    }

    /// Like [`Client::get_pets_by_id_notes`], with the response's status and headers.
    pub fn get_pets_by_id_notes_with_response<'a>(
        &'a self,
        id: &'a i64,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<String>, Error<GetPetsByIdNotesError>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec![
                "pets".to_owned(), ParamValue::to_param(id), "notes".to_owned()
            ],
            query,
            headers,
            body: None,
            accept: "text/plain",
            authenticated: false,
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => Ok(String::from_utf8_lossy(&answer.body).into_owned()),
                _ => answer.unexpected(),
            },
        )
    }

    /// `PUT /pets/{id}/notes`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    /// - `body`: `text/plain`, required
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn put_pets_by_id_notes<'a>(
        &'a self,
        id: &'a i64,
        body: &'a str,
    ) -> impl std::future::Future<
        Output = Result<(), Error<PutPetsByIdNotesError>>,
    > + 'a {
        into_inner(self.put_pets_by_id_notes_with_response(id, body))
    }

    /// Like [`Client::put_pets_by_id_notes`], with the response's status and headers.
    pub fn put_pets_by_id_notes_with_response<'a>(
        &'a self,
        id: &'a i64,
        body: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<()>, Error<PutPetsByIdNotesError>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::PUT,
            segments: vec![
                "pets".to_owned(), ParamValue::to_param(id), "notes".to_owned()
            ],
            query,
            headers,
            body: Some(Body::Bytes {
                content_type: "text/plain",
                bytes: body.as_bytes().to_vec(),
            }),
            accept: "application/json",
            authenticated: false,
        };
        self.send(
            request,
            |answer| match answer.status {
                204 => Ok(()),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /pets/{id}.{format}`
    ///
    /// Two parameters in one segment, with text after the first.
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    /// - `format`: path `format`; one of `json`, `xml`
    /// - `params.fields`: query `fields`, required. A required list, repeated in the query.
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn export_pet<'a>(
        &'a self,
        id: &'a i64,
        format: &'a ExportPetFormat,
        params: &'a ExportPetParams,
    ) -> impl std::future::Future<Output = Result<String, Error<ExportPetError>>> + 'a {
        into_inner(self.export_pet_with_response(id, format, params))
    }

    /// Like [`Client::export_pet`], with the response's status and headers.
    pub fn export_pet_with_response<'a>(
        &'a self,
        id: &'a i64,
        format: &'a ExportPetFormat,
        params: &'a ExportPetParams,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<String>, Error<ExportPetError>>,
    > + 'a {
        let mut query = Vec::new();
        let headers = Vec::new();
        {
            let value = &params.fields;
            for item in value.iter() {
                query.push(("fields", ParamValue::to_param(item)));
            }
        }
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec![
                "pets".to_owned(), [ParamValue::to_param(id), ".".to_owned(),
                ParamValue::to_param(format)].concat()
            ],
            query,
            headers,
            body: None,
            accept: "text/plain",
            authenticated: false,
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => Ok(String::from_utf8_lossy(&answer.body).into_owned()),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /events`
    ///
    /// Cursor pagination: `cursor` in the query, `next_cursor` in the body, absent on the last page.
    ///
    /// # Parameters
    ///
    /// - `params.cursor`: query `cursor`
    /// - `params.limit`: query `limit`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn list_events<'a>(
        &'a self,
        params: &'a ListEventsParams,
    ) -> impl std::future::Future<
        Output = Result<ListEventsOkBody, Error<ListEventsError>>,
    > + 'a {
        into_inner(self.list_events_with_response(params))
    }

    /// Like [`Client::list_events`], with the response's status and headers.
    pub fn list_events_with_response<'a>(
        &'a self,
        params: &'a ListEventsParams,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<ListEventsOkBody>, Error<ListEventsError>>,
    > + 'a {
        let mut query = Vec::new();
        let headers = Vec::new();
        push_set(&mut query, "cursor", params.cursor.as_ref());
        push_set(&mut query, "limit", params.limit.as_ref());
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["events".to_owned()],
            query,
            headers,
            body: None,
            accept: "application/json",
            authenticated: false,
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// Every item of [`Client::list_events`], page after page, as a stream; an error ends it.
    ///
    /// Pages by the `cursor` query parameter; the last page has no `next_cursor`.
    pub fn list_events_stream(
        &self,
        params: ListEventsParams,
    ) -> impl futures::Stream<Item = Result<String, Error<ListEventsError>>> + '_ {
        paginate(
            params,
            move |params: ListEventsParams| async move {
                let page = self.list_events(&params).await?;
                let next = {
                    let next = page
                        .next_cursor
                        .filter(|c| !c.is_empty() && Some(c) != params.cursor.as_ref());
                    next.map(|c| ListEventsParams {
                        cursor: Some(c),
                        ..params
                    })
                };
                Ok((page.items, next))
            },
        )
    }

    /// `GET /flows/{slug}/export/`
    ///
    /// Like authentik's flow export, a binary string declared as JSON; the server sends YAML.
    ///
    /// # Parameters
    ///
    /// - `slug`: path `slug`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn flows_instances_export_retrieve<'a>(
        &'a self,
        slug: &'a str,
    ) -> impl std::future::Future<
        Output = Result<Vec<u8>, Error<FlowsInstancesExportRetrieveError>>,
    > + 'a {
        into_inner(self.flows_instances_export_retrieve_with_response(slug))
    }

    /// Like [`Client::flows_instances_export_retrieve`], with the response's status and headers.
    pub fn flows_instances_export_retrieve_with_response<'a>(
        &'a self,
        slug: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Vec<u8>>, Error<FlowsInstancesExportRetrieveError>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec![
                "flows".to_owned(), slug.to_owned(), "export".to_owned(), "".to_owned()
            ],
            query,
            headers,
            body: None,
            accept: "application/json",
            authenticated: false,
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => Ok(answer.body),
                _ => answer.unexpected(),
            },
        )
    }

    /// `POST /login`
    ///
    /// # Parameters
    ///
    /// - `body`: `application/x-www-form-urlencoded`, required
    ///
    /// # Errors
    ///
    /// - any other status: [`LogInError::Default`] any other answer
    /// - bodies that do not match their schema: [`Error::InvalidBody`]
    pub fn log_in<'a>(
        &'a self,
        body: &'a LogInBody,
    ) -> impl std::future::Future<Output = Result<LogInOkBody, Error<LogInError>>> + 'a {
        into_inner(self.log_in_with_response(body))
    }

    /// Like [`Client::log_in`], with the response's status and headers.
    pub fn log_in_with_response<'a>(
        &'a self,
        body: &'a LogInBody,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<LogInOkBody>, Error<LogInError>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::POST,
            segments: vec!["login".to_owned()],
            query,
            headers,
            body: Some(encode_form("application/x-www-form-urlencoded", body)),
            accept: "application/json",
            authenticated: false,
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => {
                    Err(
                        Error::Api(
                            LogInError::Default {
                                status: answer.status,
                                body: answer.decode()?,
                            },
                            Box::new(answer.headers.clone()),
                        ),
                    )
                }
            },
        )
    }

    /// `PUT /blobs/{name}`
    ///
    /// # Parameters
    ///
    /// - `name`: path `name`
    /// - `body`: `application/octet-stream`, optional
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn put_blobs_by_name<'a>(
        &'a self,
        name: &'a str,
        body: Option<&'a [u8]>,
    ) -> impl std::future::Future<Output = Result<(), Error<PutBlobsByNameError>>> + 'a {
        into_inner(self.put_blobs_by_name_with_response(name, body))
    }

    /// Like [`Client::put_blobs_by_name`], with the response's status and headers.
    pub fn put_blobs_by_name_with_response<'a>(
        &'a self,
        name: &'a str,
        body: Option<&'a [u8]>,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<()>, Error<PutBlobsByNameError>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::PUT,
            segments: vec!["blobs".to_owned(), name.to_owned()],
            query,
            headers,
            body: body
                .map(|body| Body::Bytes {
                    content_type: "application/octet-stream",
                    bytes: body.to_vec(),
                }),
            accept: "application/json",
            authenticated: false,
        };
        self.send(
            request,
            |answer| match answer.status {
                204 => Ok(()),
                _ => answer.unexpected(),
            },
        )
    }

    /// `POST /pets/{id}/tags`
    ///
    /// A body in JSON or form encoding; the server decodes by `Content-Type`. Anonymous callers are welcome; a bearer token names the caller.
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    /// - `body`: `application/json`, required
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn tag_pet<'a>(
        &'a self,
        id: &'a i64,
        body: &'a Tagging,
    ) -> impl std::future::Future<Output = Result<Tagged, Error<TagPetError>>> + 'a {
        into_inner(self.tag_pet_with_response(id, body))
    }

    /// Like [`Client::tag_pet`], with the response's status and headers.
    pub fn tag_pet_with_response<'a>(
        &'a self,
        id: &'a i64,
        body: &'a Tagging,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Tagged>, Error<TagPetError>>,
    > + 'a {
        self.tag_pet_with_content_type(id, body, "application/json")
    }

    /// Like [`Client::tag_pet_with_response`], with the body sent as `content_type`: one of `application/json`, `application/x-www-form-urlencoded`, `application/vnd.pets+json`.
    pub fn tag_pet_with_content_type<'a>(
        &'a self,
        id: &'a i64,
        body: &'a Tagging,
        content_type: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Tagged>, Error<TagPetError>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::POST,
            segments: vec![
                "pets".to_owned(), ParamValue::to_param(id), "tags".to_owned()
            ],
            query,
            headers,
            body: Some(
                match content_type {
                    "application/json" => encode("application/json", body),
                    "application/x-www-form-urlencoded" => {
                        encode_form("application/x-www-form-urlencoded", body)
                    }
                    "application/vnd.pets+json" => {
                        encode("application/vnd.pets+json", body)
                    }
                    other => {
                        Body::Invalid(
                            format!(
                                "tag_pet sends its body as `application/json`, `application/x-www-form-urlencoded`, `application/vnd.pets+json`, not `{other}`"
                            ),
                        )
                    }
                },
            ),
            accept: "application/json",
            authenticated: true,
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

/// Error responses `list_pets` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListPetsError {}
impl ListPetsError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for ListPetsError {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for ListPetsError {}
impl ApiError for ListPetsError {
    fn status(&self) -> u16 {
        ListPetsError::status(self)
    }
}

/// Error responses `create_pet` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreatePetError {
    /// invalid
    UnprocessableEntity(Problem),
}

impl CreatePetError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match self {
            Self::UnprocessableEntity(_) => 422,
        }
    }
}

impl std::fmt::Display for CreatePetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "create_pet answered {}: {:?}", self.status(), self)
    }
}

impl std::error::Error for CreatePetError {}
impl ApiError for CreatePetError {
    fn status(&self) -> u16 {
        CreatePetError::status(self)
    }
}

/// Error responses `get_ranged` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetRangedError {
    /// any client error
    Status4xx { status: u16, body: Problem },
}

impl GetRangedError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status4xx { status, .. } => *status,
        }
    }
}

impl std::fmt::Display for GetRangedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "get_ranged answered {}: {:?}", self.status(), self)
    }
}

impl std::error::Error for GetRangedError {}
impl ApiError for GetRangedError {
    fn status(&self) -> u16 {
        GetRangedError::status(self)
    }
}

/// Error responses `put_ranged` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum PutRangedError {}
impl PutRangedError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for PutRangedError {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for PutRangedError {}
impl ApiError for PutRangedError {
    fn status(&self) -> u16 {
        PutRangedError::status(self)
    }
}

/// Successful responses of `put_ranged`.
#[derive(Debug, Clone, PartialEq)]
pub enum PutRangedSuccess {
    /// created
    Created(PhotoInfo),
    /// any other success
    Status2xx { status: u16, body: String },
}

/// Error responses `delete_ranged` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteRangedError {
    /// not deleted
    Status4xx { status: u16 },
}

impl DeleteRangedError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match self {
            Self::Status4xx { status, .. } => *status,
        }
    }
}

impl std::fmt::Display for DeleteRangedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "delete_ranged answered {}: {:?}", self.status(), self)
    }
}

impl std::error::Error for DeleteRangedError {}
impl ApiError for DeleteRangedError {
    fn status(&self) -> u16 {
        DeleteRangedError::status(self)
    }
}

/// Error responses `upload_signed_photo` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UploadSignedPhotoError {
    /// no valid token
    Unauthorized,
}

impl UploadSignedPhotoError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match self {
            Self::Unauthorized => 401,
        }
    }
}

impl std::fmt::Display for UploadSignedPhotoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "upload_signed_photo answered {}: {:?}", self.status(), self)
    }
}

impl std::error::Error for UploadSignedPhotoError {}
impl ApiError for UploadSignedPhotoError {
    fn status(&self) -> u16 {
        UploadSignedPhotoError::status(self)
    }
}

/// Error responses `download_photo` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DownloadPhotoError {
    /// no photo
    NotFound,
}

impl DownloadPhotoError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match self {
            Self::NotFound => 404,
        }
    }
}

impl std::fmt::Display for DownloadPhotoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "download_photo answered {}: {:?}", self.status(), self)
    }
}

impl std::error::Error for DownloadPhotoError {}
impl ApiError for DownloadPhotoError {
    fn status(&self) -> u16 {
        DownloadPhotoError::status(self)
    }
}

/// Error responses `upload_photo` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UploadPhotoError {}
impl UploadPhotoError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for UploadPhotoError {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for UploadPhotoError {}
impl ApiError for UploadPhotoError {
    fn status(&self) -> u16 {
        UploadPhotoError::status(self)
    }
}

/// Error responses `get_pets_by_id_notes` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetPetsByIdNotesError {}
impl GetPetsByIdNotesError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for GetPetsByIdNotesError {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for GetPetsByIdNotesError {}
impl ApiError for GetPetsByIdNotesError {
    fn status(&self) -> u16 {
        GetPetsByIdNotesError::status(self)
    }
}

/// Error responses `put_pets_by_id_notes` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum PutPetsByIdNotesError {}
impl PutPetsByIdNotesError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for PutPetsByIdNotesError {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for PutPetsByIdNotesError {}
impl ApiError for PutPetsByIdNotesError {
    fn status(&self) -> u16 {
        PutPetsByIdNotesError::status(self)
    }
}

/// Error responses `export_pet` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportPetError {}
impl ExportPetError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for ExportPetError {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for ExportPetError {}
impl ApiError for ExportPetError {
    fn status(&self) -> u16 {
        ExportPetError::status(self)
    }
}

/// Error responses `list_events` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListEventsError {}
impl ListEventsError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for ListEventsError {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for ListEventsError {}
impl ApiError for ListEventsError {
    fn status(&self) -> u16 {
        ListEventsError::status(self)
    }
}

/// Error responses `flows_instances_export_retrieve` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum FlowsInstancesExportRetrieveError {}
impl FlowsInstancesExportRetrieveError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for FlowsInstancesExportRetrieveError {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for FlowsInstancesExportRetrieveError {}
impl ApiError for FlowsInstancesExportRetrieveError {
    fn status(&self) -> u16 {
        FlowsInstancesExportRetrieveError::status(self)
    }
}

/// Error responses `log_in` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum LogInError {
    /// any other answer
    Default { status: u16, body: Problem },
}

impl LogInError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match self {
            Self::Default { status, .. } => *status,
        }
    }
}

impl std::fmt::Display for LogInError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "log_in answered {}: {:?}", self.status(), self)
    }
}

impl std::error::Error for LogInError {}
impl ApiError for LogInError {
    fn status(&self) -> u16 {
        LogInError::status(self)
    }
}

/// Error responses `put_blobs_by_name` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum PutBlobsByNameError {}
impl PutBlobsByNameError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for PutBlobsByNameError {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for PutBlobsByNameError {}
impl ApiError for PutBlobsByNameError {
    fn status(&self) -> u16 {
        PutBlobsByNameError::status(self)
    }
}

/// Error responses `tag_pet` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum TagPetError {}
impl TagPetError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for TagPetError {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for TagPetError {}
impl ApiError for TagPetError {
    fn status(&self) -> u16 {
        TagPetError::status(self)
    }
}
