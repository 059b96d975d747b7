//! Issuing requests through the generated client, against the same requests written by hand with
//! plain `reqwest` and decoded into bare serde structs: `stages_source_list` with every query
//! parameter set, and `stages_source_create` with every field of its JSON body set. Both talk to
//! the same small HTTP/1.1 server on 127.0.0.1 that answers every GET with one canned page and
//! every POST with one canned stage, so the ratio of the medians is what the generated client
//! adds to a call (encoding the parameters and body, the typed status match, the checks on decode).

use std::sync::{Arc, Mutex};

use authentik_stages_source::client::Client;
use authentik_stages_source::models::*;
use criterion::{Criterion, black_box, criterion_group, criterion_main};
use serde::{Deserialize, Serialize};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use uuid::Uuid;

const TOKEN: &str = "bench-token";
const SOURCE: Uuid = Uuid::from_u128(0x1c2d3e4f_5a6b_4c7d_8e9f_000000000001);
const STAGE: Uuid = Uuid::from_u128(0x0b6f5a4e_3d2c_4b1a_9f8e_000000000001);

/// The same request and response shapes as bare serde types: what a hand-written client would use.
mod bare {
    use super::*;

    /// Every query parameter of `stages_source_list`.
    pub struct ListParams {
        pub name: String,
        pub ordering: String,
        pub page: i64,
        pub page_size: i64,
        pub resume_timeout: String,
        pub search: String,
        pub source: Uuid,
        pub stage_uuid: Uuid,
    }

    #[derive(Serialize)]
    pub struct SourceStageRequest {
        pub name: String,
        pub flow_set: Option<Vec<FlowSetRequest>>,
        pub source: Uuid,
        pub resume_timeout: Option<String>,
    }

    #[derive(Serialize)]
    pub struct FlowSetRequest {
        pub name: String,
        pub slug: String,
        pub title: String,
        pub designation: String,
        pub policy_engine_mode: Option<String>,
        pub compatibility_mode: Option<bool>,
        pub layout: Option<String>,
        pub denied_action: Option<String>,
    }

    #[derive(Deserialize)]
    #[allow(dead_code)]
    pub struct Page {
        pub pagination: Pagination,
        pub results: Vec<SourceStage>,
    }

    #[derive(Deserialize)]
    #[allow(dead_code)]
    pub struct Pagination {
        pub next: f64,
        pub previous: f64,
        pub count: f64,
        pub current: f64,
        pub total_pages: f64,
        pub start_index: f64,
        pub end_index: f64,
    }

    #[derive(Deserialize)]
    #[allow(dead_code)]
    pub struct SourceStage {
        pub pk: Uuid,
        pub name: String,
        pub component: String,
        pub verbose_name: String,
        pub verbose_name_plural: String,
        pub meta_model_name: String,
        pub flow_set: Option<Vec<FlowSet>>,
        pub source: Uuid,
        pub resume_timeout: Option<String>,
    }

    #[derive(Deserialize)]
    #[allow(dead_code)]
    pub struct FlowSet {
        pub pk: Uuid,
        pub policybindingmodel_ptr_id: Uuid,
        pub name: String,
        pub slug: String,
        pub title: String,
        pub designation: String,
        pub background: String,
        pub policy_engine_mode: Option<String>,
        pub compatibility_mode: Option<bool>,
        pub export_url: String,
        pub layout: Option<String>,
        pub denied_action: Option<String>,
    }
}

/// One stage with one flow, every optional field set: the body of the canned answers.
fn stage() -> serde_json::Value {
    serde_json::json!({
        "pk": STAGE,
        "name": "source-stage",
        "component": "ak-stage-source-form",
        "verbose_name": "Source Stage",
        "verbose_name_plural": "Source Stages",
        "meta_model_name": "authentik_stages_source.sourcestage",
        "flow_set": [{
            "pk": "6f1c2a3b-4d5e-4f60-8a7b-000000000001",
            "policybindingmodel_ptr_id": "7a2b3c4d-5e6f-4a70-9b8c-000000000001",
            "name": "Flow",
            "slug": "flow",
            "title": "Welcome to authentik!",
            "designation": "authentication",
            "background": "/static/dist/assets/images/flow_background.jpg",
            "policy_engine_mode": "any",
            "compatibility_mode": false,
            "export_url": "/api/v3/flows/instances/flow/export/",
            "layout": "stacked",
            "denied_action": "message_continue"
        }],
        "source": SOURCE,
        "resume_timeout": "days=1"
    })
}

