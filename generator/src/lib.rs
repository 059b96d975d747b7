//! oagen: OpenAPI 3.0/3.1 descriptions in, Rust crates out (models that enforce the spec's
//! constraints, an async reqwest client, axum server stubs).
//!
//! The pipeline runs one way: `load` → `ir` (lowering) → `emit` → `format` → `write`, each a private
//! module; [`Settings`] is the way in, and [`Generated`] (or [`Module`]) what comes out.
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

mod check;
pub mod cli;
mod config;
pub mod diff;
mod emit;
mod error;
mod filter;
mod format;
mod guard;
mod ir;
mod load;
mod provenance;
mod rerun;
mod write;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub use check::{CheckReport, SpecMoved};
pub use error::{Error, SpecError, SpecErrorKind, Warning, WarningKind};
pub use filter::Filter;
pub use write::File;


/// The pipeline's stages one at a time, for the benchmark and the IR dump; not a stable API.
#[doc(hidden)]
pub mod stages {
    use std::path::Path;

    use crate::Error;

    /// Reads and parses a spec (stage 1).
    pub fn load(path: &Path) -> Result<(), Error> {
        crate::load::load(path).map(drop)
    }

    /// Loads and lowers a spec (stages 1 and 2).
    pub fn lower(path: &Path) -> Result<(), Error> {
        let spec = crate::load::load(path)?;
        crate::ir::lower(&spec, crate::ir::Options::default()).map(drop)
    }

    /// Loads and lowers a spec and makes the tokens of every file of the full crate, without
    /// printing them (stages 1 to 3): what the pipeline costs before the formatter, for the bench.
    pub fn emit(path: &Path) -> Result<(), Error> {
        let spec = crate::load::load(path)?;
        let ir = crate::ir::lower(&spec, crate::ir::Options::default())?;
        let settings = crate::Settings::new(path);
        for file in crate::emit::CrateFile::ALL {
            if let crate::emit::Emitted::Rust(parts) = crate::emit::emit_file(&ir, &settings, file) {
                parts.iter().for_each(|part| drop(part.tokens()));
            }
        }
        Ok(())
    }

    /// The component schemas a filter keeps of a spec (in the document's order).
    pub fn kept_schemas(path: &Path, filter: &crate::Filter) -> Result<Vec<String>, Error> {
        let mut spec = crate::load::load(path)?;
        crate::filter::apply(&mut spec, filter)?;
        Ok(spec.document.components.map(|c| c.schemas.keys().cloned().collect()).unwrap_or_default())
    }

    /// Parses spec text as if read from `spec.yaml` (stage 1), touching no file: the `load` fuzz target.
    pub fn load_text(text: &str) -> Result<(), Error> {
        crate::load::parse(Path::new("spec.yaml"), text.to_owned()).map(drop)
    }

    /// Parses and lowers spec text and, with `emit`, emits and formats every file of the crate,
    /// touching no file: the `lower` fuzz target. Panics are not caught, so the fuzzer sees them.
    pub fn lower_text(text: &str, emit: bool) -> Result<(), Error> {
        let spec = crate::load::parse(Path::new("spec.yaml"), text.to_owned())?;
        let ir = crate::ir::lower(&spec, crate::ir::Options::default())?;
        if emit {
            let settings = crate::Settings::new("spec.yaml");
            for file in crate::emit::CrateFile::ALL {
                crate::format::format_file(file.path(), crate::emit::emit_file(&ir, &settings, file))?;
            }
        }
        Ok(())
    }

    /// The lowered IR as readable text (what `oagen ir` prints).
    pub fn dump_ir(settings: &crate::Settings) -> Result<String, Error> {
        Ok(settings.lower(&mut crate::Timings::default())?.0.dump())
    }
}

/// The stack of the threads that load, lower and render: reserved address space, used as needed.
pub(crate) const DEEP_STACK: usize = 64 << 20;

/// Runs `f` on a thread with a 64 MiB stack and returns its result (on the caller's thread when no
/// thread can be started). Loading and lowering recurse once per level of a document's nesting;
/// the parsers' limits (128 levels) allow more than the 2 MiB of a test's or a build script's
/// thread holds in a debug build. A panic in `f` goes on in the caller.
pub(crate) fn with_deep_stack<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    both(f, || ()).0
}

