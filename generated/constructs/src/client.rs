//! An async client: one method per operation, typed parameters, typed errors per status.

#[allow(unused_imports)]
use super::models::*;

/// A client for constructs 1.0.
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
    Multipart(reqwest::multipart::Form),
}

/// Serializes an `application/x-www-form-urlencoded` body.
fn encode_form<T: serde::Serialize + ?Sized>(body: &T) -> Result<Vec<u8>, Failure> {
    serde_urlencoded::to_string(body)
        .map(String::into_bytes)
        .map_err(|err| Failure::InvalidRequest(err.to_string()))
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
            Some(Body::Multipart(form)) => {
                builder = builder.multipart(form);
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
    /// `GET /pets`
    ///
    pub async fn list_pets(
        &self,
        params: &ListPetsParams,
    ) -> Result<Vec<Pet>, Error<ListPetsError>> {
        let mut query = Vec::new();
        let mut headers = Vec::new();
        if let Some(value) = &params.kind {
            query.push(("kind", ParamValue::to_param(value)));
        }
        if let Some(value) = &params.tags {
            for item in value.iter() {
                query.push(("tags", ParamValue::to_param(item)));
            }
        }
        if let Some(value) = &params.limit {
            query.push(("limit", ParamValue::to_param(value)));
        }
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
        if let Some(value) = &params.near {
            query.push(("near", ParamValue::to_param(value)));
        }
        if let Some(value) = &params.near6 {
            query.push(("near6", ParamValue::to_param(value)));
        }
        if let Some(value) = &params.x_request_id {
            headers.push(("X-Request-Id", ParamValue::to_param(value)));
        }
        let (status, body) = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["pets"],
                query,
                headers,
                body: None,
                accept: "application/json",
                authenticated: false,
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

    /// `POST /pets`
    ///
    pub async fn create_pet(&self, body: &Pet) -> Result<Pet, Error<CreatePetError>> {
        let query = Vec::new();
        let headers = Vec::new();
        let (status, body) = self
            .execute(Request {
                method: reqwest::Method::POST,
                segments: &["pets"],
                query,
                headers,
                body: Some(Body::Bytes {
                    content_type: "application/json",
                    bytes: encode(body)?,
                }),
                accept: "application/json",
                authenticated: false,
            })
            .await?;
        match status {
            201 => decode(status, body),
            422 => {
                Err(
                    Error::Api(
                        CreatePetError::UnprocessableEntity(decode(status, body)?),
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

    /// `GET /pets/{id}/photo`
    ///
    pub async fn download_photo(
        &self,
        id: &i64,
    ) -> Result<Vec<u8>, Error<DownloadPhotoError>> {
        let id = ParamValue::to_param(id);
        let query = Vec::new();
        let headers = Vec::new();
        let (status, body) = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["pets", &id, "photo"],
                query,
                headers,
                body: None,
                accept: "image/png",
                authenticated: false,
            })
            .await?;
        match status {
            200 => Ok(body),
            404 => Err(Error::Api(DownloadPhotoError::NotFound)),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    body,
                })
            }
        }
    }

    /// `PUT /pets/{id}/photo`
    ///
    pub async fn upload_photo(
        &self,
        id: &i64,
        body: &PhotoUpload,
    ) -> Result<PhotoInfo, Error<UploadPhotoError>> {
        let id = ParamValue::to_param(id);
        let query = Vec::new();
        let headers = Vec::new();
        let (status, body) = self
            .execute(Request {
                method: reqwest::Method::PUT,
                segments: &["pets", &id, "photo"],
                query,
                headers,
                body: Some({
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
                        form = form
                            .text(
                                "meta",
                                serde_json::to_string(value)
                                    .map_err(|err| Failure::InvalidRequest(err.to_string()))?,
                            );
                    }
                    Body::Multipart(form)
                }),
                accept: "application/json",
                authenticated: false,
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

    /// `GET /pets/{id}/notes`
    ///
    pub async fn get_pets_by_id_notes(
        &self,
        id: &i64,
    ) -> Result<String, Error<GetPetsByIdNotesError>> {
        let id = ParamValue::to_param(id);
        let query = Vec::new();
        let headers = Vec::new();
        let (status, body) = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["pets", &id, "notes"],
                query,
                headers,
                body: None,
                accept: "text/plain",
                authenticated: false,
            })
            .await?;
        match status {
            200 => Ok(String::from_utf8_lossy(&body).into_owned()),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    body,
                })
            }
        }
    }

    /// `PUT /pets/{id}/notes`
    ///
    pub async fn put_pets_by_id_notes(
        &self,
        id: &i64,
        body: &str,
    ) -> Result<(), Error<PutPetsByIdNotesError>> {
        let id = ParamValue::to_param(id);
        let query = Vec::new();
        let headers = Vec::new();
        let (status, body) = self
            .execute(Request {
                method: reqwest::Method::PUT,
                segments: &["pets", &id, "notes"],
                query,
                headers,
                body: Some(Body::Bytes {
                    content_type: "text/plain",
                    bytes: body.as_bytes().to_vec(),
                }),
                accept: "application/json",
                authenticated: false,
            })
            .await?;
        match status {
            204 => Ok(()),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    body,
                })
            }
        }
    }

    /// `GET /pets/{id}.{format}`
    ///
    /// Two parameters in one segment, with text after the first.
    pub async fn export_pet(
        &self,
        id: &i64,
        format: &ExportPetFormat,
        params: &ExportPetParams,
    ) -> Result<String, Error<ExportPetError>> {
        let segment_1: String = [
            ParamValue::to_param(id),
            ".".to_owned(),
            ParamValue::to_param(format),
        ]
            .concat();
        let mut query = Vec::new();
        let headers = Vec::new();
        {
            let value = &params.fields;
            for item in value.iter() {
                query.push(("fields", ParamValue::to_param(item)));
            }
        }
        let (status, body) = self
            .execute(Request {
                method: reqwest::Method::GET,
                segments: &["pets", &segment_1],
                query,
                headers,
                body: None,
                accept: "text/plain",
                authenticated: false,
            })
            .await?;
        match status {
            200 => Ok(String::from_utf8_lossy(&body).into_owned()),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    body,
                })
            }
        }
    }

    /// `POST /login`
    ///
    pub async fn log_in(
        &self,
        body: &LogInBody,
    ) -> Result<LogInOkBody, Error<LogInError>> {
        let query = Vec::new();
        let headers = Vec::new();
        let (status, body) = self
            .execute(Request {
                method: reqwest::Method::POST,
                segments: &["login"],
                query,
                headers,
                body: Some(Body::Bytes {
                    content_type: "application/x-www-form-urlencoded",
                    bytes: encode_form(body)?,
                }),
                accept: "application/json",
                authenticated: false,
            })
            .await?;
        match status {
            200 => decode(status, body),
            _ => {
                Err(
                    Error::Api(LogInError::Default {
                        status,
                        body: decode(status, body)?,
                    }),
                )
            }
        }
    }

    /// `PUT /blobs/{name}`
    ///
    pub async fn put_blobs_by_name(
        &self,
        name: &str,
        body: Option<&[u8]>,
    ) -> Result<(), Error<PutBlobsByNameError>> {
        let query = Vec::new();
        let headers = Vec::new();
        let (status, body) = self
            .execute(Request {
                method: reqwest::Method::PUT,
                segments: &["blobs", name],
                query,
                headers,
                body: body
                    .map(|body| Body::Bytes {
                        content_type: "application/octet-stream",
                        bytes: body.to_vec(),
                    }),
                accept: "application/json",
                authenticated: false,
            })
            .await?;
        match status {
            204 => Ok(()),
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    body,
                })
            }
        }
    }

    /// `POST /pets/{id}/tags`
    ///
    /// A body in JSON or form encoding; the server decodes by `Content-Type`. Anonymous callers are welcome; a bearer token names the caller.
    pub async fn tag_pet(
        &self,
        id: &i64,
        body: &Tagging,
    ) -> Result<Tagged, Error<TagPetError>> {
        let id = ParamValue::to_param(id);
        let query = Vec::new();
        let headers = Vec::new();
        let (status, body) = self
            .execute(Request {
                method: reqwest::Method::POST,
                segments: &["pets", &id, "tags"],
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
            _ => {
                Err(Error::UnexpectedStatus {
                    status,
                    body,
                })
            }
        }
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

/// Error responses `upload_photo` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UploadPhotoError {}
impl UploadPhotoError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
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

/// Error responses `put_pets_by_id_notes` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum PutPetsByIdNotesError {}
impl PutPetsByIdNotesError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
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

/// Error responses `put_blobs_by_name` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum PutBlobsByNameError {}
impl PutBlobsByNameError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
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
