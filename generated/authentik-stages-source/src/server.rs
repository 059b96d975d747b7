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
/// Each method receives parameters that have already been parsed and validated, the caller's
/// identity when the operation requires authentication, and the request's head (method,
/// URI, headers, extensions); the router answers malformed requests itself (through
/// [`Api::reject`]).
///
/// Operation methods take `self: Arc<Self>` and own what they are given, so their futures
/// borrow nothing: rustc's check of a trait whose methods' futures borrow grows with the
/// square of their number, and this trait has one method per operation.
pub trait Api: Send + Sync + 'static {
    /// Who is calling, as the credential checks establish it; handed to every operation
    /// that requires authentication.
    type Principal: Send + 'static;

    /// Who a bearer token belongs to; `None` refuses it. Called before every operation that
    /// requires one, before the request body is read.
    fn check_bearer_token(
        &self,
        token: &str,
    ) -> impl std::future::Future<Output = Option<Self::Principal>> + Send;

    /// Shapes the response to a request turned away before reaching the implementation
    /// (bad credentials, parameters or body; an unsupported media type; a body over the
    /// limit; an unknown path or method). The default answers with the rejection's status
    /// and a JSON body `{"detail": ..., "location": ..., "name": ...}`.
    fn reject(&self, rejection: Rejection) -> Response {
        rejection.into_response()
    }

    /// `GET /stages/source/`
    ///
    /// SourceStage Viewset
    fn stages_source_list(
        self: std::sync::Arc<Self>,
        params: StagesSourceListParams,
        principal: Self::Principal,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = StagesSourceListResponse> + Send;

    /// `POST /stages/source/`
    ///
    /// SourceStage Viewset
    fn stages_source_create(
        self: std::sync::Arc<Self>,
        body: SourceStageRequest,
        principal: Self::Principal,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = StagesSourceCreateResponse> + Send;

    /// `GET /stages/source/{stage_uuid}/`
    ///
    /// SourceStage Viewset
    fn stages_source_retrieve(
        self: std::sync::Arc<Self>,
        stage_uuid: uuid::Uuid,
        principal: Self::Principal,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = StagesSourceRetrieveResponse> + Send;

    /// `PUT /stages/source/{stage_uuid}/`
    ///
    /// SourceStage Viewset
    fn stages_source_update(
        self: std::sync::Arc<Self>,
        stage_uuid: uuid::Uuid,
        body: SourceStageRequest,
        principal: Self::Principal,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = StagesSourceUpdateResponse> + Send;

    /// `DELETE /stages/source/{stage_uuid}/`
    ///
    /// SourceStage Viewset
    fn stages_source_destroy(
        self: std::sync::Arc<Self>,
        stage_uuid: uuid::Uuid,
        principal: Self::Principal,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = StagesSourceDestroyResponse> + Send;

    /// `PATCH /stages/source/{stage_uuid}/`
    ///
    /// SourceStage Viewset
    fn stages_source_partial_update(
        self: std::sync::Arc<Self>,
        stage_uuid: uuid::Uuid,
        body: Option<PatchedSourceStageRequest>,
        principal: Self::Principal,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = StagesSourcePartialUpdateResponse> + Send;

    /// `GET /stages/source/{stage_uuid}/used_by/`
    ///
    /// Get a list of all objects that use this object
    fn stages_source_used_by_list(
        self: std::sync::Arc<Self>,
        stage_uuid: uuid::Uuid,
        principal: Self::Principal,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = StagesSourceUsedByListResponse> + Send;
}

/// Routes every operation to `api` (an `A: Api`, or an `Arc<A>` the caller keeps a clone
/// of), with the default [`RouterConfig`]. Paths are relative to the API's base path: nest
/// the router (`Router::new().nest("/api/v3", router(api))`) to serve it below one.
pub fn router<A: Api>(api: impl IntoShared<A>) -> axum::Router {
    router_with(api, RouterConfig::default())
}

/// [`router`] with other settings (the body limit).
pub fn router_with<A: Api>(
    api: impl IntoShared<A>,
    config: RouterConfig,
) -> axum::Router {
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
        .fallback(unknown_path::<A>)
        .method_not_allowed_fallback(unknown_method::<A>)
        .layer(axum::extract::DefaultBodyLimit::disable())
        .with_state(Served {
            api: api.into_shared(),
            config,
        })
}

/// Where the part of a request that was turned away came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RejectionLocation {
    /// Missing or invalid credentials.
    Auth,
    Path,
    Query,
    Header,
    Cookie,
    Body,
    /// A method the path has no operation for.
    Method,
}

impl RejectionLocation {
    pub fn as_str(self) -> &'static str {
        match self {
            RejectionLocation::Auth => "auth",
            RejectionLocation::Path => "path",
            RejectionLocation::Query => "query",
            RejectionLocation::Header => "header",
            RejectionLocation::Cookie => "cookie",
            RejectionLocation::Body => "body",
            RejectionLocation::Method => "method",
        }
    }
}

/// A request the router turned away before calling [`Api`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    /// The `operationId` of the operation the request was for; empty for a path or method no
    /// operation has.
    pub operation: &'static str,
    pub status: StatusCode,
    pub location: RejectionLocation,
    /// The parameter name, or the path of the body field (`flow_set[0].slug`); `content-type`
    /// for an unsupported media type; the request path or method when no operation has it;
    /// empty when the whole body or the credentials are at fault.
    pub name: String,
    pub message: String,
    /// For 415: the media types the operation accepts.
    pub accepted: Vec<&'static str>,
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
            accepted: Vec::new(),
        }
    }
}

/// The default answer: the status, and `{"detail": ..., "location": ..., "name": ...}` (with
/// `"accepted": [...]` for 415).
impl IntoResponse for Rejection {
    fn into_response(self) -> Response {
        let detail = if self.location == RejectionLocation::Auth {
            self.message
        } else {
            format!("{} `{}`: {}", self.location.as_str(), self.name, self.message)
        };
        let mut body = serde_json::json!(
            { "detail" : detail, "location" : self.location.as_str(), "name" : self.name,
            }
        );
        if !self.accepted.is_empty() {
            body["accepted"] = serde_json::json!(self.accepted);
        }
        json_response(self.status, serde_json::to_vec(&body))
    }
}

/// What a router accepts before an operation sees a request; see [`router_with`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct RouterConfig {
    /// The largest request body read, in bytes. A larger one is answered 413 with a
    /// [`Rejection`], without reading it when `Content-Length` announces it, and always after
    /// the credentials are checked. Default: [`RouterConfig::DEFAULT_BODY_LIMIT`].
    pub body_limit: usize,
}

