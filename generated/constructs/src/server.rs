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

    /// `GET /pets`
    fn list_pets(
        self: std::sync::Arc<Self>,
        params: ListPetsParams,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = ListPetsResponse> + Send;

    /// `POST /pets`
    fn create_pet(
        self: std::sync::Arc<Self>,
        body: Pet,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = CreatePetResponse> + Send;

    /// `GET /ranges/{id}`
    ///
    /// Statuses documented by range; `2XX` is a success like `200`.
    fn get_ranged(
        self: std::sync::Arc<Self>,
        id: i64,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = GetRangedResponse> + Send;

    /// `PUT /ranges/{id}`
    ///
    /// A fixed success beside a range of them, with other bodies.
    fn put_ranged(
        self: std::sync::Arc<Self>,
        id: i64,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = PutRangedResponse> + Send;

    /// `DELETE /ranges/{id}`
    ///
    /// Ranges without bodies; the handler picks the status.
    fn delete_ranged(
        self: std::sync::Arc<Self>,
        id: i64,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = DeleteRangedResponse> + Send;

    /// `PUT /pets/{id}/photo/signed`
    ///
    /// A multipart body from a caller with a bearer token, which is checked before the body is read.
    fn upload_signed_photo(
        self: std::sync::Arc<Self>,
        id: i64,
        body: PhotoUpload,
        principal: Self::Principal,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = UploadSignedPhotoResponse> + Send;

    /// `GET /pets/{id}/photo`
    fn download_photo(
        self: std::sync::Arc<Self>,
        id: i64,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = DownloadPhotoResponse> + Send;

    /// `PUT /pets/{id}/photo`
    fn upload_photo(
        self: std::sync::Arc<Self>,
        id: i64,
        body: PhotoUpload,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = UploadPhotoResponse> + Send;

    /// `GET /pets/{id}/notes`
    fn get_pets_by_id_notes(
        self: std::sync::Arc<Self>,
        id: i64,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = GetPetsByIdNotesResponse> + Send;

    /// `PUT /pets/{id}/notes`
    fn put_pets_by_id_notes(
        self: std::sync::Arc<Self>,
        id: i64,
        body: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = PutPetsByIdNotesResponse> + Send;

    /// `GET /pets/{id}.{format}`
    ///
    /// Two parameters in one segment, with text after the first.
    fn export_pet(
        self: std::sync::Arc<Self>,
        id: i64,
        format: ExportPetFormat,
        params: ExportPetParams,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = ExportPetResponse> + Send;

    /// `GET /events`
    ///
    /// Cursor pagination: `cursor` in the query, `next_cursor` in the body, absent on the last page.
    fn list_events(
        self: std::sync::Arc<Self>,
        params: ListEventsParams,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = ListEventsResponse> + Send;

    /// `GET /flows/{slug}/export/`
    ///
    /// Like authentik's flow export, a binary string declared as JSON; the server sends YAML.
    fn flows_instances_export_retrieve(
        self: std::sync::Arc<Self>,
        slug: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = FlowsInstancesExportRetrieveResponse> + Send;

    /// `POST /login`
    fn log_in(
        self: std::sync::Arc<Self>,
        body: LogInBody,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = LogInResponse> + Send;

    /// `PUT /blobs/{name}`
    fn put_blobs_by_name(
        self: std::sync::Arc<Self>,
        name: String,
        body: Option<Vec<u8>>,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = PutBlobsByNameResponse> + Send;

    /// `POST /pets/{id}/tags`
    ///
    /// A body in JSON or form encoding; the server decodes by `Content-Type`. Anonymous callers are welcome; a bearer token names the caller.
    fn tag_pet(
        self: std::sync::Arc<Self>,
        id: i64,
        body: Tagging,
        principal: Option<Self::Principal>,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = TagPetResponse> + Send;
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
            "/pets",
            axum::routing::get(handle_list_pets::<A>).post(handle_create_pet::<A>),
        )
        .route(
            "/ranges/{p0}",
            axum::routing::get(handle_get_ranged::<A>)
                .put(handle_put_ranged::<A>)
                .delete(handle_delete_ranged::<A>),
        )
        .route(
            "/pets/{p0}/photo/signed",
            axum::routing::put(handle_upload_signed_photo::<A>),
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
        .route("/pets/{p0}/tags", axum::routing::post(handle_tag_pet::<A>))
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
    /// A `multipart/form-data` body (these media types), taken apart before the parser sees it.
    Parts(&'static [&'static str]),
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
    /// The parts of a multipart body; none for other operations.
    parts: MultipartParts,
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
        Accepts::Parts(accepted) => {
            read_body(operation, &head.headers, body, accepted, limit).await?
        }
    };
    let parts = match accepts {
        Accepts::Parts(_) => {
            read_multipart(operation, &head.headers, body.clone()).await?
        }
        _ => {
            MultipartParts {
                operation,
                parts: Vec::new(),
            }
        }
    };
    parse(Received {
        query,
        headers: &head.headers,
        body: &body,
        media,
        parts,
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

/// A status the spec documents that has no named constant.
fn status_code(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// The status a handler picked for a response documented as the range `first`XX (`range:
/// Some(first)`) or as `default` (`None`), when that response covers it: inside the range, or
/// for `default` any status outside the documented `ranges`; in both cases none of the `codes`
/// the operation documents apart, whose bodies differ. Otherwise a 500 naming the status, so a
/// caller never reads a body under a status that promises another.
fn chosen_status(
    code: u16,
    range: Option<u16>,
    codes: &[u16],
    ranges: &[u16],
) -> Result<StatusCode, MisplacedStatus> {
    let fits = match range {
        Some(first) => code / 100 == first,
        None => (100..600).contains(&code) && !ranges.contains(&(code / 100)),
    };
    if fits && !codes.contains(&code) {
        Ok(status_code(code))
    } else {
        Err(MisplacedStatus { code, range })
    }
}

/// A status a handler picked that its response is not documented for.
struct MisplacedStatus {
    code: u16,
    range: Option<u16>,
}

impl IntoResponse for MisplacedStatus {
    fn into_response(self) -> Response {
        let documented = self
            .range
            .map_or_else(|| "default".to_owned(), |first| format!("{first}XX"));
        let message = format!(
            "the implementation answered {} for the response documented as {documented}, which does not cover it",
            self.code
        );
        (StatusCode::INTERNAL_SERVER_ERROR, message).into_response()
    }
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

/// Decodes an `application/x-www-form-urlencoded` body, naming the offending field.
fn form_body<T: serde::de::DeserializeOwned>(
    operation: &'static str,
    body: &Bytes,
) -> Result<T, Rejection> {
    let deserializer = serde_urlencoded::Deserializer::new(form_urlencoded::parse(body));
    serde_path_to_error::deserialize(deserializer)
        .map_err(|err| {
            let path = err.path().to_string();
            let name = if path == "." || path == "?" { String::new() } else { path };
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

/// Takes apart a multipart body already read under the router's limit; `headers` carry its
/// `Content-Type` (and boundary).
async fn read_multipart(
    operation: &'static str,
    headers: &HeaderMap,
    body: Bytes,
) -> Result<MultipartParts, Rejection> {
    use axum::extract::FromRequest as _;
    let invalid = |message: String| Rejection::invalid(
        operation,
        RejectionLocation::Body,
        "",
        message,
    );
    if is_empty_multipart(headers, &body) {
        return Ok(MultipartParts {
            operation,
            parts: Vec::new(),
        });
    }
    let mut request = axum::extract::Request::new(axum::body::Body::from(body));
    if let Some(content_type) = headers.get(axum::http::header::CONTENT_TYPE) {
        request
            .headers_mut()
            .insert(axum::http::header::CONTENT_TYPE, content_type.clone());
    }
    let mut multipart = axum::extract::Multipart::from_request(request, &())
        .await
        .map_err(|err| invalid(err.body_text()))?;
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

/// An empty body, or one of the closing delimiter alone: a form without parts, as clients send
/// one whose parts are all optional and absent (reqwest sends nothing at all). RFC 2046 asks for
/// one part at least, and the parser refuses both; the operation's own checks decide whether no
/// parts will do.
fn is_empty_multipart(headers: &HeaderMap, body: &[u8]) -> bool {
    let content_type = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default();
    let boundary = content_type
        .split(';')
        .skip(1)
        .find_map(|param| {
            let (name, value) = param.split_once('=')?;
            name.trim()
                .eq_ignore_ascii_case("boundary")
                .then(|| value.trim().trim_matches('"'))
        });
    let body = body.trim_ascii();
    boundary
        .is_some_and(|boundary| {
            !boundary.is_empty()
                && (body.is_empty() || body == format!("--{boundary}--").as_bytes())
        })
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

/// A required part, or the rejection that names it (unused by an API whose parts are all optional).
#[allow(dead_code)]
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

/// Responses `list_pets` may answer with, one per documented status.
#[derive(Debug)]
pub enum ListPetsResponse {
    /// pets
    Ok(Vec<Pet>),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for ListPetsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `create_pet` may answer with, one per documented status.
#[derive(Debug)]
pub enum CreatePetResponse {
    /// created
    Created(Pet),
    /// invalid
    UnprocessableEntity(Problem),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for CreatePetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => json(StatusCode::CREATED, &body),
            Self::UnprocessableEntity(body) => {
                json(StatusCode::UNPROCESSABLE_ENTITY, &body)
            }
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `get_ranged` may answer with, one per documented status.
#[derive(Debug)]
pub enum GetRangedResponse {
    /// any success
    Status2xx { status: u16, body: PhotoInfo },
    /// any client error
    Status4xx { status: u16, body: Problem },
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for GetRangedResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Status2xx { status, body } => {
                match chosen_status(status, Some(2), &[], &[]) {
                    Ok(status) => json(status, &body),
                    Err(misplaced) => misplaced.into_response(),
                }
            }
            Self::Status4xx { status, body } => {
                match chosen_status(status, Some(4), &[], &[]) {
                    Ok(status) => json(status, &body),
                    Err(misplaced) => misplaced.into_response(),
                }
            }
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `put_ranged` may answer with, one per documented status.
#[derive(Debug)]
pub enum PutRangedResponse {
    /// created
    Created(PhotoInfo),
    /// any other success
    Status2xx { status: u16, body: String },
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for PutRangedResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => json(StatusCode::CREATED, &body),
            Self::Status2xx { status, body } => {
                match chosen_status(status, Some(2), &[201], &[]) {
                    Ok(status) => {
                        (
                            status,
                            [(axum::http::header::CONTENT_TYPE, "text/plain")],
                            body,
                        )
                            .into_response()
                    }
                    Err(misplaced) => misplaced.into_response(),
                }
            }
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `delete_ranged` may answer with, one per documented status.
#[derive(Debug)]
pub enum DeleteRangedResponse {
    /// deleted
    Status2xx { status: u16 },
    /// not deleted
    Status4xx { status: u16 },
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for DeleteRangedResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Status2xx { status } => {
                match chosen_status(status, Some(2), &[], &[]) {
                    Ok(status) => status.into_response(),
                    Err(misplaced) => misplaced.into_response(),
                }
            }
            Self::Status4xx { status } => {
                match chosen_status(status, Some(4), &[], &[]) {
                    Ok(status) => status.into_response(),
                    Err(misplaced) => misplaced.into_response(),
                }
            }
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `upload_signed_photo` may answer with, one per documented status.
#[derive(Debug)]
pub enum UploadSignedPhotoResponse {
    /// stored, as sent by the caller
    Ok(PhotoInfo),
    /// no valid token
    Unauthorized,
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for UploadSignedPhotoResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `download_photo` may answer with, one per documented status.
#[derive(Debug)]
pub enum DownloadPhotoResponse {
    /// the photo
    Ok(Vec<u8>),
    /// no photo
    NotFound,
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for DownloadPhotoResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => {
                (StatusCode::OK, [(axum::http::header::CONTENT_TYPE, "image/png")], body)
                    .into_response()
            }
            Self::NotFound => StatusCode::NOT_FOUND.into_response(),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `upload_photo` may answer with, one per documented status.
#[derive(Debug)]
pub enum UploadPhotoResponse {
    /// stored
    Ok(PhotoInfo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for UploadPhotoResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `get_pets_by_id_notes` may answer with, one per documented status.
#[derive(Debug)]
pub enum GetPetsByIdNotesResponse {
    /// the notes
    Ok(String),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
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
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `put_pets_by_id_notes` may answer with, one per documented status.
#[derive(Debug)]
pub enum PutPetsByIdNotesResponse {
    /// saved
    NoContent,
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for PutPetsByIdNotesResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `export_pet` may answer with, one per documented status.
#[derive(Debug)]
pub enum ExportPetResponse {
    /// the pet, exported
    Ok(String),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
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
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `list_events` may answer with, one per documented status.
#[derive(Debug)]
pub enum ListEventsResponse {
    /// one page of events
    Ok(ListEventsOkBody),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for ListEventsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `flows_instances_export_retrieve` may answer with, one per documented status.
#[derive(Debug)]
pub enum FlowsInstancesExportRetrieveResponse {
    /// the flow, as a YAML file
    Ok(Vec<u8>),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
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
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `log_in` may answer with, one per documented status.
#[derive(Debug)]
pub enum LogInResponse {
    /// logged in
    Ok(LogInOkBody),
    /// any other answer
    Default { status: u16, body: Problem },
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for LogInResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::Default { status, body } => {
                match chosen_status(status, None, &[200], &[]) {
                    Ok(status) => json(status, &body),
                    Err(misplaced) => misplaced.into_response(),
                }
            }
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `put_blobs_by_name` may answer with, one per documented status.
#[derive(Debug)]
pub enum PutBlobsByNameResponse {
    /// stored
    NoContent,
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for PutBlobsByNameResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::NO_CONTENT.into_response(),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `tag_pet` may answer with, one per documented status.
#[derive(Debug)]
pub enum TagPetResponse {
    /// tagged
    Ok(Tagged),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for TagPetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json(StatusCode::OK, &body),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Parses and validates a `list_pets` request.
fn parse_list_pets(received: Received<'_>) -> Result<ListPetsParams, Rejection> {
    let Received { query, headers, .. } = received;

    const OPERATION: &str = "list_pets";
    let query = QueryParams::parse(OPERATION, query)?;
    let params = ListPetsParams {
        kind: query.optional("kind")?,
        tags: query.optional_all("tags")?,
        limit: query.optional("limit")?,
        ids: if query.has("ids") {
            Some(query.checked_list("ids", ListPetsIds::new)?)
        } else {
            None
        },
        sizes: if query.has("sizes") {
            Some(query.checked_list("sizes", ListPetsSizes::new)?)
        } else {
            None
        },
        near: query.optional("near")?,
        near6: query.optional("near6")?,
        x_request_id: header_optional(OPERATION, headers, "X-Request-Id")?,
    };
    Ok(params)
}

/// `GET /pets`: credentials first, then the body's media type and size, then parameters and body.
fn handle_list_pets<A: Api>(
    State(served): State<Served<A>>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "list_pets",
        Accepts::Nothing,
        query,
        request,
        parse_list_pets,
        |api, params, head| { api.list_pets(params, head) },
    )
}

/// Parses and validates a `create_pet` request.
fn parse_create_pet(received: Received<'_>) -> Result<Pet, Rejection> {
    let Received { body, .. } = received;

    const OPERATION: &str = "create_pet";
    let body = json_body(OPERATION, body)?;
    Ok(body)
}

/// `POST /pets`: credentials first, then the body's media type and size, then parameters and body.
fn handle_create_pet<A: Api>(
    State(served): State<Served<A>>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "create_pet",
        Accepts::Body(&["application/json"]),
        query,
        request,
        parse_create_pet,
        |api, body, head| { api.create_pet(body, head) },
    )
}

/// Parses and validates a `get_ranged` request.
fn parse_get_ranged(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<i64, Rejection> {
    const OPERATION: &str = "get_ranged";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /ranges/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_get_ranged<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "get_ranged",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_get_ranged(path, received),
        |api, id, head| { api.get_ranged(id, head) },
    )
}

/// Parses and validates a `put_ranged` request.
fn parse_put_ranged(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<i64, Rejection> {
    const OPERATION: &str = "put_ranged";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `PUT /ranges/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_put_ranged<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "put_ranged",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_put_ranged(path, received),
        |api, id, head| { api.put_ranged(id, head) },
    )
}

/// Parses and validates a `delete_ranged` request.
fn parse_delete_ranged(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<i64, Rejection> {
    const OPERATION: &str = "delete_ranged";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `DELETE /ranges/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_delete_ranged<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "delete_ranged",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_delete_ranged(path, received),
        |api, id, head| { api.delete_ranged(id, head) },
    )
}

/// Parses and validates a `upload_signed_photo` request.
fn parse_upload_signed_photo(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    received: Received<'_>,
) -> Result<(i64, PhotoUpload), Rejection> {
    let Received { parts, .. } = received;

    const OPERATION: &str = "upload_signed_photo";
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

/// `PUT /pets/{id}/photo/signed`: credentials first, then the body's media type and size, then parameters and body.
fn handle_upload_signed_photo<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve_authorized(
        served,
        "upload_signed_photo",
        Guard::required(&[Credential::Bearer], StatusCode::UNAUTHORIZED),
        Accepts::Parts(&["multipart/form-data"]),
        query,
        request,
        move |received| parse_upload_signed_photo(path, received),
        |api, (id, body), principal, head| {
            api.upload_signed_photo(id, body, principal, head)
        },
    )
}

/// Parses and validates a `download_photo` request.
fn parse_download_photo(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<i64, Rejection> {
    const OPERATION: &str = "download_photo";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /pets/{id}/photo`: credentials first, then the body's media type and size, then parameters and body.
fn handle_download_photo<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "download_photo",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_download_photo(path, received),
        |api, id, head| { api.download_photo(id, head) },
    )
}

/// Parses and validates a `upload_photo` request.
fn parse_upload_photo(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    received: Received<'_>,
) -> Result<(i64, PhotoUpload), Rejection> {
    let Received { parts, .. } = received;

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

/// `PUT /pets/{id}/photo`: credentials first, then the body's media type and size, then parameters and body.
fn handle_upload_photo<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "upload_photo",
        Accepts::Parts(&["multipart/form-data"]),
        query,
        request,
        move |received| parse_upload_photo(path, received),
        |api, (id, body), head| { api.upload_photo(id, body, head) },
    )
}

/// Parses and validates a `get_pets_by_id_notes` request.
fn parse_get_pets_by_id_notes(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<i64, Rejection> {
    const OPERATION: &str = "get_pets_by_id_notes";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /pets/{id}/notes`: credentials first, then the body's media type and size, then parameters and body.
fn handle_get_pets_by_id_notes<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "get_pets_by_id_notes",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_get_pets_by_id_notes(path, received),
        |api, id, head| { api.get_pets_by_id_notes(id, head) },
    )
}

/// Parses and validates a `put_pets_by_id_notes` request.
fn parse_put_pets_by_id_notes(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    received: Received<'_>,
) -> Result<(i64, String), Rejection> {
    let Received { body, .. } = received;

    const OPERATION: &str = "put_pets_by_id_notes";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    let body = text_body(OPERATION, body)?;
    Ok((id, body))
}

/// `PUT /pets/{id}/notes`: credentials first, then the body's media type and size, then parameters and body.
fn handle_put_pets_by_id_notes<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "put_pets_by_id_notes",
        Accepts::Body(&["text/plain"]),
        query,
        request,
        move |received| parse_put_pets_by_id_notes(path, received),
        |api, (id, body), head| { api.put_pets_by_id_notes(id, body, head) },
    )
}

/// Parses and validates a `export_pet` request.
fn parse_export_pet(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    received: Received<'_>,
) -> Result<(i64, ExportPetFormat, ExportPetParams), Rejection> {
    let Received { query, .. } = received;

    const OPERATION: &str = "export_pet";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get_within(0, &["", ".", ""], 0, "id")?;
    let format = path.get_within(0, &["", ".", ""], 1, "format")?;
    let query = QueryParams::parse(OPERATION, query)?;
    let params = ExportPetParams {
        fields: {
            query.require("fields")?;
            query.all("fields")?
        },
    };
    Ok((id, format, params))
}

/// `GET /pets/{id}.{format}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_export_pet<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "export_pet",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_export_pet(path, received),
        |api, (id, format, params), head| { api.export_pet(id, format, params, head) },
    )
}

/// Parses and validates a `list_events` request.
fn parse_list_events(received: Received<'_>) -> Result<ListEventsParams, Rejection> {
    let Received { query, .. } = received;

    const OPERATION: &str = "list_events";
    let query = QueryParams::parse(OPERATION, query)?;
    let params = ListEventsParams {
        cursor: query.optional("cursor")?,
        limit: query.optional("limit")?,
    };
    Ok(params)
}

/// `GET /events`: credentials first, then the body's media type and size, then parameters and body.
fn handle_list_events<A: Api>(
    State(served): State<Served<A>>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "list_events",
        Accepts::Nothing,
        query,
        request,
        parse_list_events,
        |api, params, head| { api.list_events(params, head) },
    )
}

/// Parses and validates a `flows_instances_export_retrieve` request.
fn parse_flows_instances_export_retrieve(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "flows_instances_export_retrieve";
    let path = PathParams::new(OPERATION, path)?;
    let slug = path.get(0, "slug")?;
    Ok(slug)
}

/// `GET /flows/{slug}/export/`: credentials first, then the body's media type and size, then parameters and body.
fn handle_flows_instances_export_retrieve<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "flows_instances_export_retrieve",
        Accepts::Nothing,
        query,
        request,
        move |received| parse_flows_instances_export_retrieve(path, received),
        |api, slug, head| { api.flows_instances_export_retrieve(slug, head) },
    )
}

/// Parses and validates a `log_in` request.
fn parse_log_in(received: Received<'_>) -> Result<LogInBody, Rejection> {
    let Received { body, .. } = received;

    const OPERATION: &str = "log_in";
    let body = form_body(OPERATION, body)?;
    Ok(body)
}

/// `POST /login`: credentials first, then the body's media type and size, then parameters and body.
fn handle_log_in<A: Api>(
    State(served): State<Served<A>>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "log_in",
        Accepts::Body(&["application/x-www-form-urlencoded"]),
        query,
        request,
        parse_log_in,
        |api, body, head| { api.log_in(body, head) },
    )
}

/// Parses and validates a `put_blobs_by_name` request.
fn parse_put_blobs_by_name(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    received: Received<'_>,
) -> Result<(String, Option<Vec<u8>>), Rejection> {
    let Received { body, .. } = received;

    const OPERATION: &str = "put_blobs_by_name";
    let path = PathParams::new(OPERATION, path)?;
    let name = path.get(0, "name")?;
    let body = if body.is_empty() { None } else { Some(binary_body(OPERATION, body)?) };
    Ok((name, body))
}

/// `PUT /blobs/{name}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_put_blobs_by_name<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "put_blobs_by_name",
        Accepts::Body(&["application/octet-stream"]),
        query,
        request,
        move |received| parse_put_blobs_by_name(path, received),
        |api, (name, body), head| { api.put_blobs_by_name(name, body, head) },
    )
}

/// Parses and validates a `tag_pet` request.
fn parse_tag_pet(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    received: Received<'_>,
) -> Result<(i64, Tagging), Rejection> {
    let Received { body, media, .. } = received;

    const OPERATION: &str = "tag_pet";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    let body = match media {
        1 => form_body(OPERATION, body),
        _ => json_body(OPERATION, body),
    }?;
    Ok((id, body))
}

/// `POST /pets/{id}/tags`: credentials first, then the body's media type and size, then parameters and body.
fn handle_tag_pet<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve_authorized(
        served,
        "tag_pet",
        Guard::optional(&[Credential::Bearer], StatusCode::UNAUTHORIZED),
        Accepts::Body(
            &[
                "application/json",
                "application/x-www-form-urlencoded",
                "application/vnd.pets+json",
            ],
        ),
        query,
        request,
        move |received| parse_tag_pet(path, received),
        |api, (id, body), principal, head| { api.tag_pet(id, body, principal, head) },
    )
}
