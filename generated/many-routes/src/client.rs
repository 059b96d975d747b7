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

/// Decodes a JSON body, keeping the raw bytes when it does not match.
fn decode<T: serde::de::DeserializeOwned, E>(
    status: u16,
    headers: &reqwest::header::HeaderMap,
    body: Vec<u8>,
) -> Result<T, Error<E>> {
    let decoded = serde_json::from_slice(&body);
    decoded
        .map_err(|source| Error::InvalidBody {
            status,
            headers: Box::new(headers.clone()),
            body,
            source,
        })
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
        read: impl FnOnce(
            u16,
            &reqwest::header::HeaderMap,
            Vec<u8>,
        ) -> Result<T, Error<E>>,
    ) -> Result<ResponseValue<T>, Error<E>> {
        let Raw { status, headers, body } = self.execute(request).await?;
        let value = read(status, &headers, body)?;
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
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
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items040/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item040<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item040Error>>> + 'a {
        into_inner(self.item040_with_response(id))
    }

    /// Like [`Client::item040`], with the response's status and headers.
    pub fn item040_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item040Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items040".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items041/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item041<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item041Error>>> + 'a {
        into_inner(self.item041_with_response(id))
    }

    /// Like [`Client::item041`], with the response's status and headers.
    pub fn item041_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item041Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items041".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items042/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item042<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item042Error>>> + 'a {
        into_inner(self.item042_with_response(id))
    }

    /// Like [`Client::item042`], with the response's status and headers.
    pub fn item042_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item042Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items042".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items043/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item043<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item043Error>>> + 'a {
        into_inner(self.item043_with_response(id))
    }

    /// Like [`Client::item043`], with the response's status and headers.
    pub fn item043_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item043Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items043".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items044/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item044<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item044Error>>> + 'a {
        into_inner(self.item044_with_response(id))
    }

    /// Like [`Client::item044`], with the response's status and headers.
    pub fn item044_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item044Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items044".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items045/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item045<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item045Error>>> + 'a {
        into_inner(self.item045_with_response(id))
    }

    /// Like [`Client::item045`], with the response's status and headers.
    pub fn item045_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item045Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items045".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items046/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item046<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item046Error>>> + 'a {
        into_inner(self.item046_with_response(id))
    }

    /// Like [`Client::item046`], with the response's status and headers.
    pub fn item046_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item046Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items046".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items047/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item047<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item047Error>>> + 'a {
        into_inner(self.item047_with_response(id))
    }

    /// Like [`Client::item047`], with the response's status and headers.
    pub fn item047_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item047Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items047".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items048/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item048<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item048Error>>> + 'a {
        into_inner(self.item048_with_response(id))
    }

    /// Like [`Client::item048`], with the response's status and headers.
    pub fn item048_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item048Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items048".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items049/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item049<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item049Error>>> + 'a {
        into_inner(self.item049_with_response(id))
    }

    /// Like [`Client::item049`], with the response's status and headers.
    pub fn item049_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item049Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items049".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items050/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item050<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item050Error>>> + 'a {
        into_inner(self.item050_with_response(id))
    }

    /// Like [`Client::item050`], with the response's status and headers.
    pub fn item050_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item050Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items050".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items051/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item051<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item051Error>>> + 'a {
        into_inner(self.item051_with_response(id))
    }

    /// Like [`Client::item051`], with the response's status and headers.
    pub fn item051_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item051Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items051".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items052/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item052<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item052Error>>> + 'a {
        into_inner(self.item052_with_response(id))
    }

    /// Like [`Client::item052`], with the response's status and headers.
    pub fn item052_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item052Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items052".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items053/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item053<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item053Error>>> + 'a {
        into_inner(self.item053_with_response(id))
    }

    /// Like [`Client::item053`], with the response's status and headers.
    pub fn item053_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item053Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items053".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items054/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item054<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item054Error>>> + 'a {
        into_inner(self.item054_with_response(id))
    }

    /// Like [`Client::item054`], with the response's status and headers.
    pub fn item054_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item054Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items054".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items055/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item055<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item055Error>>> + 'a {
        into_inner(self.item055_with_response(id))
    }

    /// Like [`Client::item055`], with the response's status and headers.
    pub fn item055_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item055Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items055".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items056/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item056<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item056Error>>> + 'a {
        into_inner(self.item056_with_response(id))
    }

    /// Like [`Client::item056`], with the response's status and headers.
    pub fn item056_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item056Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items056".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items057/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item057<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item057Error>>> + 'a {
        into_inner(self.item057_with_response(id))
    }

    /// Like [`Client::item057`], with the response's status and headers.
    pub fn item057_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item057Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items057".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items058/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item058<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item058Error>>> + 'a {
        into_inner(self.item058_with_response(id))
    }

    /// Like [`Client::item058`], with the response's status and headers.
    pub fn item058_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item058Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items058".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items059/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item059<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item059Error>>> + 'a {
        into_inner(self.item059_with_response(id))
    }

    /// Like [`Client::item059`], with the response's status and headers.
    pub fn item059_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item059Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items059".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items060/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item060<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item060Error>>> + 'a {
        into_inner(self.item060_with_response(id))
    }

    /// Like [`Client::item060`], with the response's status and headers.
    pub fn item060_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item060Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items060".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items061/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item061<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item061Error>>> + 'a {
        into_inner(self.item061_with_response(id))
    }

    /// Like [`Client::item061`], with the response's status and headers.
    pub fn item061_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item061Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items061".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items062/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item062<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item062Error>>> + 'a {
        into_inner(self.item062_with_response(id))
    }

    /// Like [`Client::item062`], with the response's status and headers.
    pub fn item062_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item062Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items062".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items063/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item063<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item063Error>>> + 'a {
        into_inner(self.item063_with_response(id))
    }

    /// Like [`Client::item063`], with the response's status and headers.
    pub fn item063_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item063Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items063".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items064/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item064<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item064Error>>> + 'a {
        into_inner(self.item064_with_response(id))
    }

    /// Like [`Client::item064`], with the response's status and headers.
    pub fn item064_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item064Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items064".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items065/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item065<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item065Error>>> + 'a {
        into_inner(self.item065_with_response(id))
    }

    /// Like [`Client::item065`], with the response's status and headers.
    pub fn item065_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item065Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items065".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items066/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item066<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item066Error>>> + 'a {
        into_inner(self.item066_with_response(id))
    }

    /// Like [`Client::item066`], with the response's status and headers.
    pub fn item066_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item066Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items066".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items067/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item067<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item067Error>>> + 'a {
        into_inner(self.item067_with_response(id))
    }

    /// Like [`Client::item067`], with the response's status and headers.
    pub fn item067_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item067Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items067".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items068/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item068<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item068Error>>> + 'a {
        into_inner(self.item068_with_response(id))
    }

    /// Like [`Client::item068`], with the response's status and headers.
    pub fn item068_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item068Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items068".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items069/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item069<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item069Error>>> + 'a {
        into_inner(self.item069_with_response(id))
    }

    /// Like [`Client::item069`], with the response's status and headers.
    pub fn item069_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item069Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items069".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items070/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item070<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item070Error>>> + 'a {
        into_inner(self.item070_with_response(id))
    }

    /// Like [`Client::item070`], with the response's status and headers.
    pub fn item070_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item070Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items070".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items071/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item071<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item071Error>>> + 'a {
        into_inner(self.item071_with_response(id))
    }

    /// Like [`Client::item071`], with the response's status and headers.
    pub fn item071_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item071Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items071".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items072/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item072<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item072Error>>> + 'a {
        into_inner(self.item072_with_response(id))
    }

    /// Like [`Client::item072`], with the response's status and headers.
    pub fn item072_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item072Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items072".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items073/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item073<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item073Error>>> + 'a {
        into_inner(self.item073_with_response(id))
    }

    /// Like [`Client::item073`], with the response's status and headers.
    pub fn item073_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item073Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items073".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items074/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item074<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item074Error>>> + 'a {
        into_inner(self.item074_with_response(id))
    }

    /// Like [`Client::item074`], with the response's status and headers.
    pub fn item074_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item074Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items074".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items075/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item075<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item075Error>>> + 'a {
        into_inner(self.item075_with_response(id))
    }

    /// Like [`Client::item075`], with the response's status and headers.
    pub fn item075_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item075Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items075".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items076/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item076<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item076Error>>> + 'a {
        into_inner(self.item076_with_response(id))
    }

    /// Like [`Client::item076`], with the response's status and headers.
    pub fn item076_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item076Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items076".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items077/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item077<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item077Error>>> + 'a {
        into_inner(self.item077_with_response(id))
    }

    /// Like [`Client::item077`], with the response's status and headers.
    pub fn item077_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item077Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items077".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items078/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item078<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item078Error>>> + 'a {
        into_inner(self.item078_with_response(id))
    }

    /// Like [`Client::item078`], with the response's status and headers.
    pub fn item078_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item078Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items078".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items079/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item079<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item079Error>>> + 'a {
        into_inner(self.item079_with_response(id))
    }

    /// Like [`Client::item079`], with the response's status and headers.
    pub fn item079_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item079Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items079".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items080/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item080<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item080Error>>> + 'a {
        into_inner(self.item080_with_response(id))
    }

    /// Like [`Client::item080`], with the response's status and headers.
    pub fn item080_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item080Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items080".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items081/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item081<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item081Error>>> + 'a {
        into_inner(self.item081_with_response(id))
    }

    /// Like [`Client::item081`], with the response's status and headers.
    pub fn item081_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item081Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items081".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items082/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item082<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item082Error>>> + 'a {
        into_inner(self.item082_with_response(id))
    }

    /// Like [`Client::item082`], with the response's status and headers.
    pub fn item082_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item082Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items082".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items083/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item083<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item083Error>>> + 'a {
        into_inner(self.item083_with_response(id))
    }

    /// Like [`Client::item083`], with the response's status and headers.
    pub fn item083_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item083Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items083".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items084/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item084<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item084Error>>> + 'a {
        into_inner(self.item084_with_response(id))
    }

    /// Like [`Client::item084`], with the response's status and headers.
    pub fn item084_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item084Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items084".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items085/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item085<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item085Error>>> + 'a {
        into_inner(self.item085_with_response(id))
    }

    /// Like [`Client::item085`], with the response's status and headers.
    pub fn item085_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item085Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items085".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items086/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item086<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item086Error>>> + 'a {
        into_inner(self.item086_with_response(id))
    }

    /// Like [`Client::item086`], with the response's status and headers.
    pub fn item086_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item086Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items086".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items087/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item087<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item087Error>>> + 'a {
        into_inner(self.item087_with_response(id))
    }

    /// Like [`Client::item087`], with the response's status and headers.
    pub fn item087_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item087Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items087".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items088/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item088<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item088Error>>> + 'a {
        into_inner(self.item088_with_response(id))
    }

    /// Like [`Client::item088`], with the response's status and headers.
    pub fn item088_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item088Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items088".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items089/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item089<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item089Error>>> + 'a {
        into_inner(self.item089_with_response(id))
    }

    /// Like [`Client::item089`], with the response's status and headers.
    pub fn item089_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item089Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items089".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items090/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item090<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item090Error>>> + 'a {
        into_inner(self.item090_with_response(id))
    }

    /// Like [`Client::item090`], with the response's status and headers.
    pub fn item090_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item090Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items090".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items091/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item091<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item091Error>>> + 'a {
        into_inner(self.item091_with_response(id))
    }

    /// Like [`Client::item091`], with the response's status and headers.
    pub fn item091_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item091Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items091".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items092/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item092<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item092Error>>> + 'a {
        into_inner(self.item092_with_response(id))
    }

    /// Like [`Client::item092`], with the response's status and headers.
    pub fn item092_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item092Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items092".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items093/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item093<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item093Error>>> + 'a {
        into_inner(self.item093_with_response(id))
    }

    /// Like [`Client::item093`], with the response's status and headers.
    pub fn item093_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item093Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items093".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items094/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item094<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item094Error>>> + 'a {
        into_inner(self.item094_with_response(id))
    }

    /// Like [`Client::item094`], with the response's status and headers.
    pub fn item094_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item094Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items094".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items095/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item095<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item095Error>>> + 'a {
        into_inner(self.item095_with_response(id))
    }

    /// Like [`Client::item095`], with the response's status and headers.
    pub fn item095_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item095Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items095".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items096/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item096<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item096Error>>> + 'a {
        into_inner(self.item096_with_response(id))
    }

    /// Like [`Client::item096`], with the response's status and headers.
    pub fn item096_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item096Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items096".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items097/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item097<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item097Error>>> + 'a {
        into_inner(self.item097_with_response(id))
    }

    /// Like [`Client::item097`], with the response's status and headers.
    pub fn item097_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item097Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items097".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items098/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item098<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item098Error>>> + 'a {
        into_inner(self.item098_with_response(id))
    }

    /// Like [`Client::item098`], with the response's status and headers.
    pub fn item098_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item098Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items098".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items099/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item099<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item099Error>>> + 'a {
        into_inner(self.item099_with_response(id))
    }

    /// Like [`Client::item099`], with the response's status and headers.
    pub fn item099_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item099Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items099".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items100/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item100<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item100Error>>> + 'a {
        into_inner(self.item100_with_response(id))
    }

    /// Like [`Client::item100`], with the response's status and headers.
    pub fn item100_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item100Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items100".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items101/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item101<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item101Error>>> + 'a {
        into_inner(self.item101_with_response(id))
    }

    /// Like [`Client::item101`], with the response's status and headers.
    pub fn item101_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item101Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items101".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items102/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item102<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item102Error>>> + 'a {
        into_inner(self.item102_with_response(id))
    }

    /// Like [`Client::item102`], with the response's status and headers.
    pub fn item102_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item102Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items102".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items103/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item103<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item103Error>>> + 'a {
        into_inner(self.item103_with_response(id))
    }

    /// Like [`Client::item103`], with the response's status and headers.
    pub fn item103_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item103Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items103".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items104/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item104<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item104Error>>> + 'a {
        into_inner(self.item104_with_response(id))
    }

    /// Like [`Client::item104`], with the response's status and headers.
    pub fn item104_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item104Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items104".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items105/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item105<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item105Error>>> + 'a {
        into_inner(self.item105_with_response(id))
    }

    /// Like [`Client::item105`], with the response's status and headers.
    pub fn item105_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item105Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items105".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items106/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item106<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item106Error>>> + 'a {
        into_inner(self.item106_with_response(id))
    }

    /// Like [`Client::item106`], with the response's status and headers.
    pub fn item106_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item106Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items106".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items107/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item107<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item107Error>>> + 'a {
        into_inner(self.item107_with_response(id))
    }

    /// Like [`Client::item107`], with the response's status and headers.
    pub fn item107_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item107Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items107".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items108/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item108<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item108Error>>> + 'a {
        into_inner(self.item108_with_response(id))
    }

    /// Like [`Client::item108`], with the response's status and headers.
    pub fn item108_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item108Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items108".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items109/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item109<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item109Error>>> + 'a {
        into_inner(self.item109_with_response(id))
    }

    /// Like [`Client::item109`], with the response's status and headers.
    pub fn item109_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item109Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items109".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items110/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item110<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item110Error>>> + 'a {
        into_inner(self.item110_with_response(id))
    }

    /// Like [`Client::item110`], with the response's status and headers.
    pub fn item110_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item110Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items110".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items111/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item111<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item111Error>>> + 'a {
        into_inner(self.item111_with_response(id))
    }

    /// Like [`Client::item111`], with the response's status and headers.
    pub fn item111_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item111Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items111".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items112/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item112<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item112Error>>> + 'a {
        into_inner(self.item112_with_response(id))
    }

    /// Like [`Client::item112`], with the response's status and headers.
    pub fn item112_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item112Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items112".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items113/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item113<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item113Error>>> + 'a {
        into_inner(self.item113_with_response(id))
    }

    /// Like [`Client::item113`], with the response's status and headers.
    pub fn item113_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item113Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items113".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items114/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item114<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item114Error>>> + 'a {
        into_inner(self.item114_with_response(id))
    }

    /// Like [`Client::item114`], with the response's status and headers.
    pub fn item114_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item114Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items114".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items115/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item115<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item115Error>>> + 'a {
        into_inner(self.item115_with_response(id))
    }

    /// Like [`Client::item115`], with the response's status and headers.
    pub fn item115_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item115Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items115".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items116/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item116<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item116Error>>> + 'a {
        into_inner(self.item116_with_response(id))
    }

    /// Like [`Client::item116`], with the response's status and headers.
    pub fn item116_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item116Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items116".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items117/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item117<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item117Error>>> + 'a {
        into_inner(self.item117_with_response(id))
    }

    /// Like [`Client::item117`], with the response's status and headers.
    pub fn item117_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item117Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items117".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items118/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item118<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item118Error>>> + 'a {
        into_inner(self.item118_with_response(id))
    }

    /// Like [`Client::item118`], with the response's status and headers.
    pub fn item118_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item118Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items118".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items119/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item119<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item119Error>>> + 'a {
        into_inner(self.item119_with_response(id))
    }

    /// Like [`Client::item119`], with the response's status and headers.
    pub fn item119_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item119Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items119".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items120/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item120<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item120Error>>> + 'a {
        into_inner(self.item120_with_response(id))
    }

    /// Like [`Client::item120`], with the response's status and headers.
    pub fn item120_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item120Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items120".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items121/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item121<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item121Error>>> + 'a {
        into_inner(self.item121_with_response(id))
    }

    /// Like [`Client::item121`], with the response's status and headers.
    pub fn item121_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item121Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items121".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items122/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item122<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item122Error>>> + 'a {
        into_inner(self.item122_with_response(id))
    }

    /// Like [`Client::item122`], with the response's status and headers.
    pub fn item122_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item122Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items122".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items123/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item123<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item123Error>>> + 'a {
        into_inner(self.item123_with_response(id))
    }

    /// Like [`Client::item123`], with the response's status and headers.
    pub fn item123_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item123Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items123".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items124/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item124<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item124Error>>> + 'a {
        into_inner(self.item124_with_response(id))
    }

    /// Like [`Client::item124`], with the response's status and headers.
    pub fn item124_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item124Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items124".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items125/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item125<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item125Error>>> + 'a {
        into_inner(self.item125_with_response(id))
    }

    /// Like [`Client::item125`], with the response's status and headers.
    pub fn item125_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item125Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items125".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items126/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item126<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item126Error>>> + 'a {
        into_inner(self.item126_with_response(id))
    }

    /// Like [`Client::item126`], with the response's status and headers.
    pub fn item126_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item126Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items126".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items127/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item127<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item127Error>>> + 'a {
        into_inner(self.item127_with_response(id))
    }

    /// Like [`Client::item127`], with the response's status and headers.
    pub fn item127_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item127Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items127".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items128/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item128<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item128Error>>> + 'a {
        into_inner(self.item128_with_response(id))
    }

    /// Like [`Client::item128`], with the response's status and headers.
    pub fn item128_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item128Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items128".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items129/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item129<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item129Error>>> + 'a {
        into_inner(self.item129_with_response(id))
    }

    /// Like [`Client::item129`], with the response's status and headers.
    pub fn item129_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item129Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items129".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items130/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item130<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item130Error>>> + 'a {
        into_inner(self.item130_with_response(id))
    }

    /// Like [`Client::item130`], with the response's status and headers.
    pub fn item130_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item130Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items130".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items131/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item131<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item131Error>>> + 'a {
        into_inner(self.item131_with_response(id))
    }

    /// Like [`Client::item131`], with the response's status and headers.
    pub fn item131_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item131Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items131".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items132/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item132<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item132Error>>> + 'a {
        into_inner(self.item132_with_response(id))
    }

    /// Like [`Client::item132`], with the response's status and headers.
    pub fn item132_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item132Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items132".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items133/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item133<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item133Error>>> + 'a {
        into_inner(self.item133_with_response(id))
    }

    /// Like [`Client::item133`], with the response's status and headers.
    pub fn item133_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item133Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items133".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items134/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item134<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item134Error>>> + 'a {
        into_inner(self.item134_with_response(id))
    }

    /// Like [`Client::item134`], with the response's status and headers.
    pub fn item134_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item134Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items134".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items135/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item135<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item135Error>>> + 'a {
        into_inner(self.item135_with_response(id))
    }

    /// Like [`Client::item135`], with the response's status and headers.
    pub fn item135_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item135Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items135".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items136/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item136<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item136Error>>> + 'a {
        into_inner(self.item136_with_response(id))
    }

    /// Like [`Client::item136`], with the response's status and headers.
    pub fn item136_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item136Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items136".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items137/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item137<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item137Error>>> + 'a {
        into_inner(self.item137_with_response(id))
    }

    /// Like [`Client::item137`], with the response's status and headers.
    pub fn item137_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item137Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items137".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items138/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item138<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item138Error>>> + 'a {
        into_inner(self.item138_with_response(id))
    }

    /// Like [`Client::item138`], with the response's status and headers.
    pub fn item138_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item138Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items138".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items139/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item139<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item139Error>>> + 'a {
        into_inner(self.item139_with_response(id))
    }

    /// Like [`Client::item139`], with the response's status and headers.
    pub fn item139_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item139Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items139".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items140/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item140<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item140Error>>> + 'a {
        into_inner(self.item140_with_response(id))
    }

    /// Like [`Client::item140`], with the response's status and headers.
    pub fn item140_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item140Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items140".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items141/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item141<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item141Error>>> + 'a {
        into_inner(self.item141_with_response(id))
    }

    /// Like [`Client::item141`], with the response's status and headers.
    pub fn item141_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item141Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items141".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items142/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item142<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item142Error>>> + 'a {
        into_inner(self.item142_with_response(id))
    }

    /// Like [`Client::item142`], with the response's status and headers.
    pub fn item142_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item142Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items142".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items143/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item143<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item143Error>>> + 'a {
        into_inner(self.item143_with_response(id))
    }

    /// Like [`Client::item143`], with the response's status and headers.
    pub fn item143_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item143Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items143".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items144/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item144<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item144Error>>> + 'a {
        into_inner(self.item144_with_response(id))
    }

    /// Like [`Client::item144`], with the response's status and headers.
    pub fn item144_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item144Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items144".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items145/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item145<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item145Error>>> + 'a {
        into_inner(self.item145_with_response(id))
    }

    /// Like [`Client::item145`], with the response's status and headers.
    pub fn item145_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item145Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items145".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items146/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item146<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item146Error>>> + 'a {
        into_inner(self.item146_with_response(id))
    }

    /// Like [`Client::item146`], with the response's status and headers.
    pub fn item146_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item146Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items146".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items147/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item147<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item147Error>>> + 'a {
        into_inner(self.item147_with_response(id))
    }

    /// Like [`Client::item147`], with the response's status and headers.
    pub fn item147_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item147Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items147".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items148/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item148<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item148Error>>> + 'a {
        into_inner(self.item148_with_response(id))
    }

    /// Like [`Client::item148`], with the response's status and headers.
    pub fn item148_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item148Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items148".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items149/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item149<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item149Error>>> + 'a {
        into_inner(self.item149_with_response(id))
    }

    /// Like [`Client::item149`], with the response's status and headers.
    pub fn item149_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item149Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items149".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items150/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item150<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item150Error>>> + 'a {
        into_inner(self.item150_with_response(id))
    }

    /// Like [`Client::item150`], with the response's status and headers.
    pub fn item150_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item150Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items150".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items151/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item151<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item151Error>>> + 'a {
        into_inner(self.item151_with_response(id))
    }

    /// Like [`Client::item151`], with the response's status and headers.
    pub fn item151_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item151Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items151".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items152/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item152<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item152Error>>> + 'a {
        into_inner(self.item152_with_response(id))
    }

    /// Like [`Client::item152`], with the response's status and headers.
    pub fn item152_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item152Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items152".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items153/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item153<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item153Error>>> + 'a {
        into_inner(self.item153_with_response(id))
    }

    /// Like [`Client::item153`], with the response's status and headers.
    pub fn item153_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item153Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items153".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items154/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item154<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item154Error>>> + 'a {
        into_inner(self.item154_with_response(id))
    }

    /// Like [`Client::item154`], with the response's status and headers.
    pub fn item154_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item154Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items154".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items155/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item155<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item155Error>>> + 'a {
        into_inner(self.item155_with_response(id))
    }

    /// Like [`Client::item155`], with the response's status and headers.
    pub fn item155_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item155Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items155".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items156/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item156<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item156Error>>> + 'a {
        into_inner(self.item156_with_response(id))
    }

    /// Like [`Client::item156`], with the response's status and headers.
    pub fn item156_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item156Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items156".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items157/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item157<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item157Error>>> + 'a {
        into_inner(self.item157_with_response(id))
    }

    /// Like [`Client::item157`], with the response's status and headers.
    pub fn item157_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item157Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items157".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items158/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item158<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item158Error>>> + 'a {
        into_inner(self.item158_with_response(id))
    }

    /// Like [`Client::item158`], with the response's status and headers.
    pub fn item158_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item158Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items158".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items159/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item159<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item159Error>>> + 'a {
        into_inner(self.item159_with_response(id))
    }

    /// Like [`Client::item159`], with the response's status and headers.
    pub fn item159_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item159Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items159".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items160/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item160<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item160Error>>> + 'a {
        into_inner(self.item160_with_response(id))
    }

    /// Like [`Client::item160`], with the response's status and headers.
    pub fn item160_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item160Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items160".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items161/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item161<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item161Error>>> + 'a {
        into_inner(self.item161_with_response(id))
    }

    /// Like [`Client::item161`], with the response's status and headers.
    pub fn item161_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item161Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items161".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items162/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item162<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item162Error>>> + 'a {
        into_inner(self.item162_with_response(id))
    }

    /// Like [`Client::item162`], with the response's status and headers.
    pub fn item162_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item162Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items162".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items163/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item163<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item163Error>>> + 'a {
        into_inner(self.item163_with_response(id))
    }

    /// Like [`Client::item163`], with the response's status and headers.
    pub fn item163_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item163Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items163".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items164/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item164<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item164Error>>> + 'a {
        into_inner(self.item164_with_response(id))
    }

    /// Like [`Client::item164`], with the response's status and headers.
    pub fn item164_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item164Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items164".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items165/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item165<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item165Error>>> + 'a {
        into_inner(self.item165_with_response(id))
    }

    /// Like [`Client::item165`], with the response's status and headers.
    pub fn item165_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item165Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items165".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items166/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item166<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item166Error>>> + 'a {
        into_inner(self.item166_with_response(id))
    }

    /// Like [`Client::item166`], with the response's status and headers.
    pub fn item166_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item166Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items166".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items167/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item167<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item167Error>>> + 'a {
        into_inner(self.item167_with_response(id))
    }

    /// Like [`Client::item167`], with the response's status and headers.
    pub fn item167_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item167Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items167".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items168/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item168<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item168Error>>> + 'a {
        into_inner(self.item168_with_response(id))
    }

    /// Like [`Client::item168`], with the response's status and headers.
    pub fn item168_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item168Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items168".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items169/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item169<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item169Error>>> + 'a {
        into_inner(self.item169_with_response(id))
    }

    /// Like [`Client::item169`], with the response's status and headers.
    pub fn item169_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item169Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items169".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items170/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item170<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item170Error>>> + 'a {
        into_inner(self.item170_with_response(id))
    }

    /// Like [`Client::item170`], with the response's status and headers.
    pub fn item170_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item170Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items170".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items171/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item171<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item171Error>>> + 'a {
        into_inner(self.item171_with_response(id))
    }

    /// Like [`Client::item171`], with the response's status and headers.
    pub fn item171_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item171Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items171".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items172/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item172<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item172Error>>> + 'a {
        into_inner(self.item172_with_response(id))
    }

    /// Like [`Client::item172`], with the response's status and headers.
    pub fn item172_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item172Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items172".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items173/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item173<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item173Error>>> + 'a {
        into_inner(self.item173_with_response(id))
    }

    /// Like [`Client::item173`], with the response's status and headers.
    pub fn item173_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item173Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items173".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items174/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item174<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item174Error>>> + 'a {
        into_inner(self.item174_with_response(id))
    }

    /// Like [`Client::item174`], with the response's status and headers.
    pub fn item174_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item174Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items174".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items175/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item175<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item175Error>>> + 'a {
        into_inner(self.item175_with_response(id))
    }

    /// Like [`Client::item175`], with the response's status and headers.
    pub fn item175_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item175Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items175".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items176/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item176<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item176Error>>> + 'a {
        into_inner(self.item176_with_response(id))
    }

    /// Like [`Client::item176`], with the response's status and headers.
    pub fn item176_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item176Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items176".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items177/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item177<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item177Error>>> + 'a {
        into_inner(self.item177_with_response(id))
    }

    /// Like [`Client::item177`], with the response's status and headers.
    pub fn item177_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item177Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items177".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items178/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item178<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item178Error>>> + 'a {
        into_inner(self.item178_with_response(id))
    }

    /// Like [`Client::item178`], with the response's status and headers.
    pub fn item178_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item178Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items178".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items179/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item179<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item179Error>>> + 'a {
        into_inner(self.item179_with_response(id))
    }

    /// Like [`Client::item179`], with the response's status and headers.
    pub fn item179_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item179Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items179".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items180/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item180<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item180Error>>> + 'a {
        into_inner(self.item180_with_response(id))
    }

    /// Like [`Client::item180`], with the response's status and headers.
    pub fn item180_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item180Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items180".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items181/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item181<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item181Error>>> + 'a {
        into_inner(self.item181_with_response(id))
    }

    /// Like [`Client::item181`], with the response's status and headers.
    pub fn item181_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item181Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items181".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items182/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item182<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item182Error>>> + 'a {
        into_inner(self.item182_with_response(id))
    }

    /// Like [`Client::item182`], with the response's status and headers.
    pub fn item182_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item182Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items182".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items183/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item183<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item183Error>>> + 'a {
        into_inner(self.item183_with_response(id))
    }

    /// Like [`Client::item183`], with the response's status and headers.
    pub fn item183_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item183Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items183".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items184/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item184<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item184Error>>> + 'a {
        into_inner(self.item184_with_response(id))
    }

    /// Like [`Client::item184`], with the response's status and headers.
    pub fn item184_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item184Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items184".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items185/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item185<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item185Error>>> + 'a {
        into_inner(self.item185_with_response(id))
    }

    /// Like [`Client::item185`], with the response's status and headers.
    pub fn item185_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item185Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items185".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items186/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item186<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item186Error>>> + 'a {
        into_inner(self.item186_with_response(id))
    }

    /// Like [`Client::item186`], with the response's status and headers.
    pub fn item186_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item186Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items186".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items187/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item187<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item187Error>>> + 'a {
        into_inner(self.item187_with_response(id))
    }

    /// Like [`Client::item187`], with the response's status and headers.
    pub fn item187_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item187Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items187".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items188/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item188<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item188Error>>> + 'a {
        into_inner(self.item188_with_response(id))
    }

    /// Like [`Client::item188`], with the response's status and headers.
    pub fn item188_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item188Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items188".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items189/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item189<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item189Error>>> + 'a {
        into_inner(self.item189_with_response(id))
    }

    /// Like [`Client::item189`], with the response's status and headers.
    pub fn item189_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item189Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items189".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items190/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item190<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item190Error>>> + 'a {
        into_inner(self.item190_with_response(id))
    }

    /// Like [`Client::item190`], with the response's status and headers.
    pub fn item190_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item190Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items190".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items191/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item191<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item191Error>>> + 'a {
        into_inner(self.item191_with_response(id))
    }

    /// Like [`Client::item191`], with the response's status and headers.
    pub fn item191_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item191Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items191".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items192/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item192<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item192Error>>> + 'a {
        into_inner(self.item192_with_response(id))
    }

    /// Like [`Client::item192`], with the response's status and headers.
    pub fn item192_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item192Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items192".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items193/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item193<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item193Error>>> + 'a {
        into_inner(self.item193_with_response(id))
    }

    /// Like [`Client::item193`], with the response's status and headers.
    pub fn item193_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item193Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items193".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items194/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item194<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item194Error>>> + 'a {
        into_inner(self.item194_with_response(id))
    }

    /// Like [`Client::item194`], with the response's status and headers.
    pub fn item194_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item194Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items194".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items195/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item195<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item195Error>>> + 'a {
        into_inner(self.item195_with_response(id))
    }

    /// Like [`Client::item195`], with the response's status and headers.
    pub fn item195_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item195Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items195".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items196/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item196<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item196Error>>> + 'a {
        into_inner(self.item196_with_response(id))
    }

    /// Like [`Client::item196`], with the response's status and headers.
    pub fn item196_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item196Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items196".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items197/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item197<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item197Error>>> + 'a {
        into_inner(self.item197_with_response(id))
    }

    /// Like [`Client::item197`], with the response's status and headers.
    pub fn item197_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item197Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items197".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items198/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item198<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item198Error>>> + 'a {
        into_inner(self.item198_with_response(id))
    }

    /// Like [`Client::item198`], with the response's status and headers.
    pub fn item198_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item198Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items198".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items199/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item199<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item199Error>>> + 'a {
        into_inner(self.item199_with_response(id))
    }

    /// Like [`Client::item199`], with the response's status and headers.
    pub fn item199_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item199Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items199".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items200/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item200<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item200Error>>> + 'a {
        into_inner(self.item200_with_response(id))
    }

    /// Like [`Client::item200`], with the response's status and headers.
    pub fn item200_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item200Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items200".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items201/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item201<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item201Error>>> + 'a {
        into_inner(self.item201_with_response(id))
    }

    /// Like [`Client::item201`], with the response's status and headers.
    pub fn item201_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item201Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items201".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items202/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item202<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item202Error>>> + 'a {
        into_inner(self.item202_with_response(id))
    }

    /// Like [`Client::item202`], with the response's status and headers.
    pub fn item202_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item202Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items202".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items203/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item203<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item203Error>>> + 'a {
        into_inner(self.item203_with_response(id))
    }

    /// Like [`Client::item203`], with the response's status and headers.
    pub fn item203_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item203Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items203".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items204/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item204<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item204Error>>> + 'a {
        into_inner(self.item204_with_response(id))
    }

    /// Like [`Client::item204`], with the response's status and headers.
    pub fn item204_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item204Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items204".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items205/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item205<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item205Error>>> + 'a {
        into_inner(self.item205_with_response(id))
    }

    /// Like [`Client::item205`], with the response's status and headers.
    pub fn item205_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item205Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items205".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items206/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item206<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item206Error>>> + 'a {
        into_inner(self.item206_with_response(id))
    }

    /// Like [`Client::item206`], with the response's status and headers.
    pub fn item206_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item206Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items206".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items207/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item207<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item207Error>>> + 'a {
        into_inner(self.item207_with_response(id))
    }

    /// Like [`Client::item207`], with the response's status and headers.
    pub fn item207_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item207Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items207".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items208/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item208<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item208Error>>> + 'a {
        into_inner(self.item208_with_response(id))
    }

    /// Like [`Client::item208`], with the response's status and headers.
    pub fn item208_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item208Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items208".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items209/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item209<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item209Error>>> + 'a {
        into_inner(self.item209_with_response(id))
    }

    /// Like [`Client::item209`], with the response's status and headers.
    pub fn item209_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item209Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items209".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items210/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item210<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item210Error>>> + 'a {
        into_inner(self.item210_with_response(id))
    }

    /// Like [`Client::item210`], with the response's status and headers.
    pub fn item210_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item210Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items210".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items211/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item211<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item211Error>>> + 'a {
        into_inner(self.item211_with_response(id))
    }

    /// Like [`Client::item211`], with the response's status and headers.
    pub fn item211_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item211Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items211".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items212/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item212<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item212Error>>> + 'a {
        into_inner(self.item212_with_response(id))
    }

    /// Like [`Client::item212`], with the response's status and headers.
    pub fn item212_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item212Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items212".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items213/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item213<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item213Error>>> + 'a {
        into_inner(self.item213_with_response(id))
    }

    /// Like [`Client::item213`], with the response's status and headers.
    pub fn item213_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item213Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items213".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items214/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item214<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item214Error>>> + 'a {
        into_inner(self.item214_with_response(id))
    }

    /// Like [`Client::item214`], with the response's status and headers.
    pub fn item214_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item214Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items214".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items215/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item215<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item215Error>>> + 'a {
        into_inner(self.item215_with_response(id))
    }

    /// Like [`Client::item215`], with the response's status and headers.
    pub fn item215_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item215Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items215".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items216/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item216<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item216Error>>> + 'a {
        into_inner(self.item216_with_response(id))
    }

    /// Like [`Client::item216`], with the response's status and headers.
    pub fn item216_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item216Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items216".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items217/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item217<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item217Error>>> + 'a {
        into_inner(self.item217_with_response(id))
    }

    /// Like [`Client::item217`], with the response's status and headers.
    pub fn item217_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item217Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items217".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items218/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item218<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item218Error>>> + 'a {
        into_inner(self.item218_with_response(id))
    }

    /// Like [`Client::item218`], with the response's status and headers.
    pub fn item218_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item218Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items218".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items219/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item219<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item219Error>>> + 'a {
        into_inner(self.item219_with_response(id))
    }

    /// Like [`Client::item219`], with the response's status and headers.
    pub fn item219_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item219Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items219".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items220/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item220<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item220Error>>> + 'a {
        into_inner(self.item220_with_response(id))
    }

    /// Like [`Client::item220`], with the response's status and headers.
    pub fn item220_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item220Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items220".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items221/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item221<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item221Error>>> + 'a {
        into_inner(self.item221_with_response(id))
    }

    /// Like [`Client::item221`], with the response's status and headers.
    pub fn item221_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item221Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items221".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items222/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item222<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item222Error>>> + 'a {
        into_inner(self.item222_with_response(id))
    }

    /// Like [`Client::item222`], with the response's status and headers.
    pub fn item222_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item222Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items222".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items223/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item223<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item223Error>>> + 'a {
        into_inner(self.item223_with_response(id))
    }

    /// Like [`Client::item223`], with the response's status and headers.
    pub fn item223_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item223Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items223".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items224/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item224<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item224Error>>> + 'a {
        into_inner(self.item224_with_response(id))
    }

    /// Like [`Client::item224`], with the response's status and headers.
    pub fn item224_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item224Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items224".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items225/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item225<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item225Error>>> + 'a {
        into_inner(self.item225_with_response(id))
    }

    /// Like [`Client::item225`], with the response's status and headers.
    pub fn item225_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item225Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items225".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items226/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item226<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item226Error>>> + 'a {
        into_inner(self.item226_with_response(id))
    }

    /// Like [`Client::item226`], with the response's status and headers.
    pub fn item226_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item226Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items226".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items227/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item227<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item227Error>>> + 'a {
        into_inner(self.item227_with_response(id))
    }

    /// Like [`Client::item227`], with the response's status and headers.
    pub fn item227_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item227Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items227".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items228/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item228<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item228Error>>> + 'a {
        into_inner(self.item228_with_response(id))
    }

    /// Like [`Client::item228`], with the response's status and headers.
    pub fn item228_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item228Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items228".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items229/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item229<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item229Error>>> + 'a {
        into_inner(self.item229_with_response(id))
    }

    /// Like [`Client::item229`], with the response's status and headers.
    pub fn item229_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item229Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items229".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items230/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item230<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item230Error>>> + 'a {
        into_inner(self.item230_with_response(id))
    }

    /// Like [`Client::item230`], with the response's status and headers.
    pub fn item230_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item230Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items230".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items231/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item231<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item231Error>>> + 'a {
        into_inner(self.item231_with_response(id))
    }

    /// Like [`Client::item231`], with the response's status and headers.
    pub fn item231_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item231Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items231".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items232/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item232<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item232Error>>> + 'a {
        into_inner(self.item232_with_response(id))
    }

    /// Like [`Client::item232`], with the response's status and headers.
    pub fn item232_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item232Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items232".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items233/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item233<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item233Error>>> + 'a {
        into_inner(self.item233_with_response(id))
    }

    /// Like [`Client::item233`], with the response's status and headers.
    pub fn item233_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item233Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items233".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items234/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item234<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item234Error>>> + 'a {
        into_inner(self.item234_with_response(id))
    }

    /// Like [`Client::item234`], with the response's status and headers.
    pub fn item234_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item234Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items234".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items235/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item235<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item235Error>>> + 'a {
        into_inner(self.item235_with_response(id))
    }

    /// Like [`Client::item235`], with the response's status and headers.
    pub fn item235_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item235Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items235".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items236/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item236<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item236Error>>> + 'a {
        into_inner(self.item236_with_response(id))
    }

    /// Like [`Client::item236`], with the response's status and headers.
    pub fn item236_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item236Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items236".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items237/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item237<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item237Error>>> + 'a {
        into_inner(self.item237_with_response(id))
    }

    /// Like [`Client::item237`], with the response's status and headers.
    pub fn item237_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item237Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items237".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items238/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item238<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item238Error>>> + 'a {
        into_inner(self.item238_with_response(id))
    }

    /// Like [`Client::item238`], with the response's status and headers.
    pub fn item238_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item238Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items238".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items239/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item239<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item239Error>>> + 'a {
        into_inner(self.item239_with_response(id))
    }

    /// Like [`Client::item239`], with the response's status and headers.
    pub fn item239_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item239Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items239".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items240/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item240<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item240Error>>> + 'a {
        into_inner(self.item240_with_response(id))
    }

    /// Like [`Client::item240`], with the response's status and headers.
    pub fn item240_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item240Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items240".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items241/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item241<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item241Error>>> + 'a {
        into_inner(self.item241_with_response(id))
    }

    /// Like [`Client::item241`], with the response's status and headers.
    pub fn item241_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item241Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items241".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items242/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item242<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item242Error>>> + 'a {
        into_inner(self.item242_with_response(id))
    }

    /// Like [`Client::item242`], with the response's status and headers.
    pub fn item242_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item242Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items242".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items243/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item243<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item243Error>>> + 'a {
        into_inner(self.item243_with_response(id))
    }

    /// Like [`Client::item243`], with the response's status and headers.
    pub fn item243_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item243Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items243".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items244/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item244<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item244Error>>> + 'a {
        into_inner(self.item244_with_response(id))
    }

    /// Like [`Client::item244`], with the response's status and headers.
    pub fn item244_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item244Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items244".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items245/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item245<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item245Error>>> + 'a {
        into_inner(self.item245_with_response(id))
    }

    /// Like [`Client::item245`], with the response's status and headers.
    pub fn item245_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item245Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items245".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items246/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item246<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item246Error>>> + 'a {
        into_inner(self.item246_with_response(id))
    }

    /// Like [`Client::item246`], with the response's status and headers.
    pub fn item246_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item246Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items246".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items247/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item247<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item247Error>>> + 'a {
        into_inner(self.item247_with_response(id))
    }

    /// Like [`Client::item247`], with the response's status and headers.
    pub fn item247_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item247Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items247".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items248/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item248<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item248Error>>> + 'a {
        into_inner(self.item248_with_response(id))
    }

    /// Like [`Client::item248`], with the response's status and headers.
    pub fn item248_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item248Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items248".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items249/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item249<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item249Error>>> + 'a {
        into_inner(self.item249_with_response(id))
    }

    /// Like [`Client::item249`], with the response's status and headers.
    pub fn item249_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item249Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items249".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items250/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item250<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item250Error>>> + 'a {
        into_inner(self.item250_with_response(id))
    }

    /// Like [`Client::item250`], with the response's status and headers.
    pub fn item250_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item250Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items250".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items251/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item251<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item251Error>>> + 'a {
        into_inner(self.item251_with_response(id))
    }

    /// Like [`Client::item251`], with the response's status and headers.
    pub fn item251_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item251Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items251".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items252/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item252<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item252Error>>> + 'a {
        into_inner(self.item252_with_response(id))
    }

    /// Like [`Client::item252`], with the response's status and headers.
    pub fn item252_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item252Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items252".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items253/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item253<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item253Error>>> + 'a {
        into_inner(self.item253_with_response(id))
    }

    /// Like [`Client::item253`], with the response's status and headers.
    pub fn item253_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item253Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items253".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items254/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item254<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item254Error>>> + 'a {
        into_inner(self.item254_with_response(id))
    }

    /// Like [`Client::item254`], with the response's status and headers.
    pub fn item254_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item254Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items254".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items255/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item255<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item255Error>>> + 'a {
        into_inner(self.item255_with_response(id))
    }

    /// Like [`Client::item255`], with the response's status and headers.
    pub fn item255_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item255Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items255".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items256/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item256<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item256Error>>> + 'a {
        into_inner(self.item256_with_response(id))
    }

    /// Like [`Client::item256`], with the response's status and headers.
    pub fn item256_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item256Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items256".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items257/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item257<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item257Error>>> + 'a {
        into_inner(self.item257_with_response(id))
    }

    /// Like [`Client::item257`], with the response's status and headers.
    pub fn item257_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item257Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items257".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items258/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item258<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item258Error>>> + 'a {
        into_inner(self.item258_with_response(id))
    }

    /// Like [`Client::item258`], with the response's status and headers.
    pub fn item258_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item258Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items258".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items259/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item259<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item259Error>>> + 'a {
        into_inner(self.item259_with_response(id))
    }

    /// Like [`Client::item259`], with the response's status and headers.
    pub fn item259_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item259Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items259".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items260/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item260<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item260Error>>> + 'a {
        into_inner(self.item260_with_response(id))
    }

    /// Like [`Client::item260`], with the response's status and headers.
    pub fn item260_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item260Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items260".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items261/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item261<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item261Error>>> + 'a {
        into_inner(self.item261_with_response(id))
    }

    /// Like [`Client::item261`], with the response's status and headers.
    pub fn item261_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item261Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items261".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items262/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item262<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item262Error>>> + 'a {
        into_inner(self.item262_with_response(id))
    }

    /// Like [`Client::item262`], with the response's status and headers.
    pub fn item262_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item262Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items262".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items263/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item263<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item263Error>>> + 'a {
        into_inner(self.item263_with_response(id))
    }

    /// Like [`Client::item263`], with the response's status and headers.
    pub fn item263_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item263Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items263".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items264/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item264<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item264Error>>> + 'a {
        into_inner(self.item264_with_response(id))
    }

    /// Like [`Client::item264`], with the response's status and headers.
    pub fn item264_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item264Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items264".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items265/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item265<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item265Error>>> + 'a {
        into_inner(self.item265_with_response(id))
    }

    /// Like [`Client::item265`], with the response's status and headers.
    pub fn item265_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item265Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items265".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items266/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item266<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item266Error>>> + 'a {
        into_inner(self.item266_with_response(id))
    }

    /// Like [`Client::item266`], with the response's status and headers.
    pub fn item266_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item266Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items266".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items267/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item267<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item267Error>>> + 'a {
        into_inner(self.item267_with_response(id))
    }

    /// Like [`Client::item267`], with the response's status and headers.
    pub fn item267_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item267Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items267".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items268/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item268<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item268Error>>> + 'a {
        into_inner(self.item268_with_response(id))
    }

    /// Like [`Client::item268`], with the response's status and headers.
    pub fn item268_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item268Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items268".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items269/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item269<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item269Error>>> + 'a {
        into_inner(self.item269_with_response(id))
    }

    /// Like [`Client::item269`], with the response's status and headers.
    pub fn item269_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item269Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items269".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items270/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item270<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item270Error>>> + 'a {
        into_inner(self.item270_with_response(id))
    }

    /// Like [`Client::item270`], with the response's status and headers.
    pub fn item270_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item270Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items270".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items271/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item271<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item271Error>>> + 'a {
        into_inner(self.item271_with_response(id))
    }

    /// Like [`Client::item271`], with the response's status and headers.
    pub fn item271_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item271Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items271".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items272/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item272<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item272Error>>> + 'a {
        into_inner(self.item272_with_response(id))
    }

    /// Like [`Client::item272`], with the response's status and headers.
    pub fn item272_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item272Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items272".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items273/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item273<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item273Error>>> + 'a {
        into_inner(self.item273_with_response(id))
    }

    /// Like [`Client::item273`], with the response's status and headers.
    pub fn item273_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item273Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items273".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items274/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item274<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item274Error>>> + 'a {
        into_inner(self.item274_with_response(id))
    }

    /// Like [`Client::item274`], with the response's status and headers.
    pub fn item274_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item274Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items274".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items275/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item275<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item275Error>>> + 'a {
        into_inner(self.item275_with_response(id))
    }

    /// Like [`Client::item275`], with the response's status and headers.
    pub fn item275_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item275Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items275".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items276/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item276<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item276Error>>> + 'a {
        into_inner(self.item276_with_response(id))
    }

    /// Like [`Client::item276`], with the response's status and headers.
    pub fn item276_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item276Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items276".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items277/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item277<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item277Error>>> + 'a {
        into_inner(self.item277_with_response(id))
    }

    /// Like [`Client::item277`], with the response's status and headers.
    pub fn item277_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item277Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items277".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items278/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item278<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item278Error>>> + 'a {
        into_inner(self.item278_with_response(id))
    }

    /// Like [`Client::item278`], with the response's status and headers.
    pub fn item278_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item278Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items278".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items279/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item279<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item279Error>>> + 'a {
        into_inner(self.item279_with_response(id))
    }

    /// Like [`Client::item279`], with the response's status and headers.
    pub fn item279_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item279Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items279".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items280/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item280<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item280Error>>> + 'a {
        into_inner(self.item280_with_response(id))
    }

    /// Like [`Client::item280`], with the response's status and headers.
    pub fn item280_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item280Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items280".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items281/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item281<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item281Error>>> + 'a {
        into_inner(self.item281_with_response(id))
    }

    /// Like [`Client::item281`], with the response's status and headers.
    pub fn item281_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item281Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items281".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items282/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item282<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item282Error>>> + 'a {
        into_inner(self.item282_with_response(id))
    }

    /// Like [`Client::item282`], with the response's status and headers.
    pub fn item282_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item282Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items282".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items283/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item283<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item283Error>>> + 'a {
        into_inner(self.item283_with_response(id))
    }

    /// Like [`Client::item283`], with the response's status and headers.
    pub fn item283_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item283Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items283".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items284/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item284<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item284Error>>> + 'a {
        into_inner(self.item284_with_response(id))
    }

    /// Like [`Client::item284`], with the response's status and headers.
    pub fn item284_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item284Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items284".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items285/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item285<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item285Error>>> + 'a {
        into_inner(self.item285_with_response(id))
    }

    /// Like [`Client::item285`], with the response's status and headers.
    pub fn item285_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item285Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items285".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items286/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item286<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item286Error>>> + 'a {
        into_inner(self.item286_with_response(id))
    }

    /// Like [`Client::item286`], with the response's status and headers.
    pub fn item286_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item286Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items286".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items287/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item287<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item287Error>>> + 'a {
        into_inner(self.item287_with_response(id))
    }

    /// Like [`Client::item287`], with the response's status and headers.
    pub fn item287_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item287Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items287".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items288/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item288<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item288Error>>> + 'a {
        into_inner(self.item288_with_response(id))
    }

    /// Like [`Client::item288`], with the response's status and headers.
    pub fn item288_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item288Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items288".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items289/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item289<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item289Error>>> + 'a {
        into_inner(self.item289_with_response(id))
    }

    /// Like [`Client::item289`], with the response's status and headers.
    pub fn item289_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item289Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items289".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items290/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item290<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item290Error>>> + 'a {
        into_inner(self.item290_with_response(id))
    }

    /// Like [`Client::item290`], with the response's status and headers.
    pub fn item290_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item290Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items290".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items291/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item291<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item291Error>>> + 'a {
        into_inner(self.item291_with_response(id))
    }

    /// Like [`Client::item291`], with the response's status and headers.
    pub fn item291_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item291Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items291".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items292/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item292<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item292Error>>> + 'a {
        into_inner(self.item292_with_response(id))
    }

    /// Like [`Client::item292`], with the response's status and headers.
    pub fn item292_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item292Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items292".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items293/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item293<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item293Error>>> + 'a {
        into_inner(self.item293_with_response(id))
    }

    /// Like [`Client::item293`], with the response's status and headers.
    pub fn item293_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item293Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items293".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items294/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item294<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item294Error>>> + 'a {
        into_inner(self.item294_with_response(id))
    }

    /// Like [`Client::item294`], with the response's status and headers.
    pub fn item294_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item294Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items294".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items295/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item295<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item295Error>>> + 'a {
        into_inner(self.item295_with_response(id))
    }

    /// Like [`Client::item295`], with the response's status and headers.
    pub fn item295_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item295Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items295".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items296/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item296<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item296Error>>> + 'a {
        into_inner(self.item296_with_response(id))
    }

    /// Like [`Client::item296`], with the response's status and headers.
    pub fn item296_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item296Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items296".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items297/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item297<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item297Error>>> + 'a {
        into_inner(self.item297_with_response(id))
    }

    /// Like [`Client::item297`], with the response's status and headers.
    pub fn item297_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item297Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items297".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items298/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item298<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item298Error>>> + 'a {
        into_inner(self.item298_with_response(id))
    }

    /// Like [`Client::item298`], with the response's status and headers.
    pub fn item298_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item298Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items298".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items299/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item299<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item299Error>>> + 'a {
        into_inner(self.item299_with_response(id))
    }

    /// Like [`Client::item299`], with the response's status and headers.
    pub fn item299_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item299Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items299".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items300/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item300<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item300Error>>> + 'a {
        into_inner(self.item300_with_response(id))
    }

    /// Like [`Client::item300`], with the response's status and headers.
    pub fn item300_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item300Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items300".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items301/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item301<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item301Error>>> + 'a {
        into_inner(self.item301_with_response(id))
    }

    /// Like [`Client::item301`], with the response's status and headers.
    pub fn item301_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item301Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items301".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items302/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item302<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item302Error>>> + 'a {
        into_inner(self.item302_with_response(id))
    }

    /// Like [`Client::item302`], with the response's status and headers.
    pub fn item302_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item302Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items302".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items303/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item303<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item303Error>>> + 'a {
        into_inner(self.item303_with_response(id))
    }

    /// Like [`Client::item303`], with the response's status and headers.
    pub fn item303_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item303Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items303".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items304/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item304<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item304Error>>> + 'a {
        into_inner(self.item304_with_response(id))
    }

    /// Like [`Client::item304`], with the response's status and headers.
    pub fn item304_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item304Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items304".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items305/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item305<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item305Error>>> + 'a {
        into_inner(self.item305_with_response(id))
    }

    /// Like [`Client::item305`], with the response's status and headers.
    pub fn item305_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item305Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items305".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items306/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item306<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item306Error>>> + 'a {
        into_inner(self.item306_with_response(id))
    }

    /// Like [`Client::item306`], with the response's status and headers.
    pub fn item306_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item306Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items306".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items307/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item307<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item307Error>>> + 'a {
        into_inner(self.item307_with_response(id))
    }

    /// Like [`Client::item307`], with the response's status and headers.
    pub fn item307_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item307Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items307".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items308/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item308<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item308Error>>> + 'a {
        into_inner(self.item308_with_response(id))
    }

    /// Like [`Client::item308`], with the response's status and headers.
    pub fn item308_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item308Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items308".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items309/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item309<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item309Error>>> + 'a {
        into_inner(self.item309_with_response(id))
    }

    /// Like [`Client::item309`], with the response's status and headers.
    pub fn item309_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item309Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items309".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items310/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item310<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item310Error>>> + 'a {
        into_inner(self.item310_with_response(id))
    }

    /// Like [`Client::item310`], with the response's status and headers.
    pub fn item310_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item310Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items310".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items311/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item311<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item311Error>>> + 'a {
        into_inner(self.item311_with_response(id))
    }

    /// Like [`Client::item311`], with the response's status and headers.
    pub fn item311_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item311Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items311".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items312/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item312<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item312Error>>> + 'a {
        into_inner(self.item312_with_response(id))
    }

    /// Like [`Client::item312`], with the response's status and headers.
    pub fn item312_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item312Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items312".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items313/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item313<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item313Error>>> + 'a {
        into_inner(self.item313_with_response(id))
    }

    /// Like [`Client::item313`], with the response's status and headers.
    pub fn item313_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item313Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items313".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items314/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item314<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item314Error>>> + 'a {
        into_inner(self.item314_with_response(id))
    }

    /// Like [`Client::item314`], with the response's status and headers.
    pub fn item314_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item314Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items314".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items315/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item315<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item315Error>>> + 'a {
        into_inner(self.item315_with_response(id))
    }

    /// Like [`Client::item315`], with the response's status and headers.
    pub fn item315_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item315Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items315".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items316/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item316<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item316Error>>> + 'a {
        into_inner(self.item316_with_response(id))
    }

    /// Like [`Client::item316`], with the response's status and headers.
    pub fn item316_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item316Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items316".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items317/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item317<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item317Error>>> + 'a {
        into_inner(self.item317_with_response(id))
    }

    /// Like [`Client::item317`], with the response's status and headers.
    pub fn item317_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item317Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items317".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items318/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item318<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item318Error>>> + 'a {
        into_inner(self.item318_with_response(id))
    }

    /// Like [`Client::item318`], with the response's status and headers.
    pub fn item318_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item318Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items318".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items319/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item319<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item319Error>>> + 'a {
        into_inner(self.item319_with_response(id))
    }

    /// Like [`Client::item319`], with the response's status and headers.
    pub fn item319_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item319Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items319".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items320/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item320<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item320Error>>> + 'a {
        into_inner(self.item320_with_response(id))
    }

    /// Like [`Client::item320`], with the response's status and headers.
    pub fn item320_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item320Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items320".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items321/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item321<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item321Error>>> + 'a {
        into_inner(self.item321_with_response(id))
    }

    /// Like [`Client::item321`], with the response's status and headers.
    pub fn item321_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item321Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items321".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items322/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item322<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item322Error>>> + 'a {
        into_inner(self.item322_with_response(id))
    }

    /// Like [`Client::item322`], with the response's status and headers.
    pub fn item322_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item322Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items322".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items323/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item323<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item323Error>>> + 'a {
        into_inner(self.item323_with_response(id))
    }

    /// Like [`Client::item323`], with the response's status and headers.
    pub fn item323_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item323Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items323".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items324/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item324<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item324Error>>> + 'a {
        into_inner(self.item324_with_response(id))
    }

    /// Like [`Client::item324`], with the response's status and headers.
    pub fn item324_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item324Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items324".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items325/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item325<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item325Error>>> + 'a {
        into_inner(self.item325_with_response(id))
    }

    /// Like [`Client::item325`], with the response's status and headers.
    pub fn item325_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item325Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items325".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items326/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item326<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item326Error>>> + 'a {
        into_inner(self.item326_with_response(id))
    }

    /// Like [`Client::item326`], with the response's status and headers.
    pub fn item326_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item326Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items326".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items327/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item327<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item327Error>>> + 'a {
        into_inner(self.item327_with_response(id))
    }

    /// Like [`Client::item327`], with the response's status and headers.
    pub fn item327_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item327Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items327".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items328/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item328<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item328Error>>> + 'a {
        into_inner(self.item328_with_response(id))
    }

    /// Like [`Client::item328`], with the response's status and headers.
    pub fn item328_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item328Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items328".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items329/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item329<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item329Error>>> + 'a {
        into_inner(self.item329_with_response(id))
    }

    /// Like [`Client::item329`], with the response's status and headers.
    pub fn item329_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item329Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items329".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items330/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item330<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item330Error>>> + 'a {
        into_inner(self.item330_with_response(id))
    }

    /// Like [`Client::item330`], with the response's status and headers.
    pub fn item330_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item330Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items330".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items331/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item331<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item331Error>>> + 'a {
        into_inner(self.item331_with_response(id))
    }

    /// Like [`Client::item331`], with the response's status and headers.
    pub fn item331_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item331Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items331".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items332/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item332<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item332Error>>> + 'a {
        into_inner(self.item332_with_response(id))
    }

    /// Like [`Client::item332`], with the response's status and headers.
    pub fn item332_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item332Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items332".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items333/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item333<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item333Error>>> + 'a {
        into_inner(self.item333_with_response(id))
    }

    /// Like [`Client::item333`], with the response's status and headers.
    pub fn item333_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item333Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items333".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items334/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item334<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item334Error>>> + 'a {
        into_inner(self.item334_with_response(id))
    }

    /// Like [`Client::item334`], with the response's status and headers.
    pub fn item334_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item334Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items334".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items335/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item335<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item335Error>>> + 'a {
        into_inner(self.item335_with_response(id))
    }

    /// Like [`Client::item335`], with the response's status and headers.
    pub fn item335_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item335Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items335".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items336/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item336<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item336Error>>> + 'a {
        into_inner(self.item336_with_response(id))
    }

    /// Like [`Client::item336`], with the response's status and headers.
    pub fn item336_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item336Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items336".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items337/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item337<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item337Error>>> + 'a {
        into_inner(self.item337_with_response(id))
    }

    /// Like [`Client::item337`], with the response's status and headers.
    pub fn item337_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item337Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items337".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items338/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item338<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item338Error>>> + 'a {
        into_inner(self.item338_with_response(id))
    }

    /// Like [`Client::item338`], with the response's status and headers.
    pub fn item338_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item338Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items338".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items339/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item339<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item339Error>>> + 'a {
        into_inner(self.item339_with_response(id))
    }

    /// Like [`Client::item339`], with the response's status and headers.
    pub fn item339_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item339Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items339".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items340/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item340<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item340Error>>> + 'a {
        into_inner(self.item340_with_response(id))
    }

    /// Like [`Client::item340`], with the response's status and headers.
    pub fn item340_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item340Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items340".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items341/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item341<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item341Error>>> + 'a {
        into_inner(self.item341_with_response(id))
    }

    /// Like [`Client::item341`], with the response's status and headers.
    pub fn item341_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item341Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items341".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items342/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item342<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item342Error>>> + 'a {
        into_inner(self.item342_with_response(id))
    }

    /// Like [`Client::item342`], with the response's status and headers.
    pub fn item342_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item342Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items342".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items343/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item343<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item343Error>>> + 'a {
        into_inner(self.item343_with_response(id))
    }

    /// Like [`Client::item343`], with the response's status and headers.
    pub fn item343_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item343Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items343".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items344/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item344<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item344Error>>> + 'a {
        into_inner(self.item344_with_response(id))
    }

    /// Like [`Client::item344`], with the response's status and headers.
    pub fn item344_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item344Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items344".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items345/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item345<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item345Error>>> + 'a {
        into_inner(self.item345_with_response(id))
    }

    /// Like [`Client::item345`], with the response's status and headers.
    pub fn item345_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item345Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items345".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items346/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item346<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item346Error>>> + 'a {
        into_inner(self.item346_with_response(id))
    }

    /// Like [`Client::item346`], with the response's status and headers.
    pub fn item346_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item346Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items346".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items347/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item347<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item347Error>>> + 'a {
        into_inner(self.item347_with_response(id))
    }

    /// Like [`Client::item347`], with the response's status and headers.
    pub fn item347_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item347Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items347".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items348/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item348<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item348Error>>> + 'a {
        into_inner(self.item348_with_response(id))
    }

    /// Like [`Client::item348`], with the response's status and headers.
    pub fn item348_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item348Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items348".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items349/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item349<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item349Error>>> + 'a {
        into_inner(self.item349_with_response(id))
    }

    /// Like [`Client::item349`], with the response's status and headers.
    pub fn item349_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item349Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items349".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items350/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item350<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item350Error>>> + 'a {
        into_inner(self.item350_with_response(id))
    }

    /// Like [`Client::item350`], with the response's status and headers.
    pub fn item350_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item350Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items350".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items351/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item351<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item351Error>>> + 'a {
        into_inner(self.item351_with_response(id))
    }

    /// Like [`Client::item351`], with the response's status and headers.
    pub fn item351_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item351Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items351".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items352/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item352<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item352Error>>> + 'a {
        into_inner(self.item352_with_response(id))
    }

    /// Like [`Client::item352`], with the response's status and headers.
    pub fn item352_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item352Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items352".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items353/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item353<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item353Error>>> + 'a {
        into_inner(self.item353_with_response(id))
    }

    /// Like [`Client::item353`], with the response's status and headers.
    pub fn item353_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item353Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items353".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items354/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item354<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item354Error>>> + 'a {
        into_inner(self.item354_with_response(id))
    }

    /// Like [`Client::item354`], with the response's status and headers.
    pub fn item354_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item354Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items354".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items355/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item355<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item355Error>>> + 'a {
        into_inner(self.item355_with_response(id))
    }

    /// Like [`Client::item355`], with the response's status and headers.
    pub fn item355_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item355Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items355".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items356/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item356<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item356Error>>> + 'a {
        into_inner(self.item356_with_response(id))
    }

    /// Like [`Client::item356`], with the response's status and headers.
    pub fn item356_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item356Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items356".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items357/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item357<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item357Error>>> + 'a {
        into_inner(self.item357_with_response(id))
    }

    /// Like [`Client::item357`], with the response's status and headers.
    pub fn item357_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item357Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items357".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items358/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item358<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item358Error>>> + 'a {
        into_inner(self.item358_with_response(id))
    }

    /// Like [`Client::item358`], with the response's status and headers.
    pub fn item358_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item358Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items358".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items359/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item359<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item359Error>>> + 'a {
        into_inner(self.item359_with_response(id))
    }

    /// Like [`Client::item359`], with the response's status and headers.
    pub fn item359_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item359Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items359".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items360/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item360<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item360Error>>> + 'a {
        into_inner(self.item360_with_response(id))
    }

    /// Like [`Client::item360`], with the response's status and headers.
    pub fn item360_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item360Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items360".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items361/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item361<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item361Error>>> + 'a {
        into_inner(self.item361_with_response(id))
    }

    /// Like [`Client::item361`], with the response's status and headers.
    pub fn item361_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item361Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items361".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items362/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item362<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item362Error>>> + 'a {
        into_inner(self.item362_with_response(id))
    }

    /// Like [`Client::item362`], with the response's status and headers.
    pub fn item362_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item362Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items362".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items363/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item363<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item363Error>>> + 'a {
        into_inner(self.item363_with_response(id))
    }

    /// Like [`Client::item363`], with the response's status and headers.
    pub fn item363_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item363Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items363".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items364/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item364<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item364Error>>> + 'a {
        into_inner(self.item364_with_response(id))
    }

    /// Like [`Client::item364`], with the response's status and headers.
    pub fn item364_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item364Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items364".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items365/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item365<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item365Error>>> + 'a {
        into_inner(self.item365_with_response(id))
    }

    /// Like [`Client::item365`], with the response's status and headers.
    pub fn item365_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item365Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items365".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items366/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item366<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item366Error>>> + 'a {
        into_inner(self.item366_with_response(id))
    }

    /// Like [`Client::item366`], with the response's status and headers.
    pub fn item366_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item366Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items366".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items367/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item367<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item367Error>>> + 'a {
        into_inner(self.item367_with_response(id))
    }

    /// Like [`Client::item367`], with the response's status and headers.
    pub fn item367_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item367Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items367".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items368/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item368<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item368Error>>> + 'a {
        into_inner(self.item368_with_response(id))
    }

    /// Like [`Client::item368`], with the response's status and headers.
    pub fn item368_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item368Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items368".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items369/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item369<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item369Error>>> + 'a {
        into_inner(self.item369_with_response(id))
    }

    /// Like [`Client::item369`], with the response's status and headers.
    pub fn item369_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item369Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items369".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items370/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item370<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item370Error>>> + 'a {
        into_inner(self.item370_with_response(id))
    }

    /// Like [`Client::item370`], with the response's status and headers.
    pub fn item370_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item370Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items370".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items371/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item371<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item371Error>>> + 'a {
        into_inner(self.item371_with_response(id))
    }

    /// Like [`Client::item371`], with the response's status and headers.
    pub fn item371_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item371Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items371".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items372/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item372<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item372Error>>> + 'a {
        into_inner(self.item372_with_response(id))
    }

    /// Like [`Client::item372`], with the response's status and headers.
    pub fn item372_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item372Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items372".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items373/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item373<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item373Error>>> + 'a {
        into_inner(self.item373_with_response(id))
    }

    /// Like [`Client::item373`], with the response's status and headers.
    pub fn item373_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item373Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items373".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items374/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item374<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item374Error>>> + 'a {
        into_inner(self.item374_with_response(id))
    }

    /// Like [`Client::item374`], with the response's status and headers.
    pub fn item374_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item374Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items374".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items375/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item375<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item375Error>>> + 'a {
        into_inner(self.item375_with_response(id))
    }

    /// Like [`Client::item375`], with the response's status and headers.
    pub fn item375_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item375Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items375".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items376/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item376<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item376Error>>> + 'a {
        into_inner(self.item376_with_response(id))
    }

    /// Like [`Client::item376`], with the response's status and headers.
    pub fn item376_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item376Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items376".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items377/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item377<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item377Error>>> + 'a {
        into_inner(self.item377_with_response(id))
    }

    /// Like [`Client::item377`], with the response's status and headers.
    pub fn item377_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item377Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items377".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items378/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item378<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item378Error>>> + 'a {
        into_inner(self.item378_with_response(id))
    }

    /// Like [`Client::item378`], with the response's status and headers.
    pub fn item378_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item378Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items378".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items379/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item379<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item379Error>>> + 'a {
        into_inner(self.item379_with_response(id))
    }

    /// Like [`Client::item379`], with the response's status and headers.
    pub fn item379_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item379Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items379".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items380/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item380<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item380Error>>> + 'a {
        into_inner(self.item380_with_response(id))
    }

    /// Like [`Client::item380`], with the response's status and headers.
    pub fn item380_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item380Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items380".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items381/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item381<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item381Error>>> + 'a {
        into_inner(self.item381_with_response(id))
    }

    /// Like [`Client::item381`], with the response's status and headers.
    pub fn item381_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item381Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items381".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items382/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item382<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item382Error>>> + 'a {
        into_inner(self.item382_with_response(id))
    }

    /// Like [`Client::item382`], with the response's status and headers.
    pub fn item382_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item382Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items382".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items383/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item383<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item383Error>>> + 'a {
        into_inner(self.item383_with_response(id))
    }

    /// Like [`Client::item383`], with the response's status and headers.
    pub fn item383_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item383Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items383".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items384/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item384<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item384Error>>> + 'a {
        into_inner(self.item384_with_response(id))
    }

    /// Like [`Client::item384`], with the response's status and headers.
    pub fn item384_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item384Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items384".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items385/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item385<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item385Error>>> + 'a {
        into_inner(self.item385_with_response(id))
    }

    /// Like [`Client::item385`], with the response's status and headers.
    pub fn item385_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item385Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items385".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items386/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item386<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item386Error>>> + 'a {
        into_inner(self.item386_with_response(id))
    }

    /// Like [`Client::item386`], with the response's status and headers.
    pub fn item386_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item386Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items386".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items387/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item387<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item387Error>>> + 'a {
        into_inner(self.item387_with_response(id))
    }

    /// Like [`Client::item387`], with the response's status and headers.
    pub fn item387_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item387Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items387".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items388/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item388<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item388Error>>> + 'a {
        into_inner(self.item388_with_response(id))
    }

    /// Like [`Client::item388`], with the response's status and headers.
    pub fn item388_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item388Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items388".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items389/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item389<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item389Error>>> + 'a {
        into_inner(self.item389_with_response(id))
    }

    /// Like [`Client::item389`], with the response's status and headers.
    pub fn item389_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item389Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items389".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items390/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item390<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item390Error>>> + 'a {
        into_inner(self.item390_with_response(id))
    }

    /// Like [`Client::item390`], with the response's status and headers.
    pub fn item390_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item390Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items390".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items391/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item391<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item391Error>>> + 'a {
        into_inner(self.item391_with_response(id))
    }

    /// Like [`Client::item391`], with the response's status and headers.
    pub fn item391_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item391Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items391".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items392/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item392<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item392Error>>> + 'a {
        into_inner(self.item392_with_response(id))
    }

    /// Like [`Client::item392`], with the response's status and headers.
    pub fn item392_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item392Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items392".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items393/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item393<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item393Error>>> + 'a {
        into_inner(self.item393_with_response(id))
    }

    /// Like [`Client::item393`], with the response's status and headers.
    pub fn item393_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item393Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items393".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items394/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item394<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item394Error>>> + 'a {
        into_inner(self.item394_with_response(id))
    }

    /// Like [`Client::item394`], with the response's status and headers.
    pub fn item394_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item394Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items394".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items395/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item395<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item395Error>>> + 'a {
        into_inner(self.item395_with_response(id))
    }

    /// Like [`Client::item395`], with the response's status and headers.
    pub fn item395_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item395Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items395".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items396/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item396<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item396Error>>> + 'a {
        into_inner(self.item396_with_response(id))
    }

    /// Like [`Client::item396`], with the response's status and headers.
    pub fn item396_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item396Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items396".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items397/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item397<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item397Error>>> + 'a {
        into_inner(self.item397_with_response(id))
    }

    /// Like [`Client::item397`], with the response's status and headers.
    pub fn item397_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item397Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items397".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items398/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item398<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item398Error>>> + 'a {
        into_inner(self.item398_with_response(id))
    }

    /// Like [`Client::item398`], with the response's status and headers.
    pub fn item398_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item398Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items398".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items399/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item399<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item399Error>>> + 'a {
        into_inner(self.item399_with_response(id))
    }

    /// Like [`Client::item399`], with the response's status and headers.
    pub fn item399_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item399Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items399".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items400/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item400<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item400Error>>> + 'a {
        into_inner(self.item400_with_response(id))
    }

    /// Like [`Client::item400`], with the response's status and headers.
    pub fn item400_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item400Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items400".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items401/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item401<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item401Error>>> + 'a {
        into_inner(self.item401_with_response(id))
    }

    /// Like [`Client::item401`], with the response's status and headers.
    pub fn item401_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item401Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items401".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items402/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item402<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item402Error>>> + 'a {
        into_inner(self.item402_with_response(id))
    }

    /// Like [`Client::item402`], with the response's status and headers.
    pub fn item402_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item402Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items402".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items403/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item403<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item403Error>>> + 'a {
        into_inner(self.item403_with_response(id))
    }

    /// Like [`Client::item403`], with the response's status and headers.
    pub fn item403_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item403Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items403".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items404/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item404<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item404Error>>> + 'a {
        into_inner(self.item404_with_response(id))
    }

    /// Like [`Client::item404`], with the response's status and headers.
    pub fn item404_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item404Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items404".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items405/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item405<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item405Error>>> + 'a {
        into_inner(self.item405_with_response(id))
    }

    /// Like [`Client::item405`], with the response's status and headers.
    pub fn item405_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item405Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items405".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items406/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item406<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item406Error>>> + 'a {
        into_inner(self.item406_with_response(id))
    }

    /// Like [`Client::item406`], with the response's status and headers.
    pub fn item406_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item406Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items406".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items407/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item407<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item407Error>>> + 'a {
        into_inner(self.item407_with_response(id))
    }

    /// Like [`Client::item407`], with the response's status and headers.
    pub fn item407_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item407Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items407".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items408/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item408<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item408Error>>> + 'a {
        into_inner(self.item408_with_response(id))
    }

    /// Like [`Client::item408`], with the response's status and headers.
    pub fn item408_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item408Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items408".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items409/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item409<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item409Error>>> + 'a {
        into_inner(self.item409_with_response(id))
    }

    /// Like [`Client::item409`], with the response's status and headers.
    pub fn item409_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item409Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items409".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }

    /// `GET /items410/{id}`
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn item410<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<Output = Result<Echo, Error<Item410Error>>> + 'a {
        into_inner(self.item410_with_response(id))
    }

    /// Like [`Client::item410`], with the response's status and headers.
    pub fn item410_with_response<'a>(
        &'a self,
        id: &'a str,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<Echo>, Error<Item410Error>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["items410".to_owned(), id.to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |status, response_headers, body| match status {
                200 => decode(status, response_headers, body),
                _ => {
                    Err(Error::UnexpectedStatus {
                        status,
                        headers: Box::new(response_headers.clone()),
                        body,
                    })
                }
            },
        )
    }
}

