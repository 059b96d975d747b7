// Support code oagen copies into the generated `client` module.
// Always. The emitter puts the API's title above it as the first line of its doc.
// Conditions (`#[cfg(oagen = "...")]`, see `generator/src/emit/support/conditions.rs`):
// `auth` when some operation takes credentials.

///
/// Cheap to clone: clones share one connection pool.
#[derive(Clone)]
pub struct Client {
    base_url: String,
    http: reqwest::Client,
    #[cfg(oagen = "auth")]
    credentials: Credentials,
}