impl RouterConfig {
    /// 1 MiB.
    pub const DEFAULT_BODY_LIMIT: usize = 1024 * 1024;

    /// The same settings with another body limit, in bytes.
    pub fn body_limit(mut self, bytes: usize) -> Self {
        self.body_limit = bytes;
        self
    }
}

impl Default for RouterConfig {
    fn default() -> Self {
        Self {
            body_limit: Self::DEFAULT_BODY_LIMIT,
        }
    }
}

/// What [`router`] serves: an implementation the router owns (`A`), or one shared with the
/// caller (`Arc<A>`, a clone of which the caller keeps).
pub trait IntoShared<A> {
    fn into_shared(self) -> Arc<A>;
}

impl<A: Api> IntoShared<A> for A {
    fn into_shared(self) -> Arc<A> {
        Arc::new(self)
    }
}

impl<A: Api> IntoShared<A> for Arc<A> {
    fn into_shared(self) -> Arc<A> {
        self
    }
}

/// The router's state: the implementation and the settings.
struct Served<A> {
    api: Arc<A>,
    config: RouterConfig,
}

impl<A> Clone for Served<A> {
    fn clone(&self) -> Self {
        Self {
            api: Arc::clone(&self.api),
            config: self.config,
        }
    }
}

/// A path no operation has: 404, in the rejection's shape.
async fn unknown_path<A: Api>(
    State(served): State<Served<A>>,
    uri: axum::http::Uri,
) -> Response {
    let rejection = Rejection {
        operation: "",
        status: StatusCode::NOT_FOUND,
        location: RejectionLocation::Path,
        name: uri.path().to_owned(),
        message: "no operation has this path".to_owned(),
        accepted: Vec::new(),
    };
    served.api.reject(rejection)
}

/// A method the path has no operation for: 405 (the router adds `Allow`), in the rejection's shape.
async fn unknown_method<A: Api>(
    State(served): State<Served<A>>,
    method: axum::http::Method,
) -> Response {
    let rejection = Rejection {
        operation: "",
        status: StatusCode::METHOD_NOT_ALLOWED,
        location: RejectionLocation::Method,
        name: method.as_str().to_owned(),
        message: "this path has no operation for the method".to_owned(),
        accepted: Vec::new(),
    };
    served.api.reject(rejection)
}

