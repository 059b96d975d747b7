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
    // The settings file, the spec and every file the spec references.
    for line in settings.cargo_rerun_lines().unwrap_or_else(|err| panic!("oagen: {err}")) {
        println!("{line}");
    }
}
