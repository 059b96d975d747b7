//! Server stubs: implement [`Api`], then serve [`router`].

use std::sync::Arc;
use axum::body::Bytes;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

#[allow(unused_imports)]
use super::models::*;

/// The operations of constructs 1.0, as the server implements them.
///
/// Each method receives parameters that have already been parsed and validated; the router
/// answers malformed requests itself (through [`Api::reject`]).
pub trait Api: Send + Sync + 'static {
    /// Shapes the response to a request turned away before reaching the implementation.
    /// The default answers with the rejection's status and a JSON body
    /// `{"detail": ..., "location": ..., "name": ...}`.
    fn reject(&self, rejection: Rejection) -> Response {
        rejection.into_response()
    }

    /// `GET /pets`
    ///
    fn list_pets(
        &self,
        params: ListPetsParams,
    ) -> impl std::future::Future<Output = ListPetsResponse> + Send;

    /// `POST /pets`
    ///
    fn create_pet(
        &self,
        body: Pet,
    ) -> impl std::future::Future<Output = CreatePetResponse> + Send;

    /// `GET /pets/{id}/photo`
    ///
    fn download_photo(
        &self,
        id: i64,
    ) -> impl std::future::Future<Output = DownloadPhotoResponse> + Send;

    /// `PUT /pets/{id}/photo`
    ///
    fn upload_photo(
        &self,
        id: i64,
        body: PhotoUpload,
    ) -> impl std::future::Future<Output = UploadPhotoResponse> + Send;

    /// `GET /pets/{id}/notes`
    ///
    fn get_pets_by_id_notes(
        &self,
        id: i64,
    ) -> impl std::future::Future<Output = GetPetsByIdNotesResponse> + Send;

    /// `PUT /pets/{id}/notes`
    ///
    fn put_pets_by_id_notes(
        &self,
        id: i64,
        body: String,
    ) -> impl std::future::Future<Output = PutPetsByIdNotesResponse> + Send;

    /// `GET /pets/{id}.{format}`
    ///
    /// Two parameters in one segment, with text after the first.
    fn export_pet(
        &self,
        id: i64,
        format: ExportPetFormat,
        params: ExportPetParams,
    ) -> impl std::future::Future<Output = ExportPetResponse> + Send;

    /// `GET /events`
    ///
    /// Cursor pagination: `cursor` in the query, `next_cursor` in the body, absent on the last page.
    fn list_events(
        &self,
        params: ListEventsParams,
    ) -> impl std::future::Future<Output = ListEventsResponse> + Send;

    /// `GET /flows/{slug}/export/`
    ///
    /// Like authentik's flow export, a binary string declared as JSON; the server sends YAML.
    fn flows_instances_export_retrieve(
        &self,
        slug: String,
    ) -> impl std::future::Future<Output = FlowsInstancesExportRetrieveResponse> + Send;

    /// `POST /login`
    ///
    fn log_in(
        &self,
        body: LogInBody,
    ) -> impl std::future::Future<Output = LogInResponse> + Send;

    /// `PUT /blobs/{name}`
    ///
    fn put_blobs_by_name(
        &self,
        name: String,
        body: Option<Vec<u8>>,
    ) -> impl std::future::Future<Output = PutBlobsByNameResponse> + Send;
}

/// Routes every operation to `api`. Paths are relative to the API's base path: nest the
/// router (`Router::new().nest("/api/v3", router(api))`) to serve it below one.
pub fn router<A: Api>(api: A) -> axum::Router {
    axum::Router::new()
        .without_v07_checks()
        .route(
            "/pets",
            axum::routing::get(handle_list_pets::<A>).post(handle_create_pet::<A>),
        )
        .route(
            "/pets/{p0}/photo",
            axum::routing::get(handle_download_photo::<A>).put(handle_upload_photo::<A>),
        )
        .route(
            "/pets/{p0}/notes",
            axum::routing::get(handle_get_pets_by_id_notes::<A>)
                .put(handle_put_pets_by_id_notes::<A>),
        )
        .route("/pets/{p0}", axum::routing::get(handle_export_pet::<A>))
        .route("/events", axum::routing::get(handle_list_events::<A>))
        .route(
            "/flows/{p0}/export/",
            axum::routing::get(handle_flows_instances_export_retrieve::<A>),
        )
        .route("/login", axum::routing::post(handle_log_in::<A>))
        .route("/blobs/{p0}", axum::routing::put(handle_put_blobs_by_name::<A>))
        .with_state(Arc::new(api))
}

