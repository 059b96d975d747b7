//! `oagen diff OLD NEW`: the command line front end of [`super::diff`].

use std::io::Write;
use std::path::PathBuf;

use super::{Options, Report, render_text, write_json};
use crate::cli::exit;

/// Arguments of `oagen diff`.
#[derive(clap::Args)]
pub struct Args {
    /// `OLD NEW`: the spec deployed clients and servers were generated from, and the one to compare
    /// it with. With a settings file, only `NEW`: OLD is the spec of the crate (`--crate`).
    #[arg(num_args = 1..=2, value_names = ["OLD", "NEW"], required = true)]
    specs: Vec<PathBuf>,
    /// The settings file whose crate is compared (default: `oagen.toml`, when only NEW is given).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// The crate of the settings file to compare (needed when the file lists several).
    #[arg(long = "crate", value_name = "NAME")]
    krate: Option<String>,
    /// `text` (grouped by schema and operation) or `json`.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Exit 1 when a change breaks this axis (`any`: any of them).
    #[arg(long, value_enum)]
    fail_on: Option<FailOn>,
    /// The OLD client was generated with `--enum-fallback`: enum values added to responses do not break it.
    #[arg(long)]
    enum_fallback: bool,
    /// The OLD crate has a Cargo feature per tag: an operation whose first tag changed moves to another feature.
    #[arg(long)]
    tag_features: bool,
    /// The OLD crate's `--split-lines`: a server trait longer than that is split by tag, and operations can move between those traits.
    #[arg(long, value_name = "LINES", default_value_t = crate::DEFAULT_SPLIT_LINES)]
    split_lines: usize,
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
    let report = match args.specs.as_slice() {
        [old, new] if args.config.is_none() && args.krate.is_none() => {
            let options = Options { enum_fallback: args.enum_fallback, tag_features: args.tag_features, split_lines: args.split_lines };
            super::diff_files(old, new, options)
        }
        [new] => configured_crate(args).and_then(|settings| super::diff_crate(&settings, new)),
        _ => Err(crate::Error::Settings(
            "give OLD and NEW, or only NEW with a settings-file crate (`--config FILE`, `--crate NAME`)".into(),
        )),
    };
    let report = match report {
        Ok(report) => report,
        Err(err) => {
            let _ = writeln!(stderr, "error: {err}");
            return exit::FAILED;
        }
    };
    let _ = match args.format {
        Format::Text => stdout.write_all(render_text(&report).as_bytes()),
        Format::Json => write_json(&report, stdout),
    };
    match args.fail_on {
        Some(axis) if axis.found(&report) => exit::BREAKING,
        _ => exit::OK,
    }
}

/// The crate of the settings file `oagen diff NEW` compares against.
fn configured_crate(args: &Args) -> Result<crate::Settings, crate::Error> {
    let file = args.config.clone().unwrap_or_else(|| PathBuf::from("oagen.toml"));
    let crates = crate::Settings::from_config(&file)?;
    let names = || crates.iter().filter_map(|s| s.crate_name.clone()).collect::<Vec<_>>().join(", ");
    match &args.krate {
        Some(name) => crates.iter().find(|s| s.crate_name.as_deref() == Some(name.as_str())).cloned().ok_or_else(|| {
            crate::Error::Settings(format!("{}: no crate named `{name}` (it has: {})", file.display(), names()))
        }),
        None if crates.len() == 1 => Ok(crates[0].clone()),
        None => Err(crate::Error::Settings(format!("{} lists several crates ({}): pick one with --crate", file.display(), names()))),
    }
}
