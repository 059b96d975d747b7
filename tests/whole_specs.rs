//! Whole real specs: the three authentik versions and the dev corpus. Each authentik crate holds
//! every operation in both client and server; no spec makes the generator panic. (Compiling the
//! authentik crates is `.ci/run`'s job; `tests/corpus.sh` compiles the corpus.)

use oagen::{Settings, WarningKind};
use oagen_tests::shared_dir;

fn count(text: &str, needle: &str) -> usize {
    text.matches(needle).count()
}

fn file<'a>(generated: &'a oagen::Generated, path: &str) -> &'a str {
    &generated.files.iter().find(|f| f.path == path).expect("file generated").contents
}

#[test]
fn authentik_crates_hold_every_operation() {
    let Some(shared) = shared_dir() else {
        println!("skipped: ../shared is absent");
        return;
    };
    for (version, operations) in [("2024.8.3", 921), ("2025.6.4", 1007), ("2026.11.0-rc1", 1192)] {
        let spec = shared.join(format!("specs/authentik-{version}.yml"));
        let generated = Settings::new(&spec).crate_name("authentik").split_lines(0).render().expect("authentik generates");
        assert_eq!(generated.summary.operations, operations, "{version}");
        let client = file(&generated, "src/client.rs");
        let server = file(&generated, "src/server.rs");
        // Each operation has its method and its `_with_response` twin; the schema (JSON or YAML)
        // and, since 2025, SAML (and WS-Federation) providers' metadata (JSON or XML) also
        // `_with_accept`: 1, 2 and 3 operations.
        let choices = client
            .lines()
            .filter(|l| (l.starts_with("    pub fn ") || l.starts_with("    pub async fn ")) && (l.contains("_with_accept<'a>(") || l.contains("_with_content_type<'a>(")))
            .count();
        // Operation methods are the functions that borrow for `'a` (the futures they return).
        let methods = client.lines().filter(|l| (l.starts_with("    pub fn ") || l.starts_with("    pub async fn ")) && l.contains("<'a>(")).count();
        assert_eq!(methods, 2 * operations + choices, "{version}: one client method per operation");
        assert!(client.contains("    pub async fn schema_retrieve_with_accept<'a>("), "{version}");
        let expected = match version {
            "2024.8.3" => 1,
            "2025.6.4" => 2,
            _ => 3,
        };
        assert_eq!(choices, expected, "{version}: only the schema and providers' metadata come in several media types");
        // Handlers are plain functions handing their parser to a shared driver, multipart ones
        // included.
        let handlers = count(server, "\nfn handle_");
        assert_eq!(count(server, "\nasync fn handle_"), 0, "{version}: no handler awaits on its own");
        assert_eq!(handlers, operations, "{version}: one server handler per operation");
        assert_eq!(count(server, "handle_") - operations, operations, "{version}: every handler is routed");
        // More than 200 route templates are added by `routes_N` functions of 200, each called once.
        let templates = count(server, ".route(");
        let functions = templates.div_ceil(200);
        assert!(functions > 1, "{version}: {templates} templates");
        assert_eq!(count(server, "\nfn routes_"), functions, "{version}: one function per 200 templates");
        for n in 1..=functions {
            assert_eq!(count(server, &format!("router = routes_{n}::<A>(router);")), 1, "{version}: routes_{n} is called");
        }
        // authentik documents 403 for failed authentication, and so the server answers 403; an
        // operation that documents 401 (2024.8.3's impersonation) answers 401.
        let raw: serde_json::Value = serde_yaml::from_str(&std::fs::read_to_string(&spec).expect("read")).expect("yaml");
        let mut documents_401 = std::collections::BTreeSet::new();
        let mut anonymous = std::collections::BTreeSet::new();
        for item in raw["paths"].as_object().expect("paths").values() {
            for op in item.as_object().expect("item").values() {
                let id = op["operationId"].as_str().expect("id").to_owned();
                if op["responses"].get("401").is_some() {
                    documents_401.insert(id.clone());
                }
                let security = op["security"].as_array().cloned().unwrap_or_default();
                if security.is_empty() || security.iter().any(|r| r.as_object().is_some_and(|r| r.is_empty())) {
                    anonymous.insert(id);
                }
            }
        }
        for handler in server.split("fn handle_").skip(1) {
            let name = handler.split('<').next().expect("name");
            if anonymous.contains(name) {
                assert!(!handler.contains("Guard::required("), "{version}: {name} allows anonymous calls");
                continue;
            }
            let status = if documents_401.contains(name) { "StatusCode::UNAUTHORIZED" } else { "StatusCode::FORBIDDEN" };
            assert!(handler.contains("Guard::required(") && handler.contains(status), "{version}: {name} should answer {status}");
        }
        let again = Settings::new(&spec).crate_name("authentik").split_lines(0).render().expect("second run");
        assert!(generated.files == again.files, "{version}: output is deterministic");
    }
}

