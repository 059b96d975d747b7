//! Hand-made requests against the generated authentik server: every rejection answers with its
//! status and a JSON body naming where the fault is, and the implementation is never called.
//! Credentials are checked before the body is read; the body is read under the router's limit.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use authentik_stages_source::models::*;
use authentik_stages_source::server::{self, *};
use axum::http::request::Parts;
use axum::response::IntoResponse;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use uuid::Uuid;

const TOKEN: &str = "rejections-token";
const BODY_LIMIT: usize = 4096;

/// Counts calls and keeps the last caller; answers with the smallest valid responses.
#[derive(Default)]
struct Counting {
    calls: AtomicUsize,
    last_caller: Mutex<Option<String>>,
}

impl Counting {
    fn called(&self, caller: String) {
        self.calls.fetch_add(1, Ordering::SeqCst);
        *self.last_caller.lock().expect("lock") = Some(caller);
    }

    fn calls(&self) -> usize {
        self.calls.load(Ordering::SeqCst)
    }

    fn stage(pk: Uuid) -> SourceStage {
        SourceStage {
            pk,
            name: "stage".into(),
            component: "ak-stage-source-form".into(),
            verbose_name: "Source Stage".into(),
            verbose_name_plural: "Source Stages".into(),
            meta_model_name: "authentik_stages_source.sourcestage".into(),
            flow_set: None,
            source: pk,
            resume_timeout: None,
        }
    }
}

impl Api for Counting {
    /// The caller's name.
    type Principal = String;

    async fn check_bearer_token(&self, token: &str) -> Option<String> {
        (token == TOKEN).then(|| "akadmin".to_owned())
    }

    async fn stages_source_list(self: std::sync::Arc<Self>, _: StagesSourceListParams, caller: String, _: Parts) -> StagesSourceListResponse {
        self.called(caller);
        let pagination = Pagination {
            next: 0.0,
            previous: 0.0,
            count: 0.0,
            current: 1.0,
            total_pages: 1.0,
            start_index: 0.0,
            end_index: 0.0,
        };
        StagesSourceListResponse::Ok(PaginatedSourceStageList { pagination, results: Vec::new() })
    }

    async fn stages_source_create(self: std::sync::Arc<Self>, body: SourceStageRequest, caller: String, _: Parts) -> StagesSourceCreateResponse {
        self.called(caller);
        StagesSourceCreateResponse::Created(Self::stage(body.source))
    }

    /// Outside the spec when the caller asks for it (a teapot), to show the escape variant.
    async fn stages_source_retrieve(self: std::sync::Arc<Self>, pk: Uuid, caller: String, request: Parts) -> StagesSourceRetrieveResponse {
        self.called(caller);
        if request.headers.contains_key("x-teapot") {
            return StagesSourceRetrieveResponse::OutsideSpec(
                (axum::http::StatusCode::IM_A_TEAPOT, "short and stout").into_response(),
            );
        }
        StagesSourceRetrieveResponse::Ok(Self::stage(pk))
    }

    async fn stages_source_update(self: std::sync::Arc<Self>, pk: Uuid, _: SourceStageRequest, caller: String, _: Parts) -> StagesSourceUpdateResponse {
        self.called(caller);
        StagesSourceUpdateResponse::Ok(Self::stage(pk))
    }

    async fn stages_source_partial_update(
        self: std::sync::Arc<Self>,
        pk: Uuid,
        _: Option<PatchedSourceStageRequest>,
        caller: String,
        _: Parts,
    ) -> StagesSourcePartialUpdateResponse {
        self.called(caller);
        StagesSourcePartialUpdateResponse::Ok(Self::stage(pk))
    }

    async fn stages_source_destroy(self: std::sync::Arc<Self>, _: Uuid, caller: String, _: Parts) -> StagesSourceDestroyResponse {
        self.called(caller);
        StagesSourceDestroyResponse::NoContent
    }

    async fn stages_source_used_by_list(self: std::sync::Arc<Self>, _: Uuid, caller: String, _: Parts) -> StagesSourceUsedByListResponse {
        self.called(caller);
        StagesSourceUsedByListResponse::Ok(Vec::new())
    }
}

/// Serves a shared `Counting` (the test keeps the other `Arc`) under `/api/v3`.
async fn serve() -> (Arc<Counting>, std::net::SocketAddr) {
    let api = Arc::new(Counting::default());
    let config = RouterConfig::default().body_limit(BODY_LIMIT);
    let app = axum::Router::new().nest("/api/v3", server::router_with(Arc::clone(&api), config));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(async move { axum::serve(listener, app).await.expect("serve") });
    (api, addr)
}

struct Answer {
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: serde_json::Value,
}

async fn send(request: reqwest::RequestBuilder) -> Answer {
    let response = request.send().await.expect("send");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let bytes = response.bytes().await.expect("body");
    let body = serde_json::from_slice(&bytes)
        .unwrap_or_else(|err| panic!("a JSON body ({err}): {}", String::from_utf8_lossy(&bytes)));
    Answer { status, headers, body }
}