/// Error responses `item001` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item001Error {}
impl Item001Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item001Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item001Error {}
impl ApiError for Item001Error {
    fn status(&self) -> u16 {
        Item001Error::status(self)
    }
}

/// Error responses `item002` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item002Error {}
impl Item002Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item002Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item002Error {}
impl ApiError for Item002Error {
    fn status(&self) -> u16 {
        Item002Error::status(self)
    }
}

/// Error responses `item003` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item003Error {}
impl Item003Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item003Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item003Error {}
impl ApiError for Item003Error {
    fn status(&self) -> u16 {
        Item003Error::status(self)
    }
}

/// Error responses `item004` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item004Error {}
impl Item004Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item004Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item004Error {}
impl ApiError for Item004Error {
    fn status(&self) -> u16 {
        Item004Error::status(self)
    }
}

/// Error responses `item005` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item005Error {}
impl Item005Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item005Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item005Error {}
impl ApiError for Item005Error {
    fn status(&self) -> u16 {
        Item005Error::status(self)
    }
}

/// Error responses `item006` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item006Error {}
impl Item006Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item006Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item006Error {}
impl ApiError for Item006Error {
    fn status(&self) -> u16 {
        Item006Error::status(self)
    }
}

/// Error responses `item007` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item007Error {}
impl Item007Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item007Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item007Error {}
impl ApiError for Item007Error {
    fn status(&self) -> u16 {
        Item007Error::status(self)
    }
}

