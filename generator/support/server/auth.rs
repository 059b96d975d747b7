// Support code oagen copies into the generated `server` module.
// When some operation takes credentials. Conditions: `bearer`, `basic`, `api_key`, one per kind
// of credential the API's operations accept (the `Api` trait has a check method for each).

/// A kind of credential an operation accepts.
#[derive(Debug, Clone, Copy)]
enum Credential {
    #[cfg(oagen = "bearer")]
    Bearer,
    #[cfg(oagen = "basic")]
    Basic,
    #[cfg(oagen = "api_key")]
    #[allow(dead_code)]
    ApiKeyHeader(&'static str),
    #[cfg(oagen = "api_key")]
    #[allow(dead_code)]
    ApiKeyQuery(&'static str),
    #[cfg(oagen = "api_key")]
    #[allow(dead_code)]
    ApiKeyCookie(&'static str),
}

/// The credentials of an `Authorization` header with the given scheme, which matches without
/// regard to case (RFC 9110: `bearer` is `Bearer`).
#[allow(dead_code)]
fn authorization_with_scheme<'h>(headers: &'h HeaderMap, scheme: &str) -> Option<&'h str> {
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
        let credentials = check_credentials(api, operation, self.accepted, headers, query).await;
        (self.decide)(credentials).map_err(|message| auth_rejection(operation, self.refusal, message))
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
        let principal = match guard.check(&*served.api, operation, &head.headers, query.as_deref()).await {
            Ok(principal) => principal,
            Err(rejection) => return served.api.reject(rejection),
        };
        match receive(operation, accepts, served.config.body_limit, &head, query.as_deref(), body, parse).await {
            Ok(parsed) => call(served.api, parsed, principal, head).await.into_response(),
            Err(rejection) => served.api.reject(rejection),
        }
    })
}

fn auth_rejection(operation: &'static str, status: StatusCode, message: &str) -> Rejection {
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
    // Only API keys in the query read them.
    let _ = (operation, query);
    let mut presented = false;
    for credential in accepted {
        match credential {
            #[cfg(oagen = "bearer")]
            Credential::Bearer => {
                if let Some(token) = authorization_with_scheme(headers, "Bearer") {
                    presented = true;
                    if let Some(principal) = api.check_bearer_token(token).await {
                        return Credentials::Valid(principal);
                    }
                }
            }
            #[cfg(oagen = "basic")]
            Credential::Basic => {
                if let Some(credentials) = authorization_with_scheme(headers, "Basic") {
                    presented = true;
                    if let Some(principal) = api.check_basic_auth(credentials).await {
                        return Credentials::Valid(principal);
                    }
                }
            }
            #[cfg(oagen = "api_key")]
            Credential::ApiKeyHeader(name) => {
                if let Some(key) = headers.get(*name).and_then(|value| value.to_str().ok()) {
                    presented = true;
                    if let Some(principal) = api.check_api_key(key).await {
                        return Credentials::Valid(principal);
                    }
                }
            }
            #[cfg(oagen = "api_key")]
            Credential::ApiKeyQuery(name) => {
                let key = QueryParams::parse(operation, query)
                    .ok()
                    .and_then(|pairs| pairs.pairs.into_iter().find(|(k, _)| k == name).map(|(_, v)| v));
                if let Some(key) = key {
                    presented = true;
                    if let Some(principal) = api.check_api_key(&key).await {
                        return Credentials::Valid(principal);
                    }
                }
            }
            #[cfg(oagen = "api_key")]
            Credential::ApiKeyCookie(name) => {
                let cookies = headers.get_all(axum::http::header::COOKIE).iter().filter_map(|v| v.to_str().ok());
                let key = cookies
                    .flat_map(|line| line.split(';'))
                    .filter_map(|pair| pair.trim().split_once('='))
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.to_owned());
                if let Some(key) = key {
                    presented = true;
                    if let Some(principal) = api.check_api_key(&key).await {
                        return Credentials::Valid(principal);
                    }
                }
            }
        }
    }
    if presented { Credentials::Invalid } else { Credentials::Absent }
}