/// A long file keeps its first stretch and includes the rest from parts: every line of code is
/// still there once, each part is near the limit, and the file includes every part in order. The
/// server's `Api` trait, which cannot be split, gives way to one trait per tag.
#[test]
fn long_files_are_split_into_included_parts() {
    let Some(shared) = shared_dir() else {
        println!("skipped: ../shared is absent");
        return;
    };
    let spec = shared.join("specs/authentik-2026.11.0-rc1.yml");
    let whole = Settings::new(&spec).crate_name("authentik").split_lines(0).render().expect("whole files");
    let split = Settings::new(&spec).crate_name("authentik").split_lines(10_000).render().expect("split files");
    // Lines of code, ignoring what splitting adds: blank lines, includes, the note, and the
    // `impl Client {` / `}` pairs that close a block at the end of a part and reopen it.
    let code_lines = |text: &str| -> Vec<String> {
        let mut lines: Vec<String> = text
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with("include!(") && !l.starts_with("// The rest of this file") && *l != "impl Client {" && *l != "}")
            .map(str::to_owned)
            .collect();
        lines.sort();
        lines
    };
    for path in ["src/models.rs", "src/client.rs", "src/server.rs"] {
        let stem = path.trim_end_matches(".rs");
        let parts: Vec<&oagen::File> = split.files.iter().filter(|f| f.path == *path || f.path.starts_with(&format!("{stem}/"))).collect();
        assert!(parts.len() > 2, "{path} is split ({} files)", parts.len());
        let root = &parts[0].contents;
        for part in &parts[1..] {
            let name = part.path.trim_start_matches("src/");
            assert!(root.contains(&format!("include!(\"{name}\");")), "{path} includes {name}");
        }
        for part in &parts {
            let lines = part.contents.lines().count();
            // The file itself also holds its includes and the line that says so.
            let includes = part.contents.lines().filter(|l| l.starts_with("include!(")).count();
            let limit = 10_000 + if includes > 0 { includes + 2 } else { 0 };
            assert!(lines <= limit, "{} has {lines} lines", part.path);
        }
        let joined: String = parts.iter().map(|p| p.contents.as_str()).collect();
        if path == "src/server.rs" {
            // One `Api` trait would pass 10,000 lines: the operations are declared by tag instead,
            // and the router asks for all of those traits.
            assert!(joined.contains("pub trait ApiOperations: Api + "), "the traits of each tag are gathered");
            assert!(joined.contains("pub fn router<A: ApiOperations>("));
            assert!(joined.contains("pub trait StagesApi: Api {"), "the tag `stages` has its trait");
            assert!(!file(&whole, path).contains("pub trait StagesApi"), "unsplit, `Api` declares every operation");
            continue;
        }
        assert_eq!(code_lines(&joined), code_lines(file(&whole, path)), "{path}: the same code, split");
    }
}

#[test]
fn no_corpus_spec_makes_the_generator_panic() {
    let Some(shared) = shared_dir() else {
        println!("skipped: ../shared is absent");
        return;
    };
    let mut specs: Vec<_> = std::fs::read_dir(shared.join("corpus/dev"))
        .expect("corpus")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json" || e == "yaml" || e == "yml"))
        .collect();
    specs.sort();
    assert_eq!(specs.len(), 30);
    let mut generated = 0;
    for spec in &specs {
        let outcome = std::panic::catch_unwind(|| Settings::new(spec).render());
        match outcome {
            Ok(Ok(_)) => generated += 1,
            Ok(Err(err)) => println!("{}: {err}", spec.display()),
            Err(_) => panic!("{} made the generator panic", spec.display()),
        }
    }
    assert!(generated >= 29, "{generated} of 30 corpus specs generate");
}

#[test]
fn unenforceable_rules_are_reported_by_schema() {
    let spec = oagen_tests::repo_root().join("tests/fixtures/constructs.yaml");
    let generated = Settings::new(spec).render().expect("generates");
    let warning = generated
        .warnings
        .iter()
        .find(|w| w.pointer == "/components/schemas/Pet/properties/password/pattern")
        .expect("the lookahead pattern is reported");
    assert_eq!(warning.kind, WarningKind::UnenforcedRule);
    assert!(warning.message.contains("Pet.password"), "{warning}");
    assert_eq!(generated.summary.constraints_not_enforced, 1);
    assert!(generated.summary.constraints_enforced > 20);
}

#[test]
fn duplicate_routes_and_unrepresentable_numbers_are_reported() {
    let spec = oagen_tests::repo_root().join("tests/fixtures/odd-numbers.yaml");
    let generated = Settings::new(spec).render().expect("generates");
    let of_kind = |kind: WarningKind| generated.warnings.iter().filter(move |w| w.kind == kind);
    let routes: Vec<&str> = of_kind(WarningKind::Unroutable).map(|w| w.pointer.as_str()).collect();
    assert_eq!(routes, ["/paths/~1a~1{y}/get"], "the second GET /a/{{y}} is reported");
    let infinite = of_kind(WarningKind::UnenforcedRule)
        .find(|w| w.pointer == "/components/schemas/Reading/properties/level/maximum")
        .expect("`maximum: .inf` is reported as a rule not enforced");
    assert!(infinite.message.contains(".inf"), "{infinite}");
    for schema in ["Ping", "Pong", "Nested"] {
        let cycle = generated
            .warnings
            .iter()
            .find(|w| w.pointer == format!("/components/schemas/{schema}"))
            .expect("a self-naming alias is reported");
        assert!(cycle.is_unenforced() && cycle.message.contains("any JSON value"), "{cycle}");
        assert!(file(&generated, "src/models.rs").contains(&format!("pub type {schema} = serde_json::Value;")));
    }
    assert_eq!(generated.summary.constraints_not_enforced, 4);
    let server = file(&generated, "src/server.rs");
    assert_eq!(count(server, ".route("), 1, "one route, so the router cannot panic on a duplicate");
    assert!(!server.contains("handle_second"));
    assert!(file(&generated, "src/client.rs").contains("pub fn second<'a>("), "the client still calls it");
}