/// Checks the body's media type against those the operation accepts, then reads the body under
/// `limit`. Returns the bytes and the position of the media type among `accepted`; an empty body
/// without `Content-Type` is accepted here (whether a body is required is the decoder's concern).
#[allow(dead_code)]
async fn read_body(
    operation: &'static str,
    headers: &HeaderMap,
    body: axum::body::Body,
    accepted: &[&'static str],
    limit: usize,
) -> Result<(Bytes, usize), Rejection> {
    use axum::body::HttpBody as _;
    let too_large = || Rejection {
        operation,
        status: StatusCode::PAYLOAD_TOO_LARGE,
        location: RejectionLocation::Body,
        name: String::new(),
        message: format!("the body is larger than {limit} bytes"),
        accepted: Vec::new(),
    };
    let announced = headers
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.trim().parse::<u64>().ok());
    if announced.is_some_and(|length| length > limit as u64) {
        return Err(too_large());
    }
    let unsupported = |message: String| Rejection {
        operation,
        status: StatusCode::UNSUPPORTED_MEDIA_TYPE,
        location: RejectionLocation::Header,
        name: "content-type".to_owned(),
        message: format!("{message}; this operation accepts {}", accepted.join(", ")),
        accepted: accepted.to_vec(),
    };
    let media = match headers.get(axum::http::header::CONTENT_TYPE) {
        None => None,
        Some(value) => {
            let text = value
                .to_str()
                .map_err(|_| unsupported(
                    "the media type is not visible ASCII".to_owned(),
                ))?;
            let essence = text
                .split(';')
                .next()
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase();
            let position = accepted
                .iter()
                .position(|pattern| media_type_matches(pattern, &essence));
            Some(
                position
                    .ok_or_else(|| unsupported(format!("`{essence}` is not accepted")))?,
            )
        }
    };
    let mut body = body;
    let mut bytes = Vec::new();
    while let Some(frame) = std::future::poll_fn(|cx| {
            std::pin::Pin::new(&mut body).poll_frame(cx)
        })
        .await
    {
        let frame = frame
            .map_err(|err| {
                Rejection::invalid(
                    operation,
                    RejectionLocation::Body,
                    "",
                    format!("the body could not be read: {err}"),
                )
            })?;
        if let Ok(data) = frame.into_data() {
            if bytes.len() + data.len() > limit {
                return Err(too_large());
            }
            bytes.extend_from_slice(&data);
        }
    }
    match media {
        Some(position) => Ok((Bytes::from(bytes), position)),
        None if bytes.is_empty() => Ok((Bytes::new(), 0)),
        None => Err(unsupported("a body was sent without `Content-Type`".to_owned())),
    }
}

/// Whether a media type (lowercased, no parameters) fits a pattern the spec lists, which may end
/// in a wildcard (`text/*`, `*/*`).
#[allow(dead_code)]
fn media_type_matches(pattern: &str, essence: &str) -> bool {
    if pattern == essence || pattern == "*/*" {
        return true;
    }
    match pattern.strip_suffix("/*") {
        Some(kind) => essence.split_once('/').is_some_and(|(k, _)| k == kind),
        None => false,
    }
}

/// The request body an operation takes.
#[allow(dead_code)]
#[derive(Clone, Copy)]
enum Accepts {
    /// None: the body is not read.
    Nothing,
    /// A body in one of these media types, handed to the parser as bytes.
    Body(&'static [&'static str]),
}

/// What an operation's parser reads of a request, besides its path (each parser reads only what
/// its operation uses).
#[allow(dead_code)]
struct Received<'r> {
    query: Option<&'r str>,
    headers: &'r HeaderMap,
    /// The body; empty when the operation takes none.
    body: &'r Bytes,
    /// The position of the body's media type among those the operation accepts.
    media: usize,
}