/// Runs `a` on a thread with a 64 MiB stack and `b` here, at once, and returns both results; one
/// after the other when no thread can be started. A panic in either goes on in the caller.
pub(crate) fn both<A: Send, B>(a: impl FnOnce() -> A + Send, b: impl FnOnce() -> B) -> (A, B) {
    let mut a = Some(a);
    let mut run = || a.take().map(|a| a());
    let (spawned, b) = std::thread::scope(|scope| {
        let thread = std::thread::Builder::new().name("oagen-deep".into()).stack_size(DEEP_STACK).spawn_scoped(scope, &mut run);
        let b = b();
        (thread.ok().map(|thread| thread.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))), b)
    });
    match spawned.flatten() {
        Some(a) => (a, b),
        // The thread could not start, so `a` is still here.
        None => (run().unwrap_or_else(|| unreachable!("a runs once")), b),
    }
}

/// What to generate from which spec.
#[derive(Debug, Clone)]
pub struct Settings {
    pub spec: PathBuf,
    /// The package name of the generated crate; derived from the spec's title when absent.
    pub crate_name: Option<String>,
    /// Every string enum keeps values the spec does not list (`Unknown(String)`), so clients
    /// survive servers that gained enum values. Servers still refuse unknown values in requests.
    pub enum_fallback: bool,
    /// Where the crate goes, when a settings file says (the CLI's `--out` otherwise).
    pub out: Option<PathBuf>,
    /// The settings file these came from: `build.rs` reruns when it changes.
    pub settings_file: Option<PathBuf>,
    /// Which parts of the crate to write.
    pub parts: Parts,
    /// Which operations to keep; the schemas they reach are kept with them.
    pub filter: Filter,
    /// Component schema name → the user's Rust type that stands for it.
    pub type_replacements: BTreeMap<String, String>,
    /// Derives added to every model type.
    pub extra_derives: Vec<String>,
    /// `generate` may replace an output directory oagen did not generate (a non-empty directory
    /// without oagen's `Cargo.toml` header). Never a file, nor a directory holding the spec.
    /// A command-line choice (`--force`), deliberately not a settings-file key.
    pub force: bool,
    /// The client checks the spec's constraints (lengths, patterns, bounds) on the responses it
    /// decodes; when false it only checks types and required fields (`check-responses = false`).
    pub check_responses: bool,
    /// Operations that follow a detectable pagination convention get a `<operation>_stream`
    /// method (`pagination = false` switches it off).
    pub pagination: bool,
    /// Warning kinds that fail `generate` (exit 2, nothing written) instead of being reported:
    /// `--deny-warnings` for CI.
    pub deny_warnings: Vec<WarningKind>,
    /// A generated file longer than this many lines keeps its first stretch and `include!`s the
    /// rest from parts of about this size (`src/client/part_002.rs`, ...); 0 never splits.
    pub split_lines: usize,
    /// The crate has a Cargo feature per tag (`tag-stages`, ..., all on by default), so a user
    /// compiles only the operations of the tags they enable and the types those reach.
    pub tag_features: bool,
}

/// Files longer than this are split by default: editors and rustc slow down on longer ones, and
/// the largest real APIs give files of over a million lines.
pub const DEFAULT_SPLIT_LINES: usize = 25_000;

/// The parts of a generated crate. Models are always there: the client and the server use them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parts {
    pub models: bool,
    pub client: bool,
    pub server: bool,
}

impl Default for Parts {
    fn default() -> Self {
        Self { models: true, client: true, server: true }
    }
}

impl Parts {
    fn validate(self) -> Result<(), String> {
        if self.models {
            Ok(())
        } else {
            Err("`parts` must include `models`: the client and the server are written in terms of them".into())
        }
    }
}

/// A generated crate, in memory.
#[derive(Debug)]
pub struct Generated {
    pub files: Vec<File>,
    pub warnings: Vec<Warning>,
    pub summary: Summary,
    /// How long each stage took (`oagen generate --timings`).
    pub timings: Timings,
}

/// Wall time per stage of one run, in the order the stages ran: `load`, `filter` (with filters),
/// `lower`, then one entry per file (made and formatted), then `write`.
#[derive(Debug, Clone, Default)]
pub struct Timings {
    pub stages: Vec<(String, std::time::Duration)>,
}

impl Timings {
    /// Runs `stage`, recording how long it took under `name`.
    fn time<T>(&mut self, name: &str, stage: impl FnOnce() -> T) -> T {
        let start = std::time::Instant::now();
        let result = stage();
        self.stages.push((name.to_owned(), start.elapsed()));
        result
    }
}

