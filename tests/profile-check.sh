#!/usr/bin/env bash
# Where `cargo check` of a generated crate spends its time (not part of .ci/run; needs a nightly
# toolchain for rustc's `-Z self-profile`).
#
#   tests/profile-check.sh [SPEC] [FEATURES]
#
# Generates SPEC (default: ../shared/specs/authentik-2026.11.0-rc1.yml) into the work folder,
# checks it once to build its dependencies, then checks the crate alone with a self-profile and
# reads it with `bench/profile` (self time by query; type and borrow checking by module and kind
# of item; the slowest items). FEATURES are passed to cargo (default: the crate's defaults; for
# example `--no-default-features --features client`).
#
# Environment: CARGO_TARGET_DIR (default target/), OAGEN_PROFILE_WORK (default target/profile).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
spec=${1:-$root/../shared/specs/authentik-2026.11.0-rc1.yml}
features=${2:-}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target}
work=${OAGEN_PROFILE_WORK:-$root/target/profile}
rm -rf "$work" && mkdir -p "$work"
cargo build --release -q -p oagen --bin oagen --manifest-path "$root/Cargo.toml"
"$CARGO_TARGET_DIR/release/oagen" generate --spec "$spec" --out "$work/crate" --crate-name profiled 2>/dev/null
printf '[workspace]\nmembers = ["crate"]\nresolver = "2"\n' >"$work/Cargo.toml"
cp "$root/Cargo.lock" "$work/Cargo.lock"
# shellcheck disable=SC2086
(cd "$work" && cargo +nightly check -q $features)
touch "$work/crate/src/lib.rs"
# shellcheck disable=SC2086
(cd "$work" && CARGO_INCREMENTAL=0 cargo +nightly rustc -q -p profiled --profile check $features -- \
  -Z self-profile="$work/profile" -Z self-profile-events=default,args)
data=$(ls "$work"/profile/*.mm_profdata)
cargo run --release -q --manifest-path "$root/bench/profile/Cargo.toml" -- "${data%.mm_profdata}"
