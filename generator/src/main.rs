//! The `oagen` binary: see [`oagen::cli`].

use std::process::ExitCode;

fn main() -> ExitCode {
    let code = oagen::cli::run(std::env::args_os(), &mut std::io::stdout(), &mut std::io::stderr());
    ExitCode::from(code)
}
