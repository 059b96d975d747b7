//! Server stubs: implement [`Api`], then serve [`router`].

use std::sync::Arc;
use axum::body::Bytes;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

#[allow(unused_imports)]
use super::models::*;

/// The operations of nested definitions 1.0.0, as the server implements them.
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

    /// `GET /trees`
    ///
    fn get_tree(&self) -> impl std::future::Future<Output = GetTreeResponse> + Send;

    /// `POST /trees`
    ///
    fn evaluate(
        &self,
        body: Expression,
    ) -> impl std::future::Future<Output = EvaluateResponse> + Send;
}

/// Routes every operation to `api`. Paths are relative to the API's base path: nest the
/// router (`Router::new().nest("/api/v3", router(api))`) to serve it below one.
pub fn router<A: Api>(api: A) -> axum::Router {
    axum::Router::new()
        .without_v07_checks()
        .route(
            "/trees",
            axum::routing::get(handle_get_tree::<A>).post(handle_evaluate::<A>),
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

/// Responses `get_tree` may answer with, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetTreeResponse {
    /// a tree
    Ok(Tree),
}

impl IntoResponse for GetTreeResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
        }
    }
}

/// Responses `evaluate` may answer with, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum EvaluateResponse {
    /// the chain it makes
    Ok(Chain),
}

impl IntoResponse for EvaluateResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
        }
    }
}

/// Parses and validates a `getTree` request.
fn parse_get_tree() -> Result<(), Rejection> {
    Ok(())
}

async fn handle_get_tree<A: Api>(State(api): State<Arc<A>>) -> Response {
    let () = match parse_get_tree() {
        Ok(parsed) => parsed,
        Err(rejection) => return api.reject(rejection),
    };
    api.get_tree().await.into_response()
}

/// Parses and validates a `evaluate` request.
fn parse_evaluate(body: &Bytes) -> Result<Expression, Rejection> {
    const OPERATION: &str = "evaluate";
    let body = json_body(OPERATION, body)?;
    Ok(body)
}

async fn handle_evaluate<A: Api>(State(api): State<Arc<A>>, body: Bytes) -> Response {
    let body = match parse_evaluate(&body) {
        Ok(parsed) => parsed,
        Err(rejection) => return api.reject(rejection),
    };
    api.evaluate(body).await.into_response()
}
