//! An async client: one method per operation, typed parameters, typed errors per status.

#[allow(unused_imports)]
use super::models::*;

/// A client for styles 1.0.
///
/// Cheap to clone: clones share one connection pool.
#[derive(Clone)]
pub struct Client {
    base_url: String,
    http: HttpClient,
    /// Sent with every request (see [`Client::with_header`]).
    headers: reqwest::header::HeaderMap,
    /// A next-page link the next request goes to instead of its operation's own URL.
    follow: Option<String>,
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

impl Answer<'_> {
    /// The answer to a status the operation does not document: one call in each operation's
    /// `match` rather than the error built there.
    fn unexpected<T, E>(self) -> Result<T, Error<E>> {
        Err(Error::UnexpectedStatus {
            status: self.status,
            headers: Box::new(self.headers.clone()),
            body: self.body,
        })
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

/// A response's body without its status and headers: what the plain operation methods return.
async fn into_inner<T, E>(
    response: impl std::future::Future<Output = Result<ResponseValue<T>, Error<E>>>,
) -> Result<T, Error<E>> {
    response.await.map(ResponseValue::into_inner)
}

/// Walks pages: `fetch` gets one page's parameters and returns the page's items and the next
/// page's parameters, `None` after the last page. Items come out one at a time; an error is the
/// stream's last item.
fn paginate<'a, P: 'a, T: 'a, E: 'a, Fut>(
    first: P,
    fetch: impl Fn(P) -> Fut + 'a,
) -> impl futures::Stream<Item = Result<T, Error<E>>> + 'a
where
    Fut: std::future::Future<Output = Result<(Vec<T>, Option<P>), Error<E>>> + 'a,
{
    let start = (Some(first), Vec::new().into_iter(), fetch);
    futures::stream::unfold(
        start,
        |(mut next, mut items, fetch)| async move {
            loop {
                if let Some(item) = items.next() {
                    return Some((Ok(item), (next, items, fetch)));
                }
                let params = next.take()?;
                match fetch(params).await {
                    Ok((page, after)) => {
                        items = page.into_iter();
                        next = after;
                    }
                    Err(err) => return Some((Err(err), (None, items, fetch))),
                }
            }
        },
    )
}

/// The URL a next-page link names, resolved against the operation's own URL (so `?page=2` and
/// `/items?page=2` work too). Only links on the API's own origin (scheme, host and port) are
/// followed, so credentials never go elsewhere.
fn next_link(current: &reqwest::Url, link: &str) -> Result<reqwest::Url, Failure> {
    let url = current
        .join(link)
        .map_err(|err| Failure::InvalidRequest(
            format!("next-page link `{link}`: {err}"),
        ))?;
    if url.origin() != current.origin() {
        return Err(
            Failure::InvalidRequest(
                format!("next-page link `{link}` leaves the API's origin; not followed"),
            ),
        );
    }
    Ok(url)
}

/// Everything one call sends, in a shape that is the same for every operation.
struct Request {
    method: reqwest::Method,
    /// Path segments below the base URL, unencoded; `url` percent-encodes them.
    segments: Vec<String>,
    query: Vec<(&'static str, String)>,
    headers: Vec<(&'static str, String)>,
    /// The media type the operation answers with.
    accept: &'static str,
}

/// Pushes `(key, value)` when an optional parameter is set: a line in an operation method
/// rather than an `if let` block.
fn push_set<T: ParamValue>(
    pairs: &mut Vec<(&'static str, String)>,
    key: &'static str,
    value: Option<&T>,
) {
    if let Some(value) = value {
        pairs.push((key, value.to_param()));
    }
}

/// A response as it came: status, headers and the whole body.
struct Raw {
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: Vec<u8>,
}

/// A response as an operation's `match` on its status reads it. An API whose responses never
/// need the headers or the body leaves those fields unread.
#[allow(dead_code)]
struct Answer<'a> {
    status: u16,
    headers: &'a reqwest::header::HeaderMap,
    body: Vec<u8>,
}

/// One `Cookie` header for an operation's cookie parameters: `name=value; name=value`, each
/// value percent-encoded where a cookie may not hold it as it is (RFC 6265's `cookie-octet`),
/// and `%` and `+`, which the reading side decodes.
fn cookie_header(cookies: &[(&'static str, String)]) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut header = String::new();
    for (name, value) in cookies {
        if !header.is_empty() {
            header.push_str("; ");
        }
        header.push_str(name);
        header.push('=');
        for byte in value.bytes() {
            if byte.is_ascii_graphic()
                && !matches!(byte, b'"' | b',' | b';' | b'\\' | b'%' | b'+')
            {
                header.push(char::from(byte));
            } else {
                header.push('%');
                header.push(char::from(HEX[usize::from(byte >> 4)]));
                header.push(char::from(HEX[usize::from(byte & 0x0f)]));
            }
        }
    }
    header
}

impl Answer<'_> {
    /// Decodes the JSON body, keeping the raw bytes (copied, on failure only) when it does not match.
    fn decode<T: serde::de::DeserializeOwned, E>(&self) -> Result<T, Error<E>> {
        let decoded = serde_json::from_slice(&self.body);
        decoded
            .map_err(|source| Error::InvalidBody {
                status: self.status,
                headers: Box::new(self.headers.clone()),
                body: self.body.clone(),
                source,
            })
    }

    /// A documented error response: its JSON body decoded into the operation's error `variant`. One
    /// generic method rather than `decode()?` inside every operation's `match`, which costs rustc
    /// more to check than the rest of the operation.
    fn error<T, B: serde::de::DeserializeOwned, E>(
        &self,
        variant: fn(B) -> E,
    ) -> Result<T, Error<E>> {
        let body = self.decode()?;
        Err(Error::Api(variant(body), Box::new(self.headers.clone())))
    }
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
            follow: None,
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
            follow: None,
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

    /// A clone whose requests go to `link`, a next-page link from a response.
    fn following(&self, link: &str) -> Self {
        let mut client = self.clone();
        client.follow = Some(link.to_owned());
        client
    }

    /// Sends a request and reads its response with `read`, the operation's statuses. Every
    /// operation method is a plain function that builds its request and ends here, so this is
    /// the one `async` body the client's methods share (`execute` does the work).
    async fn send<T, E>(
        &self,
        request: Request,
        read: impl FnOnce(Answer<'_>) -> Result<T, Error<E>>,
    ) -> Result<ResponseValue<T>, Error<E>> {
        let Raw { status, headers, body } = self.execute(request).await?;
        let value = read(Answer {
            status,
            headers: &headers,
            body,
        })?;
        Ok(ResponseValue::new(status, headers, value))
    }

    /// Sends one request and reads the whole response. Not generic: compiled once.
    async fn execute(&self, request: Request) -> Result<Raw, Failure> {
        let mut url = reqwest::Url::parse(&self.base_url)
            .map_err(|err| Failure::InvalidRequest(
                format!("base URL `{}`: {err}", self.base_url),
            ))?;
        url.path_segments_mut()
            .map_err(|()| Failure::InvalidRequest(
                format!("base URL `{}` cannot have a path", self.base_url),
            ))?
            .pop_if_empty()
            .extend(&request.segments);
        let query = request
            .query
            .iter()
            .map(|(k, v)| (*k, v.as_str()))
            .collect::<Vec<_>>();
        if !query.is_empty() {
            url.query_pairs_mut().extend_pairs(query);
        }
        if let Some(link) = &self.follow {
            url = next_link(&url, link)?;
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
    /// `GET /search`
    ///
    /// # Parameters
    ///
    /// - `params.filter`: query `filter`
    /// - `params.point`: query `point`. An object laid out property by property (`x=1&y=2`).
    /// - `params.ids`: query `ids`
    /// - `params.words`: query `words`
    /// - `params.colors`: query `colors`
    /// - `params.sizes`: query `sizes`; at most 3 items
    /// - `params.limit`: query `limit`; <= 100
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn search<'a>(
        &'a self,
        params: &'a SearchParams,
    ) -> impl std::future::Future<Output = Result<i64, Error<SearchError>>> + 'a {
        into_inner(self.search_with_response(params))
    }

    /// Like [`Client::search`], with the response's status and headers.
    pub fn search_with_response<'a>(
        &'a self,
        params: &'a SearchParams,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<i64>, Error<SearchError>>,
    > + 'a {
        let mut query = Vec::new();
        let headers = Vec::new();
        if let Some(value) = &params.filter {
            if let Some(item) = &value.name {
                query.push(("filter[name]", ParamValue::to_param(item)));
            }
            if let Some(item) = &value.age {
                query.push(("filter[age]", ParamValue::to_param(item)));
            }
            if let Some(item) = &value.tags {
                for item in item.iter() {
                    query.push(("filter[tags]", ParamValue::to_param(item)));
                }
            }
            if let Some(item) = &value.color {
                query.push(("filter[color]", ParamValue::to_param(item)));
            }
        }
        if let Some(value) = &params.point {
            {
                let item = &value.x;
                query.push(("x", ParamValue::to_param(item)));
            }
            if let Some(item) = &value.y {
                query.push(("y", ParamValue::to_param(item)));
            }
            match &value.label {
                Some(Some(item)) => {
                    query.push(("label", ParamValue::to_param(item)));
                }
                Some(None) => query.push(("label", String::new())),
                None => {}
            }
        }
        if let Some(value) = &params.ids {
            query
                .push((
                    "ids",
                    value.iter().map(ParamValue::to_param).collect::<Vec<_>>().join(","),
                ));
        }
        if let Some(value) = &params.words {
            query
                .push((
                    "words",
                    value.iter().map(ParamValue::to_param).collect::<Vec<_>>().join(" "),
                ));
        }
        if let Some(value) = &params.colors {
            query
                .push((
                    "colors",
                    value.iter().map(ParamValue::to_param).collect::<Vec<_>>().join("|"),
                ));
        }
        if let Some(value) = &params.sizes {
            query
                .push((
                    "sizes",
                    value.iter().map(ParamValue::to_param).collect::<Vec<_>>().join(","),
                ));
        }
        push_set(&mut query, "limit", params.limit.as_ref());
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["search".to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /pages`
    ///
    /// # Parameters
    ///
    /// - `params.page`: query `page`, required
    /// - `params.area`: query `area`. An object in one value, `area=x,1,y,2`.
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn pages<'a>(
        &'a self,
        params: &'a PagesParams,
    ) -> impl std::future::Future<Output = Result<(), Error<PagesError>>> + 'a {
        into_inner(self.pages_with_response(params))
    }

    /// Like [`Client::pages`], with the response's status and headers.
    pub fn pages_with_response<'a>(
        &'a self,
        params: &'a PagesParams,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<()>, Error<PagesError>>,
    > + 'a {
        let mut query = Vec::new();
        let headers = Vec::new();
        {
            let value = &params.page;
            {
                let item = &value.number;
                query.push(("page[number]", ParamValue::to_param(item)));
            }
            if let Some(item) = &value.size {
                query.push(("page[size]", ParamValue::to_param(item)));
            }
        }
        if let Some(value) = &params.area {
            {
                let mut packed: Vec<(&str, String)> = Vec::new();
                {
                    let item = &value.x;
                    packed.push(("x", ParamValue::to_param(item)));
                }
                if let Some(item) = &value.y {
                    packed.push(("y", ParamValue::to_param(item)));
                }
                query
                    .push((
                        "area",
                        packed
                            .iter()
                            .flat_map(|(name, text)| [*name, text.as_str()])
                            .collect::<Vec<_>>()
                            .join(","),
                    ));
            }
        }
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["pages".to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                204 => Ok(()),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /session`
    ///
    /// # Parameters
    ///
    /// - `params.x_trace`: header `x-trace`
    /// - `params.session`: cookie `session`, required; at most 32 characters, matches `^[a-z0-9]+$`
    /// - `params.theme`: cookie `theme`; one of `red`, `green`, `blue`
    /// - `params.recent`: cookie `recent`
    /// - `params.motto`: cookie `motto`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn whoami<'a>(
        &'a self,
        params: &'a WhoamiParams,
    ) -> impl std::future::Future<Output = Result<String, Error<WhoamiError>>> + 'a {
        into_inner(self.whoami_with_response(params))
    }

    /// Like [`Client::whoami`], with the response's status and headers.
    pub fn whoami_with_response<'a>(
        &'a self,
        params: &'a WhoamiParams,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<String>, Error<WhoamiError>>,
    > + 'a {
        let query = Vec::new();
        let mut headers = Vec::new();
        let mut cookies = Vec::new();
        push_set(&mut headers, "x-trace", params.x_trace.as_ref());
        cookies.push(("session", ParamValue::to_param(&params.session)));
        push_set(&mut cookies, "theme", params.theme.as_ref());
        if let Some(value) = &params.recent {
            cookies
                .push((
                    "recent",
                    value.iter().map(ParamValue::to_param).collect::<Vec<_>>().join(","),
                ));
        }
        push_set(&mut cookies, "motto", params.motto.as_ref());
        if !cookies.is_empty() {
            headers.push(("cookie", cookie_header(&cookies)));
        }
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["session".to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /odd/{id}`
    ///
    /// Layouts oagen does not follow; each is reported, naming the parameter.
    ///
    /// # Parameters
    ///
    /// - `id`: path `id`
    /// - `params.labels`: query `labels`
    /// - `params.corner`: query `corner`
    /// - `params.name`: query `name`
    /// - `params.person`: query `person`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn odd_styles<'a>(
        &'a self,
        id: &'a i64,
        params: &'a OddStylesParams,
    ) -> impl std::future::Future<Output = Result<(), Error<OddStylesError>>> + 'a {
        into_inner(self.odd_styles_with_response(id, params))
    }

    /// Like [`Client::odd_styles`], with the response's status and headers.
    pub fn odd_styles_with_response<'a>(
        &'a self,
        id: &'a i64,
        params: &'a OddStylesParams,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<()>, Error<OddStylesError>>,
    > + 'a {
        let mut query = Vec::new();
        let headers = Vec::new();
        push_set(&mut query, "labels", params.labels.as_ref());
        push_set(&mut query, "corner", params.corner.as_ref());
        push_set(&mut query, "name", params.name.as_ref());
        push_set(&mut query, "person", params.person.as_ref());
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["odd".to_owned(), ParamValue::to_param(id)],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                204 => Ok(()),
                _ => answer.unexpected(),
            },
        )
    }

    /// `GET /logs`
    ///
    /// Paged by links to the next page (Django REST framework's form).
    ///
    /// # Parameters
    ///
    /// - `params.offset`: query `offset`; >= 0
    /// - `params.limit`: query `limit`; >= 1
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn list_logs<'a>(
        &'a self,
        params: &'a ListLogsParams,
    ) -> impl std::future::Future<Output = Result<LogPage, Error<ListLogsError>>> + 'a {
        into_inner(self.list_logs_with_response(params))
    }

    /// Like [`Client::list_logs`], with the response's status and headers.
    pub fn list_logs_with_response<'a>(
        &'a self,
        params: &'a ListLogsParams,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<LogPage>, Error<ListLogsError>>,
    > + 'a {
        let mut query = Vec::new();
        let headers = Vec::new();
        push_set(&mut query, "offset", params.offset.as_ref());
        push_set(&mut query, "limit", params.limit.as_ref());
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["logs".to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// Every item of [`Client::list_logs`], page after page, as a stream; an error ends it.
    ///
    /// Each next page is the link in `next` (on the API's own origin only); the last page has none.
    pub fn list_logs_stream(
        &self,
        params: ListLogsParams,
    ) -> impl futures::Stream<Item = Result<String, Error<ListLogsError>>> + '_ {
        paginate(
            (params, None),
            move |(params, link): (ListLogsParams, Option<String>)| async move {
                let page = match &link {
                    Some(link) => self.following(link).list_logs(&params).await?,
                    None => self.list_logs(&params).await?,
                };
                let next = page
                    .next
                    .filter(|next| !next.is_empty() && Some(next) != link.as_ref());
                Ok((page.results, next.map(|next| (params, Some(next)))))
            },
        )
    }

    /// `GET /feed`
    ///
    /// Paged by `links.next`, without parameters.
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn feed<'a>(
        &'a self,
    ) -> impl std::future::Future<Output = Result<FeedOkBody, Error<FeedError>>> + 'a {
        into_inner(self.feed_with_response())
    }

    /// Like [`Client::feed`], with the response's status and headers.
    pub fn feed_with_response<'a>(
        &'a self,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<FeedOkBody>, Error<FeedError>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["feed".to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }

    /// Every item of [`Client::feed`], page after page, as a stream; an error ends it.
    ///
    /// Each next page is the link in `links.next` (on the API's own origin only); the last page has none.
    pub fn feed_stream(
        &self,
    ) -> impl futures::Stream<Item = Result<i64, Error<FeedError>>> + '_ {
        paginate(
            ((), None),
            move |(params, link): ((), Option<String>)| async move {
                let page = match &link {
                    Some(link) => self.following(link).feed().await?,
                    None => self.feed().await?,
                };
                let next = page
                    .links
                    .next
                    .filter(|next| !next.is_empty() && Some(next) != link.as_ref());
                Ok((page.items, next.map(|next| (params, Some(next)))))
            },
        )
    }

    /// `GET /report`
    ///
    /// One report in JSON (the default), CSV or YAML.
    ///
    /// # Errors
    ///
    /// - 404: [`ReportError::NotFound`] No report yet.
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn report<'a>(
        &'a self,
    ) -> impl std::future::Future<
        Output = Result<ReportOkBody, Error<ReportError>>,
    > + 'a {
        into_inner(self.report_with_response())
    }

    /// Like [`Client::report`], with the response's status and headers.
    pub fn report_with_response<'a>(
        &'a self,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<ReportOkBody>, Error<ReportError>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["report".to_owned()],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                404 => answer.error(ReportError::NotFound),
                _ => answer.unexpected(),
            },
        )
    }

    /// Like [`Client::report_with_response`], asking for the success in the media type `accept` names (one of `application/json`, `text/csv`, `application/yaml`) and returning its bytes as sent.
    pub async fn report_with_accept<'a>(
        &'a self,
        accept: &'a str,
    ) -> Result<ResponseValue<Vec<u8>>, Error<ReportError>> {
        let accepted = match accept {
            "application/json" => "application/json",
            "text/csv" => "text/csv",
            "application/yaml" => "application/yaml",
            other => {
                return Err(
                    Error::InvalidRequest(
                        format!(
                            "report answers in `application/json`, `text/csv`, `application/yaml`, not `{other}`"
                        ),
                    ),
                );
            }
        };
        let response = {
            let query = Vec::new();
            let headers = Vec::new();
            let request = Request {
                method: reqwest::Method::GET,
                segments: vec!["report".to_owned()],
                query,
                headers,
                accept: accepted,
            };
            self.send(
                request,
                |answer| match answer.status {
                    200 => Ok(answer.body),
                    404 => answer.error(ReportError::NotFound),
                    _ => answer.unexpected(),
                },
            )
        };
        response.await
    }

    /// `GET /things/{idOrName}`
    ///
    /// A path parameter that is a number or a name travels as the one it holds.
    ///
    /// # Parameters
    ///
    /// - `id_or_name`: path `idOrName`
    ///
    /// # Errors
    ///
    /// - statuses the operation does not document: [`Error::UnexpectedStatus`]; bodies that do not match: [`Error::InvalidBody`]
    pub fn thing<'a>(
        &'a self,
        id_or_name: &'a ThingIdOrName,
    ) -> impl std::future::Future<Output = Result<String, Error<ThingError>>> + 'a {
        into_inner(self.thing_with_response(id_or_name))
    }

    /// Like [`Client::thing`], with the response's status and headers.
    pub fn thing_with_response<'a>(
        &'a self,
        id_or_name: &'a ThingIdOrName,
    ) -> impl std::future::Future<
        Output = Result<ResponseValue<String>, Error<ThingError>>,
    > + 'a {
        let query = Vec::new();
        let headers = Vec::new();
        let request = Request {
            method: reqwest::Method::GET,
            segments: vec!["things".to_owned(), ParamValue::to_param(id_or_name)],
            query,
            headers,
            accept: "application/json",
        };
        self.send(
            request,
            |answer| match answer.status {
                200 => answer.decode(),
                _ => answer.unexpected(),
            },
        )
    }
}

/// Error responses `search` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SearchError {}
impl SearchError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for SearchError {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for SearchError {}
impl ApiError for SearchError {
    fn status(&self) -> u16 {
        SearchError::status(self)
    }
}

/// Error responses `pages` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum PagesError {}
impl PagesError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for PagesError {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for PagesError {}
impl ApiError for PagesError {
    fn status(&self) -> u16 {
        PagesError::status(self)
    }
}

/// Error responses `whoami` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum WhoamiError {}
impl WhoamiError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for WhoamiError {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for WhoamiError {}
impl ApiError for WhoamiError {
    fn status(&self) -> u16 {
        WhoamiError::status(self)
    }
}

/// Error responses `odd_styles` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum OddStylesError {}
impl OddStylesError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for OddStylesError {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for OddStylesError {}
impl ApiError for OddStylesError {
    fn status(&self) -> u16 {
        OddStylesError::status(self)
    }
}

/// Error responses `list_logs` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListLogsError {}
impl ListLogsError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for ListLogsError {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for ListLogsError {}
impl ApiError for ListLogsError {
    fn status(&self) -> u16 {
        ListLogsError::status(self)
    }
}

/// Error responses `feed` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum FeedError {}
impl FeedError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for FeedError {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for FeedError {}
impl ApiError for FeedError {
    fn status(&self) -> u16 {
        FeedError::status(self)
    }
}

/// Error responses `report` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ReportError {
    /// No report yet.
    NotFound(String),
}

impl ReportError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
        }
    }
}

impl std::fmt::Display for ReportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "report answered {}: {:?}", self.status(), self)
    }
}

impl std::error::Error for ReportError {}
impl ApiError for ReportError {
    fn status(&self) -> u16 {
        ReportError::status(self)
    }
}

/// Error responses `thing` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ThingError {}
impl ThingError {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for ThingError {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for ThingError {}
impl ApiError for ThingError {
    fn status(&self) -> u16 {
        ThingError::status(self)
    }
}
