//! The `oagen` command line, as a library function so tests can run it in-process.
//!
//! With `--spec` (and no `--config`) it works on one crate described by flags. Otherwise it reads
//! the settings file (`--config FILE`, or `./oagen.toml`) and works on every crate listed there,
//! or on the one `--crate NAME` picks; flags then override that one crate's settings.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

use crate::{CheckReport, Error, Filter, Settings, Warning, WarningKind};

mod diagnostics;

use diagnostics::{Format, Reporter};

/// How many warnings `generate` lists before it only counts them (`--verbose` lists all).
const LISTED_WARNINGS: usize = 20;

/// `--deny-warnings` values: a kind's name, or `all`.
fn parse_kinds(name: &str) -> Result<Vec<WarningKind>, String> {
    if name == "all" { Ok(WarningKind::ALL.to_vec()) } else { name.parse().map(|kind| vec![kind]) }
}

#[derive(Parser)]
#[command(name = "oagen", version, about = "Generate Rust crates from OpenAPI descriptions")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate crates (models, client, server): those of the settings file, or one from flags.
    Generate {
        #[command(flatten)]
        target: Target,
    },
    /// Exit 0 when every crate holds exactly what `generate` would write, 1 with a unified diff
    /// and the stale files named when not, 2 on errors.
    Check {
        #[command(flatten)]
        target: Target,
    },
    /// Print the lowered IR: every type and operation with the decisions made for it.
    #[command(hide = true)]
    Ir {
        /// The OpenAPI 3.0 or 3.1 document (YAML or JSON).
        #[arg(long)]
        spec: PathBuf,
        #[arg(long)]
        enum_fallback: bool,
    },
    /// Classify the changes from OLD to NEW as wire-, client-source- and server-source-breaking or compatible.
    Diff(crate::diff::Args),
}

#[derive(clap::Args)]
struct Target {
    /// The settings file (default: `oagen.toml` in the current directory, when there is no --spec).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Work on this crate of the settings file only (its `name`).
    #[arg(long = "crate", value_name = "NAME")]
    krate: Option<String>,
    /// The OpenAPI 3.0 or 3.1 document (YAML or JSON).
    #[arg(long)]
    spec: Option<PathBuf>,
    /// The crate directory; `generate` replaces it atomically when it is absent, empty or a crate
    /// oagen generated.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Let `generate` replace an output directory oagen did not generate (never a file, nor the
    /// directory that holds the spec).
    #[arg(long)]
    force: bool,
    /// Fail (exit 2, nothing written) on warnings of these kinds: `unenforced-rule`,
    /// `approximated`, `ignored`, `unroutable`; with no list, on every warning. For CI.
    #[arg(long, value_name = "KINDS", num_args = 0.., value_delimiter = ',', default_missing_value = "all", value_parser = parse_kinds)]
    deny_warnings: Vec<Vec<WarningKind>>,
    /// List every warning (by default the first 20 are listed, then counts by kind).
    #[arg(long)]
    verbose: bool,
    /// Print how long each stage took (load, filter, lower, each file, write).
    #[arg(long)]
    timings: bool,
    /// `text`: errors and warnings for people on stderr; `json`: one JSON object per error or
    /// warning on stdout (severity, kind, message, file, line, column, pointer, hint).
    #[arg(long, value_enum, default_value_t)]
    format: Format,
    /// The package name of the generated crate (default: from the spec's title).
    #[arg(long)]
    crate_name: Option<String>,
    /// Give every string enum an `Unknown(String)` variant, so clients decode values added to the
    /// API later. Servers still answer unknown values in requests with 400.
    #[arg(long)]
    enum_fallback: bool,
    /// Decode responses without checking the spec's constraints (lengths, patterns, bounds); types
    /// and required fields are still checked.
    #[arg(long)]
    unchecked_responses: bool,
    /// No `<operation>_stream` methods for paginated operations.
    #[arg(long)]
    no_pagination: bool,
    /// Split files longer than N lines: the file includes the rest from parts of about N lines
    /// (`src/client/part_002.rs`, ...); 0 never splits (default 25000).
    #[arg(long, value_name = "N")]
    split_lines: Option<usize>,
    /// A Cargo feature per tag (`tag-stages`, ...; all on by default): users compile only the
    /// operations of the tags they enable, and the types those reach.
    #[arg(long)]
    tag_features: bool,
    #[command(flatten)]
    filter: FilterArgs,
}

