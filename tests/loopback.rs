//! The generated client talks to the generated server over loopback, for every operation of the
//! bundled spec, with the bearer token set once on the client.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::sync::atomic::{AtomicUsize, Ordering};

use authentik_stages_source::client::{self, Client};
use authentik_stages_source::models::*;
use authentik_stages_source::server::{self, *};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use uuid::Uuid;

const TOKEN: &str = "s3cret-token";

/// A small in-memory stages/source store; clones share their state, so a test keeps a handle on
/// what the server saw.
#[derive(Default, Clone)]
struct Store {
    stages: Arc<Mutex<BTreeMap<Uuid, SourceStage>>>,
    last_list_params: Arc<Mutex<Option<StagesSourceListParams>>>,
    calls: Arc<AtomicUsize>,
}

impl Store {
    fn stage_from(pk: Uuid, request: SourceStageRequest) -> SourceStage {
        SourceStage {
            pk,
            name: request.name.into_inner(),
            component: "ak-stage-source-form".into(),
            verbose_name: "Source Stage".into(),
            verbose_name_plural: "Source Stages".into(),
            meta_model_name: "authentik_stages_source.sourcestage".into(),
            flow_set: request.flow_set.map(|flows| flows.into_iter().map(Self::flow_from).collect()),
            source: request.source,
            resume_timeout: request.resume_timeout.map(|t| t.into_inner()),
        }
    }

    fn flow_from(request: FlowSetRequest) -> FlowSet {
        let slug = request.slug.into_inner();
        FlowSet {
            pk: Uuid::new_v4(),
            policybindingmodel_ptr_id: Uuid::new_v4(),
            name: request.name.into_inner(),
            slug: FlowSetSlug::new(slug.clone()).expect("request slugs satisfy the response rules"),
            title: request.title.into_inner(),
            designation: request.designation,
            background: "/static/dist/assets/images/flow_background.jpg".into(),
            policy_engine_mode: request.policy_engine_mode,
            compatibility_mode: request.compatibility_mode,
            export_url: format!("/api/v3/flows/instances/{slug}/export/"),
            layout: request.layout,
            denied_action: request.denied_action,
        }
    }

    fn not_found(pk: Uuid) -> ValidationError {
        ValidationError {
            non_field_errors: Some(vec![format!("no source stage {pk}")]),
            code: Some("not_found".into()),
            additional_properties: BTreeMap::new(),
        }
    }

    fn count(&self) {
        self.calls.fetch_add(1, Ordering::SeqCst);
    }
}

impl Api for Store {
    type Principal = ();

    async fn check_bearer_token(&self, token: &str) -> Option<()> {
        (token == TOKEN).then_some(())
    }

    /// Bad input answers as authentik does: 400 with a `ValidationError` keyed by the field.
    fn reject(&self, rejection: Rejection) -> Response {
        if rejection.location == RejectionLocation::Auth {
            return rejection.into_response();
        }
        let key = if rejection.name.is_empty() { "non_field_errors".to_owned() } else { rejection.name.clone() };
        let body = serde_json::json!({ key: [rejection.message], "code": "invalid" });
        (StatusCode::BAD_REQUEST, axum::Json(body)).into_response()
    }