/// Where the part of a request that was turned away came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RejectionLocation {
    /// Missing or invalid credentials.
    Auth,
    Path,
    Query,
    Header,
    Body,
}

impl RejectionLocation {
    pub fn as_str(self) -> &'static str {
        match self {
            RejectionLocation::Auth => "auth",
            RejectionLocation::Path => "path",
            RejectionLocation::Query => "query",
            RejectionLocation::Header => "header",
            RejectionLocation::Body => "body",
        }
    }
}

/// A request the router turned away before calling [`Api`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    /// The `operationId` of the operation the request was for.
    pub operation: &'static str,
    pub status: StatusCode,
    pub location: RejectionLocation,
    /// The parameter name, or the path of the body field (`flow_set[0].slug`); empty when
    /// the whole body or the credentials are at fault.
    pub name: String,
    pub message: String,
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
        }
    }
}

impl IntoResponse for Rejection {
    fn into_response(self) -> Response {
        let body = if self.location == RejectionLocation::Auth {
            serde_json::json!({ "detail" : self.message })
        } else {
            serde_json::json!(
                { "detail" : format!("{} `{}`: {}", self.location.as_str(), self.name,
                self.message), "location" : self.location.as_str(), "name" : self.name, }
            )
        };
        json_response(self.status, serde_json::to_vec(&body))
    }
}

/// A status the spec documents that has no named constant.
fn status_code(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// A JSON response; a body that cannot be serialized is a server error, not a panic.
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

/// Query string pairs, decoded once.
#[allow(dead_code)]
struct QueryParams {
    operation: &'static str,
    pairs: Vec<(String, String)>,
}

#[allow(dead_code)]
impl QueryParams {
    fn parse(operation: &'static str, raw: Option<&str>) -> Self {
        let pairs = form_urlencoded::parse(raw.unwrap_or_default().as_bytes())
            .into_owned()
            .collect();
        Self { operation, pairs }
    }

    fn optional<T: ParamValue>(
        &self,
        name: &'static str,
    ) -> Result<Option<T>, Rejection> {
        match self.pairs.iter().find(|(key, _)| key == name) {
            None => Ok(None),
            Some((_, value)) => {
                T::from_param(value)
                    .map(Some)
                    .map_err(|message| Rejection::invalid(
                        self.operation,
                        RejectionLocation::Query,
                        name,
                        message,
                    ))
            }
        }
    }

    fn required<T: ParamValue>(&self, name: &'static str) -> Result<T, Rejection> {
        self.optional(name)?
            .ok_or_else(|| {
                Rejection::invalid(
                    self.operation,
                    RejectionLocation::Query,
                    name,
                    "this parameter is required",
                )
            })
    }

    fn has(&self, name: &str) -> bool {
        self.pairs.iter().any(|(key, _)| key == name)
    }

    fn require(&self, name: &'static str) -> Result<(), Rejection> {
        if self.has(name) {
            Ok(())
        } else {
            Err(
                Rejection::invalid(
                    self.operation,
                    RejectionLocation::Query,
                    name,
                    "this parameter is required",
                ),
            )
        }
    }

    /// Every value of a repeated parameter, through a list type's checking constructor.
    fn checked_list<T: ParamValue, L>(
        &self,
        name: &'static str,
        build: impl FnOnce(Vec<T>) -> Result<L, ConstraintError>,
    ) -> Result<L, Rejection> {
        build(self.all(name)?)
            .map_err(|err| Rejection::invalid(
                self.operation,
                RejectionLocation::Query,
                name,
                err.to_string(),
            ))
    }

    fn all<T: ParamValue>(&self, name: &'static str) -> Result<Vec<T>, Rejection> {
        self.pairs
            .iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| {
                T::from_param(value)
                    .map_err(|message| Rejection::invalid(
                        self.operation,
                        RejectionLocation::Query,
                        name,
                        message,
                    ))
            })
            .collect()
    }
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

/// Decodes a JSON body; the rejection names the path of the offending field.
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
    let value: T = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|err| {
            let path = err.path().to_string();
            let name = if path == "." { String::new() } else { path };
            Rejection::invalid(
                operation,
                RejectionLocation::Body,
                name,
                err.into_inner().to_string(),
            )
        })?;
    deserializer
        .end()
        .map_err(|err| Rejection::invalid(
            operation,
            RejectionLocation::Body,
            "",
            err.to_string(),
        ))?;
    Ok(value)
}

