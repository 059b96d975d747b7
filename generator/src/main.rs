//! The `oagen` binary: see [`oagen::cli`].

use std::process::ExitCode;

/// Generation makes and drops millions of small tokens and syntax-tree nodes on every core:
/// with the system allocator, allocating and freeing them was a third of the work
/// (`bench/RESULTS.md` has the figures with and without).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let code = oagen::cli::run(std::env::args_os(), &mut std::io::stdout(), &mut std::io::stderr());
    ExitCode::from(code)
}