/// Reads the body the operation takes (under `limit`, after checking its media type) and parses
/// the request with the operation's parser.
async fn receive<P>(
    operation: &'static str,
    accepts: Accepts,
    limit: usize,
    head: &axum::http::request::Parts,
    query: Option<&str>,
    body: axum::body::Body,
    parse: impl FnOnce(Received<'_>) -> Result<P, Rejection>,
) -> Result<P, Rejection> {
    let (body, media) = match accepts {
        Accepts::Nothing => (Bytes::new(), 0),
        Accepts::Body(accepted) => {
            read_body(operation, &head.headers, body, accepted, limit).await?
        }
    };
    parse(Received {
        query,
        headers: &head.headers,
        body: &body,
        media,
    })
}

/// The future a handler returns: boxed, so that it is proved `Send` once, in the generic driver
/// that builds it, rather than in every handler (axum boxes a handler's future anyway).
type Handling = std::pin::Pin<Box<dyn std::future::Future<Output = Response> + Send>>;

/// Serves an operation that takes no credentials: the body's media type and size, then `parse`
/// (parameters and body), then `call` (the implementation). Every handler is a plain function
/// handing its parser and its call to this driver, so rustc builds and checks one state machine
/// for all of them rather than one per operation.
#[allow(dead_code)]
fn serve<A, P, F>(
    served: Served<A>,
    operation: &'static str,
    accepts: Accepts,
    query: Option<String>,
    request: axum::extract::Request,
    parse: impl FnOnce(Received<'_>) -> Result<P, Rejection> + Send + 'static,
    call: impl FnOnce(Arc<A>, P, axum::http::request::Parts) -> F + Send + 'static,
) -> Handling
where
    A: Api,
    P: Send + 'static,
    F: std::future::Future + Send + 'static,
    F::Output: IntoResponse,
{
    Box::pin(async move {
        let (head, body) = request.into_parts();
        match receive(
                operation,
                accepts,
                served.config.body_limit,
                &head,
                query.as_deref(),
                body,
                parse,
            )
            .await
        {
            Ok(parsed) => call(served.api, parsed, head).await.into_response(),
            Err(rejection) => served.api.reject(rejection),
        }
    })
}

/// A JSON response of `body`: one short call in each arm of a response enum's `into_response`.
fn json<T: serde::Serialize>(status: StatusCode, body: &T) -> Response {
    json_response(status, serde_json::to_vec(body))
}

/// A JSON response; a body that cannot be serialized is a server error, not a panic. Not
/// generic: compiled once.
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

/// Query string (or cookie) pairs, decoded once.
#[allow(dead_code)]
struct QueryParams {
    operation: &'static str,
    /// `Query` or `Cookie`: where rejections say the value was.
    location: RejectionLocation,
    /// For the properties of an object packed in one value: the object's name, which
    /// rejections put before theirs (`corner.name`).
    within: Option<&'static str>,
    pairs: Vec<(String, String)>,
}

#[allow(dead_code)]
impl QueryParams {
    /// Splits and percent-decodes the query; text that is not UTF-8 once decoded is refused,
    /// naming the parameter, rather than replaced.
    fn parse(operation: &'static str, raw: Option<&str>) -> Result<Self, Rejection> {
        let mut pairs = Vec::new();
        for pair in raw.unwrap_or_default().split('&').filter(|pair| !pair.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let key = decode_query_text(key)
                .map_err(|lossy| {
                    Rejection::invalid(
                        operation,
                        RejectionLocation::Query,
                        lossy,
                        "the parameter name is not UTF-8",
                    )
                })?;
            let value = decode_query_text(value)
                .map_err(|_| {
                    Rejection::invalid(
                        operation,
                        RejectionLocation::Query,
                        key.clone(),
                        "the value is not UTF-8",
                    )
                })?;
            pairs.push((key, value));
        }
        Ok(Self {
            operation,
            location: RejectionLocation::Query,
            within: None,
            pairs,
        })
    }

    /// The cookies of every `Cookie` header (`name=value; name=value`), values percent-decoded.
    fn cookies(operation: &'static str, headers: &HeaderMap) -> Result<Self, Rejection> {
        let mut pairs = Vec::new();
        for header in headers.get_all(axum::http::header::COOKIE) {
            let text = header
                .to_str()
                .map_err(|_| {
                    Rejection::invalid(
                        operation,
                        RejectionLocation::Cookie,
                        "",
                        "the Cookie header is not visible ASCII",
                    )
                })?;
            for cookie in text
                .split(';')
                .map(str::trim)
                .filter(|cookie| !cookie.is_empty())
            {
                let (name, value) = cookie.split_once('=').unwrap_or((cookie, ""));
                let value = decode_query_text(value.trim_matches('"'))
                    .map_err(|_| {
                        Rejection::invalid(
                            operation,
                            RejectionLocation::Cookie,
                            name,
                            "the value is not UTF-8",
                        )
                    })?;
                pairs.push((name.to_owned(), value));
            }
        }
        Ok(Self {
            operation,
            location: RejectionLocation::Cookie,
            within: None,
            pairs,
        })
    }

    fn invalid(&self, name: &str, message: impl Into<String>) -> Rejection {
        match self.within {
            Some(object) => {
                Rejection::invalid(
                    self.operation,
                    self.location,
                    format!("{object}.{name}"),
                    message,
                )
            }
            None => Rejection::invalid(self.operation, self.location, name, message),
        }
    }

    /// The properties of an object sent as one value, `name,x,age,3` (`form`, not exploded).
    fn packed(&self, name: &'static str) -> Result<Self, Rejection> {
        let items: Vec<&str> = match self.first(name) {
            None | Some("") => Vec::new(),
            Some(value) => value.split(',').collect(),
        };
        let chunks = items.chunks_exact(2);
        if !chunks.remainder().is_empty() {
            return Err(
                self
                    .invalid(
                        name,
                        "expected property names and values in turn: `name,value,name,value`",
                    ),
            );
        }
        let pairs = chunks
            .filter_map(|pair| match pair {
                [name, value] => Some(((*name).to_owned(), (*value).to_owned())),
                _ => None,
            })
            .collect();
        Ok(Self {
            operation: self.operation,
            location: self.location,
            within: Some(name),
            pairs,
        })
    }

    fn first(&self, name: &str) -> Option<&str> {
        self.pairs.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str())
    }

    fn optional<T: ParamValue>(
        &self,
        name: &'static str,
    ) -> Result<Option<T>, Rejection> {
        match self.first(name) {
            None => Ok(None),
            Some(value) => {
                T::from_param(value)
                    .map(Some)
                    .map_err(|message| self.invalid(name, message))
            }
        }
    }

    fn required<T: ParamValue>(&self, name: &'static str) -> Result<T, Rejection> {
        self.optional(name)?
            .ok_or_else(|| self.invalid(name, "this parameter is required"))
    }

    /// Absent is `None`, an empty value (`key=`) an explicit `null`.
    fn tri_state<T: ParamValue>(
        &self,
        name: &'static str,
    ) -> Result<Option<Option<T>>, Rejection> {
        match self.first(name) {
            None => Ok(None),
            Some("") => Ok(Some(None)),
            Some(value) => {
                T::from_param(value)
                    .map(|value| Some(Some(value)))
                    .map_err(|message| self.invalid(name, message))
            }
        }
    }

    fn has(&self, name: &str) -> bool {
        self.pairs.iter().any(|(key, _)| key == name)
    }

    /// Whether any of an object's keys is present.
    fn has_any(&self, names: &[&str]) -> bool {
        names.iter().any(|name| self.has(name))
    }

    fn require(&self, name: &'static str) -> Result<(), Rejection> {
        if self.has(name) {
            Ok(())
        } else {
            Err(self.invalid(name, "this parameter is required"))
        }
    }

    /// Every value of a repeated parameter, through a list type's checking constructor.
    fn checked_list<T: ParamValue, L>(
        &self,
        name: &'static str,
        build: impl FnOnce(Vec<T>) -> Result<L, ConstraintError>,
    ) -> Result<L, Rejection> {
        build(self.all(name)?).map_err(|err| self.invalid(name, err.to_string()))
    }

    /// Every value of a repeated parameter, or `None` when it is absent.
    fn optional_all<T: ParamValue>(
        &self,
        name: &'static str,
    ) -> Result<Option<Vec<T>>, Rejection> {
        if self.has(name) { self.all(name).map(Some) } else { Ok(None) }
    }

    fn all<T: ParamValue>(&self, name: &'static str) -> Result<Vec<T>, Rejection> {
        self.pairs
            .iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| {
                T::from_param(value).map_err(|message| self.invalid(name, message))
            })
            .collect()
    }

    /// The items of a list sent as one value (`a,b,c`), split at `delimiter` (a comma, space or
    /// pipe); an empty value is an empty list.
    fn split<T: ParamValue>(
        &self,
        name: &'static str,
        delimiter: char,
    ) -> Result<Vec<T>, Rejection> {
        match self.first(name) {
            None | Some("") => Ok(Vec::new()),
            Some(value) => {
                value
                    .split(delimiter)
                    .map(|item| {
                        T::from_param(item)
                            .map_err(|message| self.invalid(name, message))
                    })
                    .collect()
            }
        }
    }

    /// Like [`QueryParams::split`], through a list type's checking constructor.
    fn checked_split<T: ParamValue, L>(
        &self,
        name: &'static str,
        delimiter: char,
        build: impl FnOnce(Vec<T>) -> Result<L, ConstraintError>,
    ) -> Result<L, Rejection> {
        build(self.split(name, delimiter)?)
            .map_err(|err| self.invalid(name, err.to_string()))
    }
}

