// Support code oagen copies into the generated `client` module.
// When some operation takes credentials. Conditions: `bearer`, `basic`, `api_key`, one per kind
// of credential the API's operations accept.

#[cfg(not(feature = "middleware"))]
type RequestBuilder = reqwest::RequestBuilder;
#[cfg(feature = "middleware")]
type RequestBuilder = reqwest_middleware::RequestBuilder;

#[derive(Clone, Default)]
struct Credentials {
    #[cfg(oagen = "bearer")]
    bearer_token: Option<String>,
    #[cfg(oagen = "basic")]
    basic: Option<(String, Option<String>)>,
    #[cfg(oagen = "api_key")]
    api_key: Option<String>,
}

impl Credentials {
    /// Adds the configured credentials to a request that requires authentication.
    fn apply(&self, mut builder: RequestBuilder, request: &Request) -> RequestBuilder {
        // Only API keys read the request; with none, this keeps `request` used.
        let _ = request;
        #[cfg(oagen = "bearer")]
        if let Some(token) = &self.bearer_token {
            builder = builder.bearer_auth(token);
        }
        #[cfg(oagen = "basic")]
        if let Some((username, password)) = &self.basic {
            builder = builder.basic_auth(username, password.as_ref());
        }
        #[cfg(oagen = "api_key")]
        if let Some(key) = &self.api_key {
            for place in request.api_keys {
                builder = match place {
                    ApiKeyPlace::Header(name) => builder.header(*name, key.as_str()),
                    // Query keys are added to the URL in `execute`.
                    ApiKeyPlace::Query(_) => builder,
                    ApiKeyPlace::Cookie(name) => builder.header("cookie", format!("{name}={key}")),
                };
            }
        }
        builder
    }
}
