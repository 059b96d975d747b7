//! Server stubs: implement [`Api`], then serve [`router`].

use std::sync::Arc;
use axum::body::Bytes;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

#[allow(unused_imports)]
use super::models::*;

/// The operations of authentik 2024.8.3, as the server implements them.
///
/// Each method receives parameters that have already been parsed and validated; the router
/// answers malformed requests itself (through [`Api::reject`]).
pub trait Api: Send + Sync + 'static {
    /// Decides whether a bearer token is valid. Called before every operation that requires one.
    fn check_bearer_token(
        &self,
        token: &str,
    ) -> impl std::future::Future<Output = bool> + Send;

    /// Shapes the response to a request turned away before reaching the implementation.
    /// The default answers with the rejection's status and a JSON body
    /// `{"detail": ..., "location": ..., "name": ...}`.
    fn reject(&self, rejection: Rejection) -> Response {
        rejection.into_response()
    }

    /// `GET /stages/source/`
    ///
    /// SourceStage Viewset
    fn stages_source_list(
        &self,
        params: StagesSourceListParams,
    ) -> impl std::future::Future<Output = StagesSourceListResponse> + Send;

    /// `POST /stages/source/`
    ///
    /// SourceStage Viewset
    fn stages_source_create(
        &self,
        body: SourceStageRequest,
    ) -> impl std::future::Future<Output = StagesSourceCreateResponse> + Send;

    /// `GET /stages/source/{stage_uuid}/`
    ///
    /// SourceStage Viewset
    fn stages_source_retrieve(
        &self,
        stage_uuid: uuid::Uuid,
    ) -> impl std::future::Future<Output = StagesSourceRetrieveResponse> + Send;

    /// `PUT /stages/source/{stage_uuid}/`
    ///
    /// SourceStage Viewset
    fn stages_source_update(
        &self,
        stage_uuid: uuid::Uuid,
        body: SourceStageRequest,
    ) -> impl std::future::Future<Output = StagesSourceUpdateResponse> + Send;

    /// `DELETE /stages/source/{stage_uuid}/`
    ///
    /// SourceStage Viewset
    fn stages_source_destroy(
        &self,
        stage_uuid: uuid::Uuid,
    ) -> impl std::future::Future<Output = StagesSourceDestroyResponse> + Send;

    /// `PATCH /stages/source/{stage_uuid}/`
    ///
    /// SourceStage Viewset
    fn stages_source_partial_update(
        &self,
        stage_uuid: uuid::Uuid,
        body: Option<PatchedSourceStageRequest>,
    ) -> impl std::future::Future<Output = StagesSourcePartialUpdateResponse> + Send;

    /// `GET /stages/source/{stage_uuid}/used_by/`
    ///
    /// Get a list of all objects that use this object
    fn stages_source_used_by_list(
        &self,
        stage_uuid: uuid::Uuid,
    ) -> impl std::future::Future<Output = StagesSourceUsedByListResponse> + Send;
}

/// Routes every operation to `api`. Paths are relative to the API's base path: nest the
/// router (`Router::new().nest("/api/v3", router(api))`) to serve it below one.
pub fn router<A: Api>(api: A) -> axum::Router {
    axum::Router::new()
        .without_v07_checks()
        .route(
            "/stages/source/",
            axum::routing::get(handle_stages_source_list::<A>)
                .post(handle_stages_source_create::<A>),
        )
        .route(
            "/stages/source/{p0}/",
            axum::routing::get(handle_stages_source_retrieve::<A>)
                .put(handle_stages_source_update::<A>)
                .delete(handle_stages_source_destroy::<A>)
                .patch(handle_stages_source_partial_update::<A>),
        )
        .route(
            "/stages/source/{p0}/used_by/",
            axum::routing::get(handle_stages_source_used_by_list::<A>),
        )
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

/// A kind of credential an operation accepts.
#[derive(Debug, Clone, Copy)]
enum Credential {
    Bearer,
}

/// Passes when any accepted credential is present and valid.
async fn authorize<A: Api>(
    api: &A,
    operation: &'static str,
    accepted: &[Credential],
    headers: &HeaderMap,
    query: Option<&str>,
    status: StatusCode,
) -> Result<(), Rejection> {
    let _ = query;
    let mut presented = false;
    for credential in accepted {
        match credential {
            Credential::Bearer => {
                let token = headers
                    .get(axum::http::header::AUTHORIZATION)
                    .and_then(|value| value.to_str().ok())
                    .and_then(|value| {
                        value
                            .strip_prefix("Bearer ")
                            .or_else(|| value.strip_prefix("bearer "))
                    });
                if let Some(token) = token {
                    presented = true;
                    if api.check_bearer_token(token.trim()).await {
                        return Ok(());
                    }
                }
            }
        }
    }
    let message = if presented {
        "Invalid credentials."
    } else {
        "Authentication credentials were not provided."
    };
    Err(Rejection {
        operation,
        status,
        location: RejectionLocation::Auth,
        name: String::new(),
        message: message.to_owned(),
    })
}

/// Responses `stages_source_list` may answer with, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum StagesSourceListResponse {
    Ok(PaginatedSourceStageList),
    BadRequest(ValidationError),
    Forbidden(GenericError),
}