/// `application/x-www-form-urlencoded` decoding of one name or value: `+` is a space, `%XY` a
/// byte. `Err` holds a lossy rendering when the bytes are not UTF-8.
#[allow(dead_code)]
fn decode_query_text(text: &str) -> Result<String, String> {
    fn hex(byte: u8) -> Option<u8> {
        (byte as char).to_digit(16).and_then(|digit| u8::try_from(digit).ok())
    }
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b'+' => decoded.push(b' '),
            b'%' => {
                match (
                    bytes.get(at + 1).copied().and_then(hex),
                    bytes.get(at + 2).copied().and_then(hex),
                ) {
                    (Some(high), Some(low)) => {
                        decoded.push(high * 16 + low);
                        at += 2;
                    }
                    _ => decoded.push(b'%'),
                }
            }
            other => decoded.push(other),
        }
        at += 1;
    }
    String::from_utf8(decoded)
        .map_err(|err| String::from_utf8_lossy(err.as_bytes()).into_owned())
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

/// Decodes a JSON body; the rejection names the path of the offending field. Only the decoding
/// itself is generic: the rejections are built by functions compiled once.
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
    match serde_path_to_error::deserialize(&mut deserializer) {
        Ok(value) => {
            json_body_end(operation, deserializer)?;
            Ok(value)
        }
        Err(err) => Err(json_body_rejection(operation, err)),
    }
}

/// Refuses what follows the JSON value in a body, other than whitespace.
#[allow(dead_code)]
fn json_body_end(
    operation: &'static str,
    mut deserializer: serde_json::Deserializer<serde_json::de::SliceRead<'_>>,
) -> Result<(), Rejection> {
    deserializer
        .end()
        .map_err(|err| Rejection::invalid(
            operation,
            RejectionLocation::Body,
            "",
            err.to_string(),
        ))
}

/// The rejection of a body that does not decode, naming the path of the offending field.
#[allow(dead_code)]
fn json_body_rejection(
    operation: &'static str,
    err: serde_path_to_error::Error<serde_json::Error>,
) -> Rejection {
    let path = err.path().to_string();
    let name = if path == "." || path == "?" { String::new() } else { path };
    Rejection::invalid(
        operation,
        RejectionLocation::Body,
        name,
        err.into_inner().to_string(),
    )
}