/// Error responses `item008` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item008Error {}
impl Item008Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item008Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item008Error {}
impl ApiError for Item008Error {
    fn status(&self) -> u16 {
        Item008Error::status(self)
    }
}

/// Error responses `item009` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item009Error {}
impl Item009Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item009Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item009Error {}
impl ApiError for Item009Error {
    fn status(&self) -> u16 {
        Item009Error::status(self)
    }
}

/// Error responses `item010` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item010Error {}
impl Item010Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item010Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item010Error {}
impl ApiError for Item010Error {
    fn status(&self) -> u16 {
        Item010Error::status(self)
    }
}

/// Error responses `item011` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item011Error {}
impl Item011Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item011Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item011Error {}
impl ApiError for Item011Error {
    fn status(&self) -> u16 {
        Item011Error::status(self)
    }
}

/// Error responses `item012` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item012Error {}
impl Item012Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item012Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item012Error {}
impl ApiError for Item012Error {
    fn status(&self) -> u16 {
        Item012Error::status(self)
    }
}

/// Error responses `item013` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item013Error {}
impl Item013Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item013Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item013Error {}
impl ApiError for Item013Error {
    fn status(&self) -> u16 {
        Item013Error::status(self)
    }
}

/// Error responses `item014` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item014Error {}
impl Item014Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item014Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item014Error {}
impl ApiError for Item014Error {
    fn status(&self) -> u16 {
        Item014Error::status(self)
    }
}