impl IntoResponse for StagesSourceListResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::BadRequest(body) => {
                json_response(StatusCode::BAD_REQUEST, serde_json::to_vec(&body))
            }
            Self::Forbidden(body) => {
                json_response(StatusCode::FORBIDDEN, serde_json::to_vec(&body))
            }
        }
    }
}

/// Responses `stages_source_create` may answer with, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum StagesSourceCreateResponse {
    Created(SourceStage),
    BadRequest(ValidationError),
    Forbidden(GenericError),
}

impl IntoResponse for StagesSourceCreateResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => {
                json_response(StatusCode::CREATED, serde_json::to_vec(&body))
            }
            Self::BadRequest(body) => {
                json_response(StatusCode::BAD_REQUEST, serde_json::to_vec(&body))
            }
            Self::Forbidden(body) => {
                json_response(StatusCode::FORBIDDEN, serde_json::to_vec(&body))
            }
        }
    }
}

/// Responses `stages_source_retrieve` may answer with, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum StagesSourceRetrieveResponse {
    Ok(SourceStage),
    BadRequest(ValidationError),
    Forbidden(GenericError),
}

impl IntoResponse for StagesSourceRetrieveResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::BadRequest(body) => {
                json_response(StatusCode::BAD_REQUEST, serde_json::to_vec(&body))
            }
            Self::Forbidden(body) => {
                json_response(StatusCode::FORBIDDEN, serde_json::to_vec(&body))
            }
        }
    }
}

/// Responses `stages_source_update` may answer with, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum StagesSourceUpdateResponse {
    Ok(SourceStage),
    BadRequest(ValidationError),
    Forbidden(GenericError),
}

impl IntoResponse for StagesSourceUpdateResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::BadRequest(body) => {
                json_response(StatusCode::BAD_REQUEST, serde_json::to_vec(&body))
            }
            Self::Forbidden(body) => {
                json_response(StatusCode::FORBIDDEN, serde_json::to_vec(&body))
            }
        }
    }
}

/// Responses `stages_source_destroy` may answer with, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum StagesSourceDestroyResponse {
    /// No response body
    NoContent,
    BadRequest(ValidationError),
    Forbidden(GenericError),
}

impl IntoResponse for StagesSourceDestroyResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
            Self::BadRequest(body) => {
                json_response(StatusCode::BAD_REQUEST, serde_json::to_vec(&body))
            }
            Self::Forbidden(body) => {
                json_response(StatusCode::FORBIDDEN, serde_json::to_vec(&body))
            }
        }
    }
}

/// Responses `stages_source_partial_update` may answer with, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum StagesSourcePartialUpdateResponse {
    Ok(SourceStage),
    BadRequest(ValidationError),
    Forbidden(GenericError),
}

impl IntoResponse for StagesSourcePartialUpdateResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::BadRequest(body) => {
                json_response(StatusCode::BAD_REQUEST, serde_json::to_vec(&body))
            }
            Self::Forbidden(body) => {
                json_response(StatusCode::FORBIDDEN, serde_json::to_vec(&body))
            }
        }
    }
}