/// Decodes an `application/x-www-form-urlencoded` body, naming the offending field.
fn form_body<T: serde::de::DeserializeOwned>(
    operation: &'static str,
    body: &Bytes,
) -> Result<T, Rejection> {
    let deserializer = serde_urlencoded::Deserializer::new(form_urlencoded::parse(body));
    serde_path_to_error::deserialize(deserializer)
        .map_err(|err| {
            let path = err.path().to_string();
            let name = if path == "." { String::new() } else { path };
            Rejection::invalid(
                operation,
                RejectionLocation::Body,
                name,
                err.into_inner().to_string(),
            )
        })
}

fn text_body(operation: &'static str, body: &Bytes) -> Result<String, Rejection> {
    String::from_utf8(body.to_vec())
        .map_err(|_| Rejection::invalid(
            operation,
            RejectionLocation::Body,
            "",
            "the body is not UTF-8 text",
        ))
}

fn binary_body(_operation: &'static str, body: &Bytes) -> Result<Vec<u8>, Rejection> {
    Ok(body.to_vec())
}

/// The parts of a multipart body, by name.
struct MultipartParts {
    operation: &'static str,
    parts: Vec<(String, Vec<u8>)>,
}

async fn read_multipart(
    operation: &'static str,
    multipart: Result<
        axum::extract::Multipart,
        axum::extract::multipart::MultipartRejection,
    >,
) -> Result<MultipartParts, Rejection> {
    let invalid = |message: String| Rejection::invalid(
        operation,
        RejectionLocation::Body,
        "",
        message,
    );
    let mut multipart = multipart.map_err(|err| invalid(err.body_text()))?;
    let mut parts = Vec::new();
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|err| invalid(err.body_text()))?
    {
        let name = field.name().unwrap_or_default().to_owned();
        let bytes = field.bytes().await.map_err(|err| invalid(err.body_text()))?;
        parts.push((name, bytes.to_vec()));
    }
    Ok(MultipartParts { operation, parts })
}

#[allow(dead_code)]
impl MultipartParts {
    fn raw(&self, name: &str) -> Option<&[u8]> {
        self.parts.iter().find(|(n, _)| n == name).map(|(_, bytes)| bytes.as_slice())
    }

    fn file(&self, name: &str) -> Option<Vec<u8>> {
        self.raw(name).map(<[u8]>::to_vec)
    }

    fn text<T: ParamValue>(&self, name: &'static str) -> Result<Option<T>, Rejection> {
        let Some(bytes) = self.raw(name) else { return Ok(None) };
        let text = std::str::from_utf8(bytes)
            .map_err(|_| Rejection::invalid(
                self.operation,
                RejectionLocation::Body,
                name,
                "the part is not UTF-8 text",
            ))?;
        T::from_param(text)
            .map(Some)
            .map_err(|message| Rejection::invalid(
                self.operation,
                RejectionLocation::Body,
                name,
                message,
            ))
    }