    async fn stages_source_list(self: std::sync::Arc<Self>, params: StagesSourceListParams, _principal: (), _request: axum::http::request::Parts) -> StagesSourceListResponse {
        self.count();
        *self.last_list_params.lock().expect("lock") = Some(params.clone());
        let stages = self.stages.lock().expect("lock");
        let matching: Vec<SourceStage> = stages
            .values()
            .filter(|s| params.name.as_ref().is_none_or(|n| &s.name == n))
            .filter(|s| params.source.is_none_or(|src| s.source == src))
            .cloned()
            .collect();
        // Pages as authentik numbers them: from 1, `next` is 0 on the last page.
        let (page, size) = (params.page.unwrap_or(1).max(1) as usize, params.page_size.unwrap_or(100).max(1) as usize);
        let total_pages = matching.len().div_ceil(size).max(1);
        let results: Vec<SourceStage> = matching.iter().skip((page - 1) * size).take(size).cloned().collect();
        let count = matching.len() as f64;
        StagesSourceListResponse::Ok(PaginatedSourceStageList {
            pagination: Pagination {
                next: if page < total_pages { (page + 1) as f64 } else { 0.0 },
                previous: (page - 1) as f64,
                count,
                current: page as f64,
                total_pages: total_pages as f64,
                start_index: if results.is_empty() { 0.0 } else { ((page - 1) * size + 1) as f64 },
                end_index: ((page - 1) * size + results.len()) as f64,
            },
            results,
        })
    }

    async fn stages_source_create(self: std::sync::Arc<Self>, body: SourceStageRequest, _principal: (), _request: axum::http::request::Parts) -> StagesSourceCreateResponse {
        self.count();
        let stage = Self::stage_from(Uuid::new_v4(), body);
        self.stages.lock().expect("lock").insert(stage.pk, stage.clone());
        StagesSourceCreateResponse::Created(stage)
    }

    async fn stages_source_retrieve(self: std::sync::Arc<Self>, stage_uuid: Uuid, _principal: (), _request: axum::http::request::Parts) -> StagesSourceRetrieveResponse {
        self.count();
        match self.stages.lock().expect("lock").get(&stage_uuid) {
            Some(stage) => StagesSourceRetrieveResponse::Ok(stage.clone()),
            None => StagesSourceRetrieveResponse::BadRequest(Self::not_found(stage_uuid)),
        }
    }

    async fn stages_source_update(self: std::sync::Arc<Self>, stage_uuid: Uuid, body: SourceStageRequest, _principal: (), _request: axum::http::request::Parts) -> StagesSourceUpdateResponse {
        self.count();
        let mut stages = self.stages.lock().expect("lock");
        if !stages.contains_key(&stage_uuid) {
            return StagesSourceUpdateResponse::BadRequest(Self::not_found(stage_uuid));
        }
        let stage = Self::stage_from(stage_uuid, body);
        stages.insert(stage_uuid, stage.clone());
        StagesSourceUpdateResponse::Ok(stage)
    }

    async fn stages_source_partial_update(
        self: std::sync::Arc<Self>,
        stage_uuid: Uuid,
        body: Option<PatchedSourceStageRequest>,
        _principal: (),
        _request: axum::http::request::Parts,
    ) -> StagesSourcePartialUpdateResponse {
        self.count();
        let mut stages = self.stages.lock().expect("lock");
        let Some(stage) = stages.get_mut(&stage_uuid) else {
            return StagesSourcePartialUpdateResponse::BadRequest(Self::not_found(stage_uuid));
        };
        let patch = body.unwrap_or_default();
        if let Some(name) = patch.name {
            stage.name = name.into_inner();
        }
        if let Some(timeout) = patch.resume_timeout {
            stage.resume_timeout = Some(timeout.into_inner());
        }
        if let Some(source) = patch.source {
            stage.source = source;
        }
        if let Some(flows) = patch.flow_set {
            stage.flow_set = Some(flows.into_iter().map(Self::flow_from).collect());
        }
        StagesSourcePartialUpdateResponse::Ok(stage.clone())
    }

    async fn stages_source_destroy(self: std::sync::Arc<Self>, stage_uuid: Uuid, _principal: (), _request: axum::http::request::Parts) -> StagesSourceDestroyResponse {
        self.count();
        match self.stages.lock().expect("lock").remove(&stage_uuid) {
            Some(_) => StagesSourceDestroyResponse::NoContent,
            None => StagesSourceDestroyResponse::BadRequest(Self::not_found(stage_uuid)),
        }
    }