/// Responses `stages_source_used_by_list` may answer with, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum StagesSourceUsedByListResponse {
    Ok(Vec<UsedBy>),
    BadRequest(ValidationError),
    Forbidden(GenericError),
}

impl IntoResponse for StagesSourceUsedByListResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::BadRequest(body) => {
                json_response(StatusCode::BAD_REQUEST, serde_json::to_vec(&body))
            }
            Self::Forbidden(body) => {
                json_response(StatusCode::FORBIDDEN, serde_json::to_vec(&body))
            }
        }
    }
}

/// Parses and validates a `stages_source_list` request.
fn parse_stages_source_list(
    query: Option<&str>,
) -> Result<StagesSourceListParams, Rejection> {
    const OPERATION: &str = "stages_source_list";
    let query = QueryParams::parse(OPERATION, query);
    let params = StagesSourceListParams {
        name: query.optional("name")?,
        ordering: query.optional("ordering")?,
        page: query.optional("page")?,
        page_size: query.optional("page_size")?,
        resume_timeout: query.optional("resume_timeout")?,
        search: query.optional("search")?,
        source: query.optional("source")?,
        stage_uuid: query.optional("stage_uuid")?,
    };
    Ok(params)
}

async fn handle_stages_source_list<A: Api>(
    State(api): State<Arc<A>>,
    headers: HeaderMap,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> Response {
    if let Err(rejection) = authorize(
            &*api,
            "stages_source_list",
            &[Credential::Bearer],
            &headers,
            query.as_deref(),
            StatusCode::FORBIDDEN,
        )
        .await
    {
        return api.reject(rejection);
    }
    let params = match parse_stages_source_list(query.as_deref()) {
        Ok(parsed) => parsed,
        Err(rejection) => return api.reject(rejection),
    };
    api.stages_source_list(params).await.into_response()
}

/// Parses and validates a `stages_source_create` request.
fn parse_stages_source_create(body: &Bytes) -> Result<SourceStageRequest, Rejection> {
    const OPERATION: &str = "stages_source_create";
    let body = json_body(OPERATION, body)?;
    Ok(body)
}

async fn handle_stages_source_create<A: Api>(
    State(api): State<Arc<A>>,
    headers: HeaderMap,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    body: Bytes,
) -> Response {
    if let Err(rejection) = authorize(
            &*api,
            "stages_source_create",
            &[Credential::Bearer],
            &headers,
            query.as_deref(),
            StatusCode::FORBIDDEN,
        )
        .await
    {
        return api.reject(rejection);
    }
    let body = match parse_stages_source_create(&body) {
        Ok(parsed) => parsed,
        Err(rejection) => return api.reject(rejection),
    };
    api.stages_source_create(body).await.into_response()
}

/// Parses and validates a `stages_source_retrieve` request.
fn parse_stages_source_retrieve(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
) -> Result<uuid::Uuid, Rejection> {
    const OPERATION: &str = "stages_source_retrieve";
    let path = PathParams::new(OPERATION, path)?;
    let stage_uuid = path.get(0, "stage_uuid")?;
    Ok(stage_uuid)
}

async fn handle_stages_source_retrieve<A: Api>(
    State(api): State<Arc<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    headers: HeaderMap,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> Response {
    if let Err(rejection) = authorize(
            &*api,
            "stages_source_retrieve",
            &[Credential::Bearer],
            &headers,
            query.as_deref(),
            StatusCode::FORBIDDEN,
        )
        .await
    {
        return api.reject(rejection);
    }
    let stage_uuid = match parse_stages_source_retrieve(path) {
        Ok(parsed) => parsed,
        Err(rejection) => return api.reject(rejection),
    };
    api.stages_source_retrieve(stage_uuid).await.into_response()
}

/// Parses and validates a `stages_source_update` request.
fn parse_stages_source_update(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    body: &Bytes,
) -> Result<(uuid::Uuid, SourceStageRequest), Rejection> {
    const OPERATION: &str = "stages_source_update";
    let path = PathParams::new(OPERATION, path)?;
    let stage_uuid = path.get(0, "stage_uuid")?;
    let body = json_body(OPERATION, body)?;
    Ok((stage_uuid, body))
}

async fn handle_stages_source_update<A: Api>(
    State(api): State<Arc<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    headers: HeaderMap,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    body: Bytes,
) -> Response {
    if let Err(rejection) = authorize(
            &*api,
            "stages_source_update",
            &[Credential::Bearer],
            &headers,
            query.as_deref(),
            StatusCode::FORBIDDEN,
        )
        .await
    {
        return api.reject(rejection);
    }
    let (stage_uuid, body) = match parse_stages_source_update(path, &body) {
        Ok(parsed) => parsed,
        Err(rejection) => return api.reject(rejection),
    };
    api.stages_source_update(stage_uuid, body).await.into_response()
}

/// Parses and validates a `stages_source_destroy` request.
fn parse_stages_source_destroy(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
) -> Result<uuid::Uuid, Rejection> {
    const OPERATION: &str = "stages_source_destroy";
    let path = PathParams::new(OPERATION, path)?;
    let stage_uuid = path.get(0, "stage_uuid")?;
    Ok(stage_uuid)
}

async fn handle_stages_source_destroy<A: Api>(
    State(api): State<Arc<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    headers: HeaderMap,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> Response {
    if let Err(rejection) = authorize(
            &*api,
            "stages_source_destroy",
            &[Credential::Bearer],
            &headers,
            query.as_deref(),
            StatusCode::FORBIDDEN,
        )
        .await
    {
        return api.reject(rejection);
    }
    let stage_uuid = match parse_stages_source_destroy(path) {
        Ok(parsed) => parsed,
        Err(rejection) => return api.reject(rejection),
    };
    api.stages_source_destroy(stage_uuid).await.into_response()
}

/// Parses and validates a `stages_source_partial_update` request.
fn parse_stages_source_partial_update(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    body: &Bytes,
) -> Result<(uuid::Uuid, Option<PatchedSourceStageRequest>), Rejection> {
    const OPERATION: &str = "stages_source_partial_update";
    let path = PathParams::new(OPERATION, path)?;
    let stage_uuid = path.get(0, "stage_uuid")?;
    let body = if body.is_empty() { None } else { Some(json_body(OPERATION, body)?) };
    Ok((stage_uuid, body))
}

async fn handle_stages_source_partial_update<A: Api>(
    State(api): State<Arc<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    headers: HeaderMap,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    body: Bytes,
) -> Response {
    if let Err(rejection) = authorize(
            &*api,
            "stages_source_partial_update",
            &[Credential::Bearer],
            &headers,
            query.as_deref(),
            StatusCode::FORBIDDEN,
        )
        .await
    {
        return api.reject(rejection);
    }
    let (stage_uuid, body) = match parse_stages_source_partial_update(path, &body) {
        Ok(parsed) => parsed,
        Err(rejection) => return api.reject(rejection),
    };
    api.stages_source_partial_update(stage_uuid, body).await.into_response()
}

/// Parses and validates a `stages_source_used_by_list` request.
fn parse_stages_source_used_by_list(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
) -> Result<uuid::Uuid, Rejection> {
    const OPERATION: &str = "stages_source_used_by_list";
    let path = PathParams::new(OPERATION, path)?;
    let stage_uuid = path.get(0, "stage_uuid")?;
    Ok(stage_uuid)
}

async fn handle_stages_source_used_by_list<A: Api>(
    State(api): State<Arc<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    headers: HeaderMap,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> Response {
    if let Err(rejection) = authorize(
            &*api,
            "stages_source_used_by_list",
            &[Credential::Bearer],
            &headers,
            query.as_deref(),
            StatusCode::FORBIDDEN,
        )
        .await
    {
        return api.reject(rejection);
    }
    let stage_uuid = match parse_stages_source_used_by_list(path) {
        Ok(parsed) => parsed,
        Err(rejection) => return api.reject(rejection),
    };
    api.stages_source_used_by_list(stage_uuid).await.into_response()
}
