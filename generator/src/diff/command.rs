//! `oagen diff OLD NEW`: the command line front end of [`super::diff`].

use std::io::Write;
use std::path::PathBuf;

use super::{Options, Report, render_json, render_text};
use crate::cli::exit;

/// Arguments of `oagen diff`.
#[derive(clap::Args)]
pub struct Args {
    /// The spec the deployed clients and servers were generated from.
    old: PathBuf,
    /// The spec to compare it with.
    new: PathBuf,
    /// `text` (grouped by schema and operation) or `json`.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Exit 1 when a change breaks this axis (`any`: any of them).
    #[arg(long, value_enum)]
    fail_on: Option<FailOn>,
    /// The OLD client was generated with `--enum-fallback`: enum values added to responses do not break it.
    #[arg(long)]
    enum_fallback: bool,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum FailOn {
    Wire,
    ClientSource,
    ServerSource,
    Any,
}

impl FailOn {
    fn found(self, report: &Report) -> bool {
        let s = &report.summary;
        match self {
            Self::Wire => s.wire_breaking > 0,
            Self::ClientSource => s.client_source_breaking > 0,
            Self::ServerSource => s.server_source_breaking > 0,
            Self::Any => s.wire_breaking + s.client_source_breaking + s.server_source_breaking > 0,
        }
    }
}

/// Runs `oagen diff`; returns the exit code (0, [`exit::BREAKING`], or [`exit::FAILED`] when a spec fails to load).
pub fn run(args: &Args, stdout: &mut dyn Write, stderr: &mut dyn Write) -> u8 {
    let report = match super::diff_files(&args.old, &args.new, Options { enum_fallback: args.enum_fallback }) {
        Ok(report) => report,
        Err(err) => {
            let _ = writeln!(stderr, "error: {err}");
            return exit::FAILED;
        }
    };
    let text = match args.format {
        Format::Text => render_text(&report),
        Format::Json => render_json(&report),
    };
    let _ = stdout.write_all(text.as_bytes());
    match args.fail_on {
        Some(axis) if axis.found(&report) => exit::BREAKING,
        _ => exit::OK,
    }
}