fn http_response(status: &str, body: &serde_json::Value) -> Vec<u8> {
    let body = body.to_string();
    format!("HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}", body.len()).into_bytes()
}

/// What the server saw of the last request: its request line, its headers (lowercased, sorted)
/// and its body; the setup compares the generated client's requests with the plain ones.
type Seen = Arc<Mutex<Option<(String, Vec<String>, Vec<u8>)>>>;

/// A keep-alive HTTP/1.1 server on 127.0.0.1 answering GET with a one-stage page (200), POST
/// with the stage (201) and anything else with 404. Returns the base URL.
async fn serve(seen: Seen) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    let page = serde_json::json!({
        "pagination": {"next": 0, "previous": 0, "count": 1, "current": 1, "total_pages": 1, "start_index": 1, "end_index": 1},
        "results": [stage()]
    });
    let listed: Arc<[u8]> = http_response("200 OK", &page).into();
    let created: Arc<[u8]> = http_response("201 Created", &stage()).into();
    let missing: Arc<[u8]> = b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n".as_slice().into();
    tokio::spawn(async move {
        loop {
            let Ok((mut stream, _)) = listener.accept().await else { return };
            let (listed, created, missing, seen) = (listed.clone(), created.clone(), missing.clone(), seen.clone());
            tokio::spawn(async move {
                let mut buf = Vec::with_capacity(8192);
                loop {
                    let head_end = loop {
                        if let Some(at) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                            break at + 4;
                        }
                        match stream.read_buf(&mut buf).await {
                            Ok(0) | Err(_) => return,
                            Ok(_) => {}
                        }
                    };
                    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
                    let mut lines = head.split("\r\n").filter(|line| !line.is_empty());
                    let request_line = lines.next().unwrap_or_default().to_owned();
                    let mut headers: Vec<String> = lines.map(|line| {
                        let (name, value) = line.split_once(':').unwrap_or((line, ""));
                        format!("{}: {}", name.to_ascii_lowercase(), value.trim())
                    }).collect();
                    let length = headers
                        .iter()
                        .find_map(|h| h.strip_prefix("content-length: "))
                        .map_or(0, |n| n.parse::<usize>().expect("content-length"));
                    while buf.len() < head_end + length {
                        match stream.read_buf(&mut buf).await {
                            Ok(0) | Err(_) => return,
                            Ok(_) => {}
                        }
                    }
                    let answer = if request_line.starts_with("GET /stages/source/") {
                        &listed
                    } else if request_line.starts_with("POST /stages/source/ ") {
                        &created
                    } else {
                        &missing
                    };
                    headers.sort();
                    let body = buf[head_end..head_end + length].to_vec();
                    *seen.lock().unwrap() = Some((request_line, headers, body));
                    if stream.write_all(answer).await.is_err() {
                        return;
                    }
                    buf.drain(..head_end + length);
                }
            });
        }
    });
    base
}

fn list_params() -> (StagesSourceListParams, bare::ListParams) {
    let generated = StagesSourceListParams {
        name: Some("source stage".into()),
        ordering: Some("-name".into()),
        page: Some(2),
        page_size: Some(50),
        resume_timeout: Some("hours=1;minutes=30".into()),
        search: Some("login & sign-up".into()),
        source: Some(SOURCE),
        stage_uuid: Some(STAGE),
    };
    let plain = bare::ListParams {
        name: "source stage".into(),
        ordering: "-name".into(),
        page: 2,
        page_size: 50,
        resume_timeout: "hours=1;minutes=30".into(),
        search: "login & sign-up".into(),
        source: SOURCE,
        stage_uuid: STAGE,
    };
    (generated, plain)
}

