//! `example-server` under concurrent load over loopback: 8 tasks × 200 mixed reads and writes.
//! No 5xx, every body parses as the spec's type for its status, and the final state agrees with
//! what the responses said.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Instant;

use authentik_stages_source::models::*;
use example_server::{RouterConfig, Stages};
use uuid::Uuid;

const TOKEN: &str = "concurrency-token";
const TASKS: u64 = 8;
const REQUESTS_PER_TASK: usize = 200;

/// What a task believes about the stages it created: name, source and resume timeout.
type Expected = BTreeMap<Uuid, (String, Uuid, Option<String>)>;

/// A small deterministic generator (xorshift), one per task.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, sides: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % sides
    }
}

struct Client {
    http: reqwest::Client,
    base: String,
}

impl Client {
    async fn send(&self, method: reqwest::Method, path: &str, body: Option<serde_json::Value>) -> (u16, Vec<u8>) {
        let mut request = self.http.request(method, format!("{}{path}", self.base)).bearer_auth(TOKEN);
        if let Some(body) = body {
            request = request.header("content-type", "application/json").body(body.to_string());
        }
        let response = request.send().await.expect("send");
        let status = response.status().as_u16();
        assert!(status < 500, "{path}: {status}");
        (status, response.bytes().await.expect("body").to_vec())
    }
}

fn parse<T: serde::de::DeserializeOwned>(what: &str, bytes: &[u8]) -> T {
    serde_json::from_slice(bytes).unwrap_or_else(|err| panic!("{what}: {err}: {}", String::from_utf8_lossy(bytes)))
}

fn stage_request(task: u64, n: usize, source: Uuid) -> serde_json::Value {
    serde_json::json!({
        "name": format!("task{task}-stage{n}"),
        "source": source,
        "resume_timeout": format!("minutes={n}"),
        "flow_set": [{"name": "flow", "slug": format!("flow-{task}-{n}"), "title": "Flow", "designation": "authentication"}],
    })
}

