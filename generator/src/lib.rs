//! oagen: OpenAPI 3.0/3.1 descriptions in, Rust crates out (models that enforce the spec's
//! constraints, an async reqwest client, axum server stubs).
//!
//! The pipeline runs one way: [`load`] → [`ir`] (lowering) → [`emit`] → [`format`] → [`write`].
//! Use it from the `oagen` CLI, or from `build.rs`:
//!
//! ```no_run
//! let generated = oagen::Settings::new("spec/authentik-stages-source.yaml")
//!     .crate_name("authentik-stages-source")
//!     .render()
//!     .expect("spec generates");
//! for file in &generated.files {
//!     println!("{}: {} bytes", file.path, file.contents.len());
//! }
//! ```

pub mod cli;
pub mod diff;
pub mod emit;
pub mod error;
pub mod format;
pub mod ir;
pub mod load;
pub mod write;

use std::path::{Path, PathBuf};

pub use error::{Error, SpecError, SpecErrorKind, Warning};
pub use write::File;

/// What to generate from which spec.
#[derive(Debug, Clone)]
pub struct Settings {
    pub spec: PathBuf,
    /// The package name of the generated crate; derived from the spec's title when absent.
    pub crate_name: Option<String>,
    /// Every string enum keeps values the spec does not list (`Unknown(String)`), so clients
    /// survive servers that gained enum values. Servers still refuse unknown values in requests.
    pub enum_fallback: bool,
}

/// A generated crate, in memory.
#[derive(Debug)]
pub struct Generated {
    pub files: Vec<File>,
    pub warnings: Vec<Warning>,
    pub summary: Summary,
}

/// Counts for the end-of-run report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub types: usize,
    pub operations: usize,
    /// Rules (length, pattern, bounds, enums) the generated types check.
    pub constraints_enforced: usize,
    /// Rules reported as warnings and not checked.
    pub constraints_not_enforced: usize,
}

impl Settings {
    pub fn new(spec: impl Into<PathBuf>) -> Self {
        Self { spec: spec.into(), crate_name: None, enum_fallback: false }
    }

    pub fn enum_fallback(mut self, enabled: bool) -> Self {
        self.enum_fallback = enabled;
        self
    }

    pub fn crate_name(mut self, name: impl Into<String>) -> Self {
        self.crate_name = Some(name.into());
        self
    }

    /// The crate name to use for `ir`: the one set, or one made from the API's title.
    pub fn crate_name_for(&self, ir: &ir::Ir) -> String {
        match &self.crate_name {
            Some(name) => name.clone(),
            None => {
                let name = heck::ToKebabCase::to_kebab_case(
                    ir.api.title.chars().filter(|c| c.is_ascii_alphanumeric() || c.is_whitespace() || *c == '-' || *c == '_').collect::<String>().as_str(),
                );
                let name = if name.is_empty() { "api".to_owned() } else { name };
                if name.starts_with(|c: char| c.is_ascii_digit()) { format!("api-{name}") } else { format!("{name}-api") }
            }
        }
    }

    /// Runs the pipeline up to formatted files, without touching the disk.
    pub fn render(&self) -> Result<Generated, Error> {
        if let Some(name) = &self.crate_name {
            validate_crate_name(name)?;
        }
        let spec = load::load(&self.spec)?;
        let ir = ir::lower(&spec, ir::Options { enum_fallback: self.enum_fallback })?;
        let summary = summarize(&ir);
        // Each file is emitted and formatted on its own thread: models, client and server are
        // about the same size, and formatting dominates the run.
        let ir = &ir;
        let uses = &emit::Uses::of(ir);
        let results: Vec<Result<File, Error>> = std::thread::scope(|scope| {
            let jobs: Vec<_> = emit::CrateFile::ALL
                .into_iter()
                .map(|file| {
                    scope.spawn(move || {
                        let path = file.path();
                        let contents = format::format_file(path, emit::emit_file(ir, self, uses, file))?;
                        Ok(File { path: path.to_owned(), contents })
                    })
                })
                .collect();
            jobs.into_iter()
                .map(|job| job.join().unwrap_or_else(|_| Err(Error::Settings("internal error: an emitter panicked".into()))))
                .collect()
        });
        let files = results.into_iter().collect::<Result<Vec<_>, _>>()?;
        Ok(Generated { files, warnings: ir.warnings.clone(), summary })
    }

