//! An async client: one method per operation, typed parameters, typed errors per status.

#[allow(unused_imports)]
use super::models::*;

/// A client for authentik 2024.8.3.
///
/// Cheap to clone: clones share one connection pool.
#[derive(Clone)]
pub struct Client {
    base_url: String,
    http: reqwest::Client,
    credentials: Credentials,
}

#[derive(Clone, Default)]
struct Credentials {
    bearer_token: Option<String>,
}

impl Credentials {
    /// Adds the configured credentials to a request that requires authentication.
    fn apply(
        &self,
        mut builder: reqwest::RequestBuilder,
        request: &Request<'_>,
    ) -> reqwest::RequestBuilder {
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
    body: Option<Body>,
    /// The media type the operation answers with.
    accept: &'static str,
    authenticated: bool,
}

/// A request body, encoded.
enum Body {
    Bytes { content_type: &'static str, bytes: Vec<u8> },
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

/// Serializes a JSON request body.
fn encode<T: serde::Serialize + ?Sized>(body: &T) -> Result<Vec<u8>, Failure> {
    serde_json::to_vec(body).map_err(|err| Failure::InvalidRequest(err.to_string()))
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
            credentials: Credentials::default(),
        }
    }

    /// Sends `Authorization: Bearer <token>` with every operation that requires authentication.
    pub fn with_bearer_token(mut self, token: impl Into<String>) -> Self {
        self.credentials.bearer_token = Some(token.into());
        self
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
        if request.authenticated {
            builder = self.credentials.apply(builder, &request);
        }
        match request.body {
            Some(Body::Bytes { content_type, bytes }) => {
                builder = builder.header("content-type", content_type).body(bytes);
            }
            None => {}
        }
        let response = builder.send().await.map_err(Failure::Transport)?;
        let status = response.status().as_u16();
        let body = response.bytes().await.map_err(Failure::Transport)?;
        Ok((status, body.to_vec()))
    }
}

impl Client {
    /// `GET /stages/source/`
    ///
    /// SourceStage Viewset
    pub async fn stages_source_list(
        &self,
        params: &StagesSourceListParams,
    ) -> Result<PaginatedSourceStageList, Error<StagesSourceListError>> {
        let mut query = Vec::new();
        let headers = Vec::new();
        if let Some(value) = &params.name {
            query.push(("name", ParamValue::to_param(value)));
        }
        if let Some(value) = &params.ordering {
            query.push(("ordering", ParamValue::to_param(value)));
        }
        if let Some(value) = &params.page {
            query.push(("page", ParamValue::to_param(value)));
        }
        if let Some(value) = &params.page_size {
            query.push(("page_size", ParamValue::to_param(value)));
        }
        if let Some(value) = &params.resume_timeout {
            query.push(("resume_timeout", ParamValue::to_param(value)));
        }
        if let Some(value) = &params.search {
            query.push(("search", ParamValue::to_param(value)));
        }
        if let Some(value) = &params.source {
            query.push(("source", ParamValue::to_param(value)));
        }
        if let Some(value) = &params.stage_uuid {
            query.push(("stage_uuid", ParamValue::to_param(value)));
        }
        let (status, body) = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["stages", "source", ""],
                query,
                headers,
                body: None,
                accept: "application/json",
                authenticated: true,
            })
            .await?;
        match status {
            200 => decode(status, body),
            400 => {
                Err(Error::Api(StagesSourceListError::BadRequest(decode(status, body)?)))
            }
            403 => {
                Err(Error::Api(StagesSourceListError::Forbidden(decode(status, body)?)))
            }
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    body,
                })
            }
        }
    }

    /// `POST /stages/source/`
    ///
    /// SourceStage Viewset
    pub async fn stages_source_create(
        &self,
        body: &SourceStageRequest,
    ) -> Result<SourceStage, Error<StagesSourceCreateError>> {
        let query = Vec::new();
        let headers = Vec::new();
        let (status, body) = self
            .execute(Request {
                method: reqwest::Method::POST,
                segments: &["stages", "source", ""],
                query,
                headers,
                body: Some(Body::Bytes {
                    content_type: "application/json",
                    bytes: encode(body)?,
                }),
                accept: "application/json",
                authenticated: true,
            })
            .await?;
        match status {
            201 => decode(status, body),
            400 => {
                Err(
                    Error::Api(
                        StagesSourceCreateError::BadRequest(decode(status, body)?),
                    ),
                )
            }
            403 => {
                Err(
                    Error::Api(StagesSourceCreateError::Forbidden(decode(status, body)?)),
                )
            }
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    body,
                })
            }
        }
    }

    /// `GET /stages/source/{stage_uuid}/`
    ///
    /// SourceStage Viewset
    pub async fn stages_source_retrieve(
        &self,
        stage_uuid: &uuid::Uuid,
    ) -> Result<SourceStage, Error<StagesSourceRetrieveError>> {
        let stage_uuid = ParamValue::to_param(stage_uuid);
        let query = Vec::new();
        let headers = Vec::new();
        let (status, body) = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["stages", "source", &stage_uuid, ""],
                query,
                headers,
                body: None,
                accept: "application/json",
                authenticated: true,
            })
            .await?;
        match status {
            200 => decode(status, body),
            400 => {
                Err(
                    Error::Api(
                        StagesSourceRetrieveError::BadRequest(decode(status, body)?),
                    ),
                )
            }
            403 => {
                Err(
                    Error::Api(
                        StagesSourceRetrieveError::Forbidden(decode(status, body)?),
                    ),
                )
            }
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    body,
                })
            }
        }
    }

    /// `PUT /stages/source/{stage_uuid}/`
    ///
    /// SourceStage Viewset
    pub async fn stages_source_update(
        &self,
        stage_uuid: &uuid::Uuid,
        body: &SourceStageRequest,
    ) -> Result<SourceStage, Error<StagesSourceUpdateError>> {
        let stage_uuid = ParamValue::to_param(stage_uuid);
        let query = Vec::new();
        let headers = Vec::new();
        let (status, body) = self
            .execute(Request {
                method: reqwest::Method::PUT,
                segments: &["stages", "source", &stage_uuid, ""],
                query,
                headers,
                body: Some(Body::Bytes {
                    content_type: "application/json",
                    bytes: encode(body)?,
                }),
                accept: "application/json",
                authenticated: true,
            })
            .await?;
        match status {
            200 => decode(status, body),
            400 => {
                Err(
                    Error::Api(
                        StagesSourceUpdateError::BadRequest(decode(status, body)?),
                    ),
                )
            }
            403 => {
                Err(
                    Error::Api(StagesSourceUpdateError::Forbidden(decode(status, body)?)),
                )
            }
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    body,
                })
            }
        }
    }

    /// `DELETE /stages/source/{stage_uuid}/`
    ///
    /// SourceStage Viewset
    pub async fn stages_source_destroy(
        &self,
        stage_uuid: &uuid::Uuid,
    ) -> Result<(), Error<StagesSourceDestroyError>> {
        let stage_uuid = ParamValue::to_param(stage_uuid);
        let query = Vec::new();
        let headers = Vec::new();
        let (status, body) = self
            .execute(Request {
                method: reqwest::Method::DELETE,
                segments: &["stages", "source", &stage_uuid, ""],
                query,
                headers,
                body: None,
                accept: "application/json",
                authenticated: true,
            })
            .await?;
        match status {
            204 => Ok(()),
            400 => {
                Err(
                    Error::Api(
                        StagesSourceDestroyError::BadRequest(decode(status, body)?),
                    ),
                )
            }
            403 => {
                Err(
                    Error::Api(
                        StagesSourceDestroyError::Forbidden(decode(status, body)?),
                    ),
                )
            }
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    body,
                })
            }
        }
    }

    /// `PATCH /stages/source/{stage_uuid}/`
    ///
    /// SourceStage Viewset
    pub async fn stages_source_partial_update(
        &self,
        stage_uuid: &uuid::Uuid,
        body: Option<&PatchedSourceStageRequest>,
    ) -> Result<SourceStage, Error<StagesSourcePartialUpdateError>> {
        let stage_uuid = ParamValue::to_param(stage_uuid);
        let query = Vec::new();
        let headers = Vec::new();
        let (status, body) = self
            .execute(Request {
                method: reqwest::Method::PATCH,
                segments: &["stages", "source", &stage_uuid, ""],
                query,
                headers,
                body: match body {
                    Some(body) => {
                        Some(Body::Bytes {
                            content_type: "application/json",
                            bytes: encode(body)?,
                        })
                    }
                    None => None,
                },
                accept: "application/json",
                authenticated: true,
            })
            .await?;
        match status {
            200 => decode(status, body),
            400 => {
                Err(
                    Error::Api(
                        StagesSourcePartialUpdateError::BadRequest(decode(status, body)?),
                    ),
                )
            }
            403 => {
                Err(
                    Error::Api(
                        StagesSourcePartialUpdateError::Forbidden(decode(status, body)?),
                    ),
                )
            }
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    body,
                })
            }
        }
    }

    /// `GET /stages/source/{stage_uuid}/used_by/`
    ///
    /// Get a list of all objects that use this object
    pub async fn stages_source_used_by_list(
        &self,
        stage_uuid: &uuid::Uuid,
    ) -> Result<Vec<UsedBy>, Error<StagesSourceUsedByListError>> {
        let stage_uuid = ParamValue::to_param(stage_uuid);
        let query = Vec::new();
        let headers = Vec::new();
        let (status, body) = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["stages", "source", &stage_uuid, "used_by", ""],
                query,
                headers,
                body: None,
                accept: "application/json",
                authenticated: true,
            })
            .await?;
        match status {
            200 => decode(status, body),
            400 => {
                Err(
                    Error::Api(
                        StagesSourceUsedByListError::BadRequest(decode(status, body)?),
                    ),
                )
            }
            403 => {
                Err(
                    Error::Api(
                        StagesSourceUsedByListError::Forbidden(decode(status, body)?),
                    ),
                )
            }
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    body,
                })
            }
        }
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