/// Error responses `item015` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item015Error {}
impl Item015Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item015Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item015Error {}
impl ApiError for Item015Error {
    fn status(&self) -> u16 {
        Item015Error::status(self)
    }
}

/// Error responses `item016` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item016Error {}
impl Item016Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item016Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item016Error {}
impl ApiError for Item016Error {
    fn status(&self) -> u16 {
        Item016Error::status(self)
    }
}

/// Error responses `item017` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item017Error {}
impl Item017Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item017Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item017Error {}
impl ApiError for Item017Error {
    fn status(&self) -> u16 {
        Item017Error::status(self)
    }
}

/// Error responses `item018` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item018Error {}
impl Item018Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item018Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item018Error {}
impl ApiError for Item018Error {
    fn status(&self) -> u16 {
        Item018Error::status(self)
    }
}

/// Error responses `item019` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item019Error {}
impl Item019Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item019Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item019Error {}
impl ApiError for Item019Error {
    fn status(&self) -> u16 {
        Item019Error::status(self)
    }
}

/// Error responses `item020` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item020Error {}
impl Item020Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item020Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item020Error {}
impl ApiError for Item020Error {
    fn status(&self) -> u16 {
        Item020Error::status(self)
    }
}

/// Error responses `item021` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item021Error {}
impl Item021Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item021Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item021Error {}
impl ApiError for Item021Error {
    fn status(&self) -> u16 {
        Item021Error::status(self)
    }
}

