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

/// Everything one call sends, in a shape that is the same for every operation.
struct Request<'a> {
    method: reqwest::Method,
    /// Path segments below the base URL, unencoded; `url` percent-encodes them.
    segments: &'a [&'a str],
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

    /// Sends one request and reads the whole response. Not generic: compiled once.
    async fn execute(&self, request: Request<'_>) -> Result<Raw, Failure> {
        let mut url = reqwest::Url::parse(&self.base_url)
            .map_err(|err| Failure::InvalidRequest(
                format!("base URL `{}`: {err}", self.base_url),
            ))?;
        url.path_segments_mut()
            .map_err(|()| Failure::InvalidRequest(
                format!("base URL `{}` cannot have a path", self.base_url),
            ))?
            .pop_if_empty()
            .extend(request.segments);
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
    pub async fn item001(&self, id: &str) -> Result<Echo, Error<Item001Error>> {
        self.item001_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item001`], with the response's status and headers.
    pub async fn item001_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item001Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items001", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item002(&self, id: &str) -> Result<Echo, Error<Item002Error>> {
        self.item002_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item002`], with the response's status and headers.
    pub async fn item002_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item002Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items002", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item003(&self, id: &str) -> Result<Echo, Error<Item003Error>> {
        self.item003_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item003`], with the response's status and headers.
    pub async fn item003_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item003Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items003", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item004(&self, id: &str) -> Result<Echo, Error<Item004Error>> {
        self.item004_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item004`], with the response's status and headers.
    pub async fn item004_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item004Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items004", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item005(&self, id: &str) -> Result<Echo, Error<Item005Error>> {
        self.item005_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item005`], with the response's status and headers.
    pub async fn item005_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item005Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items005", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item006(&self, id: &str) -> Result<Echo, Error<Item006Error>> {
        self.item006_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item006`], with the response's status and headers.
    pub async fn item006_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item006Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items006", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item007(&self, id: &str) -> Result<Echo, Error<Item007Error>> {
        self.item007_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item007`], with the response's status and headers.
    pub async fn item007_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item007Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items007", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item008(&self, id: &str) -> Result<Echo, Error<Item008Error>> {
        self.item008_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item008`], with the response's status and headers.
    pub async fn item008_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item008Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items008", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item009(&self, id: &str) -> Result<Echo, Error<Item009Error>> {
        self.item009_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item009`], with the response's status and headers.
    pub async fn item009_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item009Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items009", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item010(&self, id: &str) -> Result<Echo, Error<Item010Error>> {
        self.item010_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item010`], with the response's status and headers.
    pub async fn item010_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item010Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items010", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item011(&self, id: &str) -> Result<Echo, Error<Item011Error>> {
        self.item011_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item011`], with the response's status and headers.
    pub async fn item011_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item011Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items011", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item012(&self, id: &str) -> Result<Echo, Error<Item012Error>> {
        self.item012_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item012`], with the response's status and headers.
    pub async fn item012_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item012Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items012", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item013(&self, id: &str) -> Result<Echo, Error<Item013Error>> {
        self.item013_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item013`], with the response's status and headers.
    pub async fn item013_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item013Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items013", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item014(&self, id: &str) -> Result<Echo, Error<Item014Error>> {
        self.item014_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item014`], with the response's status and headers.
    pub async fn item014_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item014Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items014", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item015(&self, id: &str) -> Result<Echo, Error<Item015Error>> {
        self.item015_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item015`], with the response's status and headers.
    pub async fn item015_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item015Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items015", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item016(&self, id: &str) -> Result<Echo, Error<Item016Error>> {
        self.item016_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item016`], with the response's status and headers.
    pub async fn item016_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item016Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items016", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item017(&self, id: &str) -> Result<Echo, Error<Item017Error>> {
        self.item017_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item017`], with the response's status and headers.
    pub async fn item017_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item017Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items017", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item018(&self, id: &str) -> Result<Echo, Error<Item018Error>> {
        self.item018_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item018`], with the response's status and headers.
    pub async fn item018_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item018Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items018", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item019(&self, id: &str) -> Result<Echo, Error<Item019Error>> {
        self.item019_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item019`], with the response's status and headers.
    pub async fn item019_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item019Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items019", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item020(&self, id: &str) -> Result<Echo, Error<Item020Error>> {
        self.item020_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item020`], with the response's status and headers.
    pub async fn item020_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item020Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items020", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item021(&self, id: &str) -> Result<Echo, Error<Item021Error>> {
        self.item021_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item021`], with the response's status and headers.
    pub async fn item021_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item021Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items021", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item022(&self, id: &str) -> Result<Echo, Error<Item022Error>> {
        self.item022_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item022`], with the response's status and headers.
    pub async fn item022_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item022Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items022", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item023(&self, id: &str) -> Result<Echo, Error<Item023Error>> {
        self.item023_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item023`], with the response's status and headers.
    pub async fn item023_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item023Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items023", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item024(&self, id: &str) -> Result<Echo, Error<Item024Error>> {
        self.item024_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item024`], with the response's status and headers.
    pub async fn item024_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item024Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items024", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item025(&self, id: &str) -> Result<Echo, Error<Item025Error>> {
        self.item025_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item025`], with the response's status and headers.
    pub async fn item025_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item025Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items025", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item026(&self, id: &str) -> Result<Echo, Error<Item026Error>> {
        self.item026_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item026`], with the response's status and headers.
    pub async fn item026_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item026Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items026", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item027(&self, id: &str) -> Result<Echo, Error<Item027Error>> {
        self.item027_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item027`], with the response's status and headers.
    pub async fn item027_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item027Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items027", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item028(&self, id: &str) -> Result<Echo, Error<Item028Error>> {
        self.item028_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item028`], with the response's status and headers.
    pub async fn item028_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item028Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items028", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item029(&self, id: &str) -> Result<Echo, Error<Item029Error>> {
        self.item029_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item029`], with the response's status and headers.
    pub async fn item029_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item029Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items029", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item030(&self, id: &str) -> Result<Echo, Error<Item030Error>> {
        self.item030_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item030`], with the response's status and headers.
    pub async fn item030_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item030Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items030", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item031(&self, id: &str) -> Result<Echo, Error<Item031Error>> {
        self.item031_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item031`], with the response's status and headers.
    pub async fn item031_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item031Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items031", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item032(&self, id: &str) -> Result<Echo, Error<Item032Error>> {
        self.item032_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item032`], with the response's status and headers.
    pub async fn item032_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item032Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items032", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item033(&self, id: &str) -> Result<Echo, Error<Item033Error>> {
        self.item033_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item033`], with the response's status and headers.
    pub async fn item033_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item033Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items033", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item034(&self, id: &str) -> Result<Echo, Error<Item034Error>> {
        self.item034_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item034`], with the response's status and headers.
    pub async fn item034_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item034Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items034", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item035(&self, id: &str) -> Result<Echo, Error<Item035Error>> {
        self.item035_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item035`], with the response's status and headers.
    pub async fn item035_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item035Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items035", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item036(&self, id: &str) -> Result<Echo, Error<Item036Error>> {
        self.item036_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item036`], with the response's status and headers.
    pub async fn item036_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item036Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items036", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item037(&self, id: &str) -> Result<Echo, Error<Item037Error>> {
        self.item037_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item037`], with the response's status and headers.
    pub async fn item037_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item037Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items037", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item038(&self, id: &str) -> Result<Echo, Error<Item038Error>> {
        self.item038_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item038`], with the response's status and headers.
    pub async fn item038_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item038Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items038", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item039(&self, id: &str) -> Result<Echo, Error<Item039Error>> {
        self.item039_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item039`], with the response's status and headers.
    pub async fn item039_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item039Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items039", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item040(&self, id: &str) -> Result<Echo, Error<Item040Error>> {
        self.item040_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item040`], with the response's status and headers.
    pub async fn item040_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item040Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items040", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item041(&self, id: &str) -> Result<Echo, Error<Item041Error>> {
        self.item041_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item041`], with the response's status and headers.
    pub async fn item041_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item041Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items041", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item042(&self, id: &str) -> Result<Echo, Error<Item042Error>> {
        self.item042_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item042`], with the response's status and headers.
    pub async fn item042_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item042Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items042", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item043(&self, id: &str) -> Result<Echo, Error<Item043Error>> {
        self.item043_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item043`], with the response's status and headers.
    pub async fn item043_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item043Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items043", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item044(&self, id: &str) -> Result<Echo, Error<Item044Error>> {
        self.item044_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item044`], with the response's status and headers.
    pub async fn item044_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item044Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items044", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item045(&self, id: &str) -> Result<Echo, Error<Item045Error>> {
        self.item045_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item045`], with the response's status and headers.
    pub async fn item045_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item045Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items045", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item046(&self, id: &str) -> Result<Echo, Error<Item046Error>> {
        self.item046_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item046`], with the response's status and headers.
    pub async fn item046_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item046Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items046", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item047(&self, id: &str) -> Result<Echo, Error<Item047Error>> {
        self.item047_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item047`], with the response's status and headers.
    pub async fn item047_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item047Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items047", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item048(&self, id: &str) -> Result<Echo, Error<Item048Error>> {
        self.item048_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item048`], with the response's status and headers.
    pub async fn item048_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item048Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items048", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item049(&self, id: &str) -> Result<Echo, Error<Item049Error>> {
        self.item049_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item049`], with the response's status and headers.
    pub async fn item049_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item049Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items049", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item050(&self, id: &str) -> Result<Echo, Error<Item050Error>> {
        self.item050_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item050`], with the response's status and headers.
    pub async fn item050_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item050Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items050", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item051(&self, id: &str) -> Result<Echo, Error<Item051Error>> {
        self.item051_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item051`], with the response's status and headers.
    pub async fn item051_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item051Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items051", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item052(&self, id: &str) -> Result<Echo, Error<Item052Error>> {
        self.item052_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item052`], with the response's status and headers.
    pub async fn item052_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item052Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items052", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item053(&self, id: &str) -> Result<Echo, Error<Item053Error>> {
        self.item053_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item053`], with the response's status and headers.
    pub async fn item053_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item053Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items053", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item054(&self, id: &str) -> Result<Echo, Error<Item054Error>> {
        self.item054_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item054`], with the response's status and headers.
    pub async fn item054_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item054Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items054", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item055(&self, id: &str) -> Result<Echo, Error<Item055Error>> {
        self.item055_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item055`], with the response's status and headers.
    pub async fn item055_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item055Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items055", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item056(&self, id: &str) -> Result<Echo, Error<Item056Error>> {
        self.item056_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item056`], with the response's status and headers.
    pub async fn item056_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item056Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items056", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item057(&self, id: &str) -> Result<Echo, Error<Item057Error>> {
        self.item057_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item057`], with the response's status and headers.
    pub async fn item057_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item057Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items057", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item058(&self, id: &str) -> Result<Echo, Error<Item058Error>> {
        self.item058_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item058`], with the response's status and headers.
    pub async fn item058_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item058Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items058", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item059(&self, id: &str) -> Result<Echo, Error<Item059Error>> {
        self.item059_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item059`], with the response's status and headers.
    pub async fn item059_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item059Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items059", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item060(&self, id: &str) -> Result<Echo, Error<Item060Error>> {
        self.item060_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item060`], with the response's status and headers.
    pub async fn item060_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item060Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items060", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item061(&self, id: &str) -> Result<Echo, Error<Item061Error>> {
        self.item061_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item061`], with the response's status and headers.
    pub async fn item061_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item061Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items061", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item062(&self, id: &str) -> Result<Echo, Error<Item062Error>> {
        self.item062_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item062`], with the response's status and headers.
    pub async fn item062_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item062Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items062", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item063(&self, id: &str) -> Result<Echo, Error<Item063Error>> {
        self.item063_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item063`], with the response's status and headers.
    pub async fn item063_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item063Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items063", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item064(&self, id: &str) -> Result<Echo, Error<Item064Error>> {
        self.item064_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item064`], with the response's status and headers.
    pub async fn item064_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item064Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items064", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item065(&self, id: &str) -> Result<Echo, Error<Item065Error>> {
        self.item065_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item065`], with the response's status and headers.
    pub async fn item065_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item065Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items065", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item066(&self, id: &str) -> Result<Echo, Error<Item066Error>> {
        self.item066_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item066`], with the response's status and headers.
    pub async fn item066_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item066Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items066", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item067(&self, id: &str) -> Result<Echo, Error<Item067Error>> {
        self.item067_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item067`], with the response's status and headers.
    pub async fn item067_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item067Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items067", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item068(&self, id: &str) -> Result<Echo, Error<Item068Error>> {
        self.item068_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item068`], with the response's status and headers.
    pub async fn item068_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item068Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items068", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item069(&self, id: &str) -> Result<Echo, Error<Item069Error>> {
        self.item069_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item069`], with the response's status and headers.
    pub async fn item069_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item069Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items069", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item070(&self, id: &str) -> Result<Echo, Error<Item070Error>> {
        self.item070_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item070`], with the response's status and headers.
    pub async fn item070_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item070Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items070", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item071(&self, id: &str) -> Result<Echo, Error<Item071Error>> {
        self.item071_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item071`], with the response's status and headers.
    pub async fn item071_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item071Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items071", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item072(&self, id: &str) -> Result<Echo, Error<Item072Error>> {
        self.item072_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item072`], with the response's status and headers.
    pub async fn item072_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item072Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items072", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item073(&self, id: &str) -> Result<Echo, Error<Item073Error>> {
        self.item073_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item073`], with the response's status and headers.
    pub async fn item073_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item073Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items073", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item074(&self, id: &str) -> Result<Echo, Error<Item074Error>> {
        self.item074_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item074`], with the response's status and headers.
    pub async fn item074_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item074Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items074", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item075(&self, id: &str) -> Result<Echo, Error<Item075Error>> {
        self.item075_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item075`], with the response's status and headers.
    pub async fn item075_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item075Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items075", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item076(&self, id: &str) -> Result<Echo, Error<Item076Error>> {
        self.item076_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item076`], with the response's status and headers.
    pub async fn item076_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item076Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items076", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item077(&self, id: &str) -> Result<Echo, Error<Item077Error>> {
        self.item077_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item077`], with the response's status and headers.
    pub async fn item077_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item077Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items077", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item078(&self, id: &str) -> Result<Echo, Error<Item078Error>> {
        self.item078_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item078`], with the response's status and headers.
    pub async fn item078_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item078Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items078", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item079(&self, id: &str) -> Result<Echo, Error<Item079Error>> {
        self.item079_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item079`], with the response's status and headers.
    pub async fn item079_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item079Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items079", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item080(&self, id: &str) -> Result<Echo, Error<Item080Error>> {
        self.item080_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item080`], with the response's status and headers.
    pub async fn item080_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item080Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items080", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item081(&self, id: &str) -> Result<Echo, Error<Item081Error>> {
        self.item081_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item081`], with the response's status and headers.
    pub async fn item081_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item081Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items081", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item082(&self, id: &str) -> Result<Echo, Error<Item082Error>> {
        self.item082_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item082`], with the response's status and headers.
    pub async fn item082_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item082Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items082", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item083(&self, id: &str) -> Result<Echo, Error<Item083Error>> {
        self.item083_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item083`], with the response's status and headers.
    pub async fn item083_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item083Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items083", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item084(&self, id: &str) -> Result<Echo, Error<Item084Error>> {
        self.item084_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item084`], with the response's status and headers.
    pub async fn item084_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item084Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items084", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item085(&self, id: &str) -> Result<Echo, Error<Item085Error>> {
        self.item085_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item085`], with the response's status and headers.
    pub async fn item085_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item085Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items085", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item086(&self, id: &str) -> Result<Echo, Error<Item086Error>> {
        self.item086_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item086`], with the response's status and headers.
    pub async fn item086_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item086Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items086", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item087(&self, id: &str) -> Result<Echo, Error<Item087Error>> {
        self.item087_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item087`], with the response's status and headers.
    pub async fn item087_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item087Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items087", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item088(&self, id: &str) -> Result<Echo, Error<Item088Error>> {
        self.item088_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item088`], with the response's status and headers.
    pub async fn item088_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item088Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items088", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item089(&self, id: &str) -> Result<Echo, Error<Item089Error>> {
        self.item089_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item089`], with the response's status and headers.
    pub async fn item089_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item089Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items089", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item090(&self, id: &str) -> Result<Echo, Error<Item090Error>> {
        self.item090_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item090`], with the response's status and headers.
    pub async fn item090_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item090Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items090", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item091(&self, id: &str) -> Result<Echo, Error<Item091Error>> {
        self.item091_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item091`], with the response's status and headers.
    pub async fn item091_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item091Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items091", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item092(&self, id: &str) -> Result<Echo, Error<Item092Error>> {
        self.item092_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item092`], with the response's status and headers.
    pub async fn item092_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item092Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items092", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item093(&self, id: &str) -> Result<Echo, Error<Item093Error>> {
        self.item093_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item093`], with the response's status and headers.
    pub async fn item093_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item093Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items093", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item094(&self, id: &str) -> Result<Echo, Error<Item094Error>> {
        self.item094_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item094`], with the response's status and headers.
    pub async fn item094_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item094Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items094", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item095(&self, id: &str) -> Result<Echo, Error<Item095Error>> {
        self.item095_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item095`], with the response's status and headers.
    pub async fn item095_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item095Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items095", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item096(&self, id: &str) -> Result<Echo, Error<Item096Error>> {
        self.item096_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item096`], with the response's status and headers.
    pub async fn item096_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item096Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items096", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item097(&self, id: &str) -> Result<Echo, Error<Item097Error>> {
        self.item097_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item097`], with the response's status and headers.
    pub async fn item097_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item097Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items097", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item098(&self, id: &str) -> Result<Echo, Error<Item098Error>> {
        self.item098_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item098`], with the response's status and headers.
    pub async fn item098_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item098Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items098", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item099(&self, id: &str) -> Result<Echo, Error<Item099Error>> {
        self.item099_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item099`], with the response's status and headers.
    pub async fn item099_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item099Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items099", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item100(&self, id: &str) -> Result<Echo, Error<Item100Error>> {
        self.item100_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item100`], with the response's status and headers.
    pub async fn item100_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item100Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items100", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item101(&self, id: &str) -> Result<Echo, Error<Item101Error>> {
        self.item101_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item101`], with the response's status and headers.
    pub async fn item101_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item101Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items101", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item102(&self, id: &str) -> Result<Echo, Error<Item102Error>> {
        self.item102_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item102`], with the response's status and headers.
    pub async fn item102_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item102Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items102", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item103(&self, id: &str) -> Result<Echo, Error<Item103Error>> {
        self.item103_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item103`], with the response's status and headers.
    pub async fn item103_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item103Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items103", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item104(&self, id: &str) -> Result<Echo, Error<Item104Error>> {
        self.item104_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item104`], with the response's status and headers.
    pub async fn item104_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item104Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items104", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item105(&self, id: &str) -> Result<Echo, Error<Item105Error>> {
        self.item105_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item105`], with the response's status and headers.
    pub async fn item105_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item105Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items105", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item106(&self, id: &str) -> Result<Echo, Error<Item106Error>> {
        self.item106_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item106`], with the response's status and headers.
    pub async fn item106_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item106Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items106", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item107(&self, id: &str) -> Result<Echo, Error<Item107Error>> {
        self.item107_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item107`], with the response's status and headers.
    pub async fn item107_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item107Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items107", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item108(&self, id: &str) -> Result<Echo, Error<Item108Error>> {
        self.item108_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item108`], with the response's status and headers.
    pub async fn item108_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item108Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items108", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item109(&self, id: &str) -> Result<Echo, Error<Item109Error>> {
        self.item109_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item109`], with the response's status and headers.
    pub async fn item109_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item109Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items109", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item110(&self, id: &str) -> Result<Echo, Error<Item110Error>> {
        self.item110_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item110`], with the response's status and headers.
    pub async fn item110_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item110Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items110", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item111(&self, id: &str) -> Result<Echo, Error<Item111Error>> {
        self.item111_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item111`], with the response's status and headers.
    pub async fn item111_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item111Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items111", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item112(&self, id: &str) -> Result<Echo, Error<Item112Error>> {
        self.item112_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item112`], with the response's status and headers.
    pub async fn item112_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item112Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items112", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item113(&self, id: &str) -> Result<Echo, Error<Item113Error>> {
        self.item113_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item113`], with the response's status and headers.
    pub async fn item113_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item113Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items113", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item114(&self, id: &str) -> Result<Echo, Error<Item114Error>> {
        self.item114_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item114`], with the response's status and headers.
    pub async fn item114_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item114Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items114", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item115(&self, id: &str) -> Result<Echo, Error<Item115Error>> {
        self.item115_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item115`], with the response's status and headers.
    pub async fn item115_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item115Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items115", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item116(&self, id: &str) -> Result<Echo, Error<Item116Error>> {
        self.item116_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item116`], with the response's status and headers.
    pub async fn item116_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item116Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items116", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item117(&self, id: &str) -> Result<Echo, Error<Item117Error>> {
        self.item117_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item117`], with the response's status and headers.
    pub async fn item117_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item117Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items117", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item118(&self, id: &str) -> Result<Echo, Error<Item118Error>> {
        self.item118_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item118`], with the response's status and headers.
    pub async fn item118_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item118Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items118", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item119(&self, id: &str) -> Result<Echo, Error<Item119Error>> {
        self.item119_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item119`], with the response's status and headers.
    pub async fn item119_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item119Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items119", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item120(&self, id: &str) -> Result<Echo, Error<Item120Error>> {
        self.item120_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item120`], with the response's status and headers.
    pub async fn item120_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item120Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items120", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item121(&self, id: &str) -> Result<Echo, Error<Item121Error>> {
        self.item121_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item121`], with the response's status and headers.
    pub async fn item121_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item121Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items121", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item122(&self, id: &str) -> Result<Echo, Error<Item122Error>> {
        self.item122_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item122`], with the response's status and headers.
    pub async fn item122_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item122Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items122", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item123(&self, id: &str) -> Result<Echo, Error<Item123Error>> {
        self.item123_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item123`], with the response's status and headers.
    pub async fn item123_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item123Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items123", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item124(&self, id: &str) -> Result<Echo, Error<Item124Error>> {
        self.item124_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item124`], with the response's status and headers.
    pub async fn item124_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item124Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items124", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item125(&self, id: &str) -> Result<Echo, Error<Item125Error>> {
        self.item125_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item125`], with the response's status and headers.
    pub async fn item125_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item125Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items125", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item126(&self, id: &str) -> Result<Echo, Error<Item126Error>> {
        self.item126_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item126`], with the response's status and headers.
    pub async fn item126_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item126Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items126", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item127(&self, id: &str) -> Result<Echo, Error<Item127Error>> {
        self.item127_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item127`], with the response's status and headers.
    pub async fn item127_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item127Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items127", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item128(&self, id: &str) -> Result<Echo, Error<Item128Error>> {
        self.item128_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item128`], with the response's status and headers.
    pub async fn item128_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item128Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items128", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item129(&self, id: &str) -> Result<Echo, Error<Item129Error>> {
        self.item129_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item129`], with the response's status and headers.
    pub async fn item129_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item129Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items129", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item130(&self, id: &str) -> Result<Echo, Error<Item130Error>> {
        self.item130_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item130`], with the response's status and headers.
    pub async fn item130_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item130Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items130", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item131(&self, id: &str) -> Result<Echo, Error<Item131Error>> {
        self.item131_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item131`], with the response's status and headers.
    pub async fn item131_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item131Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items131", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item132(&self, id: &str) -> Result<Echo, Error<Item132Error>> {
        self.item132_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item132`], with the response's status and headers.
    pub async fn item132_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item132Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items132", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item133(&self, id: &str) -> Result<Echo, Error<Item133Error>> {
        self.item133_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item133`], with the response's status and headers.
    pub async fn item133_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item133Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items133", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item134(&self, id: &str) -> Result<Echo, Error<Item134Error>> {
        self.item134_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item134`], with the response's status and headers.
    pub async fn item134_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item134Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items134", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item135(&self, id: &str) -> Result<Echo, Error<Item135Error>> {
        self.item135_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item135`], with the response's status and headers.
    pub async fn item135_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item135Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items135", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item136(&self, id: &str) -> Result<Echo, Error<Item136Error>> {
        self.item136_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item136`], with the response's status and headers.
    pub async fn item136_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item136Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items136", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item137(&self, id: &str) -> Result<Echo, Error<Item137Error>> {
        self.item137_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item137`], with the response's status and headers.
    pub async fn item137_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item137Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items137", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item138(&self, id: &str) -> Result<Echo, Error<Item138Error>> {
        self.item138_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item138`], with the response's status and headers.
    pub async fn item138_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item138Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items138", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item139(&self, id: &str) -> Result<Echo, Error<Item139Error>> {
        self.item139_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item139`], with the response's status and headers.
    pub async fn item139_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item139Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items139", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item140(&self, id: &str) -> Result<Echo, Error<Item140Error>> {
        self.item140_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item140`], with the response's status and headers.
    pub async fn item140_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item140Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items140", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item141(&self, id: &str) -> Result<Echo, Error<Item141Error>> {
        self.item141_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item141`], with the response's status and headers.
    pub async fn item141_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item141Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items141", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item142(&self, id: &str) -> Result<Echo, Error<Item142Error>> {
        self.item142_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item142`], with the response's status and headers.
    pub async fn item142_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item142Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items142", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item143(&self, id: &str) -> Result<Echo, Error<Item143Error>> {
        self.item143_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item143`], with the response's status and headers.
    pub async fn item143_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item143Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items143", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item144(&self, id: &str) -> Result<Echo, Error<Item144Error>> {
        self.item144_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item144`], with the response's status and headers.
    pub async fn item144_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item144Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items144", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item145(&self, id: &str) -> Result<Echo, Error<Item145Error>> {
        self.item145_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item145`], with the response's status and headers.
    pub async fn item145_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item145Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items145", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item146(&self, id: &str) -> Result<Echo, Error<Item146Error>> {
        self.item146_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item146`], with the response's status and headers.
    pub async fn item146_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item146Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items146", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item147(&self, id: &str) -> Result<Echo, Error<Item147Error>> {
        self.item147_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item147`], with the response's status and headers.
    pub async fn item147_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item147Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items147", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item148(&self, id: &str) -> Result<Echo, Error<Item148Error>> {
        self.item148_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item148`], with the response's status and headers.
    pub async fn item148_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item148Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items148", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item149(&self, id: &str) -> Result<Echo, Error<Item149Error>> {
        self.item149_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item149`], with the response's status and headers.
    pub async fn item149_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item149Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items149", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item150(&self, id: &str) -> Result<Echo, Error<Item150Error>> {
        self.item150_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item150`], with the response's status and headers.
    pub async fn item150_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item150Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items150", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item151(&self, id: &str) -> Result<Echo, Error<Item151Error>> {
        self.item151_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item151`], with the response's status and headers.
    pub async fn item151_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item151Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items151", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item152(&self, id: &str) -> Result<Echo, Error<Item152Error>> {
        self.item152_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item152`], with the response's status and headers.
    pub async fn item152_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item152Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items152", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item153(&self, id: &str) -> Result<Echo, Error<Item153Error>> {
        self.item153_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item153`], with the response's status and headers.
    pub async fn item153_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item153Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items153", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item154(&self, id: &str) -> Result<Echo, Error<Item154Error>> {
        self.item154_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item154`], with the response's status and headers.
    pub async fn item154_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item154Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items154", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item155(&self, id: &str) -> Result<Echo, Error<Item155Error>> {
        self.item155_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item155`], with the response's status and headers.
    pub async fn item155_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item155Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items155", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item156(&self, id: &str) -> Result<Echo, Error<Item156Error>> {
        self.item156_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item156`], with the response's status and headers.
    pub async fn item156_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item156Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items156", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item157(&self, id: &str) -> Result<Echo, Error<Item157Error>> {
        self.item157_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item157`], with the response's status and headers.
    pub async fn item157_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item157Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items157", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item158(&self, id: &str) -> Result<Echo, Error<Item158Error>> {
        self.item158_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item158`], with the response's status and headers.
    pub async fn item158_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item158Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items158", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item159(&self, id: &str) -> Result<Echo, Error<Item159Error>> {
        self.item159_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item159`], with the response's status and headers.
    pub async fn item159_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item159Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items159", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item160(&self, id: &str) -> Result<Echo, Error<Item160Error>> {
        self.item160_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item160`], with the response's status and headers.
    pub async fn item160_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item160Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items160", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item161(&self, id: &str) -> Result<Echo, Error<Item161Error>> {
        self.item161_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item161`], with the response's status and headers.
    pub async fn item161_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item161Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items161", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item162(&self, id: &str) -> Result<Echo, Error<Item162Error>> {
        self.item162_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item162`], with the response's status and headers.
    pub async fn item162_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item162Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items162", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item163(&self, id: &str) -> Result<Echo, Error<Item163Error>> {
        self.item163_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item163`], with the response's status and headers.
    pub async fn item163_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item163Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items163", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item164(&self, id: &str) -> Result<Echo, Error<Item164Error>> {
        self.item164_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item164`], with the response's status and headers.
    pub async fn item164_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item164Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items164", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item165(&self, id: &str) -> Result<Echo, Error<Item165Error>> {
        self.item165_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item165`], with the response's status and headers.
    pub async fn item165_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item165Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items165", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item166(&self, id: &str) -> Result<Echo, Error<Item166Error>> {
        self.item166_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item166`], with the response's status and headers.
    pub async fn item166_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item166Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items166", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item167(&self, id: &str) -> Result<Echo, Error<Item167Error>> {
        self.item167_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item167`], with the response's status and headers.
    pub async fn item167_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item167Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items167", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item168(&self, id: &str) -> Result<Echo, Error<Item168Error>> {
        self.item168_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item168`], with the response's status and headers.
    pub async fn item168_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item168Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items168", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item169(&self, id: &str) -> Result<Echo, Error<Item169Error>> {
        self.item169_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item169`], with the response's status and headers.
    pub async fn item169_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item169Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items169", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item170(&self, id: &str) -> Result<Echo, Error<Item170Error>> {
        self.item170_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item170`], with the response's status and headers.
    pub async fn item170_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item170Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items170", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item171(&self, id: &str) -> Result<Echo, Error<Item171Error>> {
        self.item171_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item171`], with the response's status and headers.
    pub async fn item171_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item171Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items171", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item172(&self, id: &str) -> Result<Echo, Error<Item172Error>> {
        self.item172_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item172`], with the response's status and headers.
    pub async fn item172_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item172Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items172", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item173(&self, id: &str) -> Result<Echo, Error<Item173Error>> {
        self.item173_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item173`], with the response's status and headers.
    pub async fn item173_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item173Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items173", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item174(&self, id: &str) -> Result<Echo, Error<Item174Error>> {
        self.item174_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item174`], with the response's status and headers.
    pub async fn item174_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item174Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items174", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item175(&self, id: &str) -> Result<Echo, Error<Item175Error>> {
        self.item175_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item175`], with the response's status and headers.
    pub async fn item175_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item175Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items175", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item176(&self, id: &str) -> Result<Echo, Error<Item176Error>> {
        self.item176_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item176`], with the response's status and headers.
    pub async fn item176_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item176Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items176", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item177(&self, id: &str) -> Result<Echo, Error<Item177Error>> {
        self.item177_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item177`], with the response's status and headers.
    pub async fn item177_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item177Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items177", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item178(&self, id: &str) -> Result<Echo, Error<Item178Error>> {
        self.item178_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item178`], with the response's status and headers.
    pub async fn item178_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item178Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items178", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item179(&self, id: &str) -> Result<Echo, Error<Item179Error>> {
        self.item179_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item179`], with the response's status and headers.
    pub async fn item179_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item179Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items179", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item180(&self, id: &str) -> Result<Echo, Error<Item180Error>> {
        self.item180_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item180`], with the response's status and headers.
    pub async fn item180_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item180Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items180", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item181(&self, id: &str) -> Result<Echo, Error<Item181Error>> {
        self.item181_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item181`], with the response's status and headers.
    pub async fn item181_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item181Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items181", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item182(&self, id: &str) -> Result<Echo, Error<Item182Error>> {
        self.item182_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item182`], with the response's status and headers.
    pub async fn item182_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item182Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items182", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item183(&self, id: &str) -> Result<Echo, Error<Item183Error>> {
        self.item183_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item183`], with the response's status and headers.
    pub async fn item183_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item183Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items183", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item184(&self, id: &str) -> Result<Echo, Error<Item184Error>> {
        self.item184_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item184`], with the response's status and headers.
    pub async fn item184_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item184Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items184", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item185(&self, id: &str) -> Result<Echo, Error<Item185Error>> {
        self.item185_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item185`], with the response's status and headers.
    pub async fn item185_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item185Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items185", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item186(&self, id: &str) -> Result<Echo, Error<Item186Error>> {
        self.item186_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item186`], with the response's status and headers.
    pub async fn item186_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item186Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items186", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item187(&self, id: &str) -> Result<Echo, Error<Item187Error>> {
        self.item187_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item187`], with the response's status and headers.
    pub async fn item187_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item187Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items187", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item188(&self, id: &str) -> Result<Echo, Error<Item188Error>> {
        self.item188_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item188`], with the response's status and headers.
    pub async fn item188_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item188Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items188", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item189(&self, id: &str) -> Result<Echo, Error<Item189Error>> {
        self.item189_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item189`], with the response's status and headers.
    pub async fn item189_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item189Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items189", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item190(&self, id: &str) -> Result<Echo, Error<Item190Error>> {
        self.item190_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item190`], with the response's status and headers.
    pub async fn item190_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item190Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items190", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item191(&self, id: &str) -> Result<Echo, Error<Item191Error>> {
        self.item191_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item191`], with the response's status and headers.
    pub async fn item191_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item191Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items191", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item192(&self, id: &str) -> Result<Echo, Error<Item192Error>> {
        self.item192_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item192`], with the response's status and headers.
    pub async fn item192_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item192Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items192", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item193(&self, id: &str) -> Result<Echo, Error<Item193Error>> {
        self.item193_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item193`], with the response's status and headers.
    pub async fn item193_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item193Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items193", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item194(&self, id: &str) -> Result<Echo, Error<Item194Error>> {
        self.item194_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item194`], with the response's status and headers.
    pub async fn item194_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item194Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items194", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item195(&self, id: &str) -> Result<Echo, Error<Item195Error>> {
        self.item195_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item195`], with the response's status and headers.
    pub async fn item195_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item195Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items195", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item196(&self, id: &str) -> Result<Echo, Error<Item196Error>> {
        self.item196_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item196`], with the response's status and headers.
    pub async fn item196_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item196Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items196", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item197(&self, id: &str) -> Result<Echo, Error<Item197Error>> {
        self.item197_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item197`], with the response's status and headers.
    pub async fn item197_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item197Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items197", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item198(&self, id: &str) -> Result<Echo, Error<Item198Error>> {
        self.item198_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item198`], with the response's status and headers.
    pub async fn item198_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item198Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items198", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item199(&self, id: &str) -> Result<Echo, Error<Item199Error>> {
        self.item199_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item199`], with the response's status and headers.
    pub async fn item199_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item199Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items199", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item200(&self, id: &str) -> Result<Echo, Error<Item200Error>> {
        self.item200_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item200`], with the response's status and headers.
    pub async fn item200_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item200Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items200", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item201(&self, id: &str) -> Result<Echo, Error<Item201Error>> {
        self.item201_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item201`], with the response's status and headers.
    pub async fn item201_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item201Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items201", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item202(&self, id: &str) -> Result<Echo, Error<Item202Error>> {
        self.item202_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item202`], with the response's status and headers.
    pub async fn item202_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item202Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items202", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item203(&self, id: &str) -> Result<Echo, Error<Item203Error>> {
        self.item203_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item203`], with the response's status and headers.
    pub async fn item203_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item203Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items203", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item204(&self, id: &str) -> Result<Echo, Error<Item204Error>> {
        self.item204_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item204`], with the response's status and headers.
    pub async fn item204_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item204Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items204", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item205(&self, id: &str) -> Result<Echo, Error<Item205Error>> {
        self.item205_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item205`], with the response's status and headers.
    pub async fn item205_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item205Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items205", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item206(&self, id: &str) -> Result<Echo, Error<Item206Error>> {
        self.item206_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item206`], with the response's status and headers.
    pub async fn item206_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item206Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items206", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item207(&self, id: &str) -> Result<Echo, Error<Item207Error>> {
        self.item207_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item207`], with the response's status and headers.
    pub async fn item207_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item207Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items207", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item208(&self, id: &str) -> Result<Echo, Error<Item208Error>> {
        self.item208_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item208`], with the response's status and headers.
    pub async fn item208_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item208Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items208", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item209(&self, id: &str) -> Result<Echo, Error<Item209Error>> {
        self.item209_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item209`], with the response's status and headers.
    pub async fn item209_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item209Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items209", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item210(&self, id: &str) -> Result<Echo, Error<Item210Error>> {
        self.item210_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item210`], with the response's status and headers.
    pub async fn item210_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item210Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items210", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item211(&self, id: &str) -> Result<Echo, Error<Item211Error>> {
        self.item211_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item211`], with the response's status and headers.
    pub async fn item211_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item211Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items211", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item212(&self, id: &str) -> Result<Echo, Error<Item212Error>> {
        self.item212_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item212`], with the response's status and headers.
    pub async fn item212_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item212Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items212", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item213(&self, id: &str) -> Result<Echo, Error<Item213Error>> {
        self.item213_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item213`], with the response's status and headers.
    pub async fn item213_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item213Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items213", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item214(&self, id: &str) -> Result<Echo, Error<Item214Error>> {
        self.item214_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item214`], with the response's status and headers.
    pub async fn item214_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item214Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items214", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item215(&self, id: &str) -> Result<Echo, Error<Item215Error>> {
        self.item215_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item215`], with the response's status and headers.
    pub async fn item215_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item215Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items215", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item216(&self, id: &str) -> Result<Echo, Error<Item216Error>> {
        self.item216_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item216`], with the response's status and headers.
    pub async fn item216_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item216Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items216", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item217(&self, id: &str) -> Result<Echo, Error<Item217Error>> {
        self.item217_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item217`], with the response's status and headers.
    pub async fn item217_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item217Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items217", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item218(&self, id: &str) -> Result<Echo, Error<Item218Error>> {
        self.item218_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item218`], with the response's status and headers.
    pub async fn item218_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item218Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items218", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item219(&self, id: &str) -> Result<Echo, Error<Item219Error>> {
        self.item219_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item219`], with the response's status and headers.
    pub async fn item219_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item219Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items219", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item220(&self, id: &str) -> Result<Echo, Error<Item220Error>> {
        self.item220_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item220`], with the response's status and headers.
    pub async fn item220_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item220Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items220", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item221(&self, id: &str) -> Result<Echo, Error<Item221Error>> {
        self.item221_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item221`], with the response's status and headers.
    pub async fn item221_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item221Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items221", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item222(&self, id: &str) -> Result<Echo, Error<Item222Error>> {
        self.item222_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item222`], with the response's status and headers.
    pub async fn item222_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item222Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items222", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item223(&self, id: &str) -> Result<Echo, Error<Item223Error>> {
        self.item223_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item223`], with the response's status and headers.
    pub async fn item223_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item223Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items223", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item224(&self, id: &str) -> Result<Echo, Error<Item224Error>> {
        self.item224_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item224`], with the response's status and headers.
    pub async fn item224_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item224Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items224", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item225(&self, id: &str) -> Result<Echo, Error<Item225Error>> {
        self.item225_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item225`], with the response's status and headers.
    pub async fn item225_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item225Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items225", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item226(&self, id: &str) -> Result<Echo, Error<Item226Error>> {
        self.item226_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item226`], with the response's status and headers.
    pub async fn item226_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item226Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items226", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item227(&self, id: &str) -> Result<Echo, Error<Item227Error>> {
        self.item227_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item227`], with the response's status and headers.
    pub async fn item227_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item227Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items227", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item228(&self, id: &str) -> Result<Echo, Error<Item228Error>> {
        self.item228_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item228`], with the response's status and headers.
    pub async fn item228_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item228Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items228", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item229(&self, id: &str) -> Result<Echo, Error<Item229Error>> {
        self.item229_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item229`], with the response's status and headers.
    pub async fn item229_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item229Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items229", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item230(&self, id: &str) -> Result<Echo, Error<Item230Error>> {
        self.item230_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item230`], with the response's status and headers.
    pub async fn item230_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item230Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items230", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item231(&self, id: &str) -> Result<Echo, Error<Item231Error>> {
        self.item231_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item231`], with the response's status and headers.
    pub async fn item231_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item231Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items231", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item232(&self, id: &str) -> Result<Echo, Error<Item232Error>> {
        self.item232_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item232`], with the response's status and headers.
    pub async fn item232_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item232Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items232", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item233(&self, id: &str) -> Result<Echo, Error<Item233Error>> {
        self.item233_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item233`], with the response's status and headers.
    pub async fn item233_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item233Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items233", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item234(&self, id: &str) -> Result<Echo, Error<Item234Error>> {
        self.item234_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item234`], with the response's status and headers.
    pub async fn item234_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item234Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items234", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item235(&self, id: &str) -> Result<Echo, Error<Item235Error>> {
        self.item235_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item235`], with the response's status and headers.
    pub async fn item235_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item235Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items235", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item236(&self, id: &str) -> Result<Echo, Error<Item236Error>> {
        self.item236_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item236`], with the response's status and headers.
    pub async fn item236_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item236Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items236", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item237(&self, id: &str) -> Result<Echo, Error<Item237Error>> {
        self.item237_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item237`], with the response's status and headers.
    pub async fn item237_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item237Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items237", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item238(&self, id: &str) -> Result<Echo, Error<Item238Error>> {
        self.item238_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item238`], with the response's status and headers.
    pub async fn item238_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item238Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items238", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item239(&self, id: &str) -> Result<Echo, Error<Item239Error>> {
        self.item239_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item239`], with the response's status and headers.
    pub async fn item239_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item239Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items239", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item240(&self, id: &str) -> Result<Echo, Error<Item240Error>> {
        self.item240_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item240`], with the response's status and headers.
    pub async fn item240_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item240Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items240", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item241(&self, id: &str) -> Result<Echo, Error<Item241Error>> {
        self.item241_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item241`], with the response's status and headers.
    pub async fn item241_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item241Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items241", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item242(&self, id: &str) -> Result<Echo, Error<Item242Error>> {
        self.item242_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item242`], with the response's status and headers.
    pub async fn item242_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item242Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items242", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item243(&self, id: &str) -> Result<Echo, Error<Item243Error>> {
        self.item243_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item243`], with the response's status and headers.
    pub async fn item243_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item243Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items243", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item244(&self, id: &str) -> Result<Echo, Error<Item244Error>> {
        self.item244_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item244`], with the response's status and headers.
    pub async fn item244_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item244Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items244", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item245(&self, id: &str) -> Result<Echo, Error<Item245Error>> {
        self.item245_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item245`], with the response's status and headers.
    pub async fn item245_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item245Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items245", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item246(&self, id: &str) -> Result<Echo, Error<Item246Error>> {
        self.item246_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item246`], with the response's status and headers.
    pub async fn item246_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item246Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items246", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item247(&self, id: &str) -> Result<Echo, Error<Item247Error>> {
        self.item247_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item247`], with the response's status and headers.
    pub async fn item247_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item247Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items247", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item248(&self, id: &str) -> Result<Echo, Error<Item248Error>> {
        self.item248_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item248`], with the response's status and headers.
    pub async fn item248_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item248Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items248", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item249(&self, id: &str) -> Result<Echo, Error<Item249Error>> {
        self.item249_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item249`], with the response's status and headers.
    pub async fn item249_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item249Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items249", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item250(&self, id: &str) -> Result<Echo, Error<Item250Error>> {
        self.item250_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item250`], with the response's status and headers.
    pub async fn item250_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item250Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items250", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item251(&self, id: &str) -> Result<Echo, Error<Item251Error>> {
        self.item251_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item251`], with the response's status and headers.
    pub async fn item251_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item251Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items251", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item252(&self, id: &str) -> Result<Echo, Error<Item252Error>> {
        self.item252_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item252`], with the response's status and headers.
    pub async fn item252_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item252Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items252", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item253(&self, id: &str) -> Result<Echo, Error<Item253Error>> {
        self.item253_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item253`], with the response's status and headers.
    pub async fn item253_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item253Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items253", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item254(&self, id: &str) -> Result<Echo, Error<Item254Error>> {
        self.item254_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item254`], with the response's status and headers.
    pub async fn item254_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item254Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items254", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item255(&self, id: &str) -> Result<Echo, Error<Item255Error>> {
        self.item255_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item255`], with the response's status and headers.
    pub async fn item255_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item255Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items255", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item256(&self, id: &str) -> Result<Echo, Error<Item256Error>> {
        self.item256_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item256`], with the response's status and headers.
    pub async fn item256_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item256Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items256", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item257(&self, id: &str) -> Result<Echo, Error<Item257Error>> {
        self.item257_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item257`], with the response's status and headers.
    pub async fn item257_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item257Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items257", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item258(&self, id: &str) -> Result<Echo, Error<Item258Error>> {
        self.item258_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item258`], with the response's status and headers.
    pub async fn item258_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item258Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items258", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item259(&self, id: &str) -> Result<Echo, Error<Item259Error>> {
        self.item259_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item259`], with the response's status and headers.
    pub async fn item259_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item259Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items259", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item260(&self, id: &str) -> Result<Echo, Error<Item260Error>> {
        self.item260_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item260`], with the response's status and headers.
    pub async fn item260_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item260Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items260", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item261(&self, id: &str) -> Result<Echo, Error<Item261Error>> {
        self.item261_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item261`], with the response's status and headers.
    pub async fn item261_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item261Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items261", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item262(&self, id: &str) -> Result<Echo, Error<Item262Error>> {
        self.item262_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item262`], with the response's status and headers.
    pub async fn item262_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item262Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items262", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item263(&self, id: &str) -> Result<Echo, Error<Item263Error>> {
        self.item263_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item263`], with the response's status and headers.
    pub async fn item263_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item263Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items263", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item264(&self, id: &str) -> Result<Echo, Error<Item264Error>> {
        self.item264_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item264`], with the response's status and headers.
    pub async fn item264_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item264Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items264", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item265(&self, id: &str) -> Result<Echo, Error<Item265Error>> {
        self.item265_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item265`], with the response's status and headers.
    pub async fn item265_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item265Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items265", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item266(&self, id: &str) -> Result<Echo, Error<Item266Error>> {
        self.item266_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item266`], with the response's status and headers.
    pub async fn item266_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item266Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items266", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item267(&self, id: &str) -> Result<Echo, Error<Item267Error>> {
        self.item267_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item267`], with the response's status and headers.
    pub async fn item267_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item267Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items267", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item268(&self, id: &str) -> Result<Echo, Error<Item268Error>> {
        self.item268_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item268`], with the response's status and headers.
    pub async fn item268_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item268Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items268", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item269(&self, id: &str) -> Result<Echo, Error<Item269Error>> {
        self.item269_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item269`], with the response's status and headers.
    pub async fn item269_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item269Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items269", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item270(&self, id: &str) -> Result<Echo, Error<Item270Error>> {
        self.item270_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item270`], with the response's status and headers.
    pub async fn item270_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item270Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items270", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item271(&self, id: &str) -> Result<Echo, Error<Item271Error>> {
        self.item271_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item271`], with the response's status and headers.
    pub async fn item271_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item271Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items271", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item272(&self, id: &str) -> Result<Echo, Error<Item272Error>> {
        self.item272_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item272`], with the response's status and headers.
    pub async fn item272_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item272Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items272", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item273(&self, id: &str) -> Result<Echo, Error<Item273Error>> {
        self.item273_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item273`], with the response's status and headers.
    pub async fn item273_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item273Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items273", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item274(&self, id: &str) -> Result<Echo, Error<Item274Error>> {
        self.item274_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item274`], with the response's status and headers.
    pub async fn item274_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item274Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items274", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item275(&self, id: &str) -> Result<Echo, Error<Item275Error>> {
        self.item275_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item275`], with the response's status and headers.
    pub async fn item275_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item275Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items275", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item276(&self, id: &str) -> Result<Echo, Error<Item276Error>> {
        self.item276_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item276`], with the response's status and headers.
    pub async fn item276_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item276Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items276", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item277(&self, id: &str) -> Result<Echo, Error<Item277Error>> {
        self.item277_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item277`], with the response's status and headers.
    pub async fn item277_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item277Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items277", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item278(&self, id: &str) -> Result<Echo, Error<Item278Error>> {
        self.item278_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item278`], with the response's status and headers.
    pub async fn item278_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item278Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items278", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item279(&self, id: &str) -> Result<Echo, Error<Item279Error>> {
        self.item279_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item279`], with the response's status and headers.
    pub async fn item279_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item279Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items279", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item280(&self, id: &str) -> Result<Echo, Error<Item280Error>> {
        self.item280_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item280`], with the response's status and headers.
    pub async fn item280_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item280Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items280", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item281(&self, id: &str) -> Result<Echo, Error<Item281Error>> {
        self.item281_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item281`], with the response's status and headers.
    pub async fn item281_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item281Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items281", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item282(&self, id: &str) -> Result<Echo, Error<Item282Error>> {
        self.item282_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item282`], with the response's status and headers.
    pub async fn item282_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item282Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items282", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item283(&self, id: &str) -> Result<Echo, Error<Item283Error>> {
        self.item283_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item283`], with the response's status and headers.
    pub async fn item283_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item283Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items283", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item284(&self, id: &str) -> Result<Echo, Error<Item284Error>> {
        self.item284_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item284`], with the response's status and headers.
    pub async fn item284_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item284Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items284", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item285(&self, id: &str) -> Result<Echo, Error<Item285Error>> {
        self.item285_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item285`], with the response's status and headers.
    pub async fn item285_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item285Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items285", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item286(&self, id: &str) -> Result<Echo, Error<Item286Error>> {
        self.item286_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item286`], with the response's status and headers.
    pub async fn item286_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item286Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items286", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item287(&self, id: &str) -> Result<Echo, Error<Item287Error>> {
        self.item287_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item287`], with the response's status and headers.
    pub async fn item287_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item287Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items287", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item288(&self, id: &str) -> Result<Echo, Error<Item288Error>> {
        self.item288_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item288`], with the response's status and headers.
    pub async fn item288_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item288Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items288", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item289(&self, id: &str) -> Result<Echo, Error<Item289Error>> {
        self.item289_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item289`], with the response's status and headers.
    pub async fn item289_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item289Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items289", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item290(&self, id: &str) -> Result<Echo, Error<Item290Error>> {
        self.item290_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item290`], with the response's status and headers.
    pub async fn item290_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item290Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items290", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item291(&self, id: &str) -> Result<Echo, Error<Item291Error>> {
        self.item291_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item291`], with the response's status and headers.
    pub async fn item291_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item291Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items291", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item292(&self, id: &str) -> Result<Echo, Error<Item292Error>> {
        self.item292_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item292`], with the response's status and headers.
    pub async fn item292_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item292Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items292", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item293(&self, id: &str) -> Result<Echo, Error<Item293Error>> {
        self.item293_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item293`], with the response's status and headers.
    pub async fn item293_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item293Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items293", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item294(&self, id: &str) -> Result<Echo, Error<Item294Error>> {
        self.item294_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item294`], with the response's status and headers.
    pub async fn item294_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item294Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items294", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item295(&self, id: &str) -> Result<Echo, Error<Item295Error>> {
        self.item295_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item295`], with the response's status and headers.
    pub async fn item295_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item295Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items295", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item296(&self, id: &str) -> Result<Echo, Error<Item296Error>> {
        self.item296_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item296`], with the response's status and headers.
    pub async fn item296_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item296Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items296", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item297(&self, id: &str) -> Result<Echo, Error<Item297Error>> {
        self.item297_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item297`], with the response's status and headers.
    pub async fn item297_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item297Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items297", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item298(&self, id: &str) -> Result<Echo, Error<Item298Error>> {
        self.item298_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item298`], with the response's status and headers.
    pub async fn item298_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item298Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items298", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item299(&self, id: &str) -> Result<Echo, Error<Item299Error>> {
        self.item299_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item299`], with the response's status and headers.
    pub async fn item299_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item299Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items299", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item300(&self, id: &str) -> Result<Echo, Error<Item300Error>> {
        self.item300_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item300`], with the response's status and headers.
    pub async fn item300_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item300Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items300", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item301(&self, id: &str) -> Result<Echo, Error<Item301Error>> {
        self.item301_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item301`], with the response's status and headers.
    pub async fn item301_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item301Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items301", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item302(&self, id: &str) -> Result<Echo, Error<Item302Error>> {
        self.item302_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item302`], with the response's status and headers.
    pub async fn item302_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item302Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items302", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item303(&self, id: &str) -> Result<Echo, Error<Item303Error>> {
        self.item303_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item303`], with the response's status and headers.
    pub async fn item303_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item303Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items303", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item304(&self, id: &str) -> Result<Echo, Error<Item304Error>> {
        self.item304_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item304`], with the response's status and headers.
    pub async fn item304_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item304Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items304", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item305(&self, id: &str) -> Result<Echo, Error<Item305Error>> {
        self.item305_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item305`], with the response's status and headers.
    pub async fn item305_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item305Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items305", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item306(&self, id: &str) -> Result<Echo, Error<Item306Error>> {
        self.item306_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item306`], with the response's status and headers.
    pub async fn item306_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item306Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items306", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item307(&self, id: &str) -> Result<Echo, Error<Item307Error>> {
        self.item307_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item307`], with the response's status and headers.
    pub async fn item307_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item307Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items307", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item308(&self, id: &str) -> Result<Echo, Error<Item308Error>> {
        self.item308_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item308`], with the response's status and headers.
    pub async fn item308_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item308Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items308", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item309(&self, id: &str) -> Result<Echo, Error<Item309Error>> {
        self.item309_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item309`], with the response's status and headers.
    pub async fn item309_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item309Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items309", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item310(&self, id: &str) -> Result<Echo, Error<Item310Error>> {
        self.item310_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item310`], with the response's status and headers.
    pub async fn item310_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item310Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items310", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item311(&self, id: &str) -> Result<Echo, Error<Item311Error>> {
        self.item311_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item311`], with the response's status and headers.
    pub async fn item311_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item311Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items311", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item312(&self, id: &str) -> Result<Echo, Error<Item312Error>> {
        self.item312_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item312`], with the response's status and headers.
    pub async fn item312_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item312Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items312", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item313(&self, id: &str) -> Result<Echo, Error<Item313Error>> {
        self.item313_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item313`], with the response's status and headers.
    pub async fn item313_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item313Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items313", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item314(&self, id: &str) -> Result<Echo, Error<Item314Error>> {
        self.item314_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item314`], with the response's status and headers.
    pub async fn item314_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item314Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items314", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item315(&self, id: &str) -> Result<Echo, Error<Item315Error>> {
        self.item315_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item315`], with the response's status and headers.
    pub async fn item315_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item315Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items315", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item316(&self, id: &str) -> Result<Echo, Error<Item316Error>> {
        self.item316_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item316`], with the response's status and headers.
    pub async fn item316_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item316Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items316", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item317(&self, id: &str) -> Result<Echo, Error<Item317Error>> {
        self.item317_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item317`], with the response's status and headers.
    pub async fn item317_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item317Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items317", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item318(&self, id: &str) -> Result<Echo, Error<Item318Error>> {
        self.item318_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item318`], with the response's status and headers.
    pub async fn item318_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item318Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items318", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item319(&self, id: &str) -> Result<Echo, Error<Item319Error>> {
        self.item319_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item319`], with the response's status and headers.
    pub async fn item319_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item319Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items319", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item320(&self, id: &str) -> Result<Echo, Error<Item320Error>> {
        self.item320_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item320`], with the response's status and headers.
    pub async fn item320_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item320Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items320", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item321(&self, id: &str) -> Result<Echo, Error<Item321Error>> {
        self.item321_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item321`], with the response's status and headers.
    pub async fn item321_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item321Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items321", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item322(&self, id: &str) -> Result<Echo, Error<Item322Error>> {
        self.item322_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item322`], with the response's status and headers.
    pub async fn item322_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item322Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items322", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item323(&self, id: &str) -> Result<Echo, Error<Item323Error>> {
        self.item323_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item323`], with the response's status and headers.
    pub async fn item323_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item323Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items323", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item324(&self, id: &str) -> Result<Echo, Error<Item324Error>> {
        self.item324_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item324`], with the response's status and headers.
    pub async fn item324_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item324Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items324", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item325(&self, id: &str) -> Result<Echo, Error<Item325Error>> {
        self.item325_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item325`], with the response's status and headers.
    pub async fn item325_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item325Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items325", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item326(&self, id: &str) -> Result<Echo, Error<Item326Error>> {
        self.item326_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item326`], with the response's status and headers.
    pub async fn item326_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item326Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items326", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item327(&self, id: &str) -> Result<Echo, Error<Item327Error>> {
        self.item327_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item327`], with the response's status and headers.
    pub async fn item327_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item327Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items327", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item328(&self, id: &str) -> Result<Echo, Error<Item328Error>> {
        self.item328_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item328`], with the response's status and headers.
    pub async fn item328_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item328Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items328", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item329(&self, id: &str) -> Result<Echo, Error<Item329Error>> {
        self.item329_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item329`], with the response's status and headers.
    pub async fn item329_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item329Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items329", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item330(&self, id: &str) -> Result<Echo, Error<Item330Error>> {
        self.item330_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item330`], with the response's status and headers.
    pub async fn item330_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item330Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items330", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item331(&self, id: &str) -> Result<Echo, Error<Item331Error>> {
        self.item331_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item331`], with the response's status and headers.
    pub async fn item331_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item331Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items331", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item332(&self, id: &str) -> Result<Echo, Error<Item332Error>> {
        self.item332_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item332`], with the response's status and headers.
    pub async fn item332_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item332Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items332", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item333(&self, id: &str) -> Result<Echo, Error<Item333Error>> {
        self.item333_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item333`], with the response's status and headers.
    pub async fn item333_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item333Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items333", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item334(&self, id: &str) -> Result<Echo, Error<Item334Error>> {
        self.item334_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item334`], with the response's status and headers.
    pub async fn item334_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item334Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items334", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item335(&self, id: &str) -> Result<Echo, Error<Item335Error>> {
        self.item335_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item335`], with the response's status and headers.
    pub async fn item335_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item335Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items335", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item336(&self, id: &str) -> Result<Echo, Error<Item336Error>> {
        self.item336_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item336`], with the response's status and headers.
    pub async fn item336_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item336Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items336", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item337(&self, id: &str) -> Result<Echo, Error<Item337Error>> {
        self.item337_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item337`], with the response's status and headers.
    pub async fn item337_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item337Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items337", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item338(&self, id: &str) -> Result<Echo, Error<Item338Error>> {
        self.item338_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item338`], with the response's status and headers.
    pub async fn item338_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item338Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items338", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item339(&self, id: &str) -> Result<Echo, Error<Item339Error>> {
        self.item339_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item339`], with the response's status and headers.
    pub async fn item339_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item339Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items339", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item340(&self, id: &str) -> Result<Echo, Error<Item340Error>> {
        self.item340_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item340`], with the response's status and headers.
    pub async fn item340_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item340Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items340", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item341(&self, id: &str) -> Result<Echo, Error<Item341Error>> {
        self.item341_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item341`], with the response's status and headers.
    pub async fn item341_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item341Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items341", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item342(&self, id: &str) -> Result<Echo, Error<Item342Error>> {
        self.item342_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item342`], with the response's status and headers.
    pub async fn item342_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item342Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items342", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item343(&self, id: &str) -> Result<Echo, Error<Item343Error>> {
        self.item343_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item343`], with the response's status and headers.
    pub async fn item343_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item343Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items343", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item344(&self, id: &str) -> Result<Echo, Error<Item344Error>> {
        self.item344_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item344`], with the response's status and headers.
    pub async fn item344_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item344Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items344", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item345(&self, id: &str) -> Result<Echo, Error<Item345Error>> {
        self.item345_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item345`], with the response's status and headers.
    pub async fn item345_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item345Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items345", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item346(&self, id: &str) -> Result<Echo, Error<Item346Error>> {
        self.item346_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item346`], with the response's status and headers.
    pub async fn item346_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item346Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items346", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item347(&self, id: &str) -> Result<Echo, Error<Item347Error>> {
        self.item347_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item347`], with the response's status and headers.
    pub async fn item347_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item347Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items347", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item348(&self, id: &str) -> Result<Echo, Error<Item348Error>> {
        self.item348_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item348`], with the response's status and headers.
    pub async fn item348_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item348Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items348", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item349(&self, id: &str) -> Result<Echo, Error<Item349Error>> {
        self.item349_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item349`], with the response's status and headers.
    pub async fn item349_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item349Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items349", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item350(&self, id: &str) -> Result<Echo, Error<Item350Error>> {
        self.item350_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item350`], with the response's status and headers.
    pub async fn item350_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item350Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items350", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item351(&self, id: &str) -> Result<Echo, Error<Item351Error>> {
        self.item351_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item351`], with the response's status and headers.
    pub async fn item351_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item351Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items351", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item352(&self, id: &str) -> Result<Echo, Error<Item352Error>> {
        self.item352_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item352`], with the response's status and headers.
    pub async fn item352_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item352Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items352", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item353(&self, id: &str) -> Result<Echo, Error<Item353Error>> {
        self.item353_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item353`], with the response's status and headers.
    pub async fn item353_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item353Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items353", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item354(&self, id: &str) -> Result<Echo, Error<Item354Error>> {
        self.item354_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item354`], with the response's status and headers.
    pub async fn item354_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item354Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items354", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item355(&self, id: &str) -> Result<Echo, Error<Item355Error>> {
        self.item355_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item355`], with the response's status and headers.
    pub async fn item355_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item355Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items355", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item356(&self, id: &str) -> Result<Echo, Error<Item356Error>> {
        self.item356_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item356`], with the response's status and headers.
    pub async fn item356_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item356Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items356", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item357(&self, id: &str) -> Result<Echo, Error<Item357Error>> {
        self.item357_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item357`], with the response's status and headers.
    pub async fn item357_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item357Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items357", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item358(&self, id: &str) -> Result<Echo, Error<Item358Error>> {
        self.item358_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item358`], with the response's status and headers.
    pub async fn item358_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item358Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items358", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item359(&self, id: &str) -> Result<Echo, Error<Item359Error>> {
        self.item359_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item359`], with the response's status and headers.
    pub async fn item359_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item359Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items359", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item360(&self, id: &str) -> Result<Echo, Error<Item360Error>> {
        self.item360_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item360`], with the response's status and headers.
    pub async fn item360_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item360Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items360", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item361(&self, id: &str) -> Result<Echo, Error<Item361Error>> {
        self.item361_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item361`], with the response's status and headers.
    pub async fn item361_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item361Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items361", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item362(&self, id: &str) -> Result<Echo, Error<Item362Error>> {
        self.item362_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item362`], with the response's status and headers.
    pub async fn item362_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item362Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items362", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item363(&self, id: &str) -> Result<Echo, Error<Item363Error>> {
        self.item363_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item363`], with the response's status and headers.
    pub async fn item363_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item363Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items363", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item364(&self, id: &str) -> Result<Echo, Error<Item364Error>> {
        self.item364_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item364`], with the response's status and headers.
    pub async fn item364_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item364Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items364", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item365(&self, id: &str) -> Result<Echo, Error<Item365Error>> {
        self.item365_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item365`], with the response's status and headers.
    pub async fn item365_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item365Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items365", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item366(&self, id: &str) -> Result<Echo, Error<Item366Error>> {
        self.item366_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item366`], with the response's status and headers.
    pub async fn item366_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item366Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items366", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item367(&self, id: &str) -> Result<Echo, Error<Item367Error>> {
        self.item367_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item367`], with the response's status and headers.
    pub async fn item367_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item367Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items367", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item368(&self, id: &str) -> Result<Echo, Error<Item368Error>> {
        self.item368_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item368`], with the response's status and headers.
    pub async fn item368_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item368Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items368", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item369(&self, id: &str) -> Result<Echo, Error<Item369Error>> {
        self.item369_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item369`], with the response's status and headers.
    pub async fn item369_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item369Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items369", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item370(&self, id: &str) -> Result<Echo, Error<Item370Error>> {
        self.item370_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item370`], with the response's status and headers.
    pub async fn item370_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item370Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items370", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item371(&self, id: &str) -> Result<Echo, Error<Item371Error>> {
        self.item371_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item371`], with the response's status and headers.
    pub async fn item371_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item371Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items371", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item372(&self, id: &str) -> Result<Echo, Error<Item372Error>> {
        self.item372_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item372`], with the response's status and headers.
    pub async fn item372_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item372Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items372", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item373(&self, id: &str) -> Result<Echo, Error<Item373Error>> {
        self.item373_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item373`], with the response's status and headers.
    pub async fn item373_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item373Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items373", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item374(&self, id: &str) -> Result<Echo, Error<Item374Error>> {
        self.item374_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item374`], with the response's status and headers.
    pub async fn item374_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item374Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items374", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item375(&self, id: &str) -> Result<Echo, Error<Item375Error>> {
        self.item375_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item375`], with the response's status and headers.
    pub async fn item375_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item375Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items375", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item376(&self, id: &str) -> Result<Echo, Error<Item376Error>> {
        self.item376_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item376`], with the response's status and headers.
    pub async fn item376_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item376Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items376", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item377(&self, id: &str) -> Result<Echo, Error<Item377Error>> {
        self.item377_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item377`], with the response's status and headers.
    pub async fn item377_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item377Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items377", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item378(&self, id: &str) -> Result<Echo, Error<Item378Error>> {
        self.item378_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item378`], with the response's status and headers.
    pub async fn item378_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item378Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items378", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item379(&self, id: &str) -> Result<Echo, Error<Item379Error>> {
        self.item379_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item379`], with the response's status and headers.
    pub async fn item379_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item379Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items379", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item380(&self, id: &str) -> Result<Echo, Error<Item380Error>> {
        self.item380_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item380`], with the response's status and headers.
    pub async fn item380_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item380Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items380", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item381(&self, id: &str) -> Result<Echo, Error<Item381Error>> {
        self.item381_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item381`], with the response's status and headers.
    pub async fn item381_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item381Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items381", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item382(&self, id: &str) -> Result<Echo, Error<Item382Error>> {
        self.item382_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item382`], with the response's status and headers.
    pub async fn item382_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item382Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items382", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item383(&self, id: &str) -> Result<Echo, Error<Item383Error>> {
        self.item383_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item383`], with the response's status and headers.
    pub async fn item383_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item383Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items383", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item384(&self, id: &str) -> Result<Echo, Error<Item384Error>> {
        self.item384_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item384`], with the response's status and headers.
    pub async fn item384_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item384Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items384", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item385(&self, id: &str) -> Result<Echo, Error<Item385Error>> {
        self.item385_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item385`], with the response's status and headers.
    pub async fn item385_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item385Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items385", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item386(&self, id: &str) -> Result<Echo, Error<Item386Error>> {
        self.item386_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item386`], with the response's status and headers.
    pub async fn item386_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item386Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items386", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item387(&self, id: &str) -> Result<Echo, Error<Item387Error>> {
        self.item387_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item387`], with the response's status and headers.
    pub async fn item387_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item387Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items387", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item388(&self, id: &str) -> Result<Echo, Error<Item388Error>> {
        self.item388_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item388`], with the response's status and headers.
    pub async fn item388_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item388Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items388", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item389(&self, id: &str) -> Result<Echo, Error<Item389Error>> {
        self.item389_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item389`], with the response's status and headers.
    pub async fn item389_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item389Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items389", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item390(&self, id: &str) -> Result<Echo, Error<Item390Error>> {
        self.item390_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item390`], with the response's status and headers.
    pub async fn item390_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item390Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items390", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item391(&self, id: &str) -> Result<Echo, Error<Item391Error>> {
        self.item391_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item391`], with the response's status and headers.
    pub async fn item391_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item391Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items391", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item392(&self, id: &str) -> Result<Echo, Error<Item392Error>> {
        self.item392_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item392`], with the response's status and headers.
    pub async fn item392_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item392Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items392", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item393(&self, id: &str) -> Result<Echo, Error<Item393Error>> {
        self.item393_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item393`], with the response's status and headers.
    pub async fn item393_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item393Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items393", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item394(&self, id: &str) -> Result<Echo, Error<Item394Error>> {
        self.item394_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item394`], with the response's status and headers.
    pub async fn item394_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item394Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items394", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item395(&self, id: &str) -> Result<Echo, Error<Item395Error>> {
        self.item395_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item395`], with the response's status and headers.
    pub async fn item395_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item395Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items395", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item396(&self, id: &str) -> Result<Echo, Error<Item396Error>> {
        self.item396_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item396`], with the response's status and headers.
    pub async fn item396_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item396Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items396", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item397(&self, id: &str) -> Result<Echo, Error<Item397Error>> {
        self.item397_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item397`], with the response's status and headers.
    pub async fn item397_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item397Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items397", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item398(&self, id: &str) -> Result<Echo, Error<Item398Error>> {
        self.item398_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item398`], with the response's status and headers.
    pub async fn item398_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item398Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items398", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item399(&self, id: &str) -> Result<Echo, Error<Item399Error>> {
        self.item399_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item399`], with the response's status and headers.
    pub async fn item399_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item399Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items399", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item400(&self, id: &str) -> Result<Echo, Error<Item400Error>> {
        self.item400_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item400`], with the response's status and headers.
    pub async fn item400_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item400Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items400", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item401(&self, id: &str) -> Result<Echo, Error<Item401Error>> {
        self.item401_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item401`], with the response's status and headers.
    pub async fn item401_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item401Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items401", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item402(&self, id: &str) -> Result<Echo, Error<Item402Error>> {
        self.item402_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item402`], with the response's status and headers.
    pub async fn item402_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item402Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items402", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item403(&self, id: &str) -> Result<Echo, Error<Item403Error>> {
        self.item403_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item403`], with the response's status and headers.
    pub async fn item403_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item403Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items403", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item404(&self, id: &str) -> Result<Echo, Error<Item404Error>> {
        self.item404_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item404`], with the response's status and headers.
    pub async fn item404_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item404Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items404", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item405(&self, id: &str) -> Result<Echo, Error<Item405Error>> {
        self.item405_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item405`], with the response's status and headers.
    pub async fn item405_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item405Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items405", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item406(&self, id: &str) -> Result<Echo, Error<Item406Error>> {
        self.item406_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item406`], with the response's status and headers.
    pub async fn item406_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item406Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items406", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item407(&self, id: &str) -> Result<Echo, Error<Item407Error>> {
        self.item407_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item407`], with the response's status and headers.
    pub async fn item407_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item407Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items407", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item408(&self, id: &str) -> Result<Echo, Error<Item408Error>> {
        self.item408_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item408`], with the response's status and headers.
    pub async fn item408_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item408Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items408", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item409(&self, id: &str) -> Result<Echo, Error<Item409Error>> {
        self.item409_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item409`], with the response's status and headers.
    pub async fn item409_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item409Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items409", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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
    pub async fn item410(&self, id: &str) -> Result<Echo, Error<Item410Error>> {
        self.item410_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// Like [`Client::item410`], with the response's status and headers.
    pub async fn item410_with_response(
        &self,
        id: &str,
    ) -> Result<ResponseValue<Echo>, Error<Item410Error>> {
        let query = Vec::new();
        let headers = Vec::new();
        let Raw { status, headers: response_headers, body } = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["items410", id],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        let value = match status {
            200 => decode(status, &response_headers, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    headers: Box::new(response_headers.clone()),
                    body,
                })
            }
        };
        value.map(|value| ResponseValue::new(status, response_headers, value))
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

/// Error responses `item233` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item233Error {}
impl Item233Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item233Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item233Error {}
impl ApiError for Item233Error {
    fn status(&self) -> u16 {
        Item233Error::status(self)
    }
}

/// Error responses `item234` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item234Error {}
impl Item234Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item234Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item234Error {}
impl ApiError for Item234Error {
    fn status(&self) -> u16 {
        Item234Error::status(self)
    }
}

/// Error responses `item235` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item235Error {}
impl Item235Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item235Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item235Error {}
impl ApiError for Item235Error {
    fn status(&self) -> u16 {
        Item235Error::status(self)
    }
}

/// Error responses `item236` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item236Error {}
impl Item236Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item236Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item236Error {}
impl ApiError for Item236Error {
    fn status(&self) -> u16 {
        Item236Error::status(self)
    }
}

/// Error responses `item237` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item237Error {}
impl Item237Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item237Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item237Error {}
impl ApiError for Item237Error {
    fn status(&self) -> u16 {
        Item237Error::status(self)
    }
}

/// Error responses `item238` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item238Error {}
impl Item238Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item238Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item238Error {}
impl ApiError for Item238Error {
    fn status(&self) -> u16 {
        Item238Error::status(self)
    }
}

/// Error responses `item239` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item239Error {}
impl Item239Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item239Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item239Error {}
impl ApiError for Item239Error {
    fn status(&self) -> u16 {
        Item239Error::status(self)
    }
}

/// Error responses `item240` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item240Error {}
impl Item240Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item240Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item240Error {}
impl ApiError for Item240Error {
    fn status(&self) -> u16 {
        Item240Error::status(self)
    }
}

/// Error responses `item241` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item241Error {}
impl Item241Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item241Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item241Error {}
impl ApiError for Item241Error {
    fn status(&self) -> u16 {
        Item241Error::status(self)
    }
}

/// Error responses `item242` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item242Error {}
impl Item242Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item242Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item242Error {}
impl ApiError for Item242Error {
    fn status(&self) -> u16 {
        Item242Error::status(self)
    }
}

/// Error responses `item243` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item243Error {}
impl Item243Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item243Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item243Error {}
impl ApiError for Item243Error {
    fn status(&self) -> u16 {
        Item243Error::status(self)
    }
}

/// Error responses `item244` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item244Error {}
impl Item244Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item244Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item244Error {}
impl ApiError for Item244Error {
    fn status(&self) -> u16 {
        Item244Error::status(self)
    }
}

/// Error responses `item245` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item245Error {}
impl Item245Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item245Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item245Error {}
impl ApiError for Item245Error {
    fn status(&self) -> u16 {
        Item245Error::status(self)
    }
}

/// Error responses `item246` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item246Error {}
impl Item246Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item246Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item246Error {}
impl ApiError for Item246Error {
    fn status(&self) -> u16 {
        Item246Error::status(self)
    }
}

/// Error responses `item247` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item247Error {}
impl Item247Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item247Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item247Error {}
impl ApiError for Item247Error {
    fn status(&self) -> u16 {
        Item247Error::status(self)
    }
}

/// Error responses `item248` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item248Error {}
impl Item248Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item248Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item248Error {}
impl ApiError for Item248Error {
    fn status(&self) -> u16 {
        Item248Error::status(self)
    }
}

/// Error responses `item249` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item249Error {}
impl Item249Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item249Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item249Error {}
impl ApiError for Item249Error {
    fn status(&self) -> u16 {
        Item249Error::status(self)
    }
}

/// Error responses `item250` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item250Error {}
impl Item250Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item250Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item250Error {}
impl ApiError for Item250Error {
    fn status(&self) -> u16 {
        Item250Error::status(self)
    }
}

/// Error responses `item251` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item251Error {}
impl Item251Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item251Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item251Error {}
impl ApiError for Item251Error {
    fn status(&self) -> u16 {
        Item251Error::status(self)
    }
}

/// Error responses `item252` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item252Error {}
impl Item252Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item252Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item252Error {}
impl ApiError for Item252Error {
    fn status(&self) -> u16 {
        Item252Error::status(self)
    }
}

/// Error responses `item253` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item253Error {}
impl Item253Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item253Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item253Error {}
impl ApiError for Item253Error {
    fn status(&self) -> u16 {
        Item253Error::status(self)
    }
}

/// Error responses `item254` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item254Error {}
impl Item254Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item254Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item254Error {}
impl ApiError for Item254Error {
    fn status(&self) -> u16 {
        Item254Error::status(self)
    }
}

/// Error responses `item255` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item255Error {}
impl Item255Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item255Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item255Error {}
impl ApiError for Item255Error {
    fn status(&self) -> u16 {
        Item255Error::status(self)
    }
}

/// Error responses `item256` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item256Error {}
impl Item256Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item256Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item256Error {}
impl ApiError for Item256Error {
    fn status(&self) -> u16 {
        Item256Error::status(self)
    }
}

/// Error responses `item257` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item257Error {}
impl Item257Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item257Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item257Error {}
impl ApiError for Item257Error {
    fn status(&self) -> u16 {
        Item257Error::status(self)
    }
}

/// Error responses `item258` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item258Error {}
impl Item258Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item258Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item258Error {}
impl ApiError for Item258Error {
    fn status(&self) -> u16 {
        Item258Error::status(self)
    }
}

/// Error responses `item259` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item259Error {}
impl Item259Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item259Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item259Error {}
impl ApiError for Item259Error {
    fn status(&self) -> u16 {
        Item259Error::status(self)
    }
}

/// Error responses `item260` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item260Error {}
impl Item260Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item260Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item260Error {}
impl ApiError for Item260Error {
    fn status(&self) -> u16 {
        Item260Error::status(self)
    }
}

/// Error responses `item261` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item261Error {}
impl Item261Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item261Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item261Error {}
impl ApiError for Item261Error {
    fn status(&self) -> u16 {
        Item261Error::status(self)
    }
}

/// Error responses `item262` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item262Error {}
impl Item262Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item262Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item262Error {}
impl ApiError for Item262Error {
    fn status(&self) -> u16 {
        Item262Error::status(self)
    }
}

/// Error responses `item263` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item263Error {}
impl Item263Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item263Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item263Error {}
impl ApiError for Item263Error {
    fn status(&self) -> u16 {
        Item263Error::status(self)
    }
}

/// Error responses `item264` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item264Error {}
impl Item264Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item264Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item264Error {}
impl ApiError for Item264Error {
    fn status(&self) -> u16 {
        Item264Error::status(self)
    }
}

/// Error responses `item265` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item265Error {}
impl Item265Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item265Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item265Error {}
impl ApiError for Item265Error {
    fn status(&self) -> u16 {
        Item265Error::status(self)
    }
}

/// Error responses `item266` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item266Error {}
impl Item266Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item266Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item266Error {}
impl ApiError for Item266Error {
    fn status(&self) -> u16 {
        Item266Error::status(self)
    }
}

/// Error responses `item267` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item267Error {}
impl Item267Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item267Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item267Error {}
impl ApiError for Item267Error {
    fn status(&self) -> u16 {
        Item267Error::status(self)
    }
}

/// Error responses `item268` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item268Error {}
impl Item268Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item268Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item268Error {}
impl ApiError for Item268Error {
    fn status(&self) -> u16 {
        Item268Error::status(self)
    }
}

/// Error responses `item269` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item269Error {}
impl Item269Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item269Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item269Error {}
impl ApiError for Item269Error {
    fn status(&self) -> u16 {
        Item269Error::status(self)
    }
}

/// Error responses `item270` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item270Error {}
impl Item270Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item270Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item270Error {}
impl ApiError for Item270Error {
    fn status(&self) -> u16 {
        Item270Error::status(self)
    }
}

/// Error responses `item271` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item271Error {}
impl Item271Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item271Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item271Error {}
impl ApiError for Item271Error {
    fn status(&self) -> u16 {
        Item271Error::status(self)
    }
}

/// Error responses `item272` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item272Error {}
impl Item272Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item272Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item272Error {}
impl ApiError for Item272Error {
    fn status(&self) -> u16 {
        Item272Error::status(self)
    }
}

/// Error responses `item273` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item273Error {}
impl Item273Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item273Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item273Error {}
impl ApiError for Item273Error {
    fn status(&self) -> u16 {
        Item273Error::status(self)
    }
}

/// Error responses `item274` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item274Error {}
impl Item274Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item274Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item274Error {}
impl ApiError for Item274Error {
    fn status(&self) -> u16 {
        Item274Error::status(self)
    }
}

/// Error responses `item275` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item275Error {}
impl Item275Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item275Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item275Error {}
impl ApiError for Item275Error {
    fn status(&self) -> u16 {
        Item275Error::status(self)
    }
}

/// Error responses `item276` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item276Error {}
impl Item276Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item276Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item276Error {}
impl ApiError for Item276Error {
    fn status(&self) -> u16 {
        Item276Error::status(self)
    }
}

/// Error responses `item277` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item277Error {}
impl Item277Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item277Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item277Error {}
impl ApiError for Item277Error {
    fn status(&self) -> u16 {
        Item277Error::status(self)
    }
}

/// Error responses `item278` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item278Error {}
impl Item278Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item278Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item278Error {}
impl ApiError for Item278Error {
    fn status(&self) -> u16 {
        Item278Error::status(self)
    }
}

/// Error responses `item279` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item279Error {}
impl Item279Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item279Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item279Error {}
impl ApiError for Item279Error {
    fn status(&self) -> u16 {
        Item279Error::status(self)
    }
}

/// Error responses `item280` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item280Error {}
impl Item280Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item280Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item280Error {}
impl ApiError for Item280Error {
    fn status(&self) -> u16 {
        Item280Error::status(self)
    }
}

/// Error responses `item281` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item281Error {}
impl Item281Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item281Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item281Error {}
impl ApiError for Item281Error {
    fn status(&self) -> u16 {
        Item281Error::status(self)
    }
}

/// Error responses `item282` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item282Error {}
impl Item282Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item282Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item282Error {}
impl ApiError for Item282Error {
    fn status(&self) -> u16 {
        Item282Error::status(self)
    }
}

/// Error responses `item283` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item283Error {}
impl Item283Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item283Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item283Error {}
impl ApiError for Item283Error {
    fn status(&self) -> u16 {
        Item283Error::status(self)
    }
}

/// Error responses `item284` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item284Error {}
impl Item284Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item284Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item284Error {}
impl ApiError for Item284Error {
    fn status(&self) -> u16 {
        Item284Error::status(self)
    }
}

/// Error responses `item285` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item285Error {}
impl Item285Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item285Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item285Error {}
impl ApiError for Item285Error {
    fn status(&self) -> u16 {
        Item285Error::status(self)
    }
}

/// Error responses `item286` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item286Error {}
impl Item286Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item286Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item286Error {}
impl ApiError for Item286Error {
    fn status(&self) -> u16 {
        Item286Error::status(self)
    }
}

/// Error responses `item287` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item287Error {}
impl Item287Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item287Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item287Error {}
impl ApiError for Item287Error {
    fn status(&self) -> u16 {
        Item287Error::status(self)
    }
}

/// Error responses `item288` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item288Error {}
impl Item288Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item288Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item288Error {}
impl ApiError for Item288Error {
    fn status(&self) -> u16 {
        Item288Error::status(self)
    }
}

/// Error responses `item289` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item289Error {}
impl Item289Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item289Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item289Error {}
impl ApiError for Item289Error {
    fn status(&self) -> u16 {
        Item289Error::status(self)
    }
}

/// Error responses `item290` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item290Error {}
impl Item290Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item290Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item290Error {}
impl ApiError for Item290Error {
    fn status(&self) -> u16 {
        Item290Error::status(self)
    }
}

/// Error responses `item291` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item291Error {}
impl Item291Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item291Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item291Error {}
impl ApiError for Item291Error {
    fn status(&self) -> u16 {
        Item291Error::status(self)
    }
}

/// Error responses `item292` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item292Error {}
impl Item292Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item292Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item292Error {}
impl ApiError for Item292Error {
    fn status(&self) -> u16 {
        Item292Error::status(self)
    }
}

/// Error responses `item293` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item293Error {}
impl Item293Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item293Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item293Error {}
impl ApiError for Item293Error {
    fn status(&self) -> u16 {
        Item293Error::status(self)
    }
}

/// Error responses `item294` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item294Error {}
impl Item294Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item294Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item294Error {}
impl ApiError for Item294Error {
    fn status(&self) -> u16 {
        Item294Error::status(self)
    }
}

/// Error responses `item295` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item295Error {}
impl Item295Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item295Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item295Error {}
impl ApiError for Item295Error {
    fn status(&self) -> u16 {
        Item295Error::status(self)
    }
}

/// Error responses `item296` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item296Error {}
impl Item296Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item296Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item296Error {}
impl ApiError for Item296Error {
    fn status(&self) -> u16 {
        Item296Error::status(self)
    }
}

/// Error responses `item297` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item297Error {}
impl Item297Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item297Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item297Error {}
impl ApiError for Item297Error {
    fn status(&self) -> u16 {
        Item297Error::status(self)
    }
}

/// Error responses `item298` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item298Error {}
impl Item298Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item298Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item298Error {}
impl ApiError for Item298Error {
    fn status(&self) -> u16 {
        Item298Error::status(self)
    }
}

/// Error responses `item299` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item299Error {}
impl Item299Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item299Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item299Error {}
impl ApiError for Item299Error {
    fn status(&self) -> u16 {
        Item299Error::status(self)
    }
}

/// Error responses `item300` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item300Error {}
impl Item300Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item300Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item300Error {}
impl ApiError for Item300Error {
    fn status(&self) -> u16 {
        Item300Error::status(self)
    }
}

/// Error responses `item301` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item301Error {}
impl Item301Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item301Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item301Error {}
impl ApiError for Item301Error {
    fn status(&self) -> u16 {
        Item301Error::status(self)
    }
}

/// Error responses `item302` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item302Error {}
impl Item302Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item302Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item302Error {}
impl ApiError for Item302Error {
    fn status(&self) -> u16 {
        Item302Error::status(self)
    }
}

/// Error responses `item303` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item303Error {}
impl Item303Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item303Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item303Error {}
impl ApiError for Item303Error {
    fn status(&self) -> u16 {
        Item303Error::status(self)
    }
}

/// Error responses `item304` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item304Error {}
impl Item304Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item304Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item304Error {}
impl ApiError for Item304Error {
    fn status(&self) -> u16 {
        Item304Error::status(self)
    }
}

/// Error responses `item305` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item305Error {}
impl Item305Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item305Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item305Error {}
impl ApiError for Item305Error {
    fn status(&self) -> u16 {
        Item305Error::status(self)
    }
}

/// Error responses `item306` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item306Error {}
impl Item306Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item306Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item306Error {}
impl ApiError for Item306Error {
    fn status(&self) -> u16 {
        Item306Error::status(self)
    }
}

/// Error responses `item307` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item307Error {}
impl Item307Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item307Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item307Error {}
impl ApiError for Item307Error {
    fn status(&self) -> u16 {
        Item307Error::status(self)
    }
}

/// Error responses `item308` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item308Error {}
impl Item308Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item308Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item308Error {}
impl ApiError for Item308Error {
    fn status(&self) -> u16 {
        Item308Error::status(self)
    }
}

/// Error responses `item309` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item309Error {}
impl Item309Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item309Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item309Error {}
impl ApiError for Item309Error {
    fn status(&self) -> u16 {
        Item309Error::status(self)
    }
}

/// Error responses `item310` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item310Error {}
impl Item310Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item310Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item310Error {}
impl ApiError for Item310Error {
    fn status(&self) -> u16 {
        Item310Error::status(self)
    }
}

/// Error responses `item311` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item311Error {}
impl Item311Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item311Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item311Error {}
impl ApiError for Item311Error {
    fn status(&self) -> u16 {
        Item311Error::status(self)
    }
}

/// Error responses `item312` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item312Error {}
impl Item312Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item312Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item312Error {}
impl ApiError for Item312Error {
    fn status(&self) -> u16 {
        Item312Error::status(self)
    }
}

/// Error responses `item313` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item313Error {}
impl Item313Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item313Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item313Error {}
impl ApiError for Item313Error {
    fn status(&self) -> u16 {
        Item313Error::status(self)
    }
}

/// Error responses `item314` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item314Error {}
impl Item314Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item314Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item314Error {}
impl ApiError for Item314Error {
    fn status(&self) -> u16 {
        Item314Error::status(self)
    }
}

/// Error responses `item315` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item315Error {}
impl Item315Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item315Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item315Error {}
impl ApiError for Item315Error {
    fn status(&self) -> u16 {
        Item315Error::status(self)
    }
}

/// Error responses `item316` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item316Error {}
impl Item316Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item316Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item316Error {}
impl ApiError for Item316Error {
    fn status(&self) -> u16 {
        Item316Error::status(self)
    }
}

/// Error responses `item317` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item317Error {}
impl Item317Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item317Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item317Error {}
impl ApiError for Item317Error {
    fn status(&self) -> u16 {
        Item317Error::status(self)
    }
}

/// Error responses `item318` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item318Error {}
impl Item318Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item318Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item318Error {}
impl ApiError for Item318Error {
    fn status(&self) -> u16 {
        Item318Error::status(self)
    }
}

/// Error responses `item319` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item319Error {}
impl Item319Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item319Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item319Error {}
impl ApiError for Item319Error {
    fn status(&self) -> u16 {
        Item319Error::status(self)
    }
}

/// Error responses `item320` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item320Error {}
impl Item320Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item320Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item320Error {}
impl ApiError for Item320Error {
    fn status(&self) -> u16 {
        Item320Error::status(self)
    }
}

/// Error responses `item321` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item321Error {}
impl Item321Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item321Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item321Error {}
impl ApiError for Item321Error {
    fn status(&self) -> u16 {
        Item321Error::status(self)
    }
}

/// Error responses `item322` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item322Error {}
impl Item322Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item322Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item322Error {}
impl ApiError for Item322Error {
    fn status(&self) -> u16 {
        Item322Error::status(self)
    }
}

/// Error responses `item323` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item323Error {}
impl Item323Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item323Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item323Error {}
impl ApiError for Item323Error {
    fn status(&self) -> u16 {
        Item323Error::status(self)
    }
}

// The rest of this file, in parts of about 25000 lines (editors and rustc handle those better).
include!("client/part_002.rs");