/// Operation filters; any of them replaces the settings file's `[crate.filter]`.
#[derive(clap::Args)]
struct FilterArgs {
    /// Keep operations with this tag (repeatable; an operation matching any include is kept).
    #[arg(long = "tag", value_name = "NAME")]
    tags: Vec<String>,
    /// Keep operations whose operationId matches this glob (`*`, `?`; repeatable).
    #[arg(long = "operation", value_name = "GLOB")]
    operations: Vec<String>,
    /// Keep operations whose path starts with this prefix (repeatable).
    #[arg(long = "path", value_name = "PREFIX")]
    paths: Vec<String>,
    /// Drop operations with this tag (repeatable; applied after the includes).
    #[arg(long = "exclude-tag", value_name = "NAME")]
    exclude_tags: Vec<String>,
    /// Drop operations whose operationId matches this glob (repeatable).
    #[arg(long = "exclude-operation", value_name = "GLOB")]
    exclude_operations: Vec<String>,
    /// Drop operations whose path starts with this prefix (repeatable).
    #[arg(long = "exclude-path", value_name = "PREFIX")]
    exclude_paths: Vec<String>,
}

impl FilterArgs {
    fn filter(&self) -> Filter {
        Filter {
            tags: self.tags.clone(),
            operations: self.operations.clone(),
            paths: self.paths.clone(),
            exclude_tags: self.exclude_tags.clone(),
            exclude_operations: self.exclude_operations.clone(),
            exclude_paths: self.exclude_paths.clone(),
        }
    }
}

/// One crate to work on, and where it goes.
struct Job {
    settings: Settings,
    out: PathBuf,
}

impl Target {
    fn overrides_any(&self) -> bool {
        self.spec.is_some() || self.out.is_some() || self.crate_name.is_some() || self.enum_fallback
            || self.unchecked_responses
            || self.no_pagination
            || self.split_lines.is_some()
            || self.tag_features
            || !self.filter.filter().is_empty()
    }

    /// Flags win over the settings file, for the one crate they apply to.
    fn apply(&self, mut settings: Settings) -> Settings {
        if let Some(spec) = &self.spec {
            settings.spec = spec.clone();
        }
        if let Some(out) = &self.out {
            settings.out = Some(out.clone());
        }
        if let Some(name) = &self.crate_name {
            settings.crate_name = Some(name.clone());
        }
        settings.enum_fallback |= self.enum_fallback;
        settings.force |= self.force;
        settings.deny_warnings.extend(self.deny_warnings.iter().flatten().copied());
        settings.deny_warnings.sort();
        settings.deny_warnings.dedup();
        settings.check_responses &= !self.unchecked_responses;
        settings.pagination &= !self.no_pagination;
        settings.tag_features |= self.tag_features;
        if let Some(lines) = self.split_lines {
            settings.split_lines = lines;
        }
        let filter = self.filter.filter();
        if !filter.is_empty() {
            settings.filter = filter;
        }
        settings
    }

    /// The crates this invocation works on.
    fn jobs(&self) -> Result<Vec<Job>, Error> {
        let from_flags = self.config.is_none() && self.spec.is_some();
        let crates = if from_flags {
            if self.krate.is_some() {
                return Err(Error::Settings("--crate picks a crate of a settings file; with --spec, name the crate with --crate-name".into()));
            }
            vec![self.apply(Settings::new(PathBuf::new()))]
        } else {
            self.settings_file_crates()?
        };
        crates
            .into_iter()
            .map(|settings| match settings.out.clone() {
                Some(out) => Ok(Job { settings, out }),
                None => Err(Error::Settings(match &settings.crate_name {
                    Some(name) if !from_flags => format!("crate `{name}` has no `out` directory: set `out` in the settings file or pass --out"),
                    _ => "--out is required: the directory of the generated crate".into(),
                })),
            })
            .collect()
    }

