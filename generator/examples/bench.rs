//! Times the generator's stages on one spec, for `tests/bench.sh`.
//!
//!   cargo run --release -p oagen --example bench -- --stage STAGE --spec FILE [--repeat N]
//!
//! STAGE is `parse` (serde_yaml into `openapiv3::OpenAPI`, the baseline every generator pays),
//! `load` (oagen's loader), `lower` (load and lower to the IR), `emit` (lower, then make every
//! file's tokens on one thread, without printing them) or `render` (the whole pipeline, in
//! memory). Prints the median wall time in seconds.

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let mut stage = String::from("render");
    let mut spec = None;
    let mut repeat = 5;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--stage" => stage = args.next().unwrap_or_default(),
            "--spec" => spec = args.next().map(PathBuf::from),
            "--repeat" => repeat = args.next().and_then(|n| n.parse().ok()).unwrap_or(repeat),
            other => {
                eprintln!("unknown argument {other}");
                std::process::exit(2);
            }
        }
    }
    let Some(spec) = spec else {
        eprintln!("--spec FILE is required");
        std::process::exit(2);
    };
    let mut times = Vec::with_capacity(repeat);
    for _ in 0..repeat {
        let start = Instant::now();
        let ok = match stage.as_str() {
            "parse" => {
                let text = std::fs::read_to_string(&spec).expect("readable spec");
                serde_yaml::from_str::<openapiv3::OpenAPI>(&text).is_ok()
            }
            "load" => oagen::stages::load(&spec).is_ok(),
            "lower" => oagen::stages::lower(&spec).is_ok(),
            "emit" => oagen::stages::emit(&spec).is_ok(),
            "render" => oagen::Settings::new(&spec).render().is_ok(),
            other => {
                eprintln!("unknown stage {other}");
                std::process::exit(2);
            }
        };
        times.push(start.elapsed().as_secs_f64());
        if !ok {
            eprintln!("{stage} failed on {}", spec.display());
            std::process::exit(1);
        }
    }
    times.sort_by(f64::total_cmp);
    println!("{:.4}", times[times.len() / 2]);
}