    async fn stages_source_used_by_list(self: std::sync::Arc<Self>, stage_uuid: Uuid, _principal: (), _request: axum::http::request::Parts) -> StagesSourceUsedByListResponse {
        self.count();
        StagesSourceUsedByListResponse::Ok(vec![UsedBy {
            app: "authentik_flows".into(),
            model_name: "flowstagebinding".into(),
            pk: stage_uuid.to_string(),
            name: "Flow-stage binding #1".into(),
            action: UsedByActionEnum::Cascade,
        }])
    }
}

/// Serves the generated router under `/api/v3` on an ephemeral loopback port.
async fn serve(store: Store) -> String {
    let app = axum::Router::new().nest("/api/v3", server::router(store));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(async move {
        axum::serve(listener, app).await.expect("server runs");
    });
    format!("http://{addr}/api/v3")
}

fn flow_request(slug: &str) -> FlowSetRequest {
    FlowSetRequest {
        name: FlowSetRequestName::new("Enrollment").expect("valid"),
        slug: FlowSetRequestSlug::new(slug).expect("valid"),
        title: FlowSetRequestTitle::new("Welcome").expect("valid"),
        designation: FlowDesignationEnum::Enrollment,
        policy_engine_mode: Some(PolicyEngineMode::All),
        compatibility_mode: Some(true),
        layout: Some(FlowLayoutEnum::ContentLeft),
        denied_action: Some(DeniedActionEnum::Message),
    }
}

fn stage_request(name: &str, source: Uuid) -> SourceStageRequest {
    SourceStageRequest {
        name: SourceStageRequestName::new(name).expect("valid"),
        flow_set: Some(vec![flow_request("default-enrollment-flow")]),
        source,
        resume_timeout: Some(SourceStageRequestResumeTimeout::new("minutes=10").expect("valid")),
    }
}

#[tokio::test]
async fn every_operation_round_trips_through_client_and_server() {
    let store = Store::default();
    let base = serve(store.clone()).await;
    let api = Client::new(&base).with_bearer_token(TOKEN);
    let source = Uuid::new_v4();

    // create
    let created = api.stages_source_create(&stage_request("return-from-github", source)).await.expect("create");
    assert_eq!(created.name, "return-from-github");
    assert_eq!(created.source, source);
    let flow = &created.flow_set.as_ref().expect("flows")[0];
    assert_eq!(flow.slug.as_str(), "default-enrollment-flow");
    assert_eq!(flow.layout, Some(FlowLayoutEnum::ContentLeft));

    // retrieve
    let fetched = api.stages_source_retrieve(&created.pk).await.expect("retrieve");
    assert_eq!(fetched, created);

    // list, with all eight query parameters
    let params = StagesSourceListParams {
        name: Some("return-from-github".into()),
        ordering: Some("-name".into()),
        page: Some(2),
        page_size: Some(25),
        resume_timeout: Some("minutes=10".into()),
        search: Some("git hub & co/?".into()),
        source: Some(source),
        stage_uuid: Some(created.pk),
    };
    let page = api.stages_source_list(&params).await.expect("list");
    // One match, 25 a page: page 2 is past the end.
    assert_eq!((page.results.len(), page.pagination.count), (0, 1.0));
    assert_eq!(page.pagination.current, 2.0);
    assert_eq!(store.last_list_params.lock().expect("lock").as_ref(), Some(&params), "every parameter arrives intact");
    let first = api.stages_source_list(&StagesSourceListParams { page: Some(1), ..params.clone() }).await.expect("list");
    assert_eq!(first.results, vec![created.clone()]);
    let everything = api.stages_source_list(&StagesSourceListParams::default()).await.expect("list without filters");
    assert_eq!(everything.results.len(), 1);

    // update
    let updated = api.stages_source_update(&created.pk, &stage_request("renamed", source)).await.expect("update");
    assert_eq!(updated.name, "renamed");
    assert_eq!(updated.pk, created.pk);

    // partial update, with and without a body
    let patch = PatchedSourceStageRequest {
        resume_timeout: Some(PatchedSourceStageRequestResumeTimeout::new("hours=1").expect("valid")),
        ..Default::default()
    };
    let patched = api.stages_source_partial_update(&created.pk, Some(&patch)).await.expect("partial update");
    assert_eq!(patched.resume_timeout.as_deref(), Some("hours=1"));
    assert_eq!(patched.name, "renamed");
    let unchanged = api.stages_source_partial_update(&created.pk, None).await.expect("empty patch");
    assert_eq!(unchanged, patched);

    // used by
    let used_by = api.stages_source_used_by_list(&created.pk).await.expect("used by");
    assert_eq!(used_by[0].pk, created.pk.to_string());
    assert_eq!(used_by[0].action, UsedByActionEnum::Cascade);

    // destroy, then the documented 400 for a missing stage comes back typed
    api.stages_source_destroy(&created.pk).await.expect("destroy");
    match api.stages_source_retrieve(&created.pk).await {
        Err(client::Error::Api(client::StagesSourceRetrieveError::BadRequest(err), _)) => {
            assert_eq!(err.code.as_deref(), Some("not_found"));
        }
        other => panic!("expected a typed 400, got {other:?}"),
    }
    match api.stages_source_destroy(&created.pk).await {
        Err(err @ client::Error::Api(..)) => {
            let client::Error::Api(inner, headers) = &err else { unreachable!() };
            assert_eq!(inner.status(), 400);
            // Documented errors keep the response's headers too.
            assert_eq!(headers.get("content-type").and_then(|v| v.to_str().ok()), Some("application/json"));
            assert!(err.headers().is_some_and(|h| h.contains_key("content-length")), "{err:?}");
        }
        other => panic!("expected a typed 400, got {other:?}"),
    }
}

