//! An async client: one method per operation, typed parameters, typed errors per status.

#[allow(unused_imports)]
use super::models::*;

/// A client for composition beside properties 1.0.0.
///
/// Cheap to clone: clones share one connection pool.
#[derive(Clone)]
pub struct Client {
    base_url: String,
    http: reqwest::Client,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.base_url)
            .finish_non_exhaustive()
    }
}

/// What can go wrong calling an operation; `E` is the operation's documented errors.
#[derive(Debug)]
pub enum Error<E> {
    /// The server answered with an error status the operation documents.
    Api(E),
    /// The server answered with a status the operation does not document.
    UnexpectedStatus { status: u16, body: Vec<u8> },
    /// A documented status came with a body that does not match its schema.
    InvalidBody { status: u16, body: Vec<u8>, source: serde_json::Error },
    /// The request could not be built (a malformed base URL, an unserializable body).
    InvalidRequest(String),
    /// Connecting, sending or receiving failed.
    Transport(reqwest::Error),
}

impl<E> Error<E> {
    /// The HTTP status the server answered with, if it answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::UnexpectedStatus { status, .. }
            | Error::InvalidBody { status, .. } => Some(*status),
            Error::Transport(err) => err.status().map(|s| s.as_u16()),
            Error::Api(_) | Error::InvalidRequest(_) => None,
        }
    }
}

impl<E: std::fmt::Debug> std::fmt::Display for Error<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Api(err) => write!(f, "the server answered with an error: {err:?}"),
            Error::UnexpectedStatus { status, body } => {
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
        }
    }
}

impl<E: std::fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::InvalidBody { source, .. } => Some(source),
            Error::Transport(err) => Some(err),
            _ => None,
        }
    }
}

/// A request failed before any status was seen.
enum Failure {
    InvalidRequest(String),
    Transport(reqwest::Error),
}

impl<E> From<Failure> for Error<E> {
    fn from(failure: Failure) -> Self {
        match failure {
            Failure::InvalidRequest(reason) => Error::InvalidRequest(reason),
            Failure::Transport(err) => Error::Transport(err),
        }
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

/// Decodes a JSON body, keeping the raw bytes when it does not match.
fn decode<T: serde::de::DeserializeOwned, E>(
    status: u16,
    body: Vec<u8>,
) -> Result<T, Error<E>> {
    serde_json::from_slice(&body)
        .map_err(|source| Error::InvalidBody {
            status,
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
            http,
        }
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Sends one request and reads the whole response. Not generic: compiled once.
    async fn execute(&self, request: Request<'_>) -> Result<(u16, Vec<u8>), Failure> {
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
        let mut builder = self.http.request(request.method.clone(), url);
        for (name, value) in &request.headers {
            builder = builder.header(*name, value.as_str());
        }
        builder = builder.header("accept", request.accept);
        let response = builder.send().await.map_err(Failure::Transport)?;
        let status = response.status().as_u16();
        let body = response.bytes().await.map_err(Failure::Transport)?;
        Ok((status, body.to_vec()))
    }
}

impl Client {
    /// `GET /records`
    ///
    pub async fn list_records(
        &self,
    ) -> Result<ListRecordsOkBody, Error<ListRecordsError>> {
        let query = Vec::new();
        let headers = Vec::new();
        let (status, body) = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["records"],
                query,
                headers,
                accept: "application/json",
            })
            .await?;
        match status {
            200 => decode(status, body),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    body,
                })
            }
        }
    }
}

/// Error responses `list_records` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListRecordsError {}
impl ListRecordsError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}
