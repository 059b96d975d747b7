//! Exercises oagen the way a `build.rs` user does: the bundled spec's crate of the repository's
//! `oagen.toml` becomes one file of modules in `OUT_DIR`, which `build_rs.rs` includes.

fn main() {
    let config = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../oagen.toml");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("stages_source.rs");
    let crates = oagen::Settings::from_config(&config).unwrap_or_else(|err| panic!("oagen: {err}"));
    let Some(settings) = crates.into_iter().find(|c| c.crate_name.as_deref() == Some("authentik-stages-source")) else {
        panic!("oagen: {} lists no authentik-stages-source crate", config.display());
    };
    if let Err(err) = settings.generate_module(&out) {
        panic!("oagen: {err}");
    }
    // Spec text written to escape: included by `lib.rs`, its doc comments are this crate's, so
    // `cargo test --doc` would run any code block of the spec that became a doctest.
    let hostile = oagen::Settings::new(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/hostile/names.yaml"));
    let hostile_out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("hostile.rs");
    // Its warnings (numbers beyond i64) are expected: written without `cargo:warning` lines.
    let module = hostile.render_module().unwrap_or_else(|err| panic!("oagen: {err}"));
    std::fs::write(&hostile_out, module.code).unwrap_or_else(|err| panic!("{}: {err}", hostile_out.display()));
    println!("cargo:rerun-if-changed=fixtures/hostile/names.yaml");
    many_routes_api();
    // The settings file, the spec and every file the spec references.
    for line in settings.cargo_rerun_lines().unwrap_or_else(|err| panic!("oagen: {err}")) {
        println!("{line}");
    }
}

/// `many_routes.rs` serves every operation of `fixtures/many-routes.yaml`: one `GET /itemsNNN/{id}`
/// per line, all alike. The traits have no default methods, so their implementations are written
/// here, one method per operation answering with its number and the id it was given. Split at
/// 2,000 lines, the server declares the operations in one trait per first tag (the fixture's
/// header says which); a method in another trait than the one written here fails the build.
fn many_routes_api() {
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/many-routes.yaml");
    let spec = std::fs::read_to_string(&fixture).unwrap_or_else(|err| panic!("{}: {err}", fixture.display()));
    let operations = spec.lines().filter(|line| line.starts_with("  /items")).count();
    let mut code = format!("/// The operations of `fixtures/many-routes.yaml`.\nconst OPERATIONS: i32 = {operations};\n\nimpl Api for Echoes {{}}\n");
    let traits = [("AlphaApi", 1..=100), ("BetaPart1Api", 101..=385), ("BetaPart2Api", 386..=400), ("UntaggedApi", 401..=405), ("GammaApi2", 406..=410)];
    for (name, numbers) in traits {
        code += &format!("\nimpl {name} for Echoes {{\n");
        for n in numbers {
            code += &format!(
                "    async fn item{n:03}(self: std::sync::Arc<Self>, id: String, _request: axum::http::request::Parts) -> Item{n:03}Response {{\n        Item{n:03}Response::Ok(Echo {{ operation: {n}, id }})\n    }}\n"
            );
        }
        code += "}\n";
    }
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("many_routes_api.rs");
    std::fs::write(&out, code).unwrap_or_else(|err| panic!("{}: {err}", out.display()));
    println!("cargo:rerun-if-changed=fixtures/many-routes.yaml");
}