/// Error responses `item022` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item022Error {}
impl Item022Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item022Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item022Error {}
impl ApiError for Item022Error {
    fn status(&self) -> u16 {
        Item022Error::status(self)
    }
}

/// Error responses `item023` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item023Error {}
impl Item023Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item023Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item023Error {}
impl ApiError for Item023Error {
    fn status(&self) -> u16 {
        Item023Error::status(self)
    }
}

/// Error responses `item024` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item024Error {}
impl Item024Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item024Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item024Error {}
impl ApiError for Item024Error {
    fn status(&self) -> u16 {
        Item024Error::status(self)
    }
}

/// Error responses `item025` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item025Error {}
impl Item025Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item025Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item025Error {}
impl ApiError for Item025Error {
    fn status(&self) -> u16 {
        Item025Error::status(self)
    }
}

/// Error responses `item026` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item026Error {}
impl Item026Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item026Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item026Error {}
impl ApiError for Item026Error {
    fn status(&self) -> u16 {
        Item026Error::status(self)
    }
}

/// Error responses `item027` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item027Error {}
impl Item027Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item027Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item027Error {}
impl ApiError for Item027Error {
    fn status(&self) -> u16 {
        Item027Error::status(self)
    }
}

/// Error responses `item028` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item028Error {}
impl Item028Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item028Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item028Error {}
impl ApiError for Item028Error {
    fn status(&self) -> u16 {
        Item028Error::status(self)
    }
}