/// A valid `SourceStageRequest` as JSON, to spoil one field at a time.
fn stage_json() -> serde_json::Value {
    serde_json::json!({
        "name": "stage",
        "source": "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
        "flow_set": [{"name": "n", "slug": "good-slug", "title": "t", "designation": "authentication"}],
    })
}

fn assert_names(answer: &Answer, status: u16, location: &str, name: &str) {
    assert_eq!(answer.status, status, "{}", answer.body);
    assert_eq!(answer.body["location"], location, "{}", answer.body);
    assert_eq!(answer.body["name"], name, "{}", answer.body);
    assert!(answer.body["detail"].is_string(), "{}", answer.body);
}

#[tokio::test]
async fn credentials_are_checked_first_and_the_scheme_matches_in_any_case() {
    let (api, addr) = serve().await;
    let http = reqwest::Client::new();
    let list = format!("http://{addr}/api/v3/stages/source/");

    let answer = send(http.get(&list)).await;
    assert_names(&answer, 403, "auth", "");
    assert_eq!(answer.body["detail"], "Authentication credentials were not provided.");

    let answer = send(http.get(&list).header("authorization", "Bearer wrong")).await;
    assert_names(&answer, 403, "auth", "");
    assert_eq!(answer.body["detail"], "Invalid credentials.");

    // Credentials come before the body: a bad body without a token is a 403, not a 400.
    let answer = send(http.post(&list).header("content-type", "text/plain").body("{not json")).await;
    assert_names(&answer, 403, "auth", "");
    assert_eq!(api.calls(), 0, "the trait is never called without a valid token");

    for scheme in ["bearer", "BEARER", "Bearer"] {
        let answer = send(http.get(&list).header("authorization", format!("{scheme} {TOKEN}"))).await;
        assert_eq!(answer.status, 200, "{scheme}: {}", answer.body);
    }
    assert_eq!(api.calls(), 3);
    assert_eq!(api.last_caller.lock().expect("lock").as_deref(), Some("akadmin"), "the principal reaches the operation");
}

/// Writes a request head announcing `length` bytes and sends only `sent` of them; the answer must
/// come anyway, since the server does not wait for the rest.
async fn announce_body(addr: std::net::SocketAddr, authorization: Option<&str>, length: usize, sent: usize) -> (u16, String) {
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    let auth = authorization.map(|a| format!("Authorization: {a}\r\n")).unwrap_or_default();
    let head = format!(
        "POST /api/v3/stages/source/ HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\n{auth}Content-Length: {length}\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).await.expect("write head");
    stream.write_all(&vec![b' '; sent]).await.expect("write part of the body");
    let mut answer = Vec::new();
    let mut buffer = [0u8; 4096];
    let read = tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            let n = stream.read(&mut buffer).await.expect("read");
            answer.extend_from_slice(&buffer[..n]);
            let text = String::from_utf8_lossy(&answer);
            if n == 0 || text.contains("\r\n\r\n{") && text.trim_end().ends_with('}') {
                break;
            }
        }
    })
    .await;
    assert!(read.is_ok(), "the server answered without waiting for the body: {}", String::from_utf8_lossy(&answer));
    let text = String::from_utf8_lossy(&answer).into_owned();
    let status = text.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = text.split_once("\r\n\r\n").map(|(_, body)| body.to_owned()).unwrap_or_default();
    (status, body)
}

#[tokio::test]
async fn oversized_bodies_are_refused_without_reading_them() {
    let (api, addr) = serve().await;

    // No token: 403 before any of the 50 MB is read.
    let (status, body) = announce_body(addr, None, 50_000_000, 10).await;
    assert_eq!(status, 403, "{body}");
    let body: serde_json::Value = serde_json::from_str(&body).expect("json");
    assert_eq!(body["location"], "auth");

    // A token: 413 from the announced length, still without reading.
    let (status, body) = announce_body(addr, Some(&format!("Bearer {TOKEN}")), 50_000_000, 10).await;
    assert_eq!(status, 413, "{body}");
    let body: serde_json::Value = serde_json::from_str(&body).expect("json");
    assert_eq!(body["location"], "body");
    assert!(body["detail"].as_str().expect("detail").contains(&BODY_LIMIT.to_string()), "{body}");

    // No announced length (chunked): reading stops at the limit, answered while chunks remain.
    let (status, body) = chunked_body(addr, &format!("Bearer {TOKEN}"), 64, 1024).await;
    assert_eq!(status, 413, "{body}");
    let body: serde_json::Value = serde_json::from_str(&body).expect("json");
    assert_eq!(body["location"], "body");
    assert_eq!(api.calls(), 0);
}

