#!/usr/bin/env bash
# The generated client for the whole authentik 2024.8.3 API against `prism mock -d` (fake data from
# the schemas, --seed 1): every GET operation is called with valid path values; the script reports
# how many were called and decoded, and fails on a decode error that Prism does not itself report as
# its own invalid data (`sl-violations`; its faker ignores discriminators, for one).
# Outside `.ci/run`: generating and compiling a client for 921 operations takes minutes.
#   tests/prism-whole.sh [SPEC]      (PRISM=/path/to/prism to use another Prism)
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
spec="$(realpath "${1:-../shared/specs/authentik-2024.8.3.yml}")"
prism="${PRISM:-$CARGO_TARGET_DIR/prism/node_modules/.bin/prism}"
if [ ! -x "$prism" ]; then
  echo "installing Prism 5.16.0 into $CARGO_TARGET_DIR/prism"
  npm install --silent --prefix "$CARGO_TARGET_DIR/prism" @stoplight/prism-cli@5.16.0 >/dev/null
fi
work="$CARGO_TARGET_DIR/prism-whole"
rm -rf "$work" && mkdir -p "$work"
cargo build --locked -q -p oagen
cat >"$work/oagen.toml" <<EOF
[[crate]]
name = "authentik-whole"
spec = "$spec"
out = "authentik"
parts = ["models", "client"]
# One file per module: the caller below is read off src/client.rs.
split-lines = 0
EOF
"$CARGO_TARGET_DIR/debug/oagen" generate --config "$work/oagen.toml" 2>"$work/generate.log"
tail -n 1 "$work/generate.log"

# The caller: one call per GET operation, read off the generated client.
mkdir -p "$work/caller/src"
cat >"$work/caller/Cargo.toml" <<'EOF'
[package]
name = "prism-whole-caller"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
authentik-whole = { path = "../authentik" }
tokio = { version = "1", features = ["macros", "rt-multi-thread"] }
uuid = { version = "1", features = ["v4"] }
EOF
python3 - "$work" <<'PY'
import re, sys
work = sys.argv[1]
client = open(f"{work}/authentik/src/client.rs").read()
models = open(f"{work}/authentik/src/models.rs").read()
defaults = set(re.findall(r"#\[derive\([^)]*Default[^)]*\)\]\npub struct (\w+Params) ", models))
calls, skipped = [], []
# A method's doc starts with "`GET /path`"; its signature follows the doc.
for m in re.finditer(r"/// `GET ([^`]*)`\n(?:\s*///[^\n]*\n|\s*#\[[^\n]*\n)*\s*pub (?:async )?fn (\w+)(?:<'a>)?\(\s*&(?:'a )?self,?(.*?)\)\s*->", client, re.S):
    path, name, args = m.group(1), m.group(2), m.group(3)
    values, ok = [], True
    for arg in [a.strip() for a in args.split(",") if a.strip()]:
        pname, ty = [x.strip() for x in arg.split(":", 1)]
        ty = ty.replace("&'a ", "&")
        if ty == "&uuid::Uuid": values.append("&uuid::Uuid::new_v4()")
        elif ty in ("&i64", "&i32"): values.append("&1")
        elif ty == "&str": values.append('"default"')
        elif ty.startswith("&") and ty[1:] in defaults: values.append("&Default::default()")
        else: ok = False; skipped.append(f"{name}: {pname}: {ty}")
    if ok:
        calls.append(f'    check(&mut tally, "{name}", Box::pin(api.{name}_with_response({", ".join(values)})).await);')
main = """use authentik_whole::client::{ApiError, Client, Error, ResponseValue};

#[derive(Default)]
struct Tally { called: usize, decoded: usize, documented_errors: usize, prism_invalid: usize, failures: Vec<String> }

fn check<T, E: ApiError>(tally: &mut Tally, name: &str, result: Result<ResponseValue<T>, Error<E>>) {
    tally.called += 1;
    match result {
        Ok(_) => tally.decoded += 1,
        Err(Error::Api(..)) => tally.documented_errors += 1,
        Err(err @ Error::InvalidBody { .. }) => match err.headers().and_then(|h| h.get("sl-violations")) {
            Some(_) => tally.prism_invalid += 1,
            None => tally.failures.push(format!("{name}: {err}")),
        },
        Err(err) => tally.failures.push(format!("{name}: {err}")),
    }
}

#[tokio::main]
async fn main() {
    let base = std::env::args().nth(1).expect("base URL");
    let api = Client::new(base).with_bearer_token("ak-token");
    let mut tally = Tally::default();
""" + "\n".join(calls) + f"""
    println!("GET operations: {len(calls)} called ({len(skipped)} skipped: required parameters the caller cannot make up)");
    println!("decoded: {{}}; documented error statuses: {{}}; Prism's own invalid data (sl-violations): {{}}; failures: {{}}",
        tally.decoded, tally.documented_errors, tally.prism_invalid, tally.failures.len());
    for failure in &tally.failures {{ println!("FAILED {{failure}}"); }}
    assert_eq!(tally.called, {len(calls)});
    if !tally.failures.is_empty() {{ std::process::exit(1); }}
}}
"""
open(f"{work}/caller/src/main.rs", "w").write(main)
open(f"{work}/skipped.txt", "w").write("\n".join(skipped) + "\n")
print(f"caller: {len(calls)} GET operations, {len(skipped)} skipped")
PY
printf '[workspace]\nresolver = "3"\nmembers = ["authentik", "caller"]\n' >"$work/Cargo.toml"
cp Cargo.lock "$work/Cargo.lock"
start=$(date +%s)
(cd "$work" && cargo build -q --bin prism-whole-caller)
echo "built the caller in $(( $(date +%s) - start )) s"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$prism" mock -d --seed 1 -h 127.0.0.1 -p "$port" "$spec" >"$work/prism.log" 2>&1 &
prism_pid=$!
trap 'kill $prism_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
  sleep 0.5
done
"$CARGO_TARGET_DIR/debug/prism-whole-caller" "http://127.0.0.1:$port"