fn create_body() -> (SourceStageRequest, bare::SourceStageRequest) {
    let generated = SourceStageRequest {
        name: SourceStageRequestName::new("source-stage").unwrap(),
        flow_set: Some(vec![FlowSetRequest {
            name: FlowSetRequestName::new("Flow").unwrap(),
            slug: FlowSetRequestSlug::new("flow").unwrap(),
            title: FlowSetRequestTitle::new("Welcome to authentik!").unwrap(),
            designation: FlowDesignationEnum::Authentication,
            policy_engine_mode: Some(PolicyEngineMode::Any),
            compatibility_mode: Some(false),
            layout: Some(FlowLayoutEnum::Stacked),
            denied_action: Some(DeniedActionEnum::MessageContinue),
        }]),
        source: SOURCE,
        resume_timeout: Some(SourceStageRequestResumeTimeout::new("days=1").unwrap()),
    };
    let plain = bare::SourceStageRequest {
        name: "source-stage".into(),
        flow_set: Some(vec![bare::FlowSetRequest {
            name: "Flow".into(),
            slug: "flow".into(),
            title: "Welcome to authentik!".into(),
            designation: "authentication".into(),
            policy_engine_mode: Some("any".into()),
            compatibility_mode: Some(false),
            layout: Some("stacked".into()),
            denied_action: Some("message_continue".into()),
        }]),
        source: SOURCE,
        resume_timeout: Some("days=1".into()),
    };
    (generated, plain)
}

/// `GET /stages/source/` with every query parameter, by hand.
async fn plain_list(http: &reqwest::Client, base: &str, params: &bare::ListParams) -> bare::Page {
    let mut url = reqwest::Url::parse(&format!("{base}/stages/source/")).unwrap();
    url.query_pairs_mut()
        .append_pair("name", &params.name)
        .append_pair("ordering", &params.ordering)
        .append_pair("page", &params.page.to_string())
        .append_pair("page_size", &params.page_size.to_string())
        .append_pair("resume_timeout", &params.resume_timeout)
        .append_pair("search", &params.search)
        .append_pair("source", &params.source.to_string())
        .append_pair("stage_uuid", &params.stage_uuid.to_string());
    let response = http.get(url).header("accept", "application/json").bearer_auth(TOKEN).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 200);
    serde_json::from_slice(&response.bytes().await.unwrap()).unwrap()
}

/// `POST /stages/source/` with a JSON body, by hand.
async fn plain_create(http: &reqwest::Client, base: &str, body: &bare::SourceStageRequest) -> bare::SourceStage {
    let url = reqwest::Url::parse(&format!("{base}/stages/source/")).unwrap();
    let response = http
        .post(url)
        .header("accept", "application/json")
        .bearer_auth(TOKEN)
        .header("content-type", "application/json")
        .body(serde_json::to_vec(body).unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 201);
    serde_json::from_slice(&response.bytes().await.unwrap()).unwrap()
}

fn requests(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let seen: Seen = Arc::default();
    let base = rt.block_on(serve(seen.clone()));
    let client = Client::new(base.clone()).with_bearer_token(TOKEN);
    let http = reqwest::Client::new();
    let (params, plain_params) = list_params();
    let (body, plain_body) = create_body();

    // Both send the same request and decode the answer, or the comparison means nothing.
    let last = || seen.lock().unwrap().take().expect("the server saw the request");
    let page = rt.block_on(client.stages_source_list(&params)).expect("the generated client lists");
    assert_eq!(page.results.len(), 1);
    let generated_list = last();
    assert_eq!(rt.block_on(plain_list(&http, &base, &plain_params)).results.len(), 1);
    assert_eq!(generated_list, last(), "the same list request");
    assert!(generated_list.0.contains("stage_uuid="), "every parameter is sent: {}", generated_list.0);
    let created = rt.block_on(client.stages_source_create(&body)).expect("the generated client creates");
    assert_eq!(created.pk, STAGE);
    let generated_create = last();
    assert_eq!(rt.block_on(plain_create(&http, &base, &plain_body)).pk, STAGE);
    assert_eq!(generated_create, last(), "the same create request");

    let mut group = c.benchmark_group("requests");
    // Twice criterion's default: this machine's load moves a 5-second median by a third.
    group.measurement_time(std::time::Duration::from_secs(10));
    group.bench_function("list_generated", |b| {
        b.iter(|| rt.block_on(client.stages_source_list(black_box(&params))).unwrap())
    });
    group.bench_function("list_plain", |b| {
        b.iter(|| rt.block_on(plain_list(&http, &base, black_box(&plain_params))))
    });
    group.bench_function("create_generated", |b| {
        b.iter(|| rt.block_on(client.stages_source_create(black_box(&body))).unwrap())
    });
    group.bench_function("create_plain", |b| {
        b.iter(|| rt.block_on(plain_create(&http, &base, black_box(&plain_body))))
    });
    group.finish();
}

criterion_group!(benches, requests);
criterion_main!(benches);