/// Sends `chunks` chunks of `size` bytes without `Content-Length`, stopping at the first answer.
async fn chunked_body(addr: std::net::SocketAddr, authorization: &str, chunks: usize, size: usize) -> (u16, String) {
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    let head = format!(
        "POST /api/v3/stages/source/ HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nAuthorization: {authorization}\r\nTransfer-Encoding: chunked\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).await.expect("write head");
    let chunk = [format!("{size:x}\r\n").into_bytes(), vec![b' '; size], b"\r\n".to_vec()].concat();
    for _ in 0..chunks {
        // The server may close once it has answered; later writes failing is expected.
        if stream.write_all(&chunk).await.is_err() {
            break;
        }
    }
    let mut answer = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut answer)).await;
    assert!(read.is_ok(), "an answer came: {}", String::from_utf8_lossy(&answer));
    let text = String::from_utf8_lossy(&answer).into_owned();
    let status = text.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = text.split_once("\r\n\r\n").map(|(_, body)| body.to_owned()).unwrap_or_default();
    (status, body)
}

#[tokio::test]
async fn malformed_requests_are_answered_naming_the_location() {
    let (api, addr) = serve().await;
    let http = reqwest::Client::new();
    let list = format!("http://{addr}/api/v3/stages/source/");
    let one = format!("http://{addr}/api/v3/stages/source/9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d/");
    let auth = format!("Bearer {TOKEN}");
    let post_json = |url: &str, body: String| {
        http.post(url).header("authorization", &auth).header("content-type", "application/json").body(body)
    };

    // JSON sent as text/plain, and JSON sent without a media type.
    let answer = send(http.post(&list).header("authorization", &auth).header("content-type", "text/plain").body(stage_json().to_string())).await;
    assert_names(&answer, 415, "header", "content-type");
    assert_eq!(answer.body["accepted"], serde_json::json!(["application/json"]));
    let answer = send(http.post(&list).header("authorization", &auth).body(stage_json().to_string())).await;
    assert_names(&answer, 415, "header", "content-type");

    let answer = send(post_json(&list, "{not json".into())).await;
    assert_names(&answer, 400, "body", "");

    let answer = send(http.get(format!("{list}?page=abc")).header("authorization", &auth)).await;
    assert_names(&answer, 400, "query", "page");

    // Query text that is not UTF-8 once decoded is refused, not replaced.
    let answer = send(http.get(format!("{list}?name=%FF%FE")).header("authorization", &auth)).await;
    assert_names(&answer, 400, "query", "name");

    let mut slug = stage_json();
    slug["flow_set"][0]["slug"] = serde_json::json!("s".repeat(51));
    let answer = send(post_json(&list, slug.to_string())).await;
    assert_names(&answer, 400, "body", "flow_set[0].slug");

    let mut designation = stage_json();
    designation["flow_set"][0]["designation"] = serde_json::json!("teleportation");
    let answer = send(post_json(&list, designation.to_string())).await;
    assert_names(&answer, 400, "body", "flow_set[0].designation");

    let answer = send(
        http.patch(&one).header("authorization", &auth).header("content-type", "application/json").body(r#"{"resume_timeout": null}"#),
    )
    .await;
    assert_names(&answer, 400, "body", "resume_timeout");

    // `format: uuid` is the hyphenated form only: in the path, the query and the body.
    let simple = "9b8a7c6d5e4f4a3b8c2d1e0f9a8b7c6d";
    let answer = send(http.get(format!("{list}{simple}/")).header("authorization", &auth)).await;
    assert_names(&answer, 400, "path", "stage_uuid");
    let answer = send(http.get(format!("{list}?source=%7B{simple}%7D")).header("authorization", &auth)).await;
    assert_names(&answer, 400, "query", "source");
    let mut source = stage_json();
    source["source"] = serde_json::json!(format!("urn:uuid:{}", Uuid::new_v4()));
    let answer = send(post_json(&list, source.to_string())).await;
    assert_names(&answer, 400, "body", "source");

    assert_eq!(api.calls(), 0, "the trait never sees a malformed request");

    // The same requests, well formed, do reach it.
    assert_eq!(send(post_json(&list, stage_json().to_string())).await.status, 201);
    assert_eq!(api.calls(), 1);
}

#[tokio::test]
async fn unknown_routes_answer_json_and_outside_spec_answers_pass_through() {
    let (api, addr) = serve().await;
    let http = reqwest::Client::new();
    let auth = format!("Bearer {TOKEN}");

    let answer = send(http.get(format!("http://{addr}/api/v3/stages/nothing/")).header("authorization", &auth)).await;
    assert_names(&answer, 404, "path", "/stages/nothing/");

    let answer = send(http.put(format!("http://{addr}/api/v3/stages/source/")).header("authorization", &auth)).await;
    assert_names(&answer, 405, "method", "PUT");
    let allow = answer.headers.get("allow").and_then(|v| v.to_str().ok()).unwrap_or_default();
    assert!(allow.contains("GET") && allow.contains("POST"), "Allow: {allow}");
    assert_eq!(api.calls(), 0);

    let response = http
        .get(format!("http://{addr}/api/v3/stages/source/{}/", Uuid::new_v4()))
        .header("authorization", &auth)
        .header("x-teapot", "1")
        .send()
        .await
        .expect("send");
    assert_eq!(response.status().as_u16(), 418);
    assert_eq!(response.text().await.expect("text"), "short and stout");
    assert_eq!(api.calls(), 1);
}