#[tokio::test]
async fn missing_or_wrong_token_is_turned_away_with_403_before_the_implementation() {
    let store = Store::default();
    let base = serve(store.clone()).await;

    for client in [Client::new(&base), Client::new(&base).with_bearer_token("wrong")] {
        match client.stages_source_list(&StagesSourceListParams::default()).await {
            Err(client::Error::Api(client::StagesSourceListError::Forbidden(err), _)) => {
                assert!(err.detail.contains("credentials"), "{}", err.detail);
            }
            other => panic!("expected 403 GenericError, got {other:?}"),
        }
        let pk = Uuid::new_v4();
        match client.stages_source_destroy(&pk).await {
            Err(client::Error::Api(client::StagesSourceDestroyError::Forbidden(_), _)) => {}
            other => panic!("expected 403, got {other:?}"),
        }
    }
    assert_eq!(store.calls.load(Ordering::SeqCst), 0, "the trait is never called without a valid token");

    // The wire form authentik documents, 403 and `{"detail": ...}`, with the rejection's location.
    let response = reqwest::Client::new().get(format!("{base}/stages/source/")).send().await.expect("send");
    assert_eq!(response.status().as_u16(), 403);
    let body: serde_json::Value = serde_json::from_slice(&response.bytes().await.expect("body")).expect("json");
    assert_eq!(
        body,
        serde_json::json!({"detail": "Authentication credentials were not provided.", "location": "auth", "name": ""})
    );
}

