//! An async client: one method per operation, typed parameters, typed errors per status.

#[allow(unused_imports)]
use super::models::*;

/// A client for many routes 1.0.0.
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
    /// `GET /items001/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item001<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item001Error>>> + 'a {
        into_inner(self.item001_with_response(id))
    }

    /// Like [`Client::item001`], with the response's status and headers.
    pub fn item001_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item001Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items001".to_owned(), id.to_owned()],
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

    /// `GET /items002/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item002<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item002Error>>> + 'a {
        into_inner(self.item002_with_response(id))
    }

    /// Like [`Client::item002`], with the response's status and headers.
    pub fn item002_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item002Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items002".to_owned(), id.to_owned()],
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

    /// `GET /items003/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item003<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item003Error>>> + 'a {
        into_inner(self.item003_with_response(id))
    }

    /// Like [`Client::item003`], with the response's status and headers.
    pub fn item003_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item003Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items003".to_owned(), id.to_owned()],
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

    /// `GET /items004/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item004<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item004Error>>> + 'a {
        into_inner(self.item004_with_response(id))
    }

    /// Like [`Client::item004`], with the response's status and headers.
    pub fn item004_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item004Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items004".to_owned(), id.to_owned()],
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

    /// `GET /items005/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item005<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item005Error>>> + 'a {
        into_inner(self.item005_with_response(id))
    }

    /// Like [`Client::item005`], with the response's status and headers.
    pub fn item005_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item005Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items005".to_owned(), id.to_owned()],
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

    /// `GET /items006/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item006<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item006Error>>> + 'a {
        into_inner(self.item006_with_response(id))
    }

    /// Like [`Client::item006`], with the response's status and headers.
    pub fn item006_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item006Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items006".to_owned(), id.to_owned()],
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

    /// `GET /items007/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item007<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item007Error>>> + 'a {
        into_inner(self.item007_with_response(id))
    }

    /// Like [`Client::item007`], with the response's status and headers.
    pub fn item007_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item007Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items007".to_owned(), id.to_owned()],
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

    /// `GET /items008/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item008<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item008Error>>> + 'a {
        into_inner(self.item008_with_response(id))
    }

    /// Like [`Client::item008`], with the response's status and headers.
    pub fn item008_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item008Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items008".to_owned(), id.to_owned()],
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

    /// `GET /items009/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item009<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item009Error>>> + 'a {
        into_inner(self.item009_with_response(id))
    }

    /// Like [`Client::item009`], with the response's status and headers.
    pub fn item009_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item009Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items009".to_owned(), id.to_owned()],
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

    /// `GET /items010/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item010<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item010Error>>> + 'a {
        into_inner(self.item010_with_response(id))
    }

    /// Like [`Client::item010`], with the response's status and headers.
    pub fn item010_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item010Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items010".to_owned(), id.to_owned()],
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

    /// `GET /items011/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item011<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item011Error>>> + 'a {
        into_inner(self.item011_with_response(id))
    }

    /// Like [`Client::item011`], with the response's status and headers.
    pub fn item011_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item011Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items011".to_owned(), id.to_owned()],
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

    /// `GET /items012/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item012<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item012Error>>> + 'a {
        into_inner(self.item012_with_response(id))
    }

    /// Like [`Client::item012`], with the response's status and headers.
    pub fn item012_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item012Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items012".to_owned(), id.to_owned()],
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

    /// `GET /items013/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item013<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item013Error>>> + 'a {
        into_inner(self.item013_with_response(id))
    }

    /// Like [`Client::item013`], with the response's status and headers.
    pub fn item013_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item013Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items013".to_owned(), id.to_owned()],
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

    /// `GET /items014/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item014<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item014Error>>> + 'a {
        into_inner(self.item014_with_response(id))
    }

    /// Like [`Client::item014`], with the response's status and headers.
    pub fn item014_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item014Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items014".to_owned(), id.to_owned()],
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

    /// `GET /items015/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item015<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item015Error>>> + 'a {
        into_inner(self.item015_with_response(id))
    }

    /// Like [`Client::item015`], with the response's status and headers.
    pub fn item015_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item015Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items015".to_owned(), id.to_owned()],
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

    /// `GET /items016/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item016<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item016Error>>> + 'a {
        into_inner(self.item016_with_response(id))
    }

    /// Like [`Client::item016`], with the response's status and headers.
    pub fn item016_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item016Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items016".to_owned(), id.to_owned()],
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

    /// `GET /items017/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item017<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item017Error>>> + 'a {
        into_inner(self.item017_with_response(id))
    }

    /// Like [`Client::item017`], with the response's status and headers.
    pub fn item017_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item017Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items017".to_owned(), id.to_owned()],
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

    /// `GET /items018/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item018<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item018Error>>> + 'a {
        into_inner(self.item018_with_response(id))
    }

    /// Like [`Client::item018`], with the response's status and headers.
    pub fn item018_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item018Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items018".to_owned(), id.to_owned()],
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

    /// `GET /items019/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item019<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item019Error>>> + 'a {
        into_inner(self.item019_with_response(id))
    }

    /// Like [`Client::item019`], with the response's status and headers.
    pub fn item019_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item019Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items019".to_owned(), id.to_owned()],
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

    /// `GET /items020/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item020<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item020Error>>> + 'a {
        into_inner(self.item020_with_response(id))
    }

    /// Like [`Client::item020`], with the response's status and headers.
    pub fn item020_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item020Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items020".to_owned(), id.to_owned()],
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

    /// `GET /items021/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item021<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item021Error>>> + 'a {
        into_inner(self.item021_with_response(id))
    }

    /// Like [`Client::item021`], with the response's status and headers.
    pub fn item021_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item021Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items021".to_owned(), id.to_owned()],
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

    /// `GET /items022/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item022<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item022Error>>> + 'a {
        into_inner(self.item022_with_response(id))
    }

    /// Like [`Client::item022`], with the response's status and headers.
    pub fn item022_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item022Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items022".to_owned(), id.to_owned()],
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

    /// `GET /items023/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item023<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item023Error>>> + 'a {
        into_inner(self.item023_with_response(id))
    }

    /// Like [`Client::item023`], with the response's status and headers.
    pub fn item023_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item023Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items023".to_owned(), id.to_owned()],
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

    /// `GET /items024/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item024<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item024Error>>> + 'a {
        into_inner(self.item024_with_response(id))
    }

    /// Like [`Client::item024`], with the response's status and headers.
    pub fn item024_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item024Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items024".to_owned(), id.to_owned()],
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

    /// `GET /items025/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item025<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item025Error>>> + 'a {
        into_inner(self.item025_with_response(id))
    }

    /// Like [`Client::item025`], with the response's status and headers.
    pub fn item025_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item025Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items025".to_owned(), id.to_owned()],
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

    /// `GET /items026/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item026<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item026Error>>> + 'a {
        into_inner(self.item026_with_response(id))
    }

    /// Like [`Client::item026`], with the response's status and headers.
    pub fn item026_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item026Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items026".to_owned(), id.to_owned()],
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

    /// `GET /items027/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item027<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item027Error>>> + 'a {
        into_inner(self.item027_with_response(id))
    }

    /// Like [`Client::item027`], with the response's status and headers.
    pub fn item027_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item027Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items027".to_owned(), id.to_owned()],
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

    /// `GET /items028/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item028<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item028Error>>> + 'a {
        into_inner(self.item028_with_response(id))
    }

    /// Like [`Client::item028`], with the response's status and headers.
    pub fn item028_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item028Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items028".to_owned(), id.to_owned()],
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

    /// `GET /items029/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item029<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item029Error>>> + 'a {
        into_inner(self.item029_with_response(id))
    }

    /// Like [`Client::item029`], with the response's status and headers.
    pub fn item029_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item029Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items029".to_owned(), id.to_owned()],
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

    /// `GET /items030/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item030<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item030Error>>> + 'a {
        into_inner(self.item030_with_response(id))
    }

    /// Like [`Client::item030`], with the response's status and headers.
    pub fn item030_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item030Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items030".to_owned(), id.to_owned()],
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

    /// `GET /items031/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item031<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item031Error>>> + 'a {
        into_inner(self.item031_with_response(id))
    }

    /// Like [`Client::item031`], with the response's status and headers.
    pub fn item031_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item031Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items031".to_owned(), id.to_owned()],
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

    /// `GET /items032/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item032<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item032Error>>> + 'a {
        into_inner(self.item032_with_response(id))
    }

    /// Like [`Client::item032`], with the response's status and headers.
    pub fn item032_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item032Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items032".to_owned(), id.to_owned()],
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

    /// `GET /items033/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item033<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item033Error>>> + 'a {
        into_inner(self.item033_with_response(id))
    }

    /// Like [`Client::item033`], with the response's status and headers.
    pub fn item033_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item033Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items033".to_owned(), id.to_owned()],
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

    /// `GET /items034/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item034<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item034Error>>> + 'a {
        into_inner(self.item034_with_response(id))
    }

    /// Like [`Client::item034`], with the response's status and headers.
    pub fn item034_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item034Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items034".to_owned(), id.to_owned()],
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

    /// `GET /items035/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item035<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item035Error>>> + 'a {
        into_inner(self.item035_with_response(id))
    }

    /// Like [`Client::item035`], with the response's status and headers.
    pub fn item035_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item035Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items035".to_owned(), id.to_owned()],
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

    /// `GET /items036/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item036<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item036Error>>> + 'a {
        into_inner(self.item036_with_response(id))
    }

    /// Like [`Client::item036`], with the response's status and headers.
    pub fn item036_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item036Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items036".to_owned(), id.to_owned()],
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

    /// `GET /items037/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item037<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item037Error>>> + 'a {
        into_inner(self.item037_with_response(id))
    }

    /// Like [`Client::item037`], with the response's status and headers.
    pub fn item037_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item037Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items037".to_owned(), id.to_owned()],
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

    /// `GET /items038/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item038<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item038Error>>> + 'a {
        into_inner(self.item038_with_response(id))
    }

    /// Like [`Client::item038`], with the response's status and headers.
    pub fn item038_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item038Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items038".to_owned(), id.to_owned()],
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

    /// `GET /items039/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item039<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item039Error>>> + 'a {
        into_inner(self.item039_with_response(id))
    }

    /// Like [`Client::item039`], with the response's status and headers.
    pub fn item039_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item039Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items039".to_owned(), id.to_owned()],
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

// The rest of this file, in parts of about 2000 lines (editors and rustc handle those better).
include!("client/part_002.rs");
include!("client/part_003.rs");
include!("client/part_004.rs");
include!("client/part_005.rs");
include!("client/part_006.rs");
include!("client/part_007.rs");
include!("client/part_008.rs");
include!("client/part_009.rs");
include!("client/part_010.rs");
include!("client/part_011.rs");
include!("client/part_012.rs");
include!("client/part_013.rs");
include!("client/part_014.rs");
