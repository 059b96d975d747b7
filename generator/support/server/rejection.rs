// Support code oagen copies into the generated `server` module.
// Always: the rejection the router answers malformed requests with.

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
    fn invalid(operation: &'static str, location: RejectionLocation, name: impl Into<String>, message: impl Into<String>) -> Self {
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
        let mut body = serde_json::json!({
            "detail": detail,
            "location": self.location.as_str(),
            "name": self.name,
        });
        if !self.accepted.is_empty() {
            body["accepted"] = serde_json::json!(self.accepted);
        }
        json_response(self.status, serde_json::to_vec(&body))
    }
}