    fn json<T: serde::de::DeserializeOwned>(
        &self,
        name: &'static str,
    ) -> Result<Option<T>, Rejection> {
        let Some(bytes) = self.raw(name) else { return Ok(None) };
        serde_json::from_slice(bytes)
            .map(Some)
            .map_err(|err| Rejection::invalid(
                self.operation,
                RejectionLocation::Body,
                name,
                err.to_string(),
            ))
    }
}

fn required_part<T>(
    operation: &'static str,
    name: &'static str,
    value: Option<T>,
) -> Result<T, Rejection> {
    value
        .ok_or_else(|| Rejection::invalid(
            operation,
            RejectionLocation::Body,
            name,
            "this part is required",
        ))
}

/// Responses `list_pets` may answer with, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ListPetsResponse {
    /// pets
    Ok(Vec<Pet>),
}

impl IntoResponse for ListPetsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
        }
    }
}

/// Responses `create_pet` may answer with, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreatePetResponse {
    /// created
    Created(Pet),
    /// invalid
    UnprocessableEntity(Problem),
}

impl IntoResponse for CreatePetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => {
                json_response(StatusCode::CREATED, serde_json::to_vec(&body))
            }
            Self::UnprocessableEntity(body) => {
                json_response(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    serde_json::to_vec(&body),
                )
            }
        }
    }
}

/// Responses `download_photo` may answer with, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum DownloadPhotoResponse {
    /// the photo
    Ok(Vec<u8>),
    /// no photo
    NotFound,
}

impl IntoResponse for DownloadPhotoResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => {
                (StatusCode::OK, [(axum::http::header::CONTENT_TYPE, "image/png")], body)
                    .into_response()
            }
            Self::NotFound => StatusCode::NOT_FOUND.into_response(),
        }
    }
}

/// Responses `upload_photo` may answer with, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum UploadPhotoResponse {
    /// stored
    Ok(PhotoInfo),
}

impl IntoResponse for UploadPhotoResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
        }
    }
}

/// Responses `get_pets_by_id_notes` may answer with, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetPetsByIdNotesResponse {
    /// the notes
    Ok(String),
}

impl IntoResponse for GetPetsByIdNotesResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => {
                (
                    StatusCode::OK,
                    [(axum::http::header::CONTENT_TYPE, "text/plain")],
                    body,
                )
                    .into_response()
            }
        }
    }
}

/// Responses `put_pets_by_id_notes` may answer with, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum PutPetsByIdNotesResponse {
    /// saved
    NoContent,
}

impl IntoResponse for PutPetsByIdNotesResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// Responses `export_pet` may answer with, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportPetResponse {
    /// the pet, exported
    Ok(String),
}

impl IntoResponse for ExportPetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => {
                (
                    StatusCode::OK,
                    [(axum::http::header::CONTENT_TYPE, "text/plain")],
                    body,
                )
                    .into_response()
            }
        }
    }
}

/// Responses `list_events` may answer with, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ListEventsResponse {
    /// one page of events
    Ok(ListEventsOkBody),
}

impl IntoResponse for ListEventsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
        }
    }
}

/// Responses `flows_instances_export_retrieve` may answer with, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum FlowsInstancesExportRetrieveResponse {
    /// the flow, as a YAML file
    Ok(Vec<u8>),
}

impl IntoResponse for FlowsInstancesExportRetrieveResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => {
                (
                    StatusCode::OK,
                    [(axum::http::header::CONTENT_TYPE, "application/json")],
                    body,
                )
                    .into_response()
            }
        }
    }
}

/// Responses `log_in` may answer with, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum LogInResponse {
    /// logged in
    Ok(LogInOkBody),
    /// any other answer
    Default { status: u16, body: Problem },
}

impl IntoResponse for LogInResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::Default { status, body } => {
                json_response(status_code(status), serde_json::to_vec(&body))
            }
        }
    }
}

/// Responses `put_blobs_by_name` may answer with, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum PutBlobsByNameResponse {
    /// stored
    NoContent,
}

impl IntoResponse for PutBlobsByNameResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
        }
    }
}