/// The API as one file of modules, for `build.rs` (see [`Settings::render_module`]).
#[derive(Debug)]
pub struct Module {
    pub code: String,
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
    /// What a filter kept, when one was set.
    pub filtered: Option<Filtered>,
    /// Inline enums and constrained values identical to another, made aliases of it.
    pub shared_types: usize,
}

/// What a filter kept, next to what the whole spec has (the kept operations are in [`Summary`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Filtered {
    pub operations_total: usize,
    /// Component schemas the kept operations reach, and all the spec has.
    pub schemas: usize,
    pub schemas_total: usize,
}

impl Settings {
    pub fn new(spec: impl Into<PathBuf>) -> Self {
        Self {
            spec: spec.into(),
            crate_name: None,
            enum_fallback: false,
            out: None,
            settings_file: None,
            parts: Parts::default(),
            filter: Filter::default(),
            type_replacements: BTreeMap::new(),
            extra_derives: Vec::new(),
            force: false,
            deny_warnings: Vec::new(),
            check_responses: true,
            pagination: true,
            split_lines: DEFAULT_SPLIT_LINES,
            tag_features: false,
        }
    }

    /// The settings of every crate listed in a settings file (`oagen.toml`), paths resolved
    /// against the file's directory. Unknown keys and invalid values are errors with their line.
    pub fn from_config(path: impl AsRef<Path>) -> Result<Vec<Settings>, Error> {
        config::read(path.as_ref())
    }

    pub fn parts(mut self, parts: Parts) -> Self {
        self.parts = parts;
        self
    }

    pub fn filter(mut self, filter: Filter) -> Self {
        self.filter = filter;
        self
    }

    /// Use the Rust type `rust` (a path, e.g. `chrono::DateTime<chrono::Utc>`) for the component
    /// schema `schema`.
    pub fn replace_type(mut self, schema: impl Into<String>, rust: impl Into<String>) -> Self {
        self.type_replacements.insert(schema.into(), rust.into());
        self
    }

    /// Add `derive` (a path, e.g. `Hash`) to the derives of every model type.
    pub fn derive(mut self, derive: impl Into<String>) -> Self {
        self.extra_derives.push(derive.into());
        self
    }

    /// The files a `build.rs` must watch: the settings file, the spec and every file it references.
    pub fn rerun_if_changed(&self) -> Result<Vec<PathBuf>, Error> {
        let mut paths: Vec<PathBuf> = self.settings_file.iter().cloned().collect();
        paths.extend(rerun::spec_files(&self.spec)?);
        Ok(paths)
    }

    /// [`Settings::rerun_if_changed`] as the `cargo:rerun-if-changed=` lines `build.rs` prints.
    pub fn cargo_rerun_lines(&self) -> Result<Vec<String>, Error> {
        Ok(self.rerun_if_changed()?.iter().map(|p| format!("cargo:rerun-if-changed={}", p.display())).collect())
    }

    /// Allow `generate` to replace a directory oagen did not generate (see [`Settings::force`]).
    pub fn force(mut self, enabled: bool) -> Self {
        self.force = enabled;
        self
    }

    /// Whether the client checks constraints on the responses it decodes (default: yes). Without,
    /// a server that loosened a rule (authentik 2026 raised a token's `maxLength` from 16 to 100)
    /// still answers old clients; types and required fields are checked either way.
    pub fn check_responses(mut self, enabled: bool) -> Self {
        self.check_responses = enabled;
        self
    }

    /// A Cargo feature per tag; see [`Settings::tag_features`](Settings#structfield.tag_features).
    pub fn tag_features(mut self, on: bool) -> Self {
        self.tag_features = on;
        self
    }

    /// Splits generated files longer than `lines` lines into parts (0: never); see
    /// [`Settings::split_lines`](Settings#structfield.split_lines).
    pub fn split_lines(mut self, lines: usize) -> Self {
        self.split_lines = lines;
        self
    }

