//! The generated client against Prism (`@stoplight/prism-cli`), a mock server not written here:
//! each of the bundled spec's seven operations is called with every parameter set and realistic
//! bodies; a request Prism reports as breaking the spec (its `sl-violations` response header) or a
//! response that does not decode fails the test. `.ci/run` installs Prism; without it the test
//! says it is skipped.

use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use authentik_stages_source::client::{Client, Error, ResponseValue};
use authentik_stages_source::models::*;
use uuid::Uuid;

/// Prism's executable: `$PRISM`, or the copy `.ci/run` installs under the target directory.
fn prism() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("PRISM") {
        return Some(PathBuf::from(path)).filter(|p| p.exists());
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    [target, root.join("target")].into_iter().map(|t| t.join("prism/node_modules/.bin/prism")).find(|p| p.exists())
}

/// A running `prism mock`, stopped when dropped.
struct Mock {
    child: Child,
    base: String,
}

impl Drop for Mock {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(prism: &PathBuf, spec: &str) -> Mock {
    let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let child = Command::new(prism)
        .args(["mock", "-h", "127.0.0.1", "-p", &port.to_string()])
        .arg(root.join(spec))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("prism starts");
    let mock = Mock { child, base: format!("http://127.0.0.1:{port}") };
    let deadline = Instant::now() + Duration::from_secs(90);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "prism did not listen on {port} within 90 s");
        std::thread::sleep(Duration::from_millis(200));
    }
    mock
}

/// Fails on anything Prism found wrong with the request (or its own response).
fn no_violations<T>(operation: &str, response: &ResponseValue<T>) {
    let violations = response.headers().get("sl-violations").map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
    assert_eq!(violations, None, "{operation}: Prism reports violations");
}

fn ok<T, E: authentik_stages_source::client::ApiError + 'static>(operation: &str, result: Result<ResponseValue<T>, Error<E>>) -> ResponseValue<T> {
    match result {
        Ok(response) => {
            no_violations(operation, &response);
            response
        }
        Err(err) => {
            let violations = err.headers().and_then(|h| h.get("sl-violations")).map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
            panic!("{operation}: {err} (violations: {violations:?})")
        }
    }
}

fn flow(slug: &str) -> FlowSetRequest {
    FlowSetRequest {
        name: FlowSetRequestName::new("Default enrollment").expect("valid"),
        slug: FlowSetRequestSlug::new(slug).expect("valid"),
        title: FlowSetRequestTitle::new("Welcome to authentik").expect("valid"),
        designation: FlowDesignationEnum::Enrollment,
        policy_engine_mode: Some(PolicyEngineMode::Any),
        compatibility_mode: Some(false),
        layout: Some(FlowLayoutEnum::SidebarLeft),
        denied_action: Some(DeniedActionEnum::MessageContinue),
    }
}

fn stage(name: &str, source: Uuid) -> SourceStageRequest {
    SourceStageRequest {
        name: SourceStageRequestName::new(name).expect("valid"),
        flow_set: Some(vec![flow("default-source-enrollment"), flow("github-enrollment")]),
        source,
        resume_timeout: Some(SourceStageRequestResumeTimeout::new("minutes=10").expect("valid")),
    }
}

#[tokio::test]
async fn every_operation_against_prism_mock() {
    let Some(prism) = prism() else {
        assert!(std::env::var_os("OAGEN_REQUIRE_PRISM").is_none(), "OAGEN_REQUIRE_PRISM is set and Prism is not installed");
        println!("skipped: Prism is not installed (`.ci/run` installs it; or set PRISM=/path/to/prism)");
        return;
    };
    let mock = start(&prism, "spec/authentik-stages-source.yaml");
    let api = Client::new(&mock.base).with_bearer_token("ak-token-0123456789");
    let (pk, source) = (Uuid::new_v4(), Uuid::new_v4());

    let params = StagesSourceListParams {
        name: Some("github-return".into()),
        ordering: Some("-name".into()),
        page: Some(2),
        page_size: Some(20),
        resume_timeout: Some("minutes=10".into()),
        search: Some("git hub".into()),
        source: Some(source),
        stage_uuid: Some(pk),
    };
    let page = ok("stages_source_list", api.stages_source_list_with_response(&params).await);
    assert_eq!(page.status(), 200);
    let created = ok("stages_source_create", api.stages_source_create_with_response(&stage("github-return", source)).await);
    assert_eq!(created.status(), 201);
    ok("stages_source_retrieve", api.stages_source_retrieve_with_response(&pk).await);
    ok("stages_source_update", api.stages_source_update_with_response(&pk, &stage("github-return-2", source)).await);
    let patch = PatchedSourceStageRequest {
        name: Some(PatchedSourceStageRequestName::new("renamed").expect("valid")),
        flow_set: Some(vec![flow("renamed-enrollment")]),
        source: Some(source),
        resume_timeout: Some(PatchedSourceStageRequestResumeTimeout::new("hours=1").expect("valid")),
    };
    ok("stages_source_partial_update", api.stages_source_partial_update_with_response(&pk, Some(&patch)).await);
    let destroyed = ok("stages_source_destroy", api.stages_source_destroy_with_response(&pk).await);
    assert_eq!(destroyed.status(), 204);
    ok("stages_source_used_by_list", api.stages_source_used_by_list_with_response(&pk).await);
    // The check is not vacuous: a request that breaks the spec is reported in the header.
    let url = format!("{}/stages/source/?stage_uuid=not-a-uuid&page=two", mock.base);
    let raw = reqwest::Client::new().get(url).bearer_auth("ak-token-0123456789").send().await.expect("prism answers");
    assert!(raw.headers().contains_key("sl-violations"), "{:?}", raw.headers());
    println!("prism mock: 7 of 7 operations called without violations and decoded");
}