    /// The API as one Rust file of modules, for `build.rs`: write it to `OUT_DIR` and
    /// `include!` it. The including crate depends on serde, serde_json, reqwest, axum,
    /// form_urlencoded and serde_path_to_error (and uuid, chrono, regex, serde_urlencoded when the
    /// API needs them).
    pub fn render_module(&self) -> Result<String, Error> {
        let spec = load::load(&self.spec)?;
        let ir = ir::lower(&spec, ir::Options { enum_fallback: self.enum_fallback })?;
        format::format_file("module", emit::emit_module(&ir, self))
    }

    /// [`Settings::render_module`], written to `path` (atomically: a temporary file, then a rename).
    pub fn generate_module(&self, path: &Path) -> Result<(), Error> {
        let text = self.render_module()?;
        write::write_file(path, &text)
    }

    /// Generates the crate into `out`, replacing what is there atomically.
    pub fn generate(&self, out: &Path) -> Result<Generated, Error> {
        let generated = self.render()?;
        write::write_crate(out, &generated.files)?;
        Ok(generated)
    }

    /// Compares `out` with what would be generated; `Ok(None)` when identical, else a unified diff.
    pub fn check(&self, out: &Path) -> Result<Option<String>, Error> {
        let generated = self.render()?;
        let existing = write::read_crate(out);
        let mut diff = String::new();
        for file in &generated.files {
            let old = existing.iter().find(|e| e.path == file.path).map(|e| e.contents.as_str()).unwrap_or("");
            if old != file.contents {
                let text = similar::TextDiff::from_lines(old, &file.contents);
                diff.push_str(
                    &text.unified_diff().context_radius(3).header(&format!("a/{}", file.path), &format!("b/{}", file.path)).to_string(),
                );
            }
        }
        for stale in existing.iter().filter(|e| !generated.files.iter().any(|f| f.path == e.path)) {
            if stale.path == "Cargo.lock" {
                continue;
            }
            let text = similar::TextDiff::from_lines(stale.contents.as_str(), "");
            diff.push_str(&text.unified_diff().header(&format!("a/{}", stale.path), "/dev/null").to_string());
        }
        Ok(if diff.is_empty() { None } else { Some(diff) })
    }
}

fn validate_crate_name(name: &str) -> Result<(), Error> {
    let valid = !name.is_empty()
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && name.starts_with(|c: char| c.is_ascii_alphabetic());
    if valid {
        Ok(())
    } else {
        Err(Error::Settings(format!(
            "`{name}` is not a valid crate name: use ASCII letters, digits, `-` and `_`, starting with a letter"
        )))
    }
}

fn summarize(ir: &ir::Ir) -> Summary {
    use ir::TypeKind;
    let constraints_enforced = ir
        .types
        .iter()
        .map(|t| match &t.kind {
            TypeKind::Constrained(c) => c.rules.len(),
            TypeKind::Collection(c) => usize::from(c.min.is_some()) + usize::from(c.max.is_some()) + usize::from(c.unique),
            TypeKind::Union(u) => usize::from(u.discriminator.is_some()),
            TypeKind::StringEnum(_) => 1,
            _ => 0,
        })
        .sum();
    let constraints_not_enforced = ir.warnings.iter().filter(|w| w.unenforced).count();
    Summary { types: ir.types.len(), operations: ir.operations.len(), constraints_enforced, constraints_not_enforced }
}