/// Error responses `item029` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item029Error {}
impl Item029Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item029Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item029Error {}
impl ApiError for Item029Error {
    fn status(&self) -> u16 {
        Item029Error::status(self)
    }
}

/// Error responses `item030` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item030Error {}
impl Item030Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item030Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item030Error {}
impl ApiError for Item030Error {
    fn status(&self) -> u16 {
        Item030Error::status(self)
    }
}

/// Error responses `item031` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item031Error {}
impl Item031Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item031Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item031Error {}
impl ApiError for Item031Error {
    fn status(&self) -> u16 {
        Item031Error::status(self)
    }
}

/// Error responses `item032` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item032Error {}
impl Item032Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item032Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item032Error {}
impl ApiError for Item032Error {
    fn status(&self) -> u16 {
        Item032Error::status(self)
    }
}

/// Error responses `item033` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item033Error {}
impl Item033Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item033Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item033Error {}
impl ApiError for Item033Error {
    fn status(&self) -> u16 {
        Item033Error::status(self)
    }
}

/// Error responses `item034` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item034Error {}
impl Item034Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item034Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item034Error {}
impl ApiError for Item034Error {
    fn status(&self) -> u16 {
        Item034Error::status(self)
    }
}

/// Error responses `item035` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item035Error {}
impl Item035Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item035Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item035Error {}
impl ApiError for Item035Error {
    fn status(&self) -> u16 {
        Item035Error::status(self)
    }
}

/// Error responses `item036` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item036Error {}
impl Item036Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item036Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item036Error {}
impl ApiError for Item036Error {
    fn status(&self) -> u16 {
        Item036Error::status(self)
    }
}

/// Error responses `item037` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item037Error {}
impl Item037Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item037Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item037Error {}
impl ApiError for Item037Error {
    fn status(&self) -> u16 {
        Item037Error::status(self)
    }
}

/// Error responses `item038` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item038Error {}
impl Item038Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item038Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item038Error {}
impl ApiError for Item038Error {
    fn status(&self) -> u16 {
        Item038Error::status(self)
    }
}

/// Error responses `item039` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item039Error {}
impl Item039Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item039Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item039Error {}
impl ApiError for Item039Error {
    fn status(&self) -> u16 {
        Item039Error::status(self)
    }
}

/// Error responses `item040` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item040Error {}
impl Item040Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item040Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item040Error {}
impl ApiError for Item040Error {
    fn status(&self) -> u16 {
        Item040Error::status(self)
    }
}

/// Error responses `item041` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item041Error {}
impl Item041Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item041Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item041Error {}
impl ApiError for Item041Error {
    fn status(&self) -> u16 {
        Item041Error::status(self)
    }
}

/// Error responses `item042` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item042Error {}
impl Item042Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item042Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item042Error {}
impl ApiError for Item042Error {
    fn status(&self) -> u16 {
        Item042Error::status(self)
    }
}

/// Error responses `item043` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item043Error {}
impl Item043Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item043Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item043Error {}
impl ApiError for Item043Error {
    fn status(&self) -> u16 {
        Item043Error::status(self)
    }
}

/// Error responses `item044` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item044Error {}
impl Item044Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item044Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item044Error {}
impl ApiError for Item044Error {
    fn status(&self) -> u16 {
        Item044Error::status(self)
    }
}

/// Error responses `item045` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item045Error {}
impl Item045Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item045Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item045Error {}
impl ApiError for Item045Error {
    fn status(&self) -> u16 {
        Item045Error::status(self)
    }
}

/// Error responses `item046` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item046Error {}
impl Item046Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item046Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item046Error {}
impl ApiError for Item046Error {
    fn status(&self) -> u16 {
        Item046Error::status(self)
    }
}

/// Error responses `item047` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item047Error {}
impl Item047Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item047Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item047Error {}
impl ApiError for Item047Error {
    fn status(&self) -> u16 {
        Item047Error::status(self)
    }
}

/// Error responses `item048` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item048Error {}
impl Item048Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item048Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item048Error {}
impl ApiError for Item048Error {
    fn status(&self) -> u16 {
        Item048Error::status(self)
    }
}

/// Error responses `item049` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item049Error {}
impl Item049Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item049Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item049Error {}
impl ApiError for Item049Error {
    fn status(&self) -> u16 {
        Item049Error::status(self)
    }
}

/// Error responses `item050` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item050Error {}
impl Item050Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item050Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item050Error {}
impl ApiError for Item050Error {
    fn status(&self) -> u16 {
        Item050Error::status(self)
    }
}

/// Error responses `item051` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item051Error {}
impl Item051Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item051Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item051Error {}
impl ApiError for Item051Error {
    fn status(&self) -> u16 {
        Item051Error::status(self)
    }
}

/// Error responses `item052` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item052Error {}
impl Item052Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item052Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item052Error {}
impl ApiError for Item052Error {
    fn status(&self) -> u16 {
        Item052Error::status(self)
    }
}

/// Error responses `item053` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item053Error {}
impl Item053Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item053Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item053Error {}
impl ApiError for Item053Error {
    fn status(&self) -> u16 {
        Item053Error::status(self)
    }
}

/// Error responses `item054` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item054Error {}
impl Item054Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item054Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item054Error {}
impl ApiError for Item054Error {
    fn status(&self) -> u16 {
        Item054Error::status(self)
    }
}

/// Error responses `item055` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item055Error {}
impl Item055Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item055Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item055Error {}
impl ApiError for Item055Error {
    fn status(&self) -> u16 {
        Item055Error::status(self)
    }
}

/// Error responses `item056` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item056Error {}
impl Item056Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item056Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item056Error {}
impl ApiError for Item056Error {
    fn status(&self) -> u16 {
        Item056Error::status(self)
    }
}

/// Error responses `item057` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item057Error {}
impl Item057Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item057Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item057Error {}
impl ApiError for Item057Error {
    fn status(&self) -> u16 {
        Item057Error::status(self)
    }
}

/// Error responses `item058` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item058Error {}
impl Item058Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item058Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item058Error {}
impl ApiError for Item058Error {
    fn status(&self) -> u16 {
        Item058Error::status(self)
    }
}

/// Error responses `item059` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item059Error {}
impl Item059Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item059Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item059Error {}
impl ApiError for Item059Error {
    fn status(&self) -> u16 {
        Item059Error::status(self)
    }
}

/// Error responses `item060` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item060Error {}
impl Item060Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item060Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item060Error {}
impl ApiError for Item060Error {
    fn status(&self) -> u16 {
        Item060Error::status(self)
    }
}

/// Error responses `item061` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item061Error {}
impl Item061Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item061Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item061Error {}
impl ApiError for Item061Error {
    fn status(&self) -> u16 {
        Item061Error::status(self)
    }
}

/// Error responses `item062` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item062Error {}
impl Item062Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item062Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item062Error {}
impl ApiError for Item062Error {
    fn status(&self) -> u16 {
        Item062Error::status(self)
    }
}

/// Error responses `item063` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item063Error {}
impl Item063Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item063Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item063Error {}
impl ApiError for Item063Error {
    fn status(&self) -> u16 {
        Item063Error::status(self)
    }
}

/// Error responses `item064` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item064Error {}
impl Item064Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item064Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item064Error {}
impl ApiError for Item064Error {
    fn status(&self) -> u16 {
        Item064Error::status(self)
    }
}

/// Error responses `item065` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item065Error {}
impl Item065Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item065Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item065Error {}
impl ApiError for Item065Error {
    fn status(&self) -> u16 {
        Item065Error::status(self)
    }
}

/// Error responses `item066` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item066Error {}
impl Item066Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item066Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item066Error {}
impl ApiError for Item066Error {
    fn status(&self) -> u16 {
        Item066Error::status(self)
    }
}

/// Error responses `item067` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item067Error {}
impl Item067Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item067Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item067Error {}
impl ApiError for Item067Error {
    fn status(&self) -> u16 {
        Item067Error::status(self)
    }
}

/// Error responses `item068` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item068Error {}
impl Item068Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item068Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item068Error {}
impl ApiError for Item068Error {
    fn status(&self) -> u16 {
        Item068Error::status(self)
    }
}

/// Error responses `item069` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item069Error {}
impl Item069Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item069Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item069Error {}
impl ApiError for Item069Error {
    fn status(&self) -> u16 {
        Item069Error::status(self)
    }
}

/// Error responses `item070` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item070Error {}
impl Item070Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item070Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item070Error {}
impl ApiError for Item070Error {
    fn status(&self) -> u16 {
        Item070Error::status(self)
    }
}

/// Error responses `item071` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item071Error {}
impl Item071Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item071Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item071Error {}
impl ApiError for Item071Error {
    fn status(&self) -> u16 {
        Item071Error::status(self)
    }
}

/// Error responses `item072` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item072Error {}
impl Item072Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item072Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item072Error {}
impl ApiError for Item072Error {
    fn status(&self) -> u16 {
        Item072Error::status(self)
    }
}

/// Error responses `item073` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item073Error {}
impl Item073Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item073Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item073Error {}
impl ApiError for Item073Error {
    fn status(&self) -> u16 {
        Item073Error::status(self)
    }
}

/// Error responses `item074` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item074Error {}
impl Item074Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item074Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item074Error {}
impl ApiError for Item074Error {
    fn status(&self) -> u16 {
        Item074Error::status(self)
    }
}

/// Error responses `item075` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item075Error {}
impl Item075Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item075Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item075Error {}
impl ApiError for Item075Error {
    fn status(&self) -> u16 {
        Item075Error::status(self)
    }
}

/// Error responses `item076` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item076Error {}
impl Item076Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item076Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item076Error {}
impl ApiError for Item076Error {
    fn status(&self) -> u16 {
        Item076Error::status(self)
    }
}

/// Error responses `item077` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item077Error {}
impl Item077Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item077Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item077Error {}
impl ApiError for Item077Error {
    fn status(&self) -> u16 {
        Item077Error::status(self)
    }
}

/// Error responses `item078` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item078Error {}
impl Item078Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item078Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item078Error {}
impl ApiError for Item078Error {
    fn status(&self) -> u16 {
        Item078Error::status(self)
    }
}

