//! The `oagen` command line, as a library function so tests can run it in-process.

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::{Error, Settings};

#[derive(Parser)]
#[command(name = "oagen", version, about = "Generate Rust crates from OpenAPI descriptions")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate a crate (models, client, server) from a spec.
    Generate {
        #[command(flatten)]
        target: Target,
    },
    /// Exit 0 when `--out` holds exactly what `generate` would write, 1 with a unified diff when not.
    Check {
        #[command(flatten)]
        target: Target,
    },
    /// Classify the changes from OLD to NEW as wire-, client-source- and server-source-breaking or compatible.
    Diff(crate::diff::Args),
}

#[derive(clap::Args)]
struct Target {
    /// The OpenAPI 3.0 or 3.1 document (YAML or JSON).
    #[arg(long)]
    spec: PathBuf,
    /// The crate directory; `generate` replaces it atomically.
    #[arg(long)]
    out: PathBuf,
    /// The package name of the generated crate (default: from the spec's title).
    #[arg(long)]
    crate_name: Option<String>,
    /// Give every string enum an `Unknown(String)` variant, so clients decode values added to the
    /// API later. Servers still answer unknown values in requests with 400.
    #[arg(long)]
    enum_fallback: bool,
}

impl Target {
    fn settings(&self) -> Settings {
        let settings = Settings::new(&self.spec).enum_fallback(self.enum_fallback);
        match &self.crate_name {
            Some(name) => settings.crate_name(name),
            None => settings,
        }
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
    match cli.command {
        Command::Generate { target } => {
            let settings = target.settings();
            match settings.generate(&target.out) {
                Ok(generated) => {
                    for warning in &generated.warnings {
                        let _ = writeln!(stderr, "warning: {}: {warning}", settings.spec.display());
                    }
                    let s = generated.summary;
                    let _ = writeln!(
                        stderr,
                        "generated {}: {} types, {} operations; constraints: {} enforced, {} not enforced (named in the warnings above)",
                        target.out.display(),
                        s.types,
                        s.operations,
                        s.constraints_enforced,
                        s.constraints_not_enforced
                    );
                    exit::OK
                }
                Err(err) => fail(&err, stderr),
            }
        }
        Command::Check { target } => match target.settings().check(&target.out) {
            Ok(None) => {
                let _ = writeln!(stderr, "{} is up to date", target.out.display());
                exit::OK
            }
            Ok(Some(diff)) => {
                let _ = write!(stdout, "{diff}");
                let _ = writeln!(stderr, "{} is out of date: regenerate it with `oagen generate`", target.out.display());
                exit::STALE
            }
            Err(err) => fail(&err, stderr),
        },
        Command::Diff(args) => crate::diff::run(&args, stdout, stderr),
    }
}

fn fail(err: &Error, stderr: &mut dyn Write) -> u8 {
    let _ = writeln!(stderr, "error: {err}");
    exit::FAILED
}