/// Parses and validates a `list_pets` request.
fn parse_list_pets(
    query: Option<&str>,
    headers: &HeaderMap,
) -> Result<ListPetsParams, Rejection> {
    const OPERATION: &str = "list_pets";
    let query = QueryParams::parse(OPERATION, query);
    let params = ListPetsParams {
        kind: query.optional("kind")?,
        tags: { if query.has("tags") { Some(query.all("tags")?) } else { None } },
        limit: query.optional("limit")?,
        ids: {
            if query.has("ids") {
                Some(query.checked_list("ids", ListPetsIds::new)?)
            } else {
                None
            }
        },
        sizes: {
            if query.has("sizes") {
                Some(query.checked_list("sizes", ListPetsSizes::new)?)
            } else {
                None
            }
        },
        near: query.optional("near")?,
        near6: query.optional("near6")?,
        x_request_id: header_optional(OPERATION, headers, "X-Request-Id")?,
    };
    Ok(params)
}

async fn handle_list_pets<A: Api>(
    State(api): State<Arc<A>>,
    headers: HeaderMap,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> Response {
    let params = match parse_list_pets(query.as_deref(), &headers) {
        Ok(parsed) => parsed,
        Err(rejection) => return api.reject(rejection),
    };
    api.list_pets(params).await.into_response()
}

/// Parses and validates a `create_pet` request.
fn parse_create_pet(body: &Bytes) -> Result<Pet, Rejection> {
    const OPERATION: &str = "create_pet";
    let body = json_body(OPERATION, body)?;
    Ok(body)
}

async fn handle_create_pet<A: Api>(State(api): State<Arc<A>>, body: Bytes) -> Response {
    let body = match parse_create_pet(&body) {
        Ok(parsed) => parsed,
        Err(rejection) => return api.reject(rejection),
    };
    api.create_pet(body).await.into_response()
}

/// Parses and validates a `download_photo` request.
fn parse_download_photo(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
) -> Result<i64, Rejection> {
    const OPERATION: &str = "download_photo";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

async fn handle_download_photo<A: Api>(
    State(api): State<Arc<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
) -> Response {
    let id = match parse_download_photo(path) {
        Ok(parsed) => parsed,
        Err(rejection) => return api.reject(rejection),
    };
    api.download_photo(id).await.into_response()
}

/// Parses and validates a `upload_photo` request.
fn parse_upload_photo(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    parts: MultipartParts,
) -> Result<(i64, PhotoUpload), Rejection> {
    const OPERATION: &str = "upload_photo";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    let body = PhotoUpload {
        file: required_part(OPERATION, "file", parts.file("file"))?,
        caption: parts.text("caption")?,
        kind: parts.text("kind")?,
        meta: parts.json("meta")?,
    };
    Ok((id, body))
}

async fn handle_upload_photo<A: Api>(
    State(api): State<Arc<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    multipart: Result<
        axum::extract::Multipart,
        axum::extract::multipart::MultipartRejection,
    >,
) -> Response {
    let parts = match read_multipart("upload_photo", multipart).await {
        Ok(parts) => parts,
        Err(rejection) => return api.reject(rejection),
    };
    let (id, body) = match parse_upload_photo(path, parts) {
        Ok(parsed) => parsed,
        Err(rejection) => return api.reject(rejection),
    };
    api.upload_photo(id, body).await.into_response()
}

/// Parses and validates a `get_pets_by_id_notes` request.
fn parse_get_pets_by_id_notes(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
) -> Result<i64, Rejection> {
    const OPERATION: &str = "get_pets_by_id_notes";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

async fn handle_get_pets_by_id_notes<A: Api>(
    State(api): State<Arc<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
) -> Response {
    let id = match parse_get_pets_by_id_notes(path) {
        Ok(parsed) => parsed,
        Err(rejection) => return api.reject(rejection),
    };
    api.get_pets_by_id_notes(id).await.into_response()
}

/// Parses and validates a `put_pets_by_id_notes` request.
fn parse_put_pets_by_id_notes(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    body: &Bytes,
) -> Result<(i64, String), Rejection> {
    const OPERATION: &str = "put_pets_by_id_notes";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    let body = text_body(OPERATION, body)?;
    Ok((id, body))
}

async fn handle_put_pets_by_id_notes<A: Api>(
    State(api): State<Arc<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    body: Bytes,
) -> Response {
    let (id, body) = match parse_put_pets_by_id_notes(path, &body) {
        Ok(parsed) => parsed,
        Err(rejection) => return api.reject(rejection),
    };
    api.put_pets_by_id_notes(id, body).await.into_response()
}

/// Parses and validates a `export_pet` request.
fn parse_export_pet(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    query: Option<&str>,
) -> Result<(i64, ExportPetFormat, ExportPetParams), Rejection> {
    const OPERATION: &str = "export_pet";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get_within(0, &["", ".", ""], 0, "id")?;
    let format = path.get_within(0, &["", ".", ""], 1, "format")?;
    let query = QueryParams::parse(OPERATION, query);
    let params = ExportPetParams {
        fields: {
            query.require("fields")?;
            query.all("fields")?
        },
    };
    Ok((id, format, params))
}

async fn handle_export_pet<A: Api>(
    State(api): State<Arc<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> Response {
    let (id, format, params) = match parse_export_pet(path, query.as_deref()) {
        Ok(parsed) => parsed,
        Err(rejection) => return api.reject(rejection),
    };
    api.export_pet(id, format, params).await.into_response()
}

/// Parses and validates a `list_events` request.
fn parse_list_events(query: Option<&str>) -> Result<ListEventsParams, Rejection> {
    const OPERATION: &str = "list_events";
    let query = QueryParams::parse(OPERATION, query);
    let params = ListEventsParams {
        cursor: query.optional("cursor")?,
        limit: query.optional("limit")?,
    };
    Ok(params)
}

async fn handle_list_events<A: Api>(
    State(api): State<Arc<A>>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> Response {
    let params = match parse_list_events(query.as_deref()) {
        Ok(parsed) => parsed,
        Err(rejection) => return api.reject(rejection),
    };
    api.list_events(params).await.into_response()
}

/// Parses and validates a `flows_instances_export_retrieve` request.
fn parse_flows_instances_export_retrieve(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "flows_instances_export_retrieve";
    let path = PathParams::new(OPERATION, path)?;
    let slug = path.get(0, "slug")?;
    Ok(slug)
}

async fn handle_flows_instances_export_retrieve<A: Api>(
    State(api): State<Arc<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
) -> Response {
    let slug = match parse_flows_instances_export_retrieve(path) {
        Ok(parsed) => parsed,
        Err(rejection) => return api.reject(rejection),
    };
    api.flows_instances_export_retrieve(slug).await.into_response()
}

/// Parses and validates a `log_in` request.
fn parse_log_in(body: &Bytes) -> Result<LogInBody, Rejection> {
    const OPERATION: &str = "log_in";
    let body = form_body(OPERATION, body)?;
    Ok(body)
}

async fn handle_log_in<A: Api>(State(api): State<Arc<A>>, body: Bytes) -> Response {
    let body = match parse_log_in(&body) {
        Ok(parsed) => parsed,
        Err(rejection) => return api.reject(rejection),
    };
    api.log_in(body).await.into_response()
}

/// Parses and validates a `put_blobs_by_name` request.
fn parse_put_blobs_by_name(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    body: &Bytes,
) -> Result<(String, Option<Vec<u8>>), Rejection> {
    const OPERATION: &str = "put_blobs_by_name";
    let path = PathParams::new(OPERATION, path)?;
    let name = path.get(0, "name")?;
    let body = if body.is_empty() { None } else { Some(binary_body(OPERATION, body)?) };
    Ok((name, body))
}

async fn handle_put_blobs_by_name<A: Api>(
    State(api): State<Arc<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    body: Bytes,
) -> Response {
    let (name, body) = match parse_put_blobs_by_name(path, &body) {
        Ok(parsed) => parsed,
        Err(rejection) => return api.reject(rejection),
    };
    api.put_blobs_by_name(name, body).await.into_response()
}
