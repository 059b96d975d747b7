// Support code oagen copies into the generated `client` module.
// Always: `Client`'s `Debug`, the client's `Error` and the internal `Failure`.

impl std::fmt::Debug for Client {
    // Credentials stay out of logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client").field("base_url", &self.base_url).finish_non_exhaustive()
    }
}

/// What can go wrong calling an operation; `E` is the operation's documented errors.
#[derive(Debug)]
pub enum Error<E> {
    /// The server answered with an error status the operation documents.
    Api(E),
    /// The server answered with a status the operation does not document.
    UnexpectedStatus { status: u16, body: Vec<u8> },
    /// A documented status came with a body that does not match its schema.
    InvalidBody { status: u16, body: Vec<u8>, source: serde_json::Error },
    /// The request could not be built (a malformed base URL, an unserializable body).
    InvalidRequest(String),
    /// Connecting, sending or receiving failed.
    Transport(reqwest::Error),
}

impl<E> Error<E> {
    /// The HTTP status the server answered with, if it answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::UnexpectedStatus { status, .. } | Error::InvalidBody { status, .. } => Some(*status),
            Error::Transport(err) => err.status().map(|s| s.as_u16()),
            Error::Api(_) | Error::InvalidRequest(_) => None,
        }
    }
}

impl<E: std::fmt::Debug> std::fmt::Display for Error<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Api(err) => write!(f, "the server answered with an error: {err:?}"),
            Error::UnexpectedStatus { status, body } => {
                write!(f, "unexpected status {status}: {}", String::from_utf8_lossy(body))
            }
            Error::InvalidBody { status, source, .. } => {
                write!(f, "the body of a {status} response does not match its schema: {source}")
            }
            Error::InvalidRequest(reason) => write!(f, "cannot build the request: {reason}"),
            Error::Transport(err) => write!(f, "request failed: {err}"),
        }
    }
}

impl<E: std::fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::InvalidBody { source, .. } => Some(source),
            Error::Transport(err) => Some(err),
            _ => None,
        }
    }
}

/// A request failed before any status was seen.
enum Failure {
    InvalidRequest(String),
    Transport(reqwest::Error),
}

impl<E> From<Failure> for Error<E> {
    fn from(failure: Failure) -> Self {
        match failure {
            Failure::InvalidRequest(reason) => Error::InvalidRequest(reason),
            Failure::Transport(err) => Error::Transport(err),
        }
    }
}