/// One task's mixed workload; returns what it expects the server to hold for it, and the
/// number of answers per status.
async fn workload(client: Arc<Client>, task: u64) -> (Expected, BTreeMap<u16, usize>) {
    let mut dice = Dice(0x9e37_79b9_7f4a_7c15 ^ (task + 1));
    let mut expected = Expected::new();
    let mut statuses = BTreeMap::new();
    for n in 0..REQUESTS_PER_TASK {
        let own: Vec<Uuid> = expected.keys().copied().collect();
        let pick = (!own.is_empty()).then(|| own[dice.roll(own.len() as u64) as usize]);
        let roll = dice.roll(100);
        let status = match (roll, pick) {
            (0..30, _) | (_, None) => {
                let source = Uuid::new_v4();
                let (status, body) = client.send(reqwest::Method::POST, "/stages/source/", Some(stage_request(task, n, source))).await;
                assert_eq!(status, 201);
                let stage: SourceStage = parse("create", &body);
                assert_eq!(stage.source, source);
                expected.insert(stage.pk, (stage.name, stage.source, stage.resume_timeout));
                status
            }
            (30..45, Some(pk)) => {
                let (status, body) = client.send(reqwest::Method::GET, &format!("/stages/source/{pk}/"), None).await;
                assert_eq!(status, 200);
                let stage: SourceStage = parse("retrieve", &body);
                assert_eq!((&stage.name, &stage.source, &stage.resume_timeout), {
                    let (name, source, timeout) = &expected[&pk];
                    (name, source, timeout)
                });
                status
            }
            (45..55, Some(pk)) => {
                let source = Uuid::new_v4();
                let (status, body) = client.send(reqwest::Method::PUT, &format!("/stages/source/{pk}/"), Some(stage_request(task, n, source))).await;
                assert_eq!(status, 200);
                let stage: SourceStage = parse("update", &body);
                assert_eq!(stage.pk, pk);
                expected.insert(pk, (stage.name, stage.source, stage.resume_timeout));
                status
            }
            (55..70, Some(pk)) => {
                let patch = serde_json::json!({"name": format!("task{task}-patched{n}")});
                let (status, body) = client.send(reqwest::Method::PATCH, &format!("/stages/source/{pk}/"), Some(patch)).await;
                assert_eq!(status, 200);
                let stage: SourceStage = parse("partial update", &body);
                assert_eq!(stage.name, format!("task{task}-patched{n}"));
                if let Some(entry) = expected.get_mut(&pk) {
                    entry.0 = stage.name;
                }
                status
            }
            (70..80, Some(pk)) => {
                let (status, body) = client.send(reqwest::Method::DELETE, &format!("/stages/source/{pk}/"), None).await;
                assert_eq!(status, 204);
                assert!(body.is_empty());
                expected.remove(&pk);
                let (status, body) = client.send(reqwest::Method::GET, &format!("/stages/source/{pk}/"), None).await;
                assert_eq!(status, 403, "a destroyed stage is gone");
                let _: GenericError = parse("retrieve after destroy", &body);
                204
            }
            (80..95, _) => {
                let path = format!("/stages/source/?search=task{task}-&ordering=-name&page_size=7&page={}", 1 + dice.roll(3));
                let (status, body) = client.send(reqwest::Method::GET, &path, None).await;
                assert_eq!(status, 200);
                let page: PaginatedSourceStageList = parse("list", &body);
                assert!(page.results.len() <= 7);
                assert!(page.results.iter().all(|s| s.name.starts_with(&format!("task{task}-"))));
                assert!(page.results.windows(2).all(|w| w[0].name >= w[1].name), "ordered by -name");
                status
            }
            (_, Some(pk)) => {
                let (status, body) = client.send(reqwest::Method::GET, &format!("/stages/source/{pk}/used_by/"), None).await;
                assert_eq!(status, 200);
                let used: Vec<UsedBy> = parse("used_by", &body);
                assert_eq!(used.len(), 1);
                status
            }
        };
        *statuses.entry(status).or_default() += 1;
    }
    (expected, statuses)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn eight_tasks_of_mixed_requests_leave_a_consistent_state() {
    let stages = Arc::new(Stages::new(TOKEN));
    let app = example_server::app(Arc::clone(&stages), RouterConfig::default());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(async move { axum::serve(listener, app).await.expect("serve") });
    let client = Arc::new(Client { http: reqwest::Client::new(), base: format!("http://{addr}/api/v3") });

    let started = Instant::now();
    let tasks: Vec<_> = (0..TASKS).map(|task| tokio::spawn(workload(Arc::clone(&client), task))).collect();
    let mut expected = Expected::new();
    let mut statuses: BTreeMap<u16, usize> = BTreeMap::new();
    for task in tasks {
        let (own, counts) = task.await.expect("task");
        expected.extend(own);
        for (status, count) in counts {
            *statuses.entry(status).or_default() += count;
        }
    }
    let elapsed = started.elapsed();
    let total: usize = statuses.values().sum();
    println!("{total} requests (and a check after each destroy) in {elapsed:?}; answers by status: {statuses:?}");
    assert_eq!(total, TASKS as usize * REQUESTS_PER_TASK);

    // The server holds exactly what the answers said, seen both inside and over HTTP.
    let held: BTreeMap<Uuid, (String, Uuid, Option<String>)> =
        stages.snapshot().into_iter().map(|(pk, s)| (pk, (s.name, s.source, s.resume_timeout))).collect();
    assert_eq!(held, expected);
    let mut listed = BTreeMap::new();
    let mut page = 1;
    loop {
        let (status, body) = client.send(reqwest::Method::GET, &format!("/stages/source/?page_size=100&page={page}"), None).await;
        assert_eq!(status, 200);
        let list: PaginatedSourceStageList = parse("final list", &body);
        assert_eq!(list.pagination.count as usize, expected.len());
        listed.extend(list.results.into_iter().map(|s| (s.pk, (s.name, s.source, s.resume_timeout))));
        if list.pagination.next == 0.0 {
            break;
        }
        page += 1;
    }
    assert_eq!(listed, expected);
}
