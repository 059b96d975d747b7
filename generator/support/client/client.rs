// Support code oagen copies into the generated `client` module.
// Always. The emitter puts the API's title above it as the first line of its doc.
// Conditions (`#[cfg(oagen = "...")]`, see `generator/src/emit/support/conditions.rs`):
// `auth` when some operation takes credentials, `next_links` when some operation pages by links. The crate's own `middleware` feature sends
// requests through `reqwest-middleware` (retries, tracing).

///
/// Cheap to clone: clones share one connection pool.
#[derive(Clone)]
pub struct Client {
    base_url: String,
    http: HttpClient,
    /// Sent with every request (see [`Client::with_header`]).
    headers: reqwest::header::HeaderMap,
    #[cfg(oagen = "auth")]
    credentials: Credentials,
    /// A next-page link the next request goes to instead of its operation's own URL.
    #[cfg(oagen = "next_links")]
    follow: Option<String>,
}

/// The HTTP client requests go through: `reqwest`'s, or with the `middleware` feature a
/// `reqwest-middleware` client (its middleware runs on every request).
#[cfg(not(feature = "middleware"))]
type HttpClient = reqwest::Client;
#[cfg(feature = "middleware")]
type HttpClient = reqwest_middleware::ClientWithMiddleware;
