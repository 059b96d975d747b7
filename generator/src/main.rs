//! The `oagen` command line: `generate`, `check`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

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
        /// The OpenAPI 3.0 or 3.1 document (YAML or JSON).
        #[arg(long)]
        spec: PathBuf,
        /// The crate directory to write; replaced atomically.
        #[arg(long)]
        out: PathBuf,
        /// The package name of the generated crate (default: from the spec's title).
        #[arg(long)]
        crate_name: Option<String>,
    },
    /// Exit 0 when `--out` holds exactly what `generate` would write, 1 with a diff when not.
    Check {
        #[arg(long)]
        spec: PathBuf,
        #[arg(long)]
        out: PathBuf,
        #[arg(long)]
        crate_name: Option<String>,
    },
}

/// Exit codes: 0 success, 1 `check` found drift, 2 the input or output failed.
fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Generate { spec, out, crate_name } => {
            let settings = settings(spec, crate_name);
            match settings.generate(&out) {
                Ok(generated) => {
                    for warning in &generated.warnings {
                        eprintln!("warning: {}: {warning}", settings.spec.display());
                    }
                    let s = generated.summary;
                    eprintln!(
                        "generated {}: {} types, {} operations, {} constraints enforced, {} not enforced (see warnings)",
                        out.display(),
                        s.types,
                        s.operations,
                        s.constraints_enforced,
                        s.constraints_not_enforced
                    );
                    ExitCode::SUCCESS
                }
                Err(err) => fail(&err),
            }
        }
        Command::Check { spec, out, crate_name } => match settings(spec, crate_name).check(&out) {
            Ok(None) => {
                eprintln!("{} is up to date", out.display());
                ExitCode::SUCCESS
            }
            Ok(Some(diff)) => {
                print!("{diff}");
                eprintln!("{} is out of date: regenerate it with `oagen generate`", out.display());
                ExitCode::from(1)
            }
            Err(err) => fail(&err),
        },
    }
}

fn settings(spec: PathBuf, crate_name: Option<String>) -> oagen::Settings {
    let settings = oagen::Settings::new(spec);
    match crate_name {
        Some(name) => settings.crate_name(name),
        None => settings,
    }
}

fn fail(err: &oagen::Error) -> ExitCode {
    eprintln!("error: {err}");
    ExitCode::from(2)
}
