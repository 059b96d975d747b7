// Support code oagen copies into the generated `server` module.
// Always: the router's settings, the implementation it shares, answers to unknown routes, and
// reading request bodies (media type first, then the bytes under the limit).

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
        Self { body_limit: Self::DEFAULT_BODY_LIMIT }
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
        Self { api: Arc::clone(&self.api), config: self.config }
    }
}

/// A path no operation has: 404, in the rejection's shape.
async fn unknown_path<A: Api>(State(served): State<Served<A>>, uri: axum::http::Uri) -> Response {
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
async fn unknown_method<A: Api>(State(served): State<Served<A>>, method: axum::http::Method) -> Response {
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
            let text = value.to_str().map_err(|_| unsupported("the media type is not visible ASCII".to_owned()))?;
            let essence = text.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
            let position = accepted.iter().position(|pattern| media_type_matches(pattern, &essence));
            Some(position.ok_or_else(|| unsupported(format!("`{essence}` is not accepted")))?)
        }
    };
    let mut body = body;
    let mut bytes = Vec::new();
    while let Some(frame) = std::future::poll_fn(|cx| std::pin::Pin::new(&mut body).poll_frame(cx)).await {
        let frame = frame.map_err(|err| {
            Rejection::invalid(operation, RejectionLocation::Body, "", format!("the body could not be read: {err}"))
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
    #[cfg(oagen = "multipart")]
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
    #[cfg(oagen = "multipart")]
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
        Accepts::Body(accepted) => read_body(operation, &head.headers, body, accepted, limit).await?,
        #[cfg(oagen = "multipart")]
        Accepts::Parts(accepted) => read_body(operation, &head.headers, body, accepted, limit).await?,
    };
    #[cfg(oagen = "multipart")]
    let parts = match accepts {
        Accepts::Parts(_) => read_multipart(operation, &head.headers, body.clone()).await?,
        _ => MultipartParts { operation, parts: Vec::new() },
    };
    parse(Received {
        query,
        headers: &head.headers,
        body: &body,
        media,
        #[cfg(oagen = "multipart")]
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
        match receive(operation, accepts, served.config.body_limit, &head, query.as_deref(), body, parse).await {
            Ok(parsed) => call(served.api, parsed, head).await.into_response(),
            Err(rejection) => served.api.reject(rejection),
        }
    })
}
