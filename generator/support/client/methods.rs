// Support code oagen copies into the generated `client` module: the constructors, the credential
// setters and the one request path every operation method shares.
// Always. Conditions: `auth`, `bearer`, `basic`, `api_key` for the credentials the API's
// operations accept; `body` and `multipart` for the request bodies they send; `next_links` when
// some operation pages by links.

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
            #[cfg(oagen = "auth")]
            credentials: Credentials::default(),
            #[cfg(oagen = "next_links")]
            follow: None,
        }
    }

    /// Like [`Client::new`], with a `reqwest-middleware` client whose middleware (retries,
    /// tracing) runs on every request. Needs the `middleware` feature.
    #[cfg(feature = "middleware")]
    pub fn with_middleware_client(base_url: impl Into<String>, http: reqwest_middleware::ClientWithMiddleware) -> Self {
        Self {
            base_url: base_url.into(),
            http,
            headers: reqwest::header::HeaderMap::new(),
            #[cfg(oagen = "auth")]
            credentials: Credentials::default(),
            #[cfg(oagen = "next_links")]
            follow: None,
        }
    }

    /// A client that also sends `name: value` with every request (a request id, a tenant).
    /// Clones share the connection pool, so one per call is cheap:
    /// `api.with_header(name, value).some_operation(..)`.
    pub fn with_header(&self, name: reqwest::header::HeaderName, value: reqwest::header::HeaderValue) -> Self {
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

    #[cfg(oagen = "bearer")]
    /// Sends `Authorization: Bearer <token>` with every operation that requires authentication.
    pub fn with_bearer_token(mut self, token: impl Into<String>) -> Self {
        self.credentials.bearer_token = Some(token.into());
        self
    }

    #[cfg(oagen = "basic")]
    /// Sends HTTP basic credentials with every operation that requires authentication.
    pub fn with_basic_auth(mut self, username: impl Into<String>, password: Option<String>) -> Self {
        self.credentials.basic = Some((username.into(), password));
        self
    }

    #[cfg(oagen = "api_key")]
    /// The API key sent, where each operation's security scheme says, with operations that need one.
    pub fn with_api_key(mut self, key: impl Into<String>) -> Self {
        self.credentials.api_key = Some(key.into());
        self
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    #[cfg(oagen = "next_links")]
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
        let value = read(Answer { status, headers: &headers, body })?;
        Ok(ResponseValue::new(status, headers, value))
    }

    /// Sends one request and reads the whole response. Not generic: compiled once.
    async fn execute(&self, request: Request) -> Result<Raw, Failure> {
        let mut url = reqwest::Url::parse(&self.base_url)
            .map_err(|err| Failure::InvalidRequest(format!("base URL `{}`: {err}", self.base_url)))?;
        url.path_segments_mut()
            .map_err(|()| Failure::InvalidRequest(format!("base URL `{}` cannot have a path", self.base_url)))?
            .pop_if_empty()
            .extend(&request.segments);
        // API keys sent in the query join the operation's parameters.
        #[cfg(oagen = "api_key")]
        let mut query = request.query.iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>();
        #[cfg(not(oagen = "api_key"))]
        let query = request.query.iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>();
        #[cfg(oagen = "api_key")]
        if let (true, Some(key)) = (request.authenticated, &self.credentials.api_key) {
            for place in request.api_keys {
                if let ApiKeyPlace::Query(name) = place {
                    query.push((name, key.as_str()));
                }
            }
        }
        if !query.is_empty() {
            url.query_pairs_mut().extend_pairs(query);
        }
        // A next-page link replaces the operation's path and query (API keys in the query stay).
        #[cfg(oagen = "next_links")]
        if let Some(link) = &self.follow {
            url = next_link(&url, link)?;
            #[cfg(oagen = "api_key")]
            if let (true, Some(key)) = (request.authenticated, &self.credentials.api_key) {
                for place in request.api_keys {
                    if let ApiKeyPlace::Query(name) = place {
                        url.query_pairs_mut().append_pair(name, key);
                    }
                }
            }
        }
        let mut builder = self.http.request(request.method.clone(), url).headers(self.headers.clone());
        for (name, value) in &request.headers {
            builder = builder.header(*name, value.as_str());
        }
        builder = builder.header("accept", request.accept);
        #[cfg(oagen = "auth")]
        if request.authenticated {
            builder = self.credentials.apply(builder, &request);
        }
        #[cfg(oagen = "body")]
        match request.body {
            Some(Body::Bytes { content_type, bytes }) => {
                builder = builder.header("content-type", content_type).body(bytes);
            }
            #[cfg(oagen = "multipart")]
            Some(Body::Multipart(form)) => {
                builder = builder.multipart(form);
            }
            Some(Body::Invalid(reason)) => return Err(Failure::InvalidRequest(reason)),
            None => {}
        }
        let response = builder.send().await?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.bytes().await.map_err(Failure::Transport)?;
        Ok(Raw { status, headers, body: body.to_vec() })
    }
}