    fn settings_file_crates(&self) -> Result<Vec<Settings>, Error> {
        let path = self.config.clone().unwrap_or_else(|| PathBuf::from("oagen.toml"));
        if self.config.is_none() && !path.exists() {
            return Err(Error::Settings("no --spec given and no oagen.toml in the current directory (or pass --config FILE)".into()));
        }
        let mut crates = Settings::from_config(&path)?;
        if let Some(name) = &self.krate {
            let names: Vec<String> = crates.iter().filter_map(|c| c.crate_name.clone()).collect();
            crates.retain(|c| c.crate_name.as_deref() == Some(name));
            if crates.is_empty() {
                return Err(Error::Settings(format!("{}: no crate named `{name}` (it lists {})", path.display(), names.join(", "))));
            }
        }
        if crates.len() > 1 && self.overrides_any() {
            return Err(Error::Settings(format!(
                "{} lists {} crates: flags override one crate's settings, so pick it with --crate NAME",
                path.display(),
                crates.len()
            )));
        }
        Ok(crates.into_iter().map(|settings| self.apply(settings)).collect())
    }
}

/// Exit codes of the command line.
pub mod exit {
    pub const OK: u8 = 0;
    /// `check` found the output out of date.
    pub const STALE: u8 = 1;
    /// `diff --fail-on` found a change breaking the chosen axis.
    pub const BREAKING: u8 = 1;
    /// The spec, the settings or the output failed; nothing was written.
    pub const FAILED: u8 = 2;
}

/// Runs the command line with `args` (program name first) and returns the exit code.
pub fn run<I, T>(args: I, stdout: &mut dyn Write, stderr: &mut dyn Write) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(err) => {
            let _ = write!(stderr, "{err}");
            return if err.use_stderr() { exit::FAILED } else { exit::OK };
        }
    };
    let (target, check) = match &cli.command {
        Command::Generate { target } => (target, false),
        Command::Check { target } => (target, true),
        Command::Diff(args) => return crate::diff::run(args, stdout, stderr),
        Command::Ir { spec, enum_fallback } => {
            return match crate::stages::dump_ir(&Settings::new(spec).enum_fallback(*enum_fallback)) {
                Ok(dump) => {
                    let _ = write!(stdout, "{dump}");
                    exit::OK
                }
                Err(err) => {
                    Reporter::new(Format::Text, stdout, stderr).error(&err, "lower the spec", Some(spec));
                    exit::FAILED
                }
            };
        }
    };
    let mut reporter = Reporter::new(target.format, stdout, stderr);
    let jobs = match target.jobs() {
        Ok(jobs) => jobs,
        Err(err) => {
            reporter.error(&err, if check { "check" } else { "generate" }, None);
            return exit::FAILED;
        }
    };
    // Every crate is handled, so one run reports everything that is wrong; the worst outcome wins.
    jobs.iter()
        .map(|job| if check { check_one(job, &mut reporter) } else { generate_one(job, target.verbose, target.timings, &mut reporter) })
        .max()
        .unwrap_or(exit::OK)
}

impl Job {
    /// What the closing line of a failure calls this job: the crate's name, or its directory.
    fn name(&self) -> String {
        self.settings.crate_name.clone().unwrap_or_else(|| self.out.display().to_string())
    }

    fn fail(&self, err: &Error, verb: &str, reporter: &mut Reporter) -> u8 {
        reporter.error(err, &format!("{verb} {}", self.name()), Some(&self.settings.spec));
        exit::FAILED
    }
}