/// A kind of credential an operation accepts.
#[derive(Debug, Clone, Copy)]
enum Credential {
    Bearer,
}

/// The credentials of an `Authorization` header with the given scheme, which matches without
/// regard to case (RFC 9110: `bearer` is `Bearer`).
#[allow(dead_code)]
fn authorization_with_scheme<'h>(
    headers: &'h HeaderMap,
    scheme: &str,
) -> Option<&'h str> {
    let value = headers.get(axum::http::header::AUTHORIZATION)?.to_str().ok()?;
    let (name, credentials) = value.trim_start().split_once(' ')?;
    name.eq_ignore_ascii_case(scheme).then(|| credentials.trim())
}

/// What the credentials of a request establish.
enum Credentials<P> {
    /// An accepted credential is present and valid: the caller.
    Valid(P),
    /// Credentials are present, and none is valid.
    Invalid,
    /// No accepted kind of credential is present.
    Absent,
}

/// The credentials an operation accepts, the status that refuses a caller, and what the caller
/// is to the operation: `P` is `Principal` where authentication is required, `Option<Principal>`
/// where anonymous calls are allowed too.
struct Guard<Principal, P> {
    accepted: &'static [Credential],
    refusal: StatusCode,
    decide: fn(Credentials<Principal>) -> Result<P, &'static str>,
}

impl<Principal> Guard<Principal, Principal> {
    /// Authentication is required: no credentials, or none valid, are refused.
    #[allow(dead_code)]
    fn required(accepted: &'static [Credential], refusal: StatusCode) -> Self {
        let decide = |credentials| match credentials {
            Credentials::Valid(principal) => Ok(principal),
            Credentials::Invalid => Err("Invalid credentials."),
            Credentials::Absent => Err("Authentication credentials were not provided."),
        };
        Self { accepted, refusal, decide }
    }
}

impl<Principal> Guard<Principal, Option<Principal>> {
    /// Anonymous calls are allowed (`None`); credentials that are sent and invalid are still refused.
    #[allow(dead_code)]
    fn optional(accepted: &'static [Credential], refusal: StatusCode) -> Self {
        let decide = |credentials| match credentials {
            Credentials::Valid(principal) => Ok(Some(principal)),
            Credentials::Invalid => Err("Invalid credentials."),
            Credentials::Absent => Ok(None),
        };
        Self { accepted, refusal, decide }
    }
}

impl<Principal, P> Guard<Principal, P> {
    /// The caller, or the rejection.
    async fn check<A: Api<Principal = Principal>>(
        &self,
        api: &A,
        operation: &'static str,
        headers: &HeaderMap,
        query: Option<&str>,
    ) -> Result<P, Rejection> {
        let credentials = check_credentials(
                api,
                operation,
                self.accepted,
                headers,
                query,
            )
            .await;
        (self.decide)(credentials)
            .map_err(|message| auth_rejection(operation, self.refusal, message))
    }
}