    /// Whether paginated operations get a `<operation>_stream` method (default: yes).
    pub fn pagination(mut self, enabled: bool) -> Self {
        self.pagination = enabled;
        self
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
    pub(crate) fn crate_name_for(&self, ir: &ir::Ir) -> String {
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

    /// Checks the settings that do not depend on the spec.
    fn validate(&self) -> Result<(), Error> {
        if let Some(name) = &self.crate_name {
            validate_crate_name(name)?;
        }
        self.parts.validate().map_err(Error::Settings)?;
        for (schema, rust) in &self.type_replacements {
            validate_rust_type(rust).map_err(|m| Error::Settings(format!("type replacement for `{schema}`: {m}")))?;
        }
        for derive in &self.extra_derives {
            validate_derive(derive).map_err(|m| Error::Settings(format!("extra derive: {m}")))?;
        }
        Ok(())
    }

    pub(crate) fn ir_options(&self) -> ir::Options {
        ir::Options {
            enum_fallback: self.enum_fallback,
            type_replacements: self.type_replacements.clone(),
            extra_derives: self.extra_derives.clone(),
            check_responses: self.check_responses,
            pagination: self.pagination,
            split_lines: self.split_lines,
            tag_features: self.tag_features,
        }
    }

    /// Loads, filters and lowers the spec; returns the IR, the spec's digest and what the filter kept.
    fn lower(&self, timings: &mut Timings) -> Result<(ir::Ir, provenance::Source, Option<Filtered>), Error> {
        self.validate()?;
        let mut spec = timings.time("load", || load::load(&self.spec))?;
        let source = provenance::Source::of(&spec);
        for schema in self.type_replacements.keys() {
            let known = spec.document.components.as_ref().is_some_and(|c| c.schemas.contains_key(schema));
            if !known {
                return Err(Error::Settings(format!(
                    "type replacement for `{schema}`: {} has no schema of that name in components/schemas",
                    self.spec.display()
                )));
            }
        }
        let filtered = if self.filter.is_empty() {
            None
        } else {
            // What was left out is counted in the spec: lowering the whole of it only to count its
            // types took longer than the rest on a large spec (Graph with one tag: 1.1 of 2.6 s).
            let kept = timings.time("filter", || filter::apply(&mut spec, &self.filter))?;
            Some(Filtered { operations_total: kept.operations_total, schemas: kept.schemas, schemas_total: kept.schemas_total })
        };
        let ir = timings.time("lower", || ir::lower(&spec, self.ir_options()))?;
        Ok((ir, source, filtered))
    }

    /// Runs the pipeline up to formatted files, without touching the disk.
    pub fn render(&self) -> Result<Generated, Error> {
        let mut timings = Timings::default();
        let (ir, source, filtered) = self.lower(&mut timings)?;
        let summary = Summary { filtered, ..summarize(&ir) };
        // Files are made one after the other, each spread over every core by the formatter (item by
        // item), so only one file's pieces are in memory at a time.
        let max_lines = if self.split_lines == 0 { usize::MAX } else { self.split_lines };
        let results = emit::CrateFile::ALL.into_iter().filter(|file| file.wanted(self.parts)).map(|file| {
            let path = file.path();
            let split = timings.time(path, || {
                std::panic::catch_unwind(|| format::format_split(path, emit::emit_file(&ir, self, file), max_lines))
                    .unwrap_or_else(|panic| Err(internal_error(path, panic)))
            })?;
            Ok::<_, Error>(split.into_iter().map(|(path, contents)| File { path, contents }))
        });
        let mut files: Vec<File> = results.collect::<Result<Vec<_>, _>>()?.into_iter().flatten().collect();
        // The manifest records which spec made the crate, so `check` can tell a moved spec apart
        // from an edited crate.
        if let Some(manifest) = files.iter_mut().find(|f| f.path == emit::CrateFile::Manifest.path()) {
            manifest.contents = format!("{}\n{}", source.header(), manifest.contents);
        }
        Ok(Generated { files, warnings: ir.warnings.clone(), summary, timings })
    }

    /// The API as one Rust file of modules, for `build.rs`: write it to `OUT_DIR` and
    /// `include!` it. The including crate depends on serde, serde_json, reqwest, axum,
    /// form_urlencoded and serde_path_to_error (and uuid, chrono, regex, serde_urlencoded when the
    /// API needs them).
    pub fn render_module(&self) -> Result<Module, Error> {
        // One file, in the including crate: nothing is split (so the server keeps one `Api` trait),
        // and the crate's features are not this module's.
        let settings = Settings { split_lines: 0, tag_features: false, ..self.clone() };
        let (ir, _, _) = settings.lower(&mut Timings::default())?;
        let summary = summarize(&ir);
        let code = std::panic::catch_unwind(|| format::format_file("module", emit::emit_module(&ir, &settings)))
            .unwrap_or_else(|panic| Err(internal_error("module", panic)))?;
        Ok(Module { code, warnings: ir.warnings, summary })
    }

    /// [`Settings::render_module`], written to `path` (atomically: a temporary file, then a rename),
    /// for `build.rs`: every warning is printed as a `cargo:warning=` line so Cargo shows it.
    pub fn generate_module(&self, path: &Path) -> Result<Module, Error> {
        let module = self.render_module()?;
        write::write_file(path, &module.code)?;
        for warning in &module.warnings {
            println!("cargo:warning={}: {warning}", self.spec.display());
        }
        Ok(module)
    }

    /// Generates the crate into `out`, replacing what is there atomically. `out` must be absent,
    /// empty or a crate oagen generated (any directory with [`Settings::force`]), and never a file
    /// or a directory holding the spec or the settings file; otherwise nothing is written.
    pub fn generate(&self, out: &Path) -> Result<Generated, Error> {
        let resolved = guard::resolve(out)?;
        // Finding the files a spec references parses it: only worth it when there is a directory
        // they could lie in.
        let mut protected = vec![self.spec.clone()];
        if resolved.is_dir() {
            protected.extend(self.rerun_if_changed().unwrap_or_else(|_| self.settings_file.iter().cloned().collect()));
        }
        guard::check_out(&resolved, &protected, self.force)?;
        let mut generated = self.render()?;
        self.refuse_denied_warnings(&generated.warnings)?;
        let start = std::time::Instant::now();
        write::write_crate(out, &generated.files)?;
        generated.timings.stages.push(("write".to_owned(), start.elapsed()));
        Ok(generated)
    }

    /// Turns the warnings of kinds in [`Settings::deny_warnings`] into an error.
    fn refuse_denied_warnings(&self, warnings: &[Warning]) -> Result<(), Error> {
        let denied: Vec<Warning> = warnings.iter().filter(|w| self.deny_warnings.contains(&w.kind)).cloned().collect();
        if denied.is_empty() {
            return Ok(());
        }
        let kinds: Vec<&str> = self.deny_warnings.iter().map(|k| k.as_str()).collect();
        Err(Error::DeniedWarnings { kinds: kinds.join(", "), warnings: denied })
    }

    /// Compares `out` with what would be generated; `Ok(None)` when identical, else a unified diff.
    pub fn check(&self, out: &Path) -> Result<Option<String>, Error> {
        let report = self.check_report(out)?;
        Ok(if report.is_current() { None } else { Some(report.diff) })
    }

    /// Compares `out` with what would be generated: the stale files, their diff, and whether the
    /// spec itself changed since `out` was generated.
    pub fn check_report(&self, out: &Path) -> Result<CheckReport, Error> {
        check::compare(&self.render()?.files, out)
    }
}

/// A type replacement must be a Rust type the generated code can name.
fn validate_rust_type(text: &str) -> Result<(), String> {
    syn::parse_str::<syn::Type>(text).map(|_| ()).map_err(|_| format!("`{text}` is not a Rust type"))
}

/// A derive must be a path (`Hash`, `serde::Serialize`).
fn validate_derive(text: &str) -> Result<(), String> {
    syn::parse_str::<syn::Path>(text).map(|_| ()).map_err(|_| format!("`{text}` is not a derive path"))
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
    let constraints_enforced: usize = ir
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
    let constraints_not_enforced = ir.warnings.iter().filter(|w| w.is_unenforced()).count();
    Summary {
        types: ir.types.len(),
        operations: ir.operations.len(),
        // A field whose rules an identical type checks still has them checked.
        constraints_enforced: constraints_enforced + ir.shared_rules,
        constraints_not_enforced,
        filtered: None,
        shared_types: ir.shared_types,
    }
}

/// An emitter panic as an error that keeps the panic's message.
fn internal_error(file: &str, panic: Box<dyn std::any::Any + Send>) -> Error {
    let message = panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "an emitter panicked".to_owned());
    Error::Internal { file: file.to_owned(), message }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_emitter_panic_keeps_its_message() {
        let caught = std::panic::catch_unwind(|| panic!("no variant for status {}", 999)).expect_err("panics");
        let err = internal_error("src/client.rs", caught);
        assert!(matches!(&err, Error::Internal { file, message } if file == "src/client.rs" && message == "no variant for status 999"));
        assert_eq!(err.to_string(), "internal error while generating src/client.rs: no variant for status 999");
        let caught = std::panic::catch_unwind(|| panic!("plain")).expect_err("panics");
        assert!(internal_error("module", caught).to_string().ends_with(": plain"));
    }
}
