//! Exercises oagen the way a `build.rs` user does: the bundled spec becomes one file of modules in
//! `OUT_DIR`, which `build_rs.rs` includes.

fn main() {
    let spec = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/authentik-stages-source.yaml");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("stages_source.rs");
    if let Err(err) = oagen::Settings::new(&spec).generate_module(&out) {
        panic!("oagen: {err}");
    }
    println!("cargo:rerun-if-changed={}", spec.display());
}