#[tokio::test]
async fn malformed_input_is_answered_400_naming_the_parameter_or_field() {
    let store = Store::default();
    let base = serve(store.clone()).await;
    let http = reqwest::Client::new();
    let auth = format!("Bearer {TOKEN}");

    let send = |request: reqwest::RequestBuilder| {
        let auth = auth.clone();
        async move {
            let response = request
                .header("authorization", auth)
                .header("content-type", "application/json")
                .send()
                .await
                .expect("send");
            let status = response.status().as_u16();
            let body: serde_json::Value = serde_json::from_slice(&response.bytes().await.expect("body")).expect("json");
            (status, body)
        }
    };

    let (status, body) = send(http.get(format!("{base}/stages/source/?page=two"))).await;
    assert_eq!(status, 400);
    assert!(body["page"][0].as_str().expect("message").contains("two"), "{body}");

    let (status, body) = send(http.get(format!("{base}/stages/source/?source=not-a-uuid"))).await;
    assert_eq!(status, 400);
    assert!(body.get("source").is_some(), "{body}");

    let (status, body) = send(http.get(format!("{base}/stages/source/not-a-uuid/"))).await;
    assert_eq!(status, 400);
    assert!(body.get("stage_uuid").is_some(), "{body}");

    let mut bad = serde_json::to_value(stage_request("x", Uuid::new_v4())).expect("json");
    bad["flow_set"][0]["slug"] = serde_json::json!("has space");
    let (status, body) = send(http.post(format!("{base}/stages/source/")).body(serde_json::to_vec(&bad).expect("json"))).await;
    assert_eq!(status, 400);
    let message = body["flow_set[0].slug"][0].as_str().expect("names the field path");
    assert!(message.contains("pattern"), "{body}");

    let (status, body) = send(http.post(format!("{base}/stages/source/")).body(r#"{"name": "x"}"#)).await;
    assert_eq!(status, 400);
    assert!(body.to_string().contains("source"), "missing required field is named: {body}");

    let (status, _) = send(http.post(format!("{base}/stages/source/")).body("{not json")).await;
    assert_eq!(status, 400);

    assert_eq!(store.calls.load(Ordering::SeqCst), 0, "the trait never sees malformed input");
}

#[tokio::test]
async fn default_rejection_body_names_location_and_parameter() {
    struct Defaults;
    impl Api for Defaults {
        type Principal = ();

        async fn check_bearer_token(&self, _token: &str) -> Option<()> {
            Some(())
        }
        async fn stages_source_list(self: std::sync::Arc<Self>, _: StagesSourceListParams, _principal: (), _request: axum::http::request::Parts) -> StagesSourceListResponse {
            unreachable!("malformed requests never reach the implementation")
        }
        async fn stages_source_create(self: std::sync::Arc<Self>, _: SourceStageRequest, _principal: (), _request: axum::http::request::Parts) -> StagesSourceCreateResponse {
            unreachable!()
        }
        async fn stages_source_retrieve(self: std::sync::Arc<Self>, _: Uuid, _principal: (), _request: axum::http::request::Parts) -> StagesSourceRetrieveResponse {
            unreachable!()
        }
        async fn stages_source_update(self: std::sync::Arc<Self>, _: Uuid, _: SourceStageRequest, _principal: (), _request: axum::http::request::Parts) -> StagesSourceUpdateResponse {
            unreachable!()
        }
        async fn stages_source_partial_update(
            self: std::sync::Arc<Self>,
            _: Uuid,
            _: Option<PatchedSourceStageRequest>,
            _principal: (),
            _request: axum::http::request::Parts,
        ) -> StagesSourcePartialUpdateResponse {
            unreachable!()
        }
        async fn stages_source_destroy(self: std::sync::Arc<Self>, _: Uuid, _principal: (), _request: axum::http::request::Parts) -> StagesSourceDestroyResponse {
            unreachable!()
        }
        async fn stages_source_used_by_list(self: std::sync::Arc<Self>, _: Uuid, _principal: (), _request: axum::http::request::Parts) -> StagesSourceUsedByListResponse {
            unreachable!()
        }
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move { axum::serve(listener, server::router(Defaults)).await.expect("serve") });
    let response = reqwest::Client::new()
        .get(format!("http://{addr}/stages/source/?page_size=-x"))
        .header("authorization", "Bearer anything")
        .send()
        .await
        .expect("send");
    assert_eq!(response.status().as_u16(), 400);
    let body: serde_json::Value = serde_json::from_slice(&response.bytes().await.expect("body")).expect("json");
    assert_eq!(body["location"], "query");
    assert_eq!(body["name"], "page_size");
    assert!(body["detail"].as_str().expect("detail").contains("page_size"), "{body}");
}

/// The `_stream` method walks authentik's page numbers to the last page (`pagination.next == 0`).
#[tokio::test]
async fn stream_walks_every_page() {
    use futures::StreamExt;
    let store = Store::default();
    let api = Client::new(serve(store.clone()).await).with_bearer_token(TOKEN);
    let source = Uuid::new_v4();
    let mut created = Vec::new();
    for i in 0..7 {
        created.push(api.stages_source_create(&stage_request(&format!("stage-{i}"), source)).await.expect("create").pk);
    }
    let before = store.calls.load(Ordering::SeqCst);
    let params = StagesSourceListParams { page_size: Some(3), ..Default::default() };
    let items: Vec<SourceStage> = api.stages_source_list_stream(params).map(|item| item.expect("page")).collect().await;
    assert_eq!(store.calls.load(Ordering::SeqCst) - before, 3, "7 items, 3 per page: three requests");
    let mut seen: Vec<Uuid> = items.iter().map(|s| s.pk).collect();
    seen.sort();
    created.sort();
    assert_eq!(seen, created, "every item once");
    // From a later page on, and an empty result.
    let rest = api.stages_source_list_stream(StagesSourceListParams { page: Some(3), page_size: Some(3), ..Default::default() });
    assert_eq!(rest.count().await, 1);
    let none = StagesSourceListParams { name: Some("nothing".into()), ..Default::default() };
    assert_eq!(api.stages_source_list_stream(none).count().await, 0);
    // An error ends the stream.
    let anonymous = Client::new(api.base_url());
    let errors: Vec<_> = anonymous.stages_source_list_stream(StagesSourceListParams::default()).collect().await;
    assert!(matches!(errors.as_slice(), [Err(client::Error::Api(client::StagesSourceListError::Forbidden(_), _))]), "{errors:?}");
}

/// Status and headers come with the typed body; per-call headers reach the server without a new
/// `reqwest::Client`.
#[tokio::test]
async fn response_metadata_and_per_call_headers() {
    use axum::http::HeaderValue;
    use reqwest::header::HeaderName;
    /// `x-request-id` and `x-tenant` of each request the server saw.
    type Seen = Vec<(Option<String>, Option<String>)>;
    let seen: Arc<Mutex<Seen>> = Arc::default();
    let record = seen.clone();
    let app = axum::Router::new().nest("/api/v3", server::router(Store::default())).layer(axum::middleware::map_request(
        move |request: axum::extract::Request| {
            let header = |name: &str| request.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
            record.lock().expect("lock").push((header("x-request-id"), header("x-tenant")));
            async move { request }
        },
    ));
    let app = app.layer(axum::middleware::map_response(|mut response: Response| async move {
        response.headers_mut().insert("x-served-by", HeaderValue::from_static("loopback"));
        response
    }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(async move { axum::serve(listener, app).await.expect("serve") });
    let api = Client::new(format!("http://{addr}/api/v3")).with_bearer_token(TOKEN);

    let tenant = api.with_header(HeaderName::from_static("x-tenant"), reqwest::header::HeaderValue::from_static("acme"));
    for id in ["req-1", "req-2"] {
        let call = tenant.with_header(HeaderName::from_static("x-request-id"), reqwest::header::HeaderValue::from_static(id));
        let response = call.stages_source_list_with_response(&StagesSourceListParams::default()).await.expect("list");
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers().get("x-served-by").and_then(|v| v.to_str().ok()), Some("loopback"));
        assert_eq!(response.results.len(), 0, "derefs to the body");
    }
    api.stages_source_list(&StagesSourceListParams::default()).await.expect("list without extra headers");
    let seen = seen.lock().expect("lock").clone();
    let owned = |a: &str, b: &str| (Some(a.to_owned()), Some(b.to_owned()));
    assert_eq!(seen, vec![owned("req-1", "acme"), owned("req-2", "acme"), (None, None)]);
}

/// Documented errors have a status, a `Display` and are `std::error::Error`s, alone and inside
/// the client's `Error`.
#[tokio::test]
async fn documented_errors_display_and_carry_their_status() {
    let api = Client::new(serve(Store::default()).await).with_bearer_token(TOKEN);
    let missing = Uuid::nil();
    let err = api.stages_source_retrieve(&missing).await.expect_err("no such stage");
    assert_eq!(err.status(), Some(400));
    let text = err.to_string();
    assert!(text.starts_with("stages_source_retrieve answered 400: BadRequest(ValidationError {"), "{text}");
    assert!(text.contains("no source stage 00000000-0000-0000-0000-000000000000"), "{text}");
    let boxed: Box<dyn std::error::Error> = Box::new(err);
    let source = boxed.source().expect("the documented error is the source");
    assert_eq!(source.to_string(), text);
    let denied = Client::new(api.base_url()).stages_source_destroy(&missing).await.expect_err("no token");
    assert_eq!(denied.status(), Some(403));
    assert!(denied.to_string().starts_with("stages_source_destroy answered 403: Forbidden(GenericError {"), "{denied}");
}

/// A server that loosened a rule (authentik 2026 raised a token's `maxLength`): the strict client
/// refuses the response, the crate generated with `check-responses = false` decodes it, and both
/// still refuse a body missing a required field.
#[tokio::test]
async fn unchecked_responses_decode_values_beyond_the_rules() {
    use authentik_stages_source_open::client::{Client as OpenClient, Error as OpenError};
    let long_slug = "a-slug-much-longer-than-the-fifty-characters-the-spec-allows";
    assert!(long_slug.len() > 50);
    let stage = serde_json::json!({
        "pk": Uuid::nil(), "name": "s", "component": "c", "verbose_name": "v", "verbose_name_plural": "v",
        "meta_model_name": "m", "source": Uuid::nil(), "resume_timeout": "minutes=10",
        "flow_set": [{
            "pk": Uuid::nil(), "policybindingmodel_ptr_id": Uuid::nil(), "name": "n", "slug": long_slug,
            "title": "t", "designation": "enrollment", "background": "b", "export_url": "e",
            "policy_engine_mode": "all", "compatibility_mode": true, "layout": "stacked", "denied_action": "message"
        }]
    });
    let incomplete = serde_json::json!({ "pk": Uuid::nil() });
    let app = axum::Router::new()
        .route("/stages/source/{id}/", axum::routing::get(move |axum::extract::Path(id): axum::extract::Path<Uuid>| {
            let body = if id.is_nil() { stage.clone() } else { incomplete.clone() };
            async move { axum::Json(body) }
        }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(async move { axum::serve(listener, app).await.expect("serve") });
    let base = format!("http://{addr}");

    let strict = Client::new(&base).with_bearer_token(TOKEN);
    match strict.stages_source_retrieve(&Uuid::nil()).await {
        Err(client::Error::InvalidBody { status: 200, source, .. }) => assert!(source.to_string().contains("maxLength"), "{source}"),
        other => panic!("the strict client refuses a 60-character slug: {other:?}"),
    }
    let open = OpenClient::new(&base).with_bearer_token(TOKEN);
    let decoded = open.stages_source_retrieve(&Uuid::nil()).await.expect("unchecked decoding");
    assert_eq!(decoded.flow_set.expect("flows")[0].slug.as_str(), long_slug);
    match open.stages_source_retrieve(&Uuid::max()).await {
        Err(OpenError::InvalidBody { source, .. }) => assert!(source.to_string().contains("missing field"), "{source}"),
        other => panic!("required fields are still required: {other:?}"),
    }
    // Requests are still checked: the rule holds for values the client builds.
    assert!(authentik_stages_source_open::models::FlowSetRequestSlug::new(long_slug).is_err());
}
