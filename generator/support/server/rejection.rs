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
    fn invalid(operation: &'static str, location: RejectionLocation, name: impl Into<String>, message: impl Into<String>) -> Self {
        Self { operation, status: StatusCode::BAD_REQUEST, location, name: name.into(), message: message.into() }
    }
}

impl IntoResponse for Rejection {
    fn into_response(self) -> Response {
        let body = if self.location == RejectionLocation::Auth {
            serde_json::json!({ "detail": self.message })
        } else {
            serde_json::json!({
                "detail": format!("{} `{}`: {}", self.location.as_str(), self.name, self.message),
                "location": self.location.as_str(),
                "name": self.name,
            })
        };
        json_response(self.status, serde_json::to_vec(&body))
    }
}