fn generate_one(job: &Job, verbose: bool, timings: bool, reporter: &mut Reporter) -> u8 {
    let generated = match job.settings.generate(&job.out) {
        Ok(generated) => generated,
        Err(err) => return job.fail(&err, "generate", reporter),
    };
    report_warnings(&job.settings, &generated.warnings, verbose, reporter);
    let s = generated.summary;
    let counts = match s.filtered {
        Some(total) => format!(
            "{} of {} operations and {} of {} component schemas kept, {} types",
            s.operations, total.operations_total, total.schemas, total.schemas_total, s.types
        ),
        None => format!("{} types, {} operations", s.types, s.operations),
    };
    let counts = match s.shared_types {
        0 => counts,
        1 => format!("{counts} (1 inline type identical to another is an alias of it)"),
        n => format!("{counts} ({n} inline types identical to others are aliases of them)"),
    };
    let _ = writeln!(
        reporter.stderr(),
        "generated {}: {counts}; constraints: {} enforced, {} not enforced (named in the warnings above)",
        job.out.display(),
        s.constraints_enforced,
        s.constraints_not_enforced
    );
    if timings {
        let stages: Vec<String> = generated.timings.stages.iter().map(|(stage, took)| format!("{stage} {:.3}s", took.as_secs_f64())).collect();
        let total: f64 = generated.timings.stages.iter().map(|(_, took)| took.as_secs_f64()).sum();
        let _ = writeln!(reporter.stderr(), "timings: {}; total {total:.3}s", stages.join(", "));
    }
    exit::OK
}

/// Lists the warnings (the first [`LISTED_WARNINGS`] unless `verbose`; all of them as JSON), then
/// counts them by kind, so a whole-spec run stays readable in a CI log.
fn report_warnings(settings: &Settings, warnings: &[Warning], verbose: bool, reporter: &mut Reporter) {
    let shown = if verbose { warnings.len() } else { warnings.len().min(LISTED_WARNINGS) };
    reporter.warnings(warnings, &settings.spec, shown);
    if shown < warnings.len() && reporter.format() == Format::Text {
        let _ = writeln!(reporter.stderr(), "... and {} more warnings (`--verbose` lists them all)", warnings.len() - shown);
    }
    let counts: Vec<String> = WarningKind::ALL
        .iter()
        .map(|kind| (kind, warnings.iter().filter(|w| w.kind == *kind).count()))
        .filter(|(_, count)| *count > 0)
        .map(|(kind, count)| format!("{count} {}", kind.as_str()))
        .collect();
    if !counts.is_empty() {
        let _ = writeln!(reporter.stderr(), "warnings: {}", counts.join(", "));
    }
}

fn check_one(job: &Job, reporter: &mut Reporter) -> u8 {
    let report = match job.settings.check_report(&job.out) {
        Ok(report) => report,
        Err(err) => return job.fail(&err, "check", reporter),
    };
    if report.is_current() {
        let _ = writeln!(reporter.stderr(), "{} is up to date", job.out.display());
        return exit::OK;
    }
    if reporter.format() == Format::Json {
        // stdout holds JSON only: the diff goes to stderr, each stale file is a diagnostic.
        let _ = write!(reporter.stderr(), "{}", report.diff);
        for file in &report.stale_files {
            reporter.stale(&job.out.join(file));
        }
    } else {
        let _ = write!(reporter.stdout(), "{}", report.diff);
    }
    report_stale(&report, &job.out, &job.settings.spec, reporter.stderr());
    exit::STALE
}

fn report_stale(report: &CheckReport, out: &Path, spec: &Path, stderr: &mut dyn Write) {
    for file in &report.stale_files {
        let _ = writeln!(stderr, "stale: {}", out.join(file).display());
    }
    if let Some(moved) = &report.spec_moved {
        let _ = writeln!(
            stderr,
            "note: the spec changed since {} was generated from {} (digest {}, now {}): review what it changes \
             for clients with `oagen diff OLD {}`, OLD being the spec as it was when the crate was generated",
            out.display(),
            moved.spec,
            moved.recorded_digest,
            moved.current_digest,
            spec.display()
        );
    }
    let _ = writeln!(stderr, "{} is out of date: regenerate it with `oagen generate`", out.display());
}