/// Error responses `item079` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item079Error {}
impl Item079Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item079Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item079Error {}
impl ApiError for Item079Error {
    fn status(&self) -> u16 {
        Item079Error::status(self)
    }
}

/// Error responses `item080` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item080Error {}
impl Item080Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item080Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item080Error {}
impl ApiError for Item080Error {
    fn status(&self) -> u16 {
        Item080Error::status(self)
    }
}

/// Error responses `item081` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item081Error {}
impl Item081Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item081Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item081Error {}
impl ApiError for Item081Error {
    fn status(&self) -> u16 {
        Item081Error::status(self)
    }
}

/// Error responses `item082` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item082Error {}
impl Item082Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item082Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item082Error {}
impl ApiError for Item082Error {
    fn status(&self) -> u16 {
        Item082Error::status(self)
    }
}

/// Error responses `item083` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item083Error {}
impl Item083Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item083Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item083Error {}
impl ApiError for Item083Error {
    fn status(&self) -> u16 {
        Item083Error::status(self)
    }
}

/// Error responses `item084` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item084Error {}
impl Item084Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item084Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item084Error {}
impl ApiError for Item084Error {
    fn status(&self) -> u16 {
        Item084Error::status(self)
    }
}

/// Error responses `item085` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item085Error {}
impl Item085Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item085Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item085Error {}
impl ApiError for Item085Error {
    fn status(&self) -> u16 {
        Item085Error::status(self)
    }
}

/// Error responses `item086` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item086Error {}
impl Item086Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item086Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item086Error {}
impl ApiError for Item086Error {
    fn status(&self) -> u16 {
        Item086Error::status(self)
    }
}

/// Error responses `item087` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item087Error {}
impl Item087Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item087Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item087Error {}
impl ApiError for Item087Error {
    fn status(&self) -> u16 {
        Item087Error::status(self)
    }
}

/// Error responses `item088` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item088Error {}
impl Item088Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item088Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item088Error {}
impl ApiError for Item088Error {
    fn status(&self) -> u16 {
        Item088Error::status(self)
    }
}

/// Error responses `item089` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item089Error {}
impl Item089Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item089Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item089Error {}
impl ApiError for Item089Error {
    fn status(&self) -> u16 {
        Item089Error::status(self)
    }
}

/// Error responses `item090` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item090Error {}
impl Item090Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item090Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item090Error {}
impl ApiError for Item090Error {
    fn status(&self) -> u16 {
        Item090Error::status(self)
    }
}

/// Error responses `item091` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item091Error {}
impl Item091Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item091Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item091Error {}
impl ApiError for Item091Error {
    fn status(&self) -> u16 {
        Item091Error::status(self)
    }
}

/// Error responses `item092` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item092Error {}
impl Item092Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item092Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item092Error {}
impl ApiError for Item092Error {
    fn status(&self) -> u16 {
        Item092Error::status(self)
    }
}

/// Error responses `item093` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item093Error {}
impl Item093Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item093Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item093Error {}
impl ApiError for Item093Error {
    fn status(&self) -> u16 {
        Item093Error::status(self)
    }
}

/// Error responses `item094` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item094Error {}
impl Item094Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item094Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item094Error {}
impl ApiError for Item094Error {
    fn status(&self) -> u16 {
        Item094Error::status(self)
    }
}

/// Error responses `item095` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item095Error {}
impl Item095Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item095Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item095Error {}
impl ApiError for Item095Error {
    fn status(&self) -> u16 {
        Item095Error::status(self)
    }
}

/// Error responses `item096` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item096Error {}
impl Item096Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item096Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item096Error {}
impl ApiError for Item096Error {
    fn status(&self) -> u16 {
        Item096Error::status(self)
    }
}

/// Error responses `item097` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item097Error {}
impl Item097Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item097Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item097Error {}
impl ApiError for Item097Error {
    fn status(&self) -> u16 {
        Item097Error::status(self)
    }
}

/// Error responses `item098` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item098Error {}
impl Item098Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item098Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item098Error {}
impl ApiError for Item098Error {
    fn status(&self) -> u16 {
        Item098Error::status(self)
    }
}

/// Error responses `item099` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item099Error {}
impl Item099Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item099Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item099Error {}
impl ApiError for Item099Error {
    fn status(&self) -> u16 {
        Item099Error::status(self)
    }
}

/// Error responses `item100` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item100Error {}
impl Item100Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item100Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item100Error {}
impl ApiError for Item100Error {
    fn status(&self) -> u16 {
        Item100Error::status(self)
    }
}

/// Error responses `item101` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item101Error {}
impl Item101Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item101Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item101Error {}
impl ApiError for Item101Error {
    fn status(&self) -> u16 {
        Item101Error::status(self)
    }
}

/// Error responses `item102` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item102Error {}
impl Item102Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item102Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item102Error {}
impl ApiError for Item102Error {
    fn status(&self) -> u16 {
        Item102Error::status(self)
    }
}

/// Error responses `item103` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item103Error {}
impl Item103Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item103Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item103Error {}
impl ApiError for Item103Error {
    fn status(&self) -> u16 {
        Item103Error::status(self)
    }
}

/// Error responses `item104` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item104Error {}
impl Item104Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item104Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item104Error {}
impl ApiError for Item104Error {
    fn status(&self) -> u16 {
        Item104Error::status(self)
    }
}

/// Error responses `item105` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item105Error {}
impl Item105Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item105Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item105Error {}
impl ApiError for Item105Error {
    fn status(&self) -> u16 {
        Item105Error::status(self)
    }
}

/// Error responses `item106` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item106Error {}
impl Item106Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item106Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item106Error {}
impl ApiError for Item106Error {
    fn status(&self) -> u16 {
        Item106Error::status(self)
    }
}

/// Error responses `item107` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item107Error {}
impl Item107Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item107Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item107Error {}
impl ApiError for Item107Error {
    fn status(&self) -> u16 {
        Item107Error::status(self)
    }
}

/// Error responses `item108` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item108Error {}
impl Item108Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item108Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item108Error {}
impl ApiError for Item108Error {
    fn status(&self) -> u16 {
        Item108Error::status(self)
    }
}

/// Error responses `item109` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item109Error {}
impl Item109Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item109Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item109Error {}
impl ApiError for Item109Error {
    fn status(&self) -> u16 {
        Item109Error::status(self)
    }
}

/// Error responses `item110` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item110Error {}
impl Item110Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item110Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item110Error {}
impl ApiError for Item110Error {
    fn status(&self) -> u16 {
        Item110Error::status(self)
    }
}

/// Error responses `item111` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item111Error {}
impl Item111Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item111Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item111Error {}
impl ApiError for Item111Error {
    fn status(&self) -> u16 {
        Item111Error::status(self)
    }
}

/// Error responses `item112` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item112Error {}
impl Item112Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item112Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item112Error {}
impl ApiError for Item112Error {
    fn status(&self) -> u16 {
        Item112Error::status(self)
    }
}

/// Error responses `item113` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item113Error {}
impl Item113Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item113Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item113Error {}
impl ApiError for Item113Error {
    fn status(&self) -> u16 {
        Item113Error::status(self)
    }
}

/// Error responses `item114` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item114Error {}
impl Item114Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item114Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item114Error {}
impl ApiError for Item114Error {
    fn status(&self) -> u16 {
        Item114Error::status(self)
    }
}

/// Error responses `item115` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item115Error {}
impl Item115Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item115Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item115Error {}
impl ApiError for Item115Error {
    fn status(&self) -> u16 {
        Item115Error::status(self)
    }
}

/// Error responses `item116` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item116Error {}
impl Item116Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item116Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item116Error {}
impl ApiError for Item116Error {
    fn status(&self) -> u16 {
        Item116Error::status(self)
    }
}

/// Error responses `item117` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item117Error {}
impl Item117Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item117Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item117Error {}
impl ApiError for Item117Error {
    fn status(&self) -> u16 {
        Item117Error::status(self)
    }
}

/// Error responses `item118` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item118Error {}
impl Item118Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item118Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item118Error {}
impl ApiError for Item118Error {
    fn status(&self) -> u16 {
        Item118Error::status(self)
    }
}

/// Error responses `item119` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item119Error {}
impl Item119Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item119Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item119Error {}
impl ApiError for Item119Error {
    fn status(&self) -> u16 {
        Item119Error::status(self)
    }
}

/// Error responses `item120` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item120Error {}
impl Item120Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item120Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item120Error {}
impl ApiError for Item120Error {
    fn status(&self) -> u16 {
        Item120Error::status(self)
    }
}

/// Error responses `item121` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item121Error {}
impl Item121Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item121Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item121Error {}
impl ApiError for Item121Error {
    fn status(&self) -> u16 {
        Item121Error::status(self)
    }
}

/// Error responses `item122` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item122Error {}
impl Item122Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item122Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item122Error {}
impl ApiError for Item122Error {
    fn status(&self) -> u16 {
        Item122Error::status(self)
    }
}

/// Error responses `item123` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item123Error {}
impl Item123Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item123Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item123Error {}
impl ApiError for Item123Error {
    fn status(&self) -> u16 {
        Item123Error::status(self)
    }
}

/// Error responses `item124` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item124Error {}
impl Item124Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item124Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item124Error {}
impl ApiError for Item124Error {
    fn status(&self) -> u16 {
        Item124Error::status(self)
    }
}

/// Error responses `item125` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item125Error {}
impl Item125Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item125Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item125Error {}
impl ApiError for Item125Error {
    fn status(&self) -> u16 {
        Item125Error::status(self)
    }
}

/// Error responses `item126` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item126Error {}
impl Item126Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item126Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item126Error {}
impl ApiError for Item126Error {
    fn status(&self) -> u16 {
        Item126Error::status(self)
    }
}

/// Error responses `item127` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item127Error {}
impl Item127Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item127Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item127Error {}
impl ApiError for Item127Error {
    fn status(&self) -> u16 {
        Item127Error::status(self)
    }
}

/// Error responses `item128` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item128Error {}
impl Item128Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item128Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item128Error {}
impl ApiError for Item128Error {
    fn status(&self) -> u16 {
        Item128Error::status(self)
    }
}

/// Error responses `item129` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item129Error {}
impl Item129Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item129Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item129Error {}
impl ApiError for Item129Error {
    fn status(&self) -> u16 {
        Item129Error::status(self)
    }
}

/// Error responses `item130` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item130Error {}
impl Item130Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item130Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item130Error {}
impl ApiError for Item130Error {
    fn status(&self) -> u16 {
        Item130Error::status(self)
    }
}

/// Error responses `item131` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item131Error {}
impl Item131Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item131Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item131Error {}
impl ApiError for Item131Error {
    fn status(&self) -> u16 {
        Item131Error::status(self)
    }
}

/// Error responses `item132` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item132Error {}
impl Item132Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item132Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item132Error {}
impl ApiError for Item132Error {
    fn status(&self) -> u16 {
        Item132Error::status(self)
    }
}

/// Error responses `item133` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item133Error {}
impl Item133Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item133Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item133Error {}
impl ApiError for Item133Error {
    fn status(&self) -> u16 {
        Item133Error::status(self)
    }
}

/// Error responses `item134` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item134Error {}
impl Item134Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item134Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item134Error {}
impl ApiError for Item134Error {
    fn status(&self) -> u16 {
        Item134Error::status(self)
    }
}

/// Error responses `item135` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item135Error {}
impl Item135Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item135Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item135Error {}
impl ApiError for Item135Error {
    fn status(&self) -> u16 {
        Item135Error::status(self)
    }
}

/// Error responses `item136` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item136Error {}
impl Item136Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item136Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item136Error {}
impl ApiError for Item136Error {
    fn status(&self) -> u16 {
        Item136Error::status(self)
    }
}

/// Error responses `item137` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item137Error {}
impl Item137Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item137Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item137Error {}
impl ApiError for Item137Error {
    fn status(&self) -> u16 {
        Item137Error::status(self)
    }
}

/// Error responses `item138` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item138Error {}
impl Item138Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item138Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item138Error {}
impl ApiError for Item138Error {
    fn status(&self) -> u16 {
        Item138Error::status(self)
    }
}

/// Error responses `item139` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item139Error {}
impl Item139Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item139Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item139Error {}
impl ApiError for Item139Error {
    fn status(&self) -> u16 {
        Item139Error::status(self)
    }
}

/// Error responses `item140` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item140Error {}
impl Item140Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item140Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item140Error {}
impl ApiError for Item140Error {
    fn status(&self) -> u16 {
        Item140Error::status(self)
    }
}

/// Error responses `item141` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item141Error {}
impl Item141Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item141Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item141Error {}
impl ApiError for Item141Error {
    fn status(&self) -> u16 {
        Item141Error::status(self)
    }
}

/// Error responses `item142` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item142Error {}
impl Item142Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item142Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item142Error {}
impl ApiError for Item142Error {
    fn status(&self) -> u16 {
        Item142Error::status(self)
    }
}

/// Error responses `item143` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item143Error {}
impl Item143Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item143Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item143Error {}
impl ApiError for Item143Error {
    fn status(&self) -> u16 {
        Item143Error::status(self)
    }
}

/// Error responses `item144` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item144Error {}
impl Item144Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item144Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item144Error {}
impl ApiError for Item144Error {
    fn status(&self) -> u16 {
        Item144Error::status(self)
    }
}

/// Error responses `item145` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item145Error {}
impl Item145Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item145Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item145Error {}
impl ApiError for Item145Error {
    fn status(&self) -> u16 {
        Item145Error::status(self)
    }
}

/// Error responses `item146` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item146Error {}
impl Item146Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item146Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item146Error {}
impl ApiError for Item146Error {
    fn status(&self) -> u16 {
        Item146Error::status(self)
    }
}

/// Error responses `item147` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item147Error {}
impl Item147Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item147Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item147Error {}
impl ApiError for Item147Error {
    fn status(&self) -> u16 {
        Item147Error::status(self)
    }
}

/// Error responses `item148` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item148Error {}
impl Item148Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item148Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item148Error {}
impl ApiError for Item148Error {
    fn status(&self) -> u16 {
        Item148Error::status(self)
    }
}

/// Error responses `item149` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item149Error {}
impl Item149Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item149Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item149Error {}
impl ApiError for Item149Error {
    fn status(&self) -> u16 {
        Item149Error::status(self)
    }
}

/// Error responses `item150` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item150Error {}
impl Item150Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item150Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item150Error {}
impl ApiError for Item150Error {
    fn status(&self) -> u16 {
        Item150Error::status(self)
    }
}

/// Error responses `item151` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item151Error {}
impl Item151Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item151Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item151Error {}
impl ApiError for Item151Error {
    fn status(&self) -> u16 {
        Item151Error::status(self)
    }
}

/// Error responses `item152` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item152Error {}
impl Item152Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item152Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item152Error {}
impl ApiError for Item152Error {
    fn status(&self) -> u16 {
        Item152Error::status(self)
    }
}

/// Error responses `item153` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item153Error {}
impl Item153Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item153Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item153Error {}
impl ApiError for Item153Error {
    fn status(&self) -> u16 {
        Item153Error::status(self)
    }
}

/// Error responses `item154` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item154Error {}
impl Item154Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item154Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item154Error {}
impl ApiError for Item154Error {
    fn status(&self) -> u16 {
        Item154Error::status(self)
    }
}

/// Error responses `item155` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item155Error {}
impl Item155Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item155Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item155Error {}
impl ApiError for Item155Error {
    fn status(&self) -> u16 {
        Item155Error::status(self)
    }
}