/// [`serve`] for an operation that takes credentials: they are checked first, before the body is
/// read, and the caller is handed to `call`.
#[allow(clippy::too_many_arguments)]
fn serve_authorized<A, Pr, P, F>(
    served: Served<A>,
    operation: &'static str,
    guard: Guard<A::Principal, Pr>,
    accepts: Accepts,
    query: Option<String>,
    request: axum::extract::Request,
    parse: impl FnOnce(Received<'_>) -> Result<P, Rejection> + Send + 'static,
    call: impl FnOnce(Arc<A>, P, Pr, axum::http::request::Parts) -> F + Send + 'static,
) -> Handling
where
    A: Api,
    Pr: Send + 'static,
    P: Send + 'static,
    F: std::future::Future + Send + 'static,
    F::Output: IntoResponse,
{
    Box::pin(async move {
        let (head, body) = request.into_parts();
        let principal = match guard
            .check(&*served.api, operation, &head.headers, query.as_deref())
            .await
        {
            Ok(principal) => principal,
            Err(rejection) => return served.api.reject(rejection),
        };
        match receive(
                operation,
                accepts,
                served.config.body_limit,
                &head,
                query.as_deref(),
                body,
                parse,
            )
            .await
        {
            Ok(parsed) => call(served.api, parsed, principal, head).await.into_response(),
            Err(rejection) => served.api.reject(rejection),
        }
    })
}

fn auth_rejection(
    operation: &'static str,
    status: StatusCode,
    message: &str,
) -> Rejection {
    Rejection {
        operation,
        status,
        location: RejectionLocation::Auth,
        name: String::new(),
        message: message.to_owned(),
        accepted: Vec::new(),
    }
}

/// Tries each accepted kind of credential in turn.
async fn check_credentials<A: Api>(
    api: &A,
    operation: &'static str,
    accepted: &[Credential],
    headers: &HeaderMap,
    query: Option<&str>,
) -> Credentials<A::Principal> {
    let _ = (operation, query);
    let mut presented = false;
    for credential in accepted {
        match credential {
            Credential::Bearer => {
                if let Some(token) = authorization_with_scheme(headers, "Bearer") {
                    presented = true;
                    if let Some(principal) = api.check_bearer_token(token).await {
                        return Credentials::Valid(principal);
                    }
                }
            }
        }
    }
    if presented { Credentials::Invalid } else { Credentials::Absent }
}

/// Responses `stages_source_list` may answer with, one per documented status.
#[derive(Debug)]
pub enum StagesSourceListResponse {
    Ok(PaginatedSourceStageList),
    BadRequest(ValidationError),
    Forbidden(GenericError),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for StagesSourceListResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::BadRequest(body) => json(StatusCode::BAD_REQUEST, &body),
            Self::Forbidden(body) => json(StatusCode::FORBIDDEN, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `stages_source_create` may answer with, one per documented status.
#[derive(Debug)]
pub enum StagesSourceCreateResponse {
    Created(SourceStage),
    BadRequest(ValidationError),
    Forbidden(GenericError),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for StagesSourceCreateResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => json(StatusCode::CREATED, &body),
            Self::BadRequest(body) => json(StatusCode::BAD_REQUEST, &body),
            Self::Forbidden(body) => json(StatusCode::FORBIDDEN, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `stages_source_retrieve` may answer with, one per documented status.
#[derive(Debug)]
pub enum StagesSourceRetrieveResponse {
    Ok(SourceStage),
    BadRequest(ValidationError),
    Forbidden(GenericError),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for StagesSourceRetrieveResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::BadRequest(body) => json(StatusCode::BAD_REQUEST, &body),
            Self::Forbidden(body) => json(StatusCode::FORBIDDEN, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `stages_source_update` may answer with, one per documented status.
#[derive(Debug)]
pub enum StagesSourceUpdateResponse {
    Ok(SourceStage),
    BadRequest(ValidationError),
    Forbidden(GenericError),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for StagesSourceUpdateResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::BadRequest(body) => json(StatusCode::BAD_REQUEST, &body),
            Self::Forbidden(body) => json(StatusCode::FORBIDDEN, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `stages_source_destroy` may answer with, one per documented status.
#[derive(Debug)]
pub enum StagesSourceDestroyResponse {
    /// No response body
    NoContent,
    BadRequest(ValidationError),
    Forbidden(GenericError),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for StagesSourceDestroyResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
            Self::BadRequest(body) => json(StatusCode::BAD_REQUEST, &body),
            Self::Forbidden(body) => json(StatusCode::FORBIDDEN, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `stages_source_partial_update` may answer with, one per documented status.
#[derive(Debug)]
pub enum StagesSourcePartialUpdateResponse {
    Ok(SourceStage),
    BadRequest(ValidationError),
    Forbidden(GenericError),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for StagesSourcePartialUpdateResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::BadRequest(body) => json(StatusCode::BAD_REQUEST, &body),
            Self::Forbidden(body) => json(StatusCode::FORBIDDEN, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `stages_source_used_by_list` may answer with, one per documented status.
#[derive(Debug)]
pub enum StagesSourceUsedByListResponse {
    Ok(Vec<UsedBy>),
    BadRequest(ValidationError),
    Forbidden(GenericError),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for StagesSourceUsedByListResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::BadRequest(body) => json(StatusCode::BAD_REQUEST, &body),
            Self::Forbidden(body) => json(StatusCode::FORBIDDEN, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Parses and validates a `stages_source_list` request.
fn parse_stages_source_list(
    received: Received<'_>,
) -> Result<StagesSourceListParams, Rejection> {
    let Received { query, .. } = received;

    const OPERATION: &str = "stages_source_list";
    let query = QueryParams::parse(OPERATION, query)?;
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

/// `GET /stages/source/`: credentials first, then the body's media type and size, then parameters and body.
fn handle_stages_source_list<A: Api>(
    State(served): State<Served<A>>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve_authorized(
        served,
        "stages_source_list",
        Guard::required(&[Credential::Bearer], StatusCode::FORBIDDEN),
        Accepts::Nothing,
        query,
        request,
        parse_stages_source_list,
        |api, params, principal, head| {
            api.stages_source_list(params, principal, head)
        },
    )
}

/// Parses and validates a `stages_source_create` request.
fn parse_stages_source_create(
    received: Received<'_>,
) -> Result<SourceStageRequest, Rejection> {
    let Received { body, .. } = received;

    const OPERATION: &str = "stages_source_create";
    let body = json_body(OPERATION, body)?;
    Ok(body)
}

/// `POST /stages/source/`: credentials first, then the body's media type and size, then parameters and body.
fn handle_stages_source_create<A: Api>(
    State(served): State<Served<A>>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve_authorized(
        served,
        "stages_source_create",
        Guard::required(&[Credential::Bearer], StatusCode::FORBIDDEN),
        Accepts::Body(&["application/json"]),
        query,
        request,
        parse_stages_source_create,
        |api, body, principal, head| { api.stages_source_create(body, principal, head) },
    )
}

/// Parses and validates a `stages_source_retrieve` request.
fn parse_stages_source_retrieve(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<uuid::Uuid, Rejection> {
    const OPERATION: &str = "stages_source_retrieve";
    let path = PathParams::new(OPERATION, path)?;
    let stage_uuid = path.get(0, "stage_uuid")?;
    Ok(stage_uuid)
}

/// `GET /stages/source/{stage_uuid}/`: credentials first, then the body's media type and size, then parameters and body.
fn handle_stages_source_retrieve<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve_authorized(
        served,
        "stages_source_retrieve",
        Guard::required(&[Credential::Bearer], StatusCode::FORBIDDEN),
        Accepts::Nothing,
        query,
        request,
        move |received| parse_stages_source_retrieve(path, received),
        |api, stage_uuid, principal, head| {
            api.stages_source_retrieve(stage_uuid, principal, head)
        },
    )
}

/// Parses and validates a `stages_source_update` request.
fn parse_stages_source_update(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    received: Received<'_>,
) -> Result<(uuid::Uuid, SourceStageRequest), Rejection> {
    let Received { body, .. } = received;

    const OPERATION: &str = "stages_source_update";
    let path = PathParams::new(OPERATION, path)?;
    let stage_uuid = path.get(0, "stage_uuid")?;
    let body = json_body(OPERATION, body)?;
    Ok((stage_uuid, body))
}

/// `PUT /stages/source/{stage_uuid}/`: credentials first, then the body's media type and size, then parameters and body.
fn handle_stages_source_update<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve_authorized(
        served,
        "stages_source_update",
        Guard::required(&[Credential::Bearer], StatusCode::FORBIDDEN),
        Accepts::Body(&["application/json"]),
        query,
        request,
        move |received| parse_stages_source_update(path, received),
        |api, (stage_uuid, body), principal, head| {
            api.stages_source_update(stage_uuid, body, principal, head)
        },
    )
}

/// Parses and validates a `stages_source_destroy` request.
fn parse_stages_source_destroy(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<uuid::Uuid, Rejection> {
    const OPERATION: &str = "stages_source_destroy";
    let path = PathParams::new(OPERATION, path)?;
    let stage_uuid = path.get(0, "stage_uuid")?;
    Ok(stage_uuid)
}

/// `DELETE /stages/source/{stage_uuid}/`: credentials first, then the body's media type and size, then parameters and body.
fn handle_stages_source_destroy<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve_authorized(
        served,
        "stages_source_destroy",
        Guard::required(&[Credential::Bearer], StatusCode::FORBIDDEN),
        Accepts::Nothing,
        query,
        request,
        move |received| parse_stages_source_destroy(path, received),
        |api, stage_uuid, principal, head| {
            api.stages_source_destroy(stage_uuid, principal, head)
        },
    )
}

/// Parses and validates a `stages_source_partial_update` request.
fn parse_stages_source_partial_update(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    received: Received<'_>,
) -> Result<(uuid::Uuid, Option<PatchedSourceStageRequest>), Rejection> {
    let Received { body, .. } = received;

    const OPERATION: &str = "stages_source_partial_update";
    let path = PathParams::new(OPERATION, path)?;
    let stage_uuid = path.get(0, "stage_uuid")?;
    let body = if body.is_empty() { None } else { Some(json_body(OPERATION, body)?) };
    Ok((stage_uuid, body))
}

/// `PATCH /stages/source/{stage_uuid}/`: credentials first, then the body's media type and size, then parameters and body.
fn handle_stages_source_partial_update<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve_authorized(
        served,
        "stages_source_partial_update",
        Guard::required(&[Credential::Bearer], StatusCode::FORBIDDEN),
        Accepts::Body(&["application/json"]),
        query,
        request,
        move |received| parse_stages_source_partial_update(path, received),
        |api, (stage_uuid, body), principal, head| {
            api.stages_source_partial_update(stage_uuid, body, principal, head)
        },
    )
}

/// Parses and validates a `stages_source_used_by_list` request.
fn parse_stages_source_used_by_list(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<uuid::Uuid, Rejection> {
    const OPERATION: &str = "stages_source_used_by_list";
    let path = PathParams::new(OPERATION, path)?;
    let stage_uuid = path.get(0, "stage_uuid")?;
    Ok(stage_uuid)
}

/// `GET /stages/source/{stage_uuid}/used_by/`: credentials first, then the body's media type and size, then parameters and body.
fn handle_stages_source_used_by_list<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve_authorized(
        served,
        "stages_source_used_by_list",
        Guard::required(&[Credential::Bearer], StatusCode::FORBIDDEN),
        Accepts::Nothing,
        query,
        request,
        move |received| parse_stages_source_used_by_list(path, received),
        |api, stage_uuid, principal, head| {
            api.stages_source_used_by_list(stage_uuid, principal, head)
        },
    )
}
