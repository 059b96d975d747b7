//! A server with more route templates than one `routes_N` function holds (200): the 410 operations
//! of `fixtures/many-routes.yaml` are added by routes_1, routes_2 and routes_3, and a request to an
//! operation of each reaches its own handler, from the generated client over loopback. Split at
//! 2,000 lines, the server declares its operations in one trait per tag.

use many_routes::client::{self, Client};
use many_routes::models::Echo;
use many_routes::server::*;

struct Echoes;

// `impl Api for Echoes` and an impl of each tag's trait, one method per operation answering with
// its number (from build.rs), and
// `OPERATIONS`, how many there are.
include!(concat!(env!("OUT_DIR"), "/many_routes_api.rs"));

async fn serve() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(async move { axum::serve(listener, router(Echoes)).await.expect("serve") });
    format!("http://{addr}")
}

fn echo(operation: i32, id: &str) -> Echo {
    Echo { operation, id: id.to_owned() }
}

/// The committed crate's files: `src/server.rs` and the parts it includes, or `src/client.rs` and its.
fn sources(stem: &str) -> Vec<(String, String)> {
    let src = concat!(env!("CARGO_MANIFEST_DIR"), "/../generated/many-routes/src");
    let mut files = vec![(format!("{stem}.rs"), std::fs::read_to_string(format!("{src}/{stem}.rs")).expect("the committed file"))];
    let mut parts: Vec<_> = std::fs::read_dir(format!("{src}/{stem}")).expect("its parts").map(|entry| entry.expect("a part").path()).collect();
    parts.sort();
    files.extend(parts.into_iter().map(|path| (path.display().to_string(), std::fs::read_to_string(&path).expect("a part"))));
    files
}

#[test]
fn the_router_adds_its_routes_through_three_functions() {
    let server: String = sources("server").into_iter().map(|(_, text)| text).collect();
    for n in 1..=3 {
        assert!(server.contains(&format!("fn routes_{n}<A: ApiOperations>")), "routes_{n} exists");
        assert!(server.contains(&format!("router = routes_{n}::<A>(router);")), "router_with calls routes_{n}");
    }
    assert!(!server.contains("fn routes_4<"), "410 templates fill three functions, not four");
    assert_eq!(OPERATIONS, 410);
}

#[test]
fn a_server_trait_longer_than_a_file_is_split_by_tag() {
    let server: String = sources("server").into_iter().map(|(_, text)| text).collect();
    // `Api` keeps what the operations share; each tag has a trait (a long one, two); the schema
    // `GammaApi` kept its name.
    let traits = ["AlphaApi", "BetaPart1Api", "BetaPart2Api", "UntaggedApi", "GammaApi2"];
    for name in traits {
        assert!(server.contains(&format!("pub trait {name}: Api {{")), "{name} is declared");
    }
    assert!(server.contains(&format!("pub trait ApiOperations: Api + {} {{}}", traits.join(" + "))));
    let api = server.split("pub trait Api: Send + Sync + 'static {").nth(1).and_then(|rest| rest.split("\n}\n").next()).expect("the trait Api");
    assert!(!api.contains("fn item"), "Api declares no operation");
    assert!(std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../generated/many-routes/src/models.rs")).expect("models").contains("pub struct GammaApi {"));
    // Which trait declares which operation is checked by the build: the implementations of the
    // traits (tests/build.rs) list the operations of each.
}

#[test]
fn no_file_is_much_longer_than_the_split() {
    // `split-lines = 2000`: a part ends before the item that would pass the limit, so a part
    // passes it by at most a closing brace or two.
    for stem in ["server", "client"] {
        let files = sources(stem);
        assert!(files.len() > 2, "the {stem} is split");
        for (path, text) in files {
            let lines = text.lines().count();
            assert!(lines <= 2010, "{path} has {lines} lines");
        }
    }
}

#[tokio::test]
async fn each_route_function_reaches_its_handlers() {
    let base = serve().await;
    let api = Client::new(&base);
    // The first and last template of routes_1 (1, 200), of routes_2 (201, 400), of routes_3 (401, 410).
    assert_eq!(api.item001("first").await.expect("item001"), echo(1, "first"));
    assert_eq!(api.item200("b-200").await.expect("item200"), echo(200, "b-200"));
    assert_eq!(api.item201("c-201").await.expect("item201"), echo(201, "c-201"));
    assert_eq!(api.item400("d-400").await.expect("item400"), echo(400, "d-400"));
    assert_eq!(api.item401("e-401").await.expect("item401"), echo(401, "e-401"));
    assert_eq!(api.item410("last").await.expect("item410"), echo(OPERATIONS, "last"));
    // An operation of each trait the server is split into.
    assert_eq!(api.item050("alpha").await.expect("item050"), echo(50, "alpha"));
    assert_eq!(api.item390("beta-2").await.expect("item390"), echo(390, "beta-2"));
    assert_eq!(api.item403("untagged").await.expect("item403"), echo(403, "untagged"));
    assert_eq!(api.item407("gamma").await.expect("item407"), echo(407, "gamma"));
    // The path parameter arrives decoded, whichever function added its route.
    assert_eq!(api.item300("a b/ç").await.expect("item300"), echo(300, "a b/ç"));
}

#[tokio::test]
async fn an_unknown_path_is_not_found() {
    let base = serve().await;
    let http = reqwest::Client::new();
    for path in ["/items411/x", "/items001", "/items001/x/y", "/nothing"] {
        let response = http.get(format!("{base}{path}")).send().await.expect("send");
        assert_eq!(response.status().as_u16(), 404, "{path}");
    }
    // The generated client sees the same answer as a status its operation does not document.
    let api = Client::new(format!("{base}/nothing"));
    match api.item001("x").await {
        Err(client::Error::UnexpectedStatus { status, .. }) => assert_eq!(status, 404),
        other => panic!("expected 404 for an unknown path, got {other:?}"),
    }
}

/// A `build.rs` module is one file: whatever `split-lines` says, it is not split, and its server
/// keeps one `Api` trait that declares every operation (split by tag, the traits would be named
/// after tags the including crate never sees in its settings).
#[test]
fn a_module_keeps_one_trait_whatever_the_split() {
    let spec = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/many-routes.yaml");
    let module = oagen::Settings::new(spec).split_lines(2000).tag_features(true).render_module().expect("module renders");
    assert!(!module.code.contains("include!"), "nothing is split out of a module");
    assert!(!module.code.contains("ApiOperations") && !module.code.contains("AlphaApi"), "no traits per tag");
    assert!(!module.code.contains("#[cfg(feature"), "no features per tag");
    let start = module.code.find("pub trait Api:").expect("the Api trait");
    let line_start = module.code[..start].rfind('\n').map_or(0, |at| at + 1);
    let indent = &module.code[line_start..start];
    let body = &module.code[start..];
    let body = &body[..body.find(&format!("\n{indent}}}\n")).expect("the trait ends")];
    let declared = body.matches(&format!("\n{indent}    fn ")).count();
    assert!(declared >= 410, "every operation is declared in `Api` ({declared} methods)");
    assert!(module.code.lines().count() > 2000, "the module is longer than the split it ignored");
}
