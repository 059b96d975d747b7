//! `example-server --listen 127.0.0.1:8000 --token TOKEN`: serves the stages/source viewset under
//! `/api/v3`, in memory, to callers that present `Authorization: Bearer TOKEN`.

use std::net::SocketAddr;
use std::process::ExitCode;

const USAGE: &str = "usage: example-server --listen ADDRESS:PORT --token TOKEN [--body-limit BYTES]";

struct Args {
    listen: SocketAddr,
    token: String,
    body_limit: Option<usize>,
}

fn parse_args() -> Result<Args, String> {
    let mut listen = None;
    let mut token = None;
    let mut body_limit = None;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--listen" => listen = Some(value()?.parse().map_err(|err| format!("--listen: {err}"))?),
            "--token" => token = Some(value()?),
            "--body-limit" => body_limit = Some(value()?.parse().map_err(|err| format!("--body-limit: {err}"))?),
            "--help" | "-h" => return Err(USAGE.to_owned()),
            other => return Err(format!("unknown argument `{other}`\n{USAGE}")),
        }
    }
    match (listen, token) {
        (Some(listen), Some(token)) if !token.is_empty() => Ok(Args { listen, token, body_limit }),
        _ => Err(USAGE.to_owned()),
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let listener = match tokio::net::TcpListener::bind(args.listen).await {
        Ok(listener) => listener,
        Err(err) => {
            eprintln!("cannot listen on {}: {err}", args.listen);
            return ExitCode::FAILURE;
        }
    };
    let address = listener.local_addr().unwrap_or(args.listen);
    let mut config = example_server::RouterConfig::default();
    if let Some(limit) = args.body_limit {
        config = config.body_limit(limit);
    }
    let app = example_server::app(example_server::Stages::new(args.token), config);
    println!("listening on http://{address}/api/v3");
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    match axum::serve(listener, app).with_graceful_shutdown(shutdown).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("server error: {err}");
            ExitCode::FAILURE
        }
    }
}
