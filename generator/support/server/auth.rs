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

/// Passes when any accepted credential is present and valid.
async fn authorize<A: Api>(
    api: &A,
    operation: &'static str,
    accepted: &[Credential],
    headers: &HeaderMap,
    query: Option<&str>,
    status: StatusCode,
) -> Result<(), Rejection> {
    // Only API keys in the query read it.
    let _ = query;
    let mut presented = false;
    for credential in accepted {
        match credential {
            #[cfg(oagen = "bearer")]
            Credential::Bearer => {
                let token = headers
                    .get(axum::http::header::AUTHORIZATION)
                    .and_then(|value| value.to_str().ok())
                    .and_then(|value| value.strip_prefix("Bearer ").or_else(|| value.strip_prefix("bearer ")));
                if let Some(token) = token {
                    presented = true;
                    if api.check_bearer_token(token.trim()).await {
                        return Ok(());
                    }
                }
            }
            #[cfg(oagen = "basic")]
            Credential::Basic => {
                let value = headers.get(axum::http::header::AUTHORIZATION).and_then(|value| value.to_str().ok());
                if let Some(value) = value.filter(|v| v.starts_with("Basic ") || v.starts_with("basic ")) {
                    presented = true;
                    if api.check_basic_auth(value).await {
                        return Ok(());
                    }
                }
            }
            #[cfg(oagen = "api_key")]
            Credential::ApiKeyHeader(name) => {
                if let Some(key) = headers.get(*name).and_then(|value| value.to_str().ok()) {
                    presented = true;
                    if api.check_api_key(key).await {
                        return Ok(());
                    }
                }
            }
            #[cfg(oagen = "api_key")]
            Credential::ApiKeyQuery(name) => {
                let pairs = QueryParams::parse(operation, query);
                if let Some((_, key)) = pairs.pairs.iter().find(|(k, _)| k == name) {
                    presented = true;
                    if api.check_api_key(key).await {
                        return Ok(());
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
                    if api.check_api_key(&key).await {
                        return Ok(());
                    }
                }
            }
        }
    }
    let message = if presented {
        "Invalid credentials."
    } else {
        "Authentication credentials were not provided."
    };
    Err(Rejection {
        operation,
        status,
        location: RejectionLocation::Auth,
        name: String::new(),
        message: message.to_owned(),
    })
}