/// Error responses `item156` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item156Error {}
impl Item156Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item156Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item156Error {}
impl ApiError for Item156Error {
    fn status(&self) -> u16 {
        Item156Error::status(self)
    }
}

/// Error responses `item157` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item157Error {}
impl Item157Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item157Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item157Error {}
impl ApiError for Item157Error {
    fn status(&self) -> u16 {
        Item157Error::status(self)
    }
}

/// Error responses `item158` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item158Error {}
impl Item158Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item158Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item158Error {}
impl ApiError for Item158Error {
    fn status(&self) -> u16 {
        Item158Error::status(self)
    }
}

/// Error responses `item159` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item159Error {}
impl Item159Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item159Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item159Error {}
impl ApiError for Item159Error {
    fn status(&self) -> u16 {
        Item159Error::status(self)
    }
}

/// Error responses `item160` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item160Error {}
impl Item160Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item160Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item160Error {}
impl ApiError for Item160Error {
    fn status(&self) -> u16 {
        Item160Error::status(self)
    }
}

/// Error responses `item161` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item161Error {}
impl Item161Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item161Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item161Error {}
impl ApiError for Item161Error {
    fn status(&self) -> u16 {
        Item161Error::status(self)
    }
}

/// Error responses `item162` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item162Error {}
impl Item162Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item162Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item162Error {}
impl ApiError for Item162Error {
    fn status(&self) -> u16 {
        Item162Error::status(self)
    }
}

/// Error responses `item163` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item163Error {}
impl Item163Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item163Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item163Error {}
impl ApiError for Item163Error {
    fn status(&self) -> u16 {
        Item163Error::status(self)
    }
}

/// Error responses `item164` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item164Error {}
impl Item164Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item164Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item164Error {}
impl ApiError for Item164Error {
    fn status(&self) -> u16 {
        Item164Error::status(self)
    }
}

/// Error responses `item165` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item165Error {}
impl Item165Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item165Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item165Error {}
impl ApiError for Item165Error {
    fn status(&self) -> u16 {
        Item165Error::status(self)
    }
}

/// Error responses `item166` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item166Error {}
impl Item166Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item166Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item166Error {}
impl ApiError for Item166Error {
    fn status(&self) -> u16 {
        Item166Error::status(self)
    }
}

/// Error responses `item167` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item167Error {}
impl Item167Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item167Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item167Error {}
impl ApiError for Item167Error {
    fn status(&self) -> u16 {
        Item167Error::status(self)
    }
}

/// Error responses `item168` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item168Error {}
impl Item168Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item168Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item168Error {}
impl ApiError for Item168Error {
    fn status(&self) -> u16 {
        Item168Error::status(self)
    }
}

/// Error responses `item169` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item169Error {}
impl Item169Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item169Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item169Error {}
impl ApiError for Item169Error {
    fn status(&self) -> u16 {
        Item169Error::status(self)
    }
}

/// Error responses `item170` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item170Error {}
impl Item170Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item170Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item170Error {}
impl ApiError for Item170Error {
    fn status(&self) -> u16 {
        Item170Error::status(self)
    }
}

/// Error responses `item171` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item171Error {}
impl Item171Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item171Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item171Error {}
impl ApiError for Item171Error {
    fn status(&self) -> u16 {
        Item171Error::status(self)
    }
}

/// Error responses `item172` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item172Error {}
impl Item172Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item172Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item172Error {}
impl ApiError for Item172Error {
    fn status(&self) -> u16 {
        Item172Error::status(self)
    }
}

/// Error responses `item173` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item173Error {}
impl Item173Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item173Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item173Error {}
impl ApiError for Item173Error {
    fn status(&self) -> u16 {
        Item173Error::status(self)
    }
}

/// Error responses `item174` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item174Error {}
impl Item174Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item174Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item174Error {}
impl ApiError for Item174Error {
    fn status(&self) -> u16 {
        Item174Error::status(self)
    }
}

/// Error responses `item175` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item175Error {}
impl Item175Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item175Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item175Error {}
impl ApiError for Item175Error {
    fn status(&self) -> u16 {
        Item175Error::status(self)
    }
}

/// Error responses `item176` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item176Error {}
impl Item176Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item176Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item176Error {}
impl ApiError for Item176Error {
    fn status(&self) -> u16 {
        Item176Error::status(self)
    }
}

/// Error responses `item177` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item177Error {}
impl Item177Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item177Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item177Error {}
impl ApiError for Item177Error {
    fn status(&self) -> u16 {
        Item177Error::status(self)
    }
}

/// Error responses `item178` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item178Error {}
impl Item178Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item178Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item178Error {}
impl ApiError for Item178Error {
    fn status(&self) -> u16 {
        Item178Error::status(self)
    }
}

/// Error responses `item179` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item179Error {}
impl Item179Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item179Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item179Error {}
impl ApiError for Item179Error {
    fn status(&self) -> u16 {
        Item179Error::status(self)
    }
}

/// Error responses `item180` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item180Error {}
impl Item180Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item180Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item180Error {}
impl ApiError for Item180Error {
    fn status(&self) -> u16 {
        Item180Error::status(self)
    }
}

/// Error responses `item181` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item181Error {}
impl Item181Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item181Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item181Error {}
impl ApiError for Item181Error {
    fn status(&self) -> u16 {
        Item181Error::status(self)
    }
}

/// Error responses `item182` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item182Error {}
impl Item182Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item182Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item182Error {}
impl ApiError for Item182Error {
    fn status(&self) -> u16 {
        Item182Error::status(self)
    }
}

/// Error responses `item183` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item183Error {}
impl Item183Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item183Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item183Error {}
impl ApiError for Item183Error {
    fn status(&self) -> u16 {
        Item183Error::status(self)
    }
}

/// Error responses `item184` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item184Error {}
impl Item184Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item184Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item184Error {}
impl ApiError for Item184Error {
    fn status(&self) -> u16 {
        Item184Error::status(self)
    }
}

/// Error responses `item185` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item185Error {}
impl Item185Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item185Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item185Error {}
impl ApiError for Item185Error {
    fn status(&self) -> u16 {
        Item185Error::status(self)
    }
}

/// Error responses `item186` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item186Error {}
impl Item186Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item186Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item186Error {}
impl ApiError for Item186Error {
    fn status(&self) -> u16 {
        Item186Error::status(self)
    }
}

/// Error responses `item187` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item187Error {}
impl Item187Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item187Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item187Error {}
impl ApiError for Item187Error {
    fn status(&self) -> u16 {
        Item187Error::status(self)
    }
}

/// Error responses `item188` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item188Error {}
impl Item188Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item188Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item188Error {}
impl ApiError for Item188Error {
    fn status(&self) -> u16 {
        Item188Error::status(self)
    }
}

/// Error responses `item189` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item189Error {}
impl Item189Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item189Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item189Error {}
impl ApiError for Item189Error {
    fn status(&self) -> u16 {
        Item189Error::status(self)
    }
}

/// Error responses `item190` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item190Error {}
impl Item190Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item190Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item190Error {}
impl ApiError for Item190Error {
    fn status(&self) -> u16 {
        Item190Error::status(self)
    }
}

/// Error responses `item191` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item191Error {}
impl Item191Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item191Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item191Error {}
impl ApiError for Item191Error {
    fn status(&self) -> u16 {
        Item191Error::status(self)
    }
}

/// Error responses `item192` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item192Error {}
impl Item192Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item192Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item192Error {}
impl ApiError for Item192Error {
    fn status(&self) -> u16 {
        Item192Error::status(self)
    }
}

/// Error responses `item193` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item193Error {}
impl Item193Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item193Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item193Error {}
impl ApiError for Item193Error {
    fn status(&self) -> u16 {
        Item193Error::status(self)
    }
}

/// Error responses `item194` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item194Error {}
impl Item194Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item194Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item194Error {}
impl ApiError for Item194Error {
    fn status(&self) -> u16 {
        Item194Error::status(self)
    }
}

/// Error responses `item195` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item195Error {}
impl Item195Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item195Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item195Error {}
impl ApiError for Item195Error {
    fn status(&self) -> u16 {
        Item195Error::status(self)
    }
}

/// Error responses `item196` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item196Error {}
impl Item196Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item196Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item196Error {}
impl ApiError for Item196Error {
    fn status(&self) -> u16 {
        Item196Error::status(self)
    }
}

/// Error responses `item197` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item197Error {}
impl Item197Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item197Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item197Error {}
impl ApiError for Item197Error {
    fn status(&self) -> u16 {
        Item197Error::status(self)
    }
}

/// Error responses `item198` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item198Error {}
impl Item198Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item198Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item198Error {}
impl ApiError for Item198Error {
    fn status(&self) -> u16 {
        Item198Error::status(self)
    }
}

/// Error responses `item199` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item199Error {}
impl Item199Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item199Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item199Error {}
impl ApiError for Item199Error {
    fn status(&self) -> u16 {
        Item199Error::status(self)
    }
}

/// Error responses `item200` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item200Error {}
impl Item200Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item200Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item200Error {}
impl ApiError for Item200Error {
    fn status(&self) -> u16 {
        Item200Error::status(self)
    }
}

/// Error responses `item201` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item201Error {}
impl Item201Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item201Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item201Error {}
impl ApiError for Item201Error {
    fn status(&self) -> u16 {
        Item201Error::status(self)
    }
}

/// Error responses `item202` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item202Error {}
impl Item202Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item202Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item202Error {}
impl ApiError for Item202Error {
    fn status(&self) -> u16 {
        Item202Error::status(self)
    }
}

/// Error responses `item203` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item203Error {}
impl Item203Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item203Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item203Error {}
impl ApiError for Item203Error {
    fn status(&self) -> u16 {
        Item203Error::status(self)
    }
}

/// Error responses `item204` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item204Error {}
impl Item204Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item204Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item204Error {}
impl ApiError for Item204Error {
    fn status(&self) -> u16 {
        Item204Error::status(self)
    }
}

/// Error responses `item205` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item205Error {}
impl Item205Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item205Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item205Error {}
impl ApiError for Item205Error {
    fn status(&self) -> u16 {
        Item205Error::status(self)
    }
}

/// Error responses `item206` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item206Error {}
impl Item206Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item206Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item206Error {}
impl ApiError for Item206Error {
    fn status(&self) -> u16 {
        Item206Error::status(self)
    }
}

/// Error responses `item207` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item207Error {}
impl Item207Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item207Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item207Error {}
impl ApiError for Item207Error {
    fn status(&self) -> u16 {
        Item207Error::status(self)
    }
}

/// Error responses `item208` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item208Error {}
impl Item208Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item208Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item208Error {}
impl ApiError for Item208Error {
    fn status(&self) -> u16 {
        Item208Error::status(self)
    }
}

/// Error responses `item209` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item209Error {}
impl Item209Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item209Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item209Error {}
impl ApiError for Item209Error {
    fn status(&self) -> u16 {
        Item209Error::status(self)
    }
}

/// Error responses `item210` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item210Error {}
impl Item210Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item210Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item210Error {}
impl ApiError for Item210Error {
    fn status(&self) -> u16 {
        Item210Error::status(self)
    }
}

/// Error responses `item211` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item211Error {}
impl Item211Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item211Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item211Error {}
impl ApiError for Item211Error {
    fn status(&self) -> u16 {
        Item211Error::status(self)
    }
}

/// Error responses `item212` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item212Error {}
impl Item212Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item212Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item212Error {}
impl ApiError for Item212Error {
    fn status(&self) -> u16 {
        Item212Error::status(self)
    }
}

/// Error responses `item213` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item213Error {}
impl Item213Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item213Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item213Error {}
impl ApiError for Item213Error {
    fn status(&self) -> u16 {
        Item213Error::status(self)
    }
}

/// Error responses `item214` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item214Error {}
impl Item214Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item214Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item214Error {}
impl ApiError for Item214Error {
    fn status(&self) -> u16 {
        Item214Error::status(self)
    }
}

/// Error responses `item215` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item215Error {}
impl Item215Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item215Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item215Error {}
impl ApiError for Item215Error {
    fn status(&self) -> u16 {
        Item215Error::status(self)
    }
}

/// Error responses `item216` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item216Error {}
impl Item216Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item216Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item216Error {}
impl ApiError for Item216Error {
    fn status(&self) -> u16 {
        Item216Error::status(self)
    }
}

/// Error responses `item217` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item217Error {}
impl Item217Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item217Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item217Error {}
impl ApiError for Item217Error {
    fn status(&self) -> u16 {
        Item217Error::status(self)
    }
}

/// Error responses `item218` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item218Error {}
impl Item218Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item218Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item218Error {}
impl ApiError for Item218Error {
    fn status(&self) -> u16 {
        Item218Error::status(self)
    }
}

/// Error responses `item219` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item219Error {}
impl Item219Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item219Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item219Error {}
impl ApiError for Item219Error {
    fn status(&self) -> u16 {
        Item219Error::status(self)
    }
}

/// Error responses `item220` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item220Error {}
impl Item220Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item220Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item220Error {}
impl ApiError for Item220Error {
    fn status(&self) -> u16 {
        Item220Error::status(self)
    }
}

/// Error responses `item221` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item221Error {}
impl Item221Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item221Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item221Error {}
impl ApiError for Item221Error {
    fn status(&self) -> u16 {
        Item221Error::status(self)
    }
}

/// Error responses `item222` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item222Error {}
impl Item222Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item222Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item222Error {}
impl ApiError for Item222Error {
    fn status(&self) -> u16 {
        Item222Error::status(self)
    }
}

/// Error responses `item223` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item223Error {}
impl Item223Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item223Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item223Error {}
impl ApiError for Item223Error {
    fn status(&self) -> u16 {
        Item223Error::status(self)
    }
}

/// Error responses `item224` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item224Error {}
impl Item224Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item224Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item224Error {}
impl ApiError for Item224Error {
    fn status(&self) -> u16 {
        Item224Error::status(self)
    }
}

/// Error responses `item225` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item225Error {}
impl Item225Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item225Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item225Error {}
impl ApiError for Item225Error {
    fn status(&self) -> u16 {
        Item225Error::status(self)
    }
}

/// Error responses `item226` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item226Error {}
impl Item226Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item226Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item226Error {}
impl ApiError for Item226Error {
    fn status(&self) -> u16 {
        Item226Error::status(self)
    }
}

/// Error responses `item227` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item227Error {}
impl Item227Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item227Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item227Error {}
impl ApiError for Item227Error {
    fn status(&self) -> u16 {
        Item227Error::status(self)
    }
}

/// Error responses `item228` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item228Error {}
impl Item228Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item228Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item228Error {}
impl ApiError for Item228Error {
    fn status(&self) -> u16 {
        Item228Error::status(self)
    }
}

/// Error responses `item229` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item229Error {}
impl Item229Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item229Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item229Error {}
impl ApiError for Item229Error {
    fn status(&self) -> u16 {
        Item229Error::status(self)
    }
}

/// Error responses `item230` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item230Error {}
impl Item230Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item230Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item230Error {}
impl ApiError for Item230Error {
    fn status(&self) -> u16 {
        Item230Error::status(self)
    }
}

/// Error responses `item231` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item231Error {}
impl Item231Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item231Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item231Error {}
impl ApiError for Item231Error {
    fn status(&self) -> u16 {
        Item231Error::status(self)
    }
}

/// Error responses `item232` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item232Error {}
impl Item232Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item232Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item232Error {}
impl ApiError for Item232Error {
    fn status(&self) -> u16 {
        Item232Error::status(self)
    }
}

// The rest of this file, in parts of about 25000 lines (editors and rustc handle those better).
include!("client/part_002.rs");
