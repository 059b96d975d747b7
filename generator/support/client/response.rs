// Support code oagen copies into the generated `client` module.
// Always: what the `_with_response` methods return.

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
async fn into_inner<T, E>(response: impl std::future::Future<Output = Result<ResponseValue<T>, Error<E>>>) -> Result<T, Error<E>> {
    response.await.map(ResponseValue::into_inner)
}
